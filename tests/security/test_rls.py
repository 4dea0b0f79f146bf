"""PostgreSQL row-level security: the database keeps programmes apart even when the code forgets.

The tests connect as the app role, as production does (tests/database_roles.py).
"""

import pytest
from django.db import DatabaseError, connection, transaction
from django.urls import reverse
from django_scopes import scope, scopes_disabled

from dossiers import across_programmes
from participants.models import Participant, Skill
from portal import rls
from portal.celery import ProgrammeTask
from portal.celery import app as celery_app
from programmes.models import Membership, Role
from programmes.tenancy import memberships_of
from tests.conftest import log_in
from tests.factories import MembershipFactory

pytestmark = pytest.mark.django_db


def raw(sql, params=()):
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.fetchall()


def count(table, **where):
    condition = " AND ".join(f"{column} = %s" for column in where) or "true"
    sql = f"SELECT count(*) FROM {table} WHERE {condition}"  # noqa: S608 (names from the models)
    return raw(sql, list(where.values()))[0][0]


@pytest.fixture
def settings_sent(monkeypatch):
    """Every value the application sends as ``zorgroute.programme``, in order."""
    sent = []
    apply = rls.ProgrammeSetting.apply

    def spy(connection, value):
        sent.append(value)
        apply(connection, value)

    monkeypatch.setattr(rls.ProgrammeSetting, "apply", staticmethod(spy))
    return sent


def test_the_app_connects_as_an_ordinary_role_that_owns_no_table():
    [(superuser, bypasses)] = raw(
        "SELECT rolsuper, rolbypassrls FROM pg_roles WHERE rolname = current_user"
    )
    assert (superuser, bypasses) == (False, False)
    [(owner,)] = raw(
        "SELECT tableowner FROM pg_tables WHERE tablename = 'participants_participant'"
    )
    assert owner != raw("SELECT current_user")[0][0]


@pytest.mark.parametrize(
    "sql",
    [
        "ALTER TABLE participants_participant DISABLE ROW LEVEL SECURITY",
        "ALTER TABLE participants_participant NO FORCE ROW LEVEL SECURITY",
        "DROP POLICY programme_isolation ON participants_participant",
        "ALTER TABLE audit_auditentry DISABLE TRIGGER USER",
    ],
)
def test_the_app_role_cannot_switch_the_defences_off(sql):
    with pytest.raises(DatabaseError, match="must be owner"), transaction.atomic():
        raw(sql)


def test_every_tenant_table_has_row_level_security_forced_and_a_policy():
    tables = {model._meta.db_table for model in rls.tenant_models()}
    assert {"participants_participant", "audit_auditchainhead", "programmes_membership"} <= tables
    rows = raw(
        """
        SELECT c.relname, c.relrowsecurity, c.relforcerowsecurity, p.qual, p.with_check, p.cmd
        FROM pg_class c LEFT JOIN pg_policies p
          ON p.tablename = c.relname AND p.policyname = %s AND p.schemaname = 'public'
        WHERE c.relname = ANY(%s) AND c.relkind = 'r'
        """,
        [rls.POLICY, list(tables)],
    )
    found = {name: rest for name, *rest in rows}
    missing = sorted(tables - set(found))
    assert not missing, f"tables not in the database: {missing}"
    for table, (enabled, forced, qual, check, command) in sorted(found.items()):
        assert enabled, f"{table}: row-level security is not enabled"
        assert forced, f"{table}: row-level security is not forced"
        assert qual, f"{table} has no programme policy: add ProgrammeIsolation to a migration"
        assert "zorgroute.programme" in qual, table
        assert "zorgroute.programme" in check, table
        assert command == "ALL", table


def test_every_model_with_a_programme_is_a_scoped_tenant_model():
    from django.apps import apps

    tenant = set(rls.tenant_models())
    with_programme = {
        model
        for model in apps.get_models()
        if any(field.name == "programme" for field in model._meta.concrete_fields)
    }
    assert with_programme == tenant


def test_a_raw_query_without_the_setting_sees_no_rows(worlds):
    with scopes_disabled():
        assert count("participants_participant") == 2
    # No scope: the application sends an empty setting.
    for model in rls.tenant_models():
        assert count(model._meta.db_table) == 0, model._meta.db_table
    # A fresh session that never set it: the same, straight through the driver.
    with connection.connection.cursor() as cursor:
        cursor.execute("RESET zorgroute.programme")
        cursor.execute("SELECT count(*) FROM participants_participant")
        assert cursor.fetchone()[0] == 0
    connection.programme_setting = None  # the reset above went around the wrapper


def test_without_a_scope_the_base_manager_sees_nothing_and_inserts_fail(world):
    # django-scopes guards the default manager only; the database guards everything.
    assert not Participant._base_manager.filter(pk=world.participant.pk).exists()
    with pytest.raises(DatabaseError, match="row-level security"), transaction.atomic():
        Skill.objects.create(programme=world.programme, kind="soft", name_nl="Plannen")


