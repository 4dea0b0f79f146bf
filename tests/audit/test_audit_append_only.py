"""The log is append-only: the model, its query set and PostgreSQL itself refuse changes."""

import pytest
from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret
from django.db import DatabaseError, connection, transaction
from django.db.models import ProtectedError
from django.urls import reverse
from django_scopes import scope, scopes_disabled

from audit.log import record_system
from audit.models import Action, AppendOnlyError, AuditEntry
from participants.models import Participant
from tests.audit.helpers import entry_count
from tests.conftest import log_in
from tests.factories import UserFactory


@pytest.fixture
def entry(world):
    with scopes_disabled():
        return record_system(
            Action.VIEWED_FILE, programme=world.programme, participant=world.participant
        )


def test_an_entry_cannot_be_saved_again(entry):
    entry.detail = "something else"
    with pytest.raises(AppendOnlyError):
        entry.save()
    with pytest.raises(AppendOnlyError):
        entry.save(update_fields=["detail"])


def test_an_entry_cannot_be_deleted(entry):
    with pytest.raises(AppendOnlyError):
        entry.delete()
    assert entry_count(pk=entry.pk) == 1


def test_the_query_set_refuses_update_and_delete(world, entry):
    with scope(programme=world.programme):
        entries = AuditEntry.objects.filter(pk=entry.pk)
        with pytest.raises(AppendOnlyError):
            entries.update(detail="x")
        with pytest.raises(AppendOnlyError):
            entries.delete()
        with pytest.raises(AppendOnlyError):
            AuditEntry.objects.bulk_update([entry], ["detail"])
        with pytest.raises(AppendOnlyError):
            entries._raw_delete(entries.db)
    with scopes_disabled():
        assert AuditEntry.objects.get(pk=entry.pk).detail == ""


@pytest.mark.parametrize(
    "sql",
    [
        "UPDATE audit_auditentry SET detail = 'rewritten'",
        "DELETE FROM audit_auditentry",
        "TRUNCATE audit_auditentry",
    ],
)
def test_postgresql_refuses_update_delete_and_truncate(entry, sql):
    # Every programme open, so the rows are there for the trigger to refuse (without a
    # scope, row-level security hides them and the statement changes nothing).
    with scopes_disabled(), connection.cursor() as cursor:
        # Whatever an earlier test on this connection did: no escape hatch here.
        cursor.execute("SET LOCAL zorgroute.allow_audit_truncate = 'off'")
        # TRUNCATE waits for no deferred foreign key checks of this transaction.
        cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
        with pytest.raises(DatabaseError, match="append-only"), transaction.atomic():
            cursor.execute(sql)
    assert entry_count(pk=entry.pk, detail="") == 1


def test_inserting_still_works_by_sql(world, entry):
    with scope(programme=world.programme), connection.cursor() as cursor:
        cursor.execute(
            "INSERT INTO audit_auditentry (programme_id, at, actor_name, actor_email, role,"
            " organisation, action, detail, result) VALUES (%s, now(), '', '', '', '',"
            " 'viewed_file', 'by sql', 'ok')",
            [world.programme.pk],
        )
    assert entry_count(programme=world.programme) == 2


def test_deleting_a_participant_or_a_user_leaves_the_log_alone(world, entry):
    user = world.users["participant"]
    participant_pk = world.participant.pk
    with scopes_disabled():
        record_system(
            Action.CONSENT_CHANGED,
            programme=world.programme,
            participant=world.participant,
            actor=user,
        )
        Participant.objects.filter(pk=participant_pk).delete()
        user.delete()
    assert entry_count(participant_id=participant_pk) == 2
    with scopes_disabled():
        orphan = AuditEntry.objects.select_related("participant").get(pk=entry.pk)
    assert orphan.participant is None
    assert orphan.participant_id == participant_pk


def test_a_programme_with_a_log_is_not_deleted(world, entry):
    with scopes_disabled(), pytest.raises(ProtectedError):
        world.programme.delete()


@pytest.fixture
def platform_admin(db):
    with scopes_disabled():
        user = UserFactory(email="platform@example.org", is_staff=True, is_superuser=True)
        TOTP.activate(user, generate_totp_secret())
        return user


def test_the_platform_admin_reads_the_log_but_cannot_add_change_or_delete(
    client, entry, platform_admin
):
    log_in(client, platform_admin)
    changelist = client.get(reverse("admin:audit_auditentry_changelist"))
    assert changelist.status_code == 200
    assert client.get(reverse("admin:audit_auditentry_add")).status_code == 403
    change_url = reverse("admin:audit_auditentry_change", args=[entry.pk])
    page = client.get(change_url)
    assert page.status_code == 200
    assert 'name="_save"' not in page.content.decode()
    assert client.post(change_url, {"detail": "rewritten"}).status_code == 403
    delete_url = reverse("admin:audit_auditentry_delete", args=[entry.pk])
    assert client.post(delete_url, {"post": "yes"}).status_code == 403
    bulk = client.post(
        reverse("admin:audit_auditentry_changelist"),
        {"action": "delete_selected", "_selected_action": [entry.pk], "post": "yes"},
    )
    assert bulk.status_code in (200, 302)
    assert entry_count(pk=entry.pk, detail="") == 1


@pytest.mark.django_db(transaction=True)
def test_a_transactional_test_still_ends_with_an_empty_database(worlds):
    """Its flush truncates the log (tests/conftest.py allows it for that flush only)."""
    with scopes_disabled():
        record_system(Action.VIEWED_FILE, programme=worlds["a"].programme)
    assert entry_count() == 1
