"""Django's ``migrate`` with every programme open.

The tenant tables force row-level security on their owner too (portal/rls.py),
and a migration may read or change rows of any programme, so migrations are one
of the named cross-programme places.
"""

from django.core.management.commands import migrate

from programmes.tenancy import maintenance_scope


class Command(migrate.Command):
    def handle(self, *args, **options):
        with maintenance_scope():
            return super().handle(*args, **options)
