"""Benchmark of the skills dossier: one PDF's time and memory, and a bulk export's throughput.

    .venv/bin/python bench/dossier.py          (or: make bench)

Uses its own PostgreSQL database (BENCH_DATABASE_URL, default zorgroute_bench),
filled with the demo data once, and Redis database 13 as the Celery broker.
BENCH_BULK sets the number of dossiers in the bulk export (default 200).
"""

import os
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

DATABASE_URL = os.environ.get(
    "BENCH_DATABASE_URL", "postgresql://postgres@127.0.0.1:5432/zorgroute_bench"
)
BROKER_URL = os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/13")
ENV = {
    "DATABASE_URL": DATABASE_URL,
    "REDIS_URL": BROKER_URL,
    "SECRET_KEY": os.environ.get("SECRET_KEY", "bench-only-not-secret"),
    "HTTPS": "false",
    "DEBUG": "false",
    "ALLOWED_HOSTS": "testserver,localhost,127.0.0.1",
    "MEDIA_ROOT": str(ROOT / "private-media" / "bench"),
    "DJANGO_SETTINGS_MODULE": "portal.settings",
}
os.environ.update(ENV)

RENDERS = 10
MEMORY_RENDERS = 20


def create_database():
    import psycopg

    name = DATABASE_URL.rsplit("/", 1)[1]
    server = DATABASE_URL.rsplit("/", 1)[0] + "/postgres"
    with psycopg.connect(server, autocommit=True) as connection:
        exists = connection.execute(
            "SELECT 1 FROM pg_database WHERE datname = %s", [name]
        ).fetchone()
        if not exists:
            connection.execute(f'CREATE DATABASE "{name}"')


def setup():
    import django

    create_database()
    django.setup()
    from django.core.management import call_command
    from django_scopes import scopes_disabled

    from programmes.models import Programme

    call_command("migrate", verbosity=0)
    with scopes_disabled():
        if not Programme.objects.exists():
            with open(os.devnull, "w") as quiet:
                call_command("load_demo", stdout=quiet)


def typical_participant():
    """The demo participant with the richest route: the dossier a municipality receives."""
    from django.db.models import Count
    from django_scopes import scopes_disabled

    from participants.models import Participant

    with scopes_disabled():
        return (
            Participant.objects.annotate(rows=Count("stage_entries", distinct=True))
            .select_related("programme", "user", "municipality", "current_stage")
            .order_by("-rows", "pk")
            .first()
        )


def render_times(participant) -> list[float]:
    from django.utils import timezone
    from django_scopes import scope

    from dossiers.render import render_dossier

    times = []
    with scope(programme=participant.programme):
        for i in range(RENDERS + 1):
            language = ("nl", "ar", "en")[i % 3]
            start = time.perf_counter()
            render_dossier(participant, language, version=1, generated_at=timezone.now())
            times.append(time.perf_counter() - start)
    return times[1:]  # the first one loads fonts and templates


def peak_memory_mb() -> float:
    """Peak resident memory of a fresh process that renders dossiers, like one worker."""
    result = subprocess.run(
        [sys.executable, __file__, "--memory"], capture_output=True, text=True, check=True
    )
    return float(result.stdout.strip().splitlines()[-1])


def memory_child():
    setup()
    participant = typical_participant()
    from django.utils import timezone
    from django_scopes import scope

    from dossiers.render import render_dossier

    with scope(programme=participant.programme):
        for i in range(MEMORY_RENDERS):
            render_dossier(participant, ("nl", "ar")[i % 2], version=1, generated_at=timezone.now())
    print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)


def bulk_export_seconds(count: int) -> float:
    """A bulk export of ``count`` dossiers, made by one worker with two processes."""
    from django.utils import timezone
    from django_scopes import scopes_disabled

    from dossiers.models import BulkExport, DossierExport, Status
    from dossiers.requests import enqueue, new_bulk_export
    from participants.models import Participant
    from portal.celery import app
    from programmes.models import Membership, Role

    app.control.purge()
    worker = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "celery",
            "-A",
            "portal",
            "worker",
            "--pool",
            "prefork",
            "--concurrency",
            "2",
            "--loglevel",
            "WARNING",
            "--without-gossip",
            "--without-mingle",
        ],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
    )
    try:
        while not app.control.ping(timeout=0.5):
            time.sleep(0.2)
        with scopes_disabled():
            officer = Membership.objects.filter(role=Role.MUNICIPALITY_OFFICER).first()
            bulk = new_bulk_export(officer.user, officer.municipality, "nl")
            people = list(Participant.objects.select_related("programme")[:count])
            exports = [
                DossierExport.objects.create(
                    programme=people[i % len(people)].programme,
                    participant=people[i % len(people)],
                    language=("nl", "ar")[i % 2],
                    audience="programme",  # the figures measure rendering, not consent
                    municipality=officer.municipality,
                    requested_by=officer.user,
                    bulk=bulk,
                    enqueued_at=timezone.now(),
                )
                for i in range(count)
            ]
        start = time.perf_counter()
        for export in exports:
            enqueue(export)
        while BulkExport.objects.get(pk=bulk.pk).status != Status.DONE:
            time.sleep(0.2)
        return time.perf_counter() - start
    finally:
        worker.terminate()
        worker.wait(timeout=30)


def main():
    from bench.figures import Figure, median, print_table, write_results

    setup()
    participant = typical_participant()
    times = render_times(participant)
    count = int(os.environ.get("BENCH_BULK", "200"))
    memory = peak_memory_mb()
    bulk = bulk_export_seconds(count)
    figures = [
        Figure("dossier: median time", median(times), "s", 1.0),
        Figure("dossier: peak memory per worker", memory, "MB", 200),
        Figure(f"bulk export of {count}: total time, 2 workers", bulk, "s", 600 * count / 1000),
        Figure(f"bulk export of {count}: throughput", 60 * count / bulk, "per min", 100, True),
    ]
    print_table(figures)
    write_results(figures)


if __name__ == "__main__":
    if "--memory" in sys.argv:
        memory_child()
    else:
        main()
