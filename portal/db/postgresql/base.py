"""Django's PostgreSQL backend, with the programme setting for row-level security.

Every connection runs each query through ``portal.rls.ProgrammeSetting``, which
keeps the session setting ``zorgroute.programme`` equal to the active
django-scopes scope. The wrapper remembers the value it set; PostgreSQL undoes a
setting made inside a transaction or savepoint that is rolled back, so a
rollback makes the value unknown and the next query sets it again.
"""

from django.db.backends.postgresql import base

from portal.rls import ProgrammeSetting


class DatabaseWrapper(base.DatabaseWrapper):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.programme_setting = None  # unknown: the first query sets it
        self.programme_settings_made = 0  # how many set_config calls: overhead, for tests
        self.execute_wrappers.append(ProgrammeSetting())

    def get_new_connection(self, conn_params):
        # Unknown, even though a new session has no setting: a pooled connection
        # (Django's pool, PgBouncer) may carry the last user's. One query sets it.
        self.programme_setting = None
        return super().get_new_connection(conn_params)

    def _rollback(self):
        try:
            super()._rollback()
        finally:
            self.programme_setting = None

    def _savepoint_rollback(self, sid):
        try:
            super()._savepoint_rollback(sid)
        finally:
            self.programme_setting = None
