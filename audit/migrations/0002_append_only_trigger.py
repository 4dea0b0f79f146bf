"""PostgreSQL refuses UPDATE, DELETE and TRUNCATE of the audit log, whatever the code does.

One exception: TRUNCATE passes when the connection has set
``zorgroute.allow_audit_truncate = 'on'``. Only the test suite sets it, right before
Django flushes a test database after a transactional test (tests/conftest.py).
Anyone who can set it on a real database could as well drop the trigger: the
protection against them is a database role that does not own the table.
"""

from django.db import migrations

CREATE = """
CREATE OR REPLACE FUNCTION audit_entry_is_append_only() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'TRUNCATE'
       AND current_setting('zorgroute.allow_audit_truncate', true) = 'on' THEN
        RETURN NULL;
    END IF;
    RAISE EXCEPTION 'The audit log is append-only: % of % is refused.', TG_OP, TG_TABLE_NAME;
END;
$$;

CREATE TRIGGER audit_auditentry_no_update_or_delete
    BEFORE UPDATE OR DELETE ON audit_auditentry
    FOR EACH ROW EXECUTE FUNCTION audit_entry_is_append_only();

CREATE TRIGGER audit_auditentry_no_truncate
    BEFORE TRUNCATE ON audit_auditentry
    FOR EACH STATEMENT EXECUTE FUNCTION audit_entry_is_append_only();
"""

DROP = """
DROP TRIGGER IF EXISTS audit_auditentry_no_truncate ON audit_auditentry;
DROP TRIGGER IF EXISTS audit_auditentry_no_update_or_delete ON audit_auditentry;
DROP FUNCTION IF EXISTS audit_entry_is_append_only();
"""


def on_postgresql(sql):
    # The demo's SQLite has no such triggers; the model and query set still refuse.
    def run(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            schema_editor.execute(sql, params=None)

    return run


class Migration(migrations.Migration):
    dependencies = [("audit", "0001_initial")]

    operations = [migrations.RunPython(on_postgresql(CREATE), on_postgresql(DROP))]