def test_in_programme_a_the_rows_of_b_are_invisible_and_cannot_be_written(world, other_world):
    a, b = world.programme, other_world.programme
    with scope(programme=a):
        assert count("participants_participant", programme_id=a.pk) == 1
        assert count("participants_participant", programme_id=b.pk) == 0
        assert not Participant._base_manager.filter(pk=other_world.participant.pk).exists()
        assert (
            raw(
                "UPDATE participants_participant SET given_name = 'X' WHERE id = %s RETURNING id",
                [other_world.participant.pk],
            )
            == []
        )
        assert (
            raw("DELETE FROM participants_casenote WHERE programme_id = %s RETURNING id", [b.pk])
            == []
        )
        with pytest.raises(DatabaseError, match="row-level security"), transaction.atomic():
            # django-scopes lets create() through with any programme; PostgreSQL does not.
            Skill.objects.create(programme=b, kind="soft", name_nl="Plannen")
        with pytest.raises(DatabaseError, match="row-level security"), transaction.atomic():
            raw(
                "UPDATE participants_participant SET programme_id = %s WHERE id = %s",
                [b.pk, world.participant.pk],
            )
    with scope(programme=b):
        assert Participant.objects.get().given_name == "Amina"


def test_the_setting_is_sent_only_when_the_scope_changes(world, other_world, settings_sent):
    a, b = world.programme, other_world.programme
    with scope(programme=a):
        for _ in range(5):
            list(Participant.objects.all())
    with scope(programme=b):
        list(Participant.objects.all())
        list(Skill.objects.all())
    with scopes_disabled():
        list(Participant.objects.all())
    assert settings_sent[-3:] == [str(a.pk), str(b.pk), "*"]
    assert settings_sent.count(str(a.pk)) == 1


def look_inside_a_transaction_then_fail(programme, seen):
    with transaction.atomic(), scope(programme=programme):
        seen.append(rls.current_setting())  # set_config inside the transaction
        raise ZeroDivisionError


@pytest.mark.django_db(transaction=True)
def test_a_setting_undone_by_a_rollback_is_sent_again(worlds):
    b = worlds["b"].programme
    assert rls.current_setting() == ""
    seen = []
    with pytest.raises(ZeroDivisionError):
        look_inside_a_transaction_then_fail(b, seen)
    assert seen == [str(b.pk)]
    # The rollback took PostgreSQL back to no programme; the connection must not
    # believe it still holds b.
    with scope(programme=b):
        assert rls.current_setting() == str(b.pk)
        assert count("participants_participant") == 1


def test_a_page_in_programme_a_never_opens_programme_b(client, world, other_world, settings_sent):
    log_in(client, world.users[Role.COORDINATOR])
    for url in (
        reverse(
            "participants:participant_detail",
            kwargs={"programme": world.programme.slug, "pk": world.participant.pk},
        ),
        reverse("participants:list", kwargs={"programme": world.programme.slug}),
    ):
        assert client.get(url).status_code == 200
    assert str(world.programme.pk) in settings_sent
    assert str(other_world.programme.pk) not in settings_sent


@celery_app.task(base=ProgrammeTask)
def setting_in_task(*, programme):
    return rls.current_setting(), count("participants_participant"), programme.pk


def test_a_celery_task_runs_with_its_programme(world, other_world):
    b = other_world.programme
    setting, visible, pk = setting_in_task.delay(programme_id=b.pk).get()
    assert (setting, visible, pk) == (str(b.pk), 1, b.pk)


def test_the_cross_programme_places_read_every_programme(world, other_world, settings_sent):
    officer = world.users[Role.MUNICIPALITY_OFFICER]
    with scopes_disabled():
        MembershipFactory(
            user=officer,
            programme=other_world.programme,
            role=Role.MUNICIPALITY_OFFICER,
            municipality=other_world.municipality,
        )
    with scope(programme=world.programme):
        list(Skill.objects.all())
    settings_sent.clear()
    assert {m.programme for m in memberships_of(officer)} == {
        world.programme,
        other_world.programme,
    }
    assert set(across_programmes.officer_municipalities(officer)) == {
        world.municipality,
        other_world.municipality,
    }
    assert settings_sent == ["*"]
    # The same rows, read without the cross-programme place, stay hidden.
    with scope(programme=world.programme):
        assert Membership._base_manager.filter(user=officer).count() == 1


@pytest.mark.parametrize(
    ("state", "expected"),
    [
        ({}, ""),
        ({"_enabled": False}, "*"),
        ({"_enabled": False, "programme": 7}, "*"),
        ({"_enabled": True, "programme": 7}, "7"),
        ({"_enabled": True, "programme": None}, ""),
        ({"_enabled": True}, ""),
    ],
)
def test_the_setting_follows_the_django_scopes_state(state, expected):
    assert rls.setting_for(state) == expected
