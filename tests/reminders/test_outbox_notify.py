"""notify(): one notification per recipient, kind, subject and due date, with its email when wanted."""

import datetime
import threading

import pytest
import time_machine
from django.db import connection
from django_scopes import scope, scopes_disabled

from notifications.models import (
    EmailStatus,
    EmailType,
    Notification,
    NotificationPreference,
    OutboxEmail,
)
from notifications.outbox import AMSTERDAM
from tests.reminders.notices import EMAIL_KIND, INBOX_ONLY_KIND, remind, temporary_kinds

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _kinds():
    with temporary_kinds():
        yield


def count(world):
    with scope(programme=world.programme):
        return Notification.objects.count()


def test_notify_twice_makes_one_notification_and_one_email(world):
    first = remind(world)
    second = remind(world)
    assert first is not None
    assert second is None
    assert count(world) == 1
    assert OutboxEmail.objects.count() == 1


def test_a_new_due_date_is_a_new_notification_but_no_date_twice_is_still_one(world):
    remind(world, due_on=datetime.date(2027, 1, 1))
    remind(world, due_on=datetime.date(2027, 2, 1))
    remind(world, due_on=None)
    remind(world, due_on=None)
    assert count(world) == 3


def test_the_same_thing_for_two_people_is_two_notifications(world):
    remind(world, "participant")
    remind(world, "coordinator")
    assert count(world) == 2


def test_an_unknown_kind_is_refused_before_anything_is_stored(world):
    with pytest.raises(LookupError):
        remind(world, kind="no_such_kind")
    assert count(world) == 0


def test_the_email_is_written_in_the_recipients_language(world, settings):
    user = world.users["participant"]
    with scopes_disabled():
        user.language = "ar"
        user.save(update_fields=["language"])
    remind(world, key="intake:7", on="2027-01-05")
    email = OutboxEmail.objects.get()
    assert email.language == "ar"
    assert email.to_email == user.email
    assert email.type == EmailType.SINGLE
    with scope(programme=world.programme):
        stored = Notification.objects.get()
    assert email.idempotency_key == f"notification:{stored.pk}"
    assert email.subject.startswith("[ar] Appointment intake:7")
    assert "[ar] Come on 2027-01-05." in email.body
    assert f"{settings.SITE_URL}/alpha/me/" in email.body
    # The notification itself stores data, not words.
    assert stored.context == {"what": "intake:7", "on": "2027-01-05"}


def test_no_email_for_a_kind_the_person_does_not_want_by_email(world):
    with scopes_disabled():
        NotificationPreference.objects.create(
            user=world.users["coordinator"], email_kinds=[INBOX_ONLY_KIND]
        )
    assert remind(world, "coordinator", kind=EMAIL_KIND) is not None
    assert not OutboxEmail.objects.exists()
    remind(world, "coordinator", kind=INBOX_ONLY_KIND)
    with scope(programme=world.programme):
        assert OutboxEmail.objects.get().notification.kind == INBOX_ONLY_KIND


def test_no_single_email_for_a_digest_reader(world):
    with scopes_disabled():
        NotificationPreference.objects.create(user=world.users["participant"], digest=True)
    assert remind(world) is not None
    assert not OutboxEmail.objects.exists()


def test_no_email_for_an_inactive_account(world):
    user = world.users["participant"]
    with scopes_disabled():
        user.is_active = False
        user.save(update_fields=["is_active"])
    assert remind(world) is not None
    assert not OutboxEmail.objects.exists()


@time_machine.travel(datetime.datetime(2026, 11, 23, 10, 0, tzinfo=AMSTERDAM), tick=False)
def test_an_email_that_may_go_now_is_sent_after_commit(
    world, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        remind(world)
    assert len(mailoutbox) == 1
    assert OutboxEmail.objects.get().status == EmailStatus.SENT


@pytest.mark.django_db(transaction=True)
def test_two_scans_at_the_same_moment_make_one_notification(worlds):
    world = worlds["a"]
    start = threading.Barrier(4)
    results, errors = [], []

    def scan():
        try:
            start.wait(timeout=10)
            results.append(remind(world, key="intake:race"))
        except Exception as error:  # reported by the assertion below
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=scan) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert len([r for r in results if r is not None]) == 1
    assert results.count(None) == 3
    assert count(world) == 1
    assert OutboxEmail.objects.count() == 1
