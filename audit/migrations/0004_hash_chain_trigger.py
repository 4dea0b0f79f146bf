"""PostgreSQL chains every audit entry to the one before it in its programme, by hash.

A BEFORE INSERT trigger takes a per-programme lock, reads the chain's head,
sets ``previous_hash`` and ``hash`` (sha256 over the entry's fields and the
previous hash) and moves the head. The application cannot skip or forge it,
and bulk inserts are chained too. ``manage.py verify_audit_chain`` recomputes
every hash with the same function and compares the head: a changed, removed or
inserted entry shows. Entries that already exist are chained here, in id order.
"""

from django.db import migrations

CREATE = r"""
CREATE OR REPLACE FUNCTION audit_entry_digest(e audit_auditentry) RETURNS text
LANGUAGE sql STABLE AS $$
    SELECT encode(sha256(convert_to(concat_ws('|',
        e.previous_hash,
        e.id::text,
        e.programme_id::text,
        to_char(e.at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US'),
        coalesce(e.actor_id::text, ''),
        e.actor_name,
        e.actor_email,
        e.role,
        e.organisation,
        coalesce(e.participant_id::text, ''),
        e.action,
        e.detail,
        coalesce(host(e.address), ''),
        e.result
    ), 'UTF8')), 'hex')
$$;

CREATE OR REPLACE FUNCTION audit_entry_chain() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    head text;
BEGIN
    -- One writer per programme at a time, until the transaction ends.
    PERFORM pg_advisory_xact_lock(hashtext('zorgroute.audit_chain'), NEW.programme_id::int);
    -- The id was drawn before the lock: draw it again, so ids follow the chain.
    NEW.id := nextval(pg_get_serial_sequence('audit_auditentry', 'id'));
    SELECT last_hash INTO head FROM audit_auditchainhead WHERE programme_id = NEW.programme_id;
    NEW.previous_hash := coalesce(head, '');
    NEW.hash := audit_entry_digest(NEW);
    INSERT INTO audit_auditchainhead (programme_id, last_id, last_hash, entries)
        VALUES (NEW.programme_id, NEW.id, NEW.hash, 1)
        ON CONFLICT (programme_id) DO UPDATE
        SET last_id = EXCLUDED.last_id,
            last_hash = EXCLUDED.last_hash,
            entries = audit_auditchainhead.entries + 1;
    RETURN NEW;
END;
$$;

-- Chain what is there already, oldest first, per programme.
ALTER TABLE audit_auditentry DISABLE TRIGGER audit_auditentry_no_update_or_delete;
DO $$
DECLARE
    entry audit_auditentry;
    previous text := '';
    current_programme bigint := NULL;
BEGIN
    FOR entry IN SELECT * FROM audit_auditentry ORDER BY programme_id, id LOOP
        IF current_programme IS DISTINCT FROM entry.programme_id THEN
            previous := '';
            current_programme := entry.programme_id;
        END IF;
        entry.previous_hash := previous;
        entry.hash := audit_entry_digest(entry);
        UPDATE audit_auditentry SET previous_hash = entry.previous_hash, hash = entry.hash
            WHERE id = entry.id;
        previous := entry.hash;
    END LOOP;
END;
$$;
-- One head per programme at the end (moving it per row would rewrite one row
-- again and again inside one transaction, which slows down with every entry).
INSERT INTO audit_auditchainhead (programme_id, last_id, last_hash, entries)
SELECT DISTINCT ON (programme_id) programme_id, id, hash,
       count(*) OVER (PARTITION BY programme_id)
FROM audit_auditentry ORDER BY programme_id, id DESC;
ALTER TABLE audit_auditentry ENABLE TRIGGER audit_auditentry_no_update_or_delete;

CREATE TRIGGER audit_auditentry_chain
    BEFORE INSERT ON audit_auditentry
    FOR EACH ROW EXECUTE FUNCTION audit_entry_chain();

-- The head moves only forward: it may be updated (by the trigger), never removed.
CREATE TRIGGER audit_auditchainhead_no_delete
    BEFORE DELETE ON audit_auditchainhead
    FOR EACH ROW EXECUTE FUNCTION audit_entry_is_append_only();
CREATE TRIGGER audit_auditchainhead_no_truncate
    BEFORE TRUNCATE ON audit_auditchainhead
    FOR EACH STATEMENT EXECUTE FUNCTION audit_entry_is_append_only();
"""

DROP = """
DROP TRIGGER IF EXISTS audit_auditchainhead_no_truncate ON audit_auditchainhead;
DROP TRIGGER IF EXISTS audit_auditchainhead_no_delete ON audit_auditchainhead;
DROP TRIGGER IF EXISTS audit_auditentry_chain ON audit_auditentry;
DROP FUNCTION IF EXISTS audit_entry_chain();
DROP FUNCTION IF EXISTS audit_entry_digest(audit_auditentry);
"""


def on_postgresql(sql):
    # The demo's SQLite keeps no chain: verify_audit_chain says so.
    def run(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            schema_editor.execute(sql, params=None)

    return run


class Migration(migrations.Migration):
    dependencies = [("audit", "0003_hash_chain_fields")]

    operations = [migrations.RunPython(on_postgresql(CREATE), on_postgresql(DROP))]
