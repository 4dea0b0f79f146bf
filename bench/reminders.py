"""Benchmark of the reminder scan over 100,000 participants (4 programmes x 25,000).

    .venv/bin/python bench/reminders.py            (or: make bench)
    BENCH_SCALE=0.1 .venv/bin/python bench/reminders.py    a tenth of the size
    .venv/bin/python bench/reminders.py --reset    seed again

Uses its own PostgreSQL database (BENCH_REMINDERS_DATABASE_URL, default
zorgroute_bench_reminders, with the scale in the name when it is not 1), seeded
once with COPY (bench/reminders_seed.py) and reused while the scale and the
seeder's version are the same. Redis database 12 is the broker of the emails the
scan queues (emptied after the run).

Each run starts with no notifications and times three scans over all programmes,
in this process, as the hourly beat task would run them one after the other:

- the first scan, yesterday: everything that is due at once (the day reminders go live);
- the daily scan, today: what became due since yesterday (the figure with the budget);
- the same scan again an hour later: nothing new, what every other hour costs.
"""

import datetime
import os
import sys
import time
from pathlib import Path
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.figures import Figure, print_table, scale, write_results  # noqa: E402

SCALE = scale()
VERSION = 1  # raise when the seeded rows change
PROGRAMME_SIZE = 25_000
MARKER = "bench_reminders_seed"
BUDGET_SECONDS = 30
AMSTERDAM = ZoneInfo("Europe/Amsterdam")


def _default_url() -> str:
    name = "zorgroute_bench_reminders"
    if SCALE != 1.0:
        name += "_" + f"{SCALE:g}".replace(".", "_")
    return f"postgresql://postgres@127.0.0.1:5432/{name}"


DATABASE_URL = os.environ.get("BENCH_REMINDERS_DATABASE_URL") or _default_url()
BROKER_URL = os.environ.get("BENCH_REMINDERS_REDIS_URL", "redis://127.0.0.1:6379/12")
os.environ.update(
    {
        "DATABASE_URL": DATABASE_URL,
        "REDIS_URL": BROKER_URL,
        "SECRET_KEY": os.environ.get("SECRET_KEY", "bench-only-not-secret"),
        "HTTPS": "false",
        "DEBUG": "false",
        "ALLOWED_HOSTS": "testserver,localhost,127.0.0.1",
        "DJANGO_SETTINGS_MODULE": "portal.settings",
        "LOG_LEVEL": "WARNING",
    }
)


def _server(autocommit=True):
    import psycopg

    return psycopg.connect(DATABASE_URL.rsplit("/", 1)[0] + "/postgres", autocommit=autocommit)


def _name() -> str:
    return DATABASE_URL.rsplit("/", 1)[1]


def seeded_marker() -> tuple | None:
    """(scale, version) of a finished seed, or None."""
    import psycopg

    with _server() as server:
        if not server.execute("SELECT 1 FROM pg_database WHERE datname = %s", [_name()]).fetchone():
            return None
    with psycopg.connect(DATABASE_URL, autocommit=True) as connection:
        if connection.execute("SELECT to_regclass(%s)", [MARKER]).fetchone()[0] is None:
            return None
        return connection.execute(f"SELECT scale, version FROM {MARKER}").fetchone()


def prepare(reset: bool) -> str:
    """Create, migrate and seed the database unless a matching seed is there. Says what it did."""
    marker = None if reset else seeded_marker()
    if marker == (SCALE, VERSION):
        import django

        django.setup()
        return "reused"
    with _server() as server:
        server.execute(f'DROP DATABASE IF EXISTS "{_name()}" WITH (FORCE)')
        server.execute(f'CREATE DATABASE "{_name()}"')
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection
    from django.utils import timezone
    from django_scopes import scopes_disabled

    from bench.reminders_seed import SLUGS, Copier, seed_programme

    call_command("migrate", verbosity=0)
    start = time.perf_counter()
    size = max(1, round(PROGRAMME_SIZE * SCALE))
    copier = Copier()
    with scopes_disabled():
        counts = [
            seed_programme(copier, slug, position, size, timezone.localdate())
            for position, slug in enumerate(SLUGS, 1)
        ]
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
        cursor.execute(f"CREATE TABLE {MARKER} (scale float, version int)")
        cursor.execute(f"INSERT INTO {MARKER} VALUES (%s, %s)", [SCALE, VERSION])
    seconds = time.perf_counter() - start
    totals = {name: sum(c[name] for c in counts) for name in counts[0]}
    return f"seeded in {seconds:.0f} s: {totals}"


def forget_notifications():
    """Every run starts from nothing sent."""
    from django.db import connection

    from notifications.models import Notification, OutboxEmail

    tables = [Notification._meta.db_table, OutboxEmail._meta.db_table]
    with connection.cursor() as cursor:
        cursor.execute(f"TRUNCATE {', '.join(tables)} CASCADE")


def scan_all(day: datetime.date, hour: int) -> tuple[float, int]:
    """One scan of every active programme at ``hour`` on ``day``: (seconds, notifications made)."""
    import time_machine
    from django_scopes import scope

    from notifications.scan import scan_programme
    from programmes.models import Programme

    moment = datetime.datetime.combine(day, datetime.time(hour, 5), tzinfo=AMSTERDAM)
    made = 0
    with time_machine.travel(moment, tick=True):
        start = time.perf_counter()
        for programme in Programme.objects.filter(is_active=True).order_by("pk"):
            with scope(programme=programme):
                made += sum(scan_programme(programme).values())
        return time.perf_counter() - start, made


def main():
    reset = "--reset" in sys.argv
    print(f"reminder benchmark at scale {SCALE:g}: {prepare(reset)}")
    from django.utils import timezone
    from django_scopes import scopes_disabled

    from participants.models import Participant
    from portal.celery import app

    with scopes_disabled():
        participants = Participant.objects.count()
    forget_notifications()
    today = timezone.localdate()
    first, first_made = scan_all(today - datetime.timedelta(days=1), 6)
    daily, daily_made = scan_all(today, 6)
    again, again_made = scan_all(today, 7)
    app.control.purge()  # the emails the scans queued: nobody sends them here
    assert again_made == 0, f"a rerun made {again_made} notifications"
    figures = [
        Figure("reminder scan: participants", participants, "rows"),
        Figure("reminder scan: daily scan, all programmes", daily, "s", BUDGET_SECONDS),
        Figure("reminder scan: daily scan, new notifications", daily_made, "rows"),
        Figure("reminder scan: hourly rerun, nothing new", again, "s", BUDGET_SECONDS),
        Figure("reminder scan: first scan, everything due at once", first, "s"),
        Figure("reminder scan: first scan, new notifications", first_made, "rows"),
        Figure(
            "reminder scan: first scan, per notification", 1000 * first / max(first_made, 1), "ms"
        ),
    ]
    print_table(figures)
    write_results(figures)


if __name__ == "__main__":
    main()
