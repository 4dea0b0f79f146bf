"""The daily digest: one email each morning with everything new, from every programme, once."""

import datetime
import threading

import pytest
import time_machine
from django.db import connection
from django_scopes import scope, scopes_disabled

from notifications.digest import build_digests
from notifications.models import EmailStatus, EmailType, NotificationPreference, OutboxEmail
from notifications.outbox import AMSTERDAM
from notifications.services import notify
from notifications.tasks_outbox import send_digests
from tests.reminders.notices import EMAIL_KIND, INBOX_ONLY_KIND, reads_english, temporary_kinds

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _kinds():
    with temporary_kinds():
        yield


def amsterdam(*args):
    return datetime.datetime(*args, tzinfo=AMSTERDAM)


def at(moment, programme, user, key, kind=EMAIL_KIND):
    with time_machine.travel(moment, tick=False), scope(programme=programme):
        return notify(
            recipient=user,
            programme=programme,
            kind=kind,
            subject_key=key,
            due_on=None,
            link=f"/{programme.slug}/notifications/",
            context={"what": key},
        )


@pytest.fixture
def reader(worlds):
    """Alpha's participant reads the digest since Sunday morning, and is also written to in beta."""
    user = reads_english(worlds["a"].users["participant"])
    with scopes_disabled(), time_machine.travel(amsterdam(2026, 11, 22, 8, 0), tick=False):
        NotificationPreference.objects.create(user=user, digest=True)
    return user


MONDAY_7 = amsterdam(2026, 11, 23, 7, 0)


def test_a_digest_reader_gets_one_email_with_all_new_notifications_from_all_programmes(
    worlds, reader, settings, mailoutbox, django_capture_on_commit_callbacks
):
    alpha, beta = worlds["a"].programme, worlds["b"].programme
    at(amsterdam(2026, 11, 22, 10, 0), alpha, reader, "intake:1")
    at(amsterdam(2026, 11, 22, 15, 0), beta, reader, "stage:2")
    at(amsterdam(2026, 11, 22, 23, 0), alpha, reader, "exam:3")
    assert not OutboxEmail.objects.exists()  # no single emails for a digest reader

    with (
        time_machine.travel(MONDAY_7, tick=False),
        django_capture_on_commit_callbacks(execute=True),
    ):
        assert send_digests.delay().get() == {"digests": 1}
    email = OutboxEmail.objects.get()
    assert email.type == EmailType.DIGEST
    assert email.idempotency_key == f"digest:{reader.pk}:2026-11-23"
    with scopes_disabled():
        assert email.items.count() == 3
    assert email.status == EmailStatus.SENT
    assert len(mailoutbox) == 1
    body = mailoutbox[0].body
    order = [body.index(f"Appointment {key}") for key in ("intake:1", "stage:2", "exam:3")]
    assert order == sorted(order)  # oldest first
    assert "Programme alpha" in body  # the programme name in the reader's language
    assert "Programme beta" in body
    assert f"{settings.SITE_URL}/beta/notifications/" in body
    assert mailoutbox[0].subject == "Zorgroute: 3 new notifications"
    assert mailoutbox[0].to == [reader.email]


def test_the_digest_is_made_once_a_day_and_only_with_what_is_new(worlds, reader):
    alpha = worlds["a"].programme
    at(amsterdam(2026, 11, 22, 10, 0), alpha, reader, "intake:1")
    with time_machine.travel(MONDAY_7, tick=False):
        assert build_digests() == 1
    at(amsterdam(2026, 11, 23, 7, 0, 30), alpha, reader, "intake:2")
    with time_machine.travel(MONDAY_7 + datetime.timedelta(minutes=1), tick=False):
        assert build_digests() == 0  # beat fired twice: today's digest is made
    with time_machine.travel(MONDAY_7 + datetime.timedelta(days=1), tick=False):
        assert build_digests() == 1
    with time_machine.travel(MONDAY_7 + datetime.timedelta(days=2), tick=False):
        assert build_digests() == 0  # nothing new: no email
    tuesday = OutboxEmail.objects.get(idempotency_key=f"digest:{reader.pk}:2026-11-24")
    with scopes_disabled():
        assert [n.subject_key for n in tuesday.items.all()] == ["intake:2"]


def test_the_digest_is_in_the_readers_language_and_only_has_kinds_they_want_by_email(
    worlds, reader
):
    with scopes_disabled():
        reader.language = "ar"
        reader.save(update_fields=["language"])
        NotificationPreference.objects.filter(user=reader).update(email_kinds=[EMAIL_KIND])
    alpha = worlds["a"].programme
    at(amsterdam(2026, 11, 22, 10, 0), alpha, reader, "intake:1")
    at(amsterdam(2026, 11, 22, 11, 0), alpha, reader, "other:1", kind=INBOX_ONLY_KIND)
    with time_machine.travel(MONDAY_7, tick=False):
        assert build_digests() == 1
    email = OutboxEmail.objects.get()
    assert email.language == "ar"
    assert "[ar] Appointment intake:1" in email.body
    assert "other:1" not in email.body


def test_turning_the_digest_on_does_not_mail_old_notifications_again(worlds, mailoutbox):
    user = worlds["a"].users["participant"]
    alpha = worlds["a"].programme
    at(amsterdam(2026, 11, 22, 10, 0), alpha, user, "intake:1")  # a single email
    at(amsterdam(2026, 11, 22, 11, 0), alpha, user, "intake:2")
    with scopes_disabled(), time_machine.travel(amsterdam(2026, 11, 22, 12, 0), tick=False):
        NotificationPreference.objects.create(user=user, digest=True)
    at(amsterdam(2026, 11, 22, 13, 0), alpha, user, "intake:3")
    with time_machine.travel(MONDAY_7, tick=False):
        assert build_digests() == 1
    digest = OutboxEmail.objects.get(type=EmailType.DIGEST)
    with scopes_disabled():
        assert [n.subject_key for n in digest.items.all()] == ["intake:3"]


def test_a_morning_in_quiet_hours_waits_until_seven(worlds, reader):
    at(amsterdam(2026, 11, 22, 10, 0), worlds["a"].programme, reader, "intake:1")
    with time_machine.travel(amsterdam(2026, 11, 23, 6, 30), tick=False):
        assert build_digests() == 1
    assert OutboxEmail.objects.get().send_after == MONDAY_7


@pytest.mark.django_db(transaction=True)
def test_two_digest_runs_at_the_same_moment_make_one_email(worlds):
    user = worlds["a"].users["participant"]
    with scopes_disabled(), time_machine.travel(amsterdam(2026, 11, 22, 8, 0), tick=False):
        NotificationPreference.objects.create(user=user, digest=True)
    at(amsterdam(2026, 11, 22, 10, 0), worlds["a"].programme, user, "intake:1")
    start = threading.Barrier(3)
    made, errors = [], []

    def run():
        try:
            start.wait(timeout=10)
            with time_machine.travel(MONDAY_7, tick=False):
                made.append(build_digests())
        except Exception as error:  # reported by the assertion below
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=run) for _ in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert sorted(made) == [0, 0, 1]
    assert OutboxEmail.objects.count() == 1
