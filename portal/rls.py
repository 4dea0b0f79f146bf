"""Row-level security: PostgreSQL's second line of tenant defence, behind django-scopes.

Every tenant table (a model with a ``programme`` foreign key and a django-scopes
``ScopedManager``) has a policy: a row is visible and writable only when its
``programme_id`` equals the session setting ``zorgroute.programme``, or when
that setting is ``*``. Without the setting a query sees no rows and an insert
fails.

The setting follows the active django-scopes scope, so the database enforces
what the managers already do, also for raw SQL and for paths that bypass the
managers (``refresh_from_db``, related objects, deletion cascades):

- ``scope(programme=p)`` sets ``p``'s id;
- ``scopes_disabled()`` sets ``*`` (the named cross-programme places,
  migrations, the demo loader and test fixtures);
- no scope at all sets nothing: tenant tables are empty.

Only the scope at the moment a query runs counts: a query set built inside
``scopes_disabled()`` and evaluated after it sees no rows, so the
cross-programme functions evaluate before they return. The manager-level
``Model.objects.with_scopes_disabled()`` changes nothing in the database; use
``scopes_disabled()`` in one of the named places.

``ProgrammeSetting`` is installed on every connection by the database backend
(``portal/db/postgresql``); it issues one ``set_config`` only when the scope
differs from what the connection already has.
"""

from django.db import connection as default_connection
from django.db.migrations.operations.base import Operation
from django_scopes.state import get_scope

SETTING = "zorgroute.programme"
ALL_PROGRAMMES = "*"
NO_PROGRAMME = ""
POLICY = "programme_isolation"

# The programmes a query may see, as an array: the one in the setting, every one
# for '*', none (NULL) when unset or ''. The scalar subquery runs once per query
# (an InitPlan), not once per row. Why "programme_id = ANY (array)" and not
# "programme_id = x OR setting = '*'": PostgreSQL cannot know the setting when it
# plans, and it underestimated the rows the OR form keeps, which turned ordered
# index scans into sorts and hash joins into nested loops (a cross-programme page
# went from 45 to 230 ms at 100,000 participants). It expects the ANY form to keep
# nearly every row the application's own filter keeps, and plans as without it.
# Changing this text needs a migration that runs ProgrammeIsolation again.
_PROGRAMMES = (
    "(SELECT CASE WHEN current_setting('zorgroute.programme', true) = '*'"
    " THEN (SELECT array_agg(id) FROM programmes_programme)"
    " ELSE ARRAY[nullif(current_setting('zorgroute.programme', true), '')::bigint] END)"
)
_VISIBLE = f"programme_id = ANY ({_PROGRAMMES}::bigint[])"


def setting_for(state: dict) -> str:
    """The value of ``zorgroute.programme`` that matches a django-scopes state."""
    if not state:
        return NO_PROGRAMME
    if not state.get("_enabled", True):
        return ALL_PROGRAMMES
    programme = state.get("programme")
    if programme is None:
        # django-scopes reads scope(programme=None) as "no filter"; the database
        # does not follow it there: only scopes_disabled() opens every programme.
        return NO_PROGRAMME
    if isinstance(programme, list | tuple):
        raise ValueError("Row-level security takes one programme per scope, not a list.")
    return str(getattr(programme, "pk", programme))


class ProgrammeSetting:
    """An execute wrapper that keeps the connection's setting equal to the active scope.

    The connection wrapper remembers the value it last set (``programme_setting``;
    ``None`` when unknown, after a rollback), so a run of queries in one scope
    costs one ``set_config`` at most.
    """

    def __call__(self, execute, sql, params, many, context):
        connection = context["connection"]
        wanted = setting_for(get_scope())
        if connection.programme_setting != wanted and not _controls_transaction(sql):
            self.apply(connection, wanted)
        return execute(sql, params, many, context)

    @staticmethod
    def apply(connection, value: str) -> None:
        # Session-wide (is_local false): it holds across transactions until the
        # scope changes. On the raw driver cursor: no query log entry, no wrappers.
        with connection.wrap_database_errors, connection.connection.cursor() as cursor:
            cursor.execute("SELECT set_config(%s, %s, false)", [SETTING, value])
        connection.programme_setting = value
        connection.programme_settings_made += 1


_TRANSACTION_CONTROL = ("SAVEPOINT", "RELEASE SAVEPOINT", "ROLLBACK")


def _controls_transaction(sql) -> bool:
    """Savepoint statements read no table, so they need no setting. And they must not
    get one: after an error PostgreSQL refuses every statement but ROLLBACK, so a
    set_config sent first (the scope changed between the error and the rollback, as
    when a view fails and the atomic block around the request rolls back) would make the
    rollback to the savepoint fail, and with it the whole outer transaction."""
    return isinstance(sql, str) and sql.lstrip().upper().startswith(_TRANSACTION_CONTROL)


def current_setting(connection=default_connection) -> str | None:
    """What the database holds now (for tests and checks)."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT current_setting(%s, true)", [SETTING])
        return cursor.fetchone()[0]


def tenant_models():
    """Every model with a ``programme`` foreign key and a django-scopes manager."""
    from django.apps import apps

    found = []
    for model in apps.get_models():
        scoped = any(hasattr(manager, "with_scopes_disabled") for manager in model._meta.managers)
        if scoped and any(field.name == "programme" for field in model._meta.concrete_fields):
            found.append(model)
    return found


def enable_sql(table: str) -> list[str]:
    quoted = default_connection.ops.quote_name(table)
    return [
        f"ALTER TABLE {quoted} ENABLE ROW LEVEL SECURITY",
        # FORCE: the table's owner (the role that runs migrations) is held to it too.
        f"ALTER TABLE {quoted} FORCE ROW LEVEL SECURITY",
        f"DROP POLICY IF EXISTS {POLICY} ON {quoted}",
        f"CREATE POLICY {POLICY} ON {quoted} USING ({_VISIBLE}) WITH CHECK ({_VISIBLE})",
    ]


def disable_sql(table: str) -> list[str]:
    quoted = default_connection.ops.quote_name(table)
    return [
        f"DROP POLICY IF EXISTS {POLICY} ON {quoted}",
        f"ALTER TABLE {quoted} NO FORCE ROW LEVEL SECURITY",
        f"ALTER TABLE {quoted} DISABLE ROW LEVEL SECURITY",
    ]


class ProgrammeIsolation(Operation):
    """Migration operation: row-level security on tenant tables, by model label.

    ``ProgrammeIsolation("participants.Participant", ...)``. On PostgreSQL only;
    the demo's SQLite has no row-level security. A new tenant model needs one of
    these in its migration: tests/security/test_rls.py fails until it has.
    """

    reversible = True
    reduces_to_sql = True

    def __init__(self, *labels):
        self.labels = labels

    def deconstruct(self):
        return (self.__class__.__qualname__, self.labels, {})

    def state_forwards(self, app_label, state):
        pass

    def _tables(self, state):
        return [state.apps.get_model(label)._meta.db_table for label in self.labels]

    def database_forwards(self, app_label, schema_editor, from_state, to_state):
        if schema_editor.connection.vendor == "postgresql":
            for table in self._tables(to_state):
                for statement in enable_sql(table):
                    schema_editor.execute(statement, params=None)

    def database_backwards(self, app_label, schema_editor, from_state, to_state):
        if schema_editor.connection.vendor == "postgresql":
            for table in self._tables(from_state):
                for statement in disable_sql(table):
                    schema_editor.execute(statement, params=None)

    def describe(self):
        return f"Row-level security by programme on {', '.join(self.labels)}"
