"""Audit entries in bulk, chained by hash as PostgreSQL's trigger would (audit migration 0004).

The trigger moves the programme's chain head on every insert. In one transaction
each move leaves a row version behind that the next insert walks past, so a bulk
insert of n entries costs n^2/2 steps (300,000 entries: hours). The seeder copies
its entries into a staging table, then chains them in time order per programme
with the database's own ``audit_entry_digest`` and moves each head once.
"""

from django.db import connection

STAGING = "bench_audit"

CHAIN = r"""
-- ALTER TABLE waits for no deferred check: run the foreign key checks of the seed now.
SET CONSTRAINTS ALL IMMEDIATE;
ALTER TABLE audit_auditentry DISABLE TRIGGER audit_auditentry_chain;
DO $$
DECLARE
    entry audit_auditentry;
    previous text;
    current_programme bigint := NULL;
    added bigint := 0;
    last bigint;

BEGIN
    FOR entry IN SELECT * FROM bench_audit ORDER BY programme_id, at LOOP
        IF current_programme IS DISTINCT FROM entry.programme_id THEN
            IF current_programme IS NOT NULL THEN
                PERFORM pg_temp.bench_move_head(current_programme, last, previous, added);
            END IF;
            current_programme := entry.programme_id;
            added := 0;
            SELECT last_hash INTO previous FROM audit_auditchainhead
                WHERE programme_id = entry.programme_id;
            previous := coalesce(previous, '');
        END IF;
        entry.id := nextval(pg_get_serial_sequence('audit_auditentry', 'id'));
        entry.previous_hash := previous;
        entry.hash := audit_entry_digest(entry);
        INSERT INTO audit_auditentry SELECT (entry).*;
        previous := entry.hash;
        last := entry.id;
        added := added + 1;
    END LOOP;
    IF current_programme IS NOT NULL THEN
        PERFORM pg_temp.bench_move_head(current_programme, last, previous, added);
    END IF;
END;
$$;
ALTER TABLE audit_auditentry ENABLE TRIGGER audit_auditentry_chain;
"""

MOVE_HEAD = """
CREATE FUNCTION pg_temp.bench_move_head(programme bigint, last bigint, hash text, added bigint)
RETURNS void LANGUAGE sql AS $$
    INSERT INTO audit_auditchainhead (programme_id, last_id, last_hash, entries)
        VALUES (programme, last, hash, added)
        ON CONFLICT (programme_id) DO UPDATE
        SET last_id = EXCLUDED.last_id, last_hash = EXCLUDED.last_hash,
            entries = audit_auditchainhead.entries + EXCLUDED.entries
$$;
"""


def create_staging() -> None:
    """A table like the log, without its triggers, dropped at the end of the transaction."""
    with connection.cursor() as cursor:
        cursor.execute(f"CREATE TEMP TABLE {STAGING} (LIKE audit_auditentry) ON COMMIT DROP")


def chain_into_log() -> int:
    """Move the staged entries into the log, chained; returns how many."""
    with connection.cursor() as cursor:
        cursor.execute(MOVE_HEAD)
        cursor.execute(CHAIN)
        cursor.execute(f"SELECT count(*) FROM {STAGING}")
        return cursor.fetchone()[0]
