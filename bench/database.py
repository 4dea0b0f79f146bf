"""The database and environment of the benchmarks at national scale (seed, pages, load, transfer).

They use their own PostgreSQL database, never the demo's or the tests'. BENCH_DATABASE_URL
names it; without it the name is ``zorgroute_bench_scale`` at full scale and
``zorgroute_bench_scale_0_01`` at BENCH_SCALE=0.01, so a quick run never throws away the
seeded full-scale database. Redis database 14 (BENCH_SCALE_REDIS_URL) is the cache.

Import this module before Django: it sets the environment Django's settings read.
"""

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.figures import scale  # noqa: E402  (the path must be set first)

SCALE = scale()
PROGRAMME_SIZE = 25_000  # participants per programme at full scale
PERSONA_PROGRAMME = "leiden"  # the programme whose pages the benchmarks open


def _default_url() -> str:
    name = "zorgroute_bench_scale"
    if SCALE != 1.0:
        name += "_" + f"{SCALE:g}".replace(".", "_")
    return f"postgresql://postgres@127.0.0.1:5432/{name}"


DATABASE_URL = os.environ.get("BENCH_DATABASE_URL") or _default_url()
REDIS_URL = os.environ.get("BENCH_SCALE_REDIS_URL", "redis://127.0.0.1:6379/14")
ENV = {
    "DATABASE_URL": DATABASE_URL,
    "REDIS_URL": REDIS_URL,
    "SECRET_KEY": os.environ.get("SECRET_KEY", "bench-only-not-secret"),
    "HTTPS": "false",
    "DEBUG": "false",
    "ALLOWED_HOSTS": "testserver,localhost,127.0.0.1",
    "MEDIA_ROOT": str(ROOT / "private-media" / "bench-scale"),
    "DJANGO_SETTINGS_MODULE": "portal.settings",
    # The pages are read in one long-lived process: keep its connection, as gunicorn does.
    "DATABASE_CONN_MAX_AGE": "600",
    "LOG_LEVEL": "WARNING",
}
os.environ.update(ENV)


def database_name() -> str:
    return DATABASE_URL.rsplit("/", 1)[1]


def _server_url() -> str:
    return DATABASE_URL.rsplit("/", 1)[0] + "/postgres"


def database_exists() -> bool:
    import psycopg

    with psycopg.connect(_server_url(), autocommit=True) as connection:
        found = connection.execute(
            "SELECT 1 FROM pg_database WHERE datname = %s", [database_name()]
        ).fetchone()
    return found is not None


def create_database() -> None:
    import psycopg

    if database_exists():
        return
    with psycopg.connect(_server_url(), autocommit=True) as connection:
        connection.execute(f'CREATE DATABASE "{database_name()}"')


def drop_database() -> None:
    """Drop the benchmark database (the audit log's triggers refuse anything smaller)."""
    import psycopg

    with psycopg.connect(_server_url(), autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{database_name()}" WITH (FORCE)')


def django_setup() -> None:
    import django

    django.setup()


def programme_size() -> int:
    return max(1, round(PROGRAMME_SIZE * SCALE))
