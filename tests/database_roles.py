"""The tests connect to PostgreSQL the way production does: as an ordinary role under row-level security.

pytest-django creates each test database and runs the migrations as the role in
``DATABASE_URL``: the owner (``zorgroute`` in ``make test``, which
``bin/check-services`` creates with CREATEDB and nothing more). The tests then
connect as the app role (``DATABASE_APP_ROLE``, default ``zorgroute_app``),
which owns nothing and has only the grants production gives it (docs/security.md),
plus TRUNCATE for Django's flush after a transactional test. Neither may be a
superuser or bypass row-level security: the run stops at once if one does.
"""

import os
from contextlib import contextmanager

import psycopg
import pytest
from django.db import connections

APP_ROLE = os.environ.get("DATABASE_APP_ROLE", "zorgroute_app")
APP_PASSWORD = os.environ.get("DATABASE_APP_PASSWORD", "")
OWNER = {}  # alias -> (user, password): who made the test databases
# Only the benchmark seeder's test uses it, explicitly: see connected_as_superuser().
SUPERUSER = os.environ.get("DATABASE_SUPERUSER", "postgres")


def role_of(connection) -> tuple[str, bool, bool]:
    """The connected role, whether it is a superuser, and whether it bypasses row-level security."""
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT rolname, rolsuper, rolbypassrls FROM pg_roles WHERE rolname = current_user"
        )
        return cursor.fetchone()


def refuse_privileged(connection, what: str) -> None:
    name, superuser, bypasses = role_of(connection)
    if superuser or bypasses:
        pytest.exit(
            f"The {what} role {name!r} is a superuser or bypasses row-level security, so the "
            "tests would prove nothing about it. Use `make test`: DATABASE_URL names the owner "
            "role `zorgroute` (bin/check-services creates it), the tests connect as "
            f"{APP_ROLE!r}.",
            returncode=3,
        )


def grant_app_role(connection) -> None:
    """What the deployment's init SQL grants the app role (docs/security.md), plus TRUNCATE."""
    role = connection.ops.quote_name(APP_ROLE)
    with connection.cursor() as cursor:
        # TRUNCATE only here: Django empties the database after a transactional test.
        cursor.execute(
            f"GRANT SELECT, INSERT, UPDATE, DELETE, TRUNCATE ON ALL TABLES IN SCHEMA public TO {role}"
        )
        cursor.execute(f"GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO {role}")


def credentials() -> dict:
    return {
        c.alias: (c.settings_dict["USER"], c.settings_dict["PASSWORD"]) for c in connections.all()
    }


def connect_as(roles: dict) -> None:
    """Point each connection at another role; each thread reconnects on its next query."""
    for connection in connections.all():
        connection.close()
        connection.settings_dict["USER"], connection.settings_dict["PASSWORD"] = roles[
            connection.alias
        ]


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """pytest-django's test databases, made by the owner, then used as the app role."""
    owner = credentials()
    OWNER.update(owner)
    with django_db_blocker.unblock():
        for connection in connections.all():
            refuse_privileged(connection, "owner (DATABASE_URL)")
            grant_app_role(connection)
        connect_as(dict.fromkeys(owner, (APP_ROLE, APP_PASSWORD)))
        for connection in connections.all():
            refuse_privileged(connection, "app")
    yield
    with django_db_blocker.unblock():
        connect_as(owner)  # the owner drops the test databases


@contextmanager
def owner_connection(alias="default"):
    """A connection of its own as the tables' owner; it sees committed rows only.

    For tests that show what the owner could do and the app role cannot.
    """
    settings = connections[alias].settings_dict
    user, password = OWNER[alias]
    with psycopg.connect(
        host=settings["HOST"],
        port=settings["PORT"] or None,
        dbname=settings["NAME"],
        user=user,
        password=password or None,
    ) as connection:
        yield connection


@contextmanager
def connected_as_superuser():
    """Django's connections as the database superuser, for one block of a transactional test.

    Only for the benchmark seeder (bench/): it COPYs rows into tables with row-level
    security and switches a trigger off, which PostgreSQL allows a superuser only,
    as ``make bench`` runs it. Everything else in the suite runs as the app role.
    """
    app = credentials()
    connect_as(dict.fromkeys(app, (SUPERUSER, "")))
    try:
        for connection in connections.all():
            name, superuser, _bypasses = role_of(connection)
            assert superuser, f"{name} is not a superuser (DATABASE_SUPERUSER)"
        yield
    finally:
        connect_as(app)
