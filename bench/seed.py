"""Seed the benchmark database at national scale: 4 programmes x 25,000 participants.

    .venv/bin/python bench/seed.py            reuse the seeded database, or seed it
    .venv/bin/python bench/seed.py --reset    drop it and seed again
    BENCH_SCALE=0.01 ...                      1% of the size (its own database)

Starts from the demo (the four real programmes, their stages, staff with known
emails and TOTP), then adds the participants and everything around them with
COPY (bench/seed_rows.py). A table ``bench_seed`` records the scale and the
seeder's version when it is done; a database without it, or seeded at another
scale or version, is dropped and seeded again. Prints the time it took.
"""

import json
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench import database

VERSION = 3  # raise when the rows change: an older seed is then made again
APPLICANTS_PER_PARTICIPANT = 0.2
MARKER = "bench_seed"


def read_marker() -> dict | None:
    """What the last finished seed recorded, or None (no database, or no finished seed)."""
    import psycopg

    if not database.database_exists():
        return None
    with psycopg.connect(database.DATABASE_URL, autocommit=True) as connection:
        found = connection.execute("SELECT to_regclass(%s)", [MARKER]).fetchone()[0]
        if found is None:
            return None
        row = connection.execute(
            f"SELECT scale, version, seconds, counts, seeded_at FROM {MARKER}"
        ).fetchone()
    if row is None:
        return None
    scale, version, seconds, counts, seeded_at = row
    return {
        "scale": scale,
        "version": version,
        "seconds": seconds,
        "counts": counts,
        "at": seeded_at,
    }


SHARED_CONSENT = """
UPDATE participants_participant p SET municipality_consent_id = latest.id
FROM (
    SELECT DISTINCT ON (participant_id) participant_id, id, given
    FROM participants_consent WHERE purpose = 'municipality'
    ORDER BY participant_id, at DESC, id DESC
) latest
WHERE latest.participant_id = p.id AND latest.given
"""


def seed() -> dict:
    """Load the demo and add the bulk rows, in one transaction; returns rows per table."""
    from django.core.management import call_command
    from django.db import connection, transaction
    from django.utils import timezone
    from django_scopes import scopes_disabled

    from bench.seed_audit import chain_into_log
    from bench.seed_rows import ProgrammeRows
    from bench.seed_tables import references, writers
    from programmes.models import Municipality, Programme

    with open(os.devnull, "w") as quiet:
        call_command("load_demo", stdout=quiet)
    size = database.programme_size()
    now = timezone.now()
    with scopes_disabled(), transaction.atomic():
        tables = writers(now)
        municipalities = dict(Municipality.objects.values_list("code", "pk"))
        for number, programme in enumerate(Programme.objects.order_by("slug")):
            rows = ProgrammeRows(
                tables,
                programme,
                today=timezone.localdate(),
                tz=timezone.get_current_timezone(),
                refs=references(programme, municipalities),
                seed=number,
            )
            for index in range(size):
                rows.add_participant(index, rich=index == 0)
            for index in range(round(size * APPLICANTS_PER_PARTICIPANT)):
                rows.add_applicant(index)
            print(f"  {programme.slug}: {rows.participants} participants", flush=True)
        counts = {key: writer.finish() for key, writer in tables.items()}
        counts["audit"] = chain_into_log()
        with connection.cursor() as cursor:
            # What participants.consent.answer keeps: the municipality yes in force.
            cursor.execute(SHARED_CONSENT)
            cursor.execute(
                f"CREATE TABLE {MARKER} (scale float, version int, seconds float, "
                "counts jsonb, seeded_at timestamptz DEFAULT now())"
            )
    return counts


def write_marker(counts, seconds) -> None:
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute(
            f"INSERT INTO {MARKER} (scale, version, seconds, counts) VALUES (%s, %s, %s, %s)",
            [database.SCALE, VERSION, seconds, json.dumps(counts)],
        )
        cursor.execute("VACUUM ANALYZE")  # fresh statistics and visibility, as in a live system


def ensure_seeded(reset: bool = False) -> dict:
    """Seed unless a finished seed of this scale and version is there; returns its marker."""
    marker = read_marker()
    fits = marker and marker["scale"] == database.SCALE and marker["version"] == VERSION
    if reset or (not fits and database.database_exists()):
        print(f"Dropping {database.database_name()} to seed it again.")
        database.drop_database()
        marker = None
    database.create_database()
    database.django_setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    if marker:
        print(
            f"Reusing {database.database_name()}: scale {marker['scale']:g}, seeded in "
            f"{marker['seconds']:.0f} s on {marker['at']:%Y-%m-%d %H:%M}."
        )
        return marker
    print(f"Seeding {database.database_name()} at scale {database.SCALE:g} ...", flush=True)
    start = time.perf_counter()
    counts = seed()
    seconds = time.perf_counter() - start
    write_marker(counts, seconds)
    return read_marker()


def main():
    from bench.figures import Figure, print_table, write_results

    marker = ensure_seeded(reset="--reset" in sys.argv)
    counts = marker["counts"]
    for table, count in counts.items():
        print(f"  {table:<15} {count:>10,}")
    print(f"  {'all rows':<15} {sum(counts.values()):>10,}")
    figures = [
        Figure("seed: scale (1 = 4 x 25,000 participants)", marker["scale"], "x"),
        Figure("seed: participants", counts["participant"], "rows"),
        Figure("seed: rows in all", sum(counts.values()), "rows"),
        Figure("seed: time", marker["seconds"], "s", 600),
    ]
    print_table(figures)
    write_results(figures)


if __name__ == "__main__":
    main()
