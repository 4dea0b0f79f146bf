"""Sending the outbox: quiet hours, retries of transient SMTP errors, never twice."""

import datetime
import smtplib

import pytest
import time_machine

from notifications import outbox
from notifications.models import EmailStatus, OutboxEmail
from notifications.outbox import AMSTERDAM, send_after_for
from notifications.tasks_outbox import flush_outbox, send_email
from tests.reminders.flaky_mail import FlakyBackend, fail_next
from tests.reminders.notices import remind, temporary_kinds

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _kinds():
    with temporary_kinds():
        yield


def amsterdam(*args):
    return datetime.datetime(*args, tzinfo=AMSTERDAM)


@pytest.mark.parametrize(
    ("moment", "expected"),
    [
        (amsterdam(2026, 11, 23, 21, 59), amsterdam(2026, 11, 23, 21, 59)),
        (amsterdam(2026, 11, 23, 22, 0), amsterdam(2026, 11, 24, 7, 0)),
        (amsterdam(2026, 11, 23, 23, 30), amsterdam(2026, 11, 24, 7, 0)),
        (amsterdam(2026, 11, 24, 3, 0), amsterdam(2026, 11, 24, 7, 0)),
        (amsterdam(2026, 11, 24, 7, 0), amsterdam(2026, 11, 24, 7, 0)),
        # The night the clocks go forward: 07:00 summer time is 05:00 UTC.
        (amsterdam(2026, 3, 28, 23, 30), datetime.datetime(2026, 3, 29, 5, 0, tzinfo=datetime.UTC)),
    ],
)
def test_quiet_hours_move_an_email_to_seven_in_the_morning(moment, expected):
    assert send_after_for(moment) == expected


def test_an_email_made_at_half_past_eleven_goes_out_at_seven_and_not_before(
    world, mailoutbox, django_capture_on_commit_callbacks
):
    with (
        time_machine.travel(amsterdam(2026, 11, 23, 23, 30), tick=False),
        django_capture_on_commit_callbacks(execute=True),
    ):
        remind(world)
    email = OutboxEmail.objects.get()
    assert email.send_after == amsterdam(2026, 11, 24, 7, 0)
    assert mailoutbox == []

    with time_machine.travel(amsterdam(2026, 11, 24, 6, 59), tick=False):
        assert flush_outbox.delay().get() == {"enqueued": 0, "unknown": 0}
        assert send_email.delay(email.pk).get() == "skipped"  # a stray message changes nothing
    assert mailoutbox == []

    with time_machine.travel(amsterdam(2026, 11, 24, 7, 0), tick=False):
        assert flush_outbox.delay().get()["enqueued"] == 1
        assert flush_outbox.delay().get()["enqueued"] == 0
    assert len(mailoutbox) == 1
    email.refresh_from_db()
    assert email.status == EmailStatus.SENT
    assert email.sent_at == amsterdam(2026, 11, 24, 7, 0)


DAY = amsterdam(2026, 11, 23, 10, 0)


def queue_one(world, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        remind(world)
    return OutboxEmail.objects.get()


@time_machine.travel(DAY, tick=False)
def test_an_smtp_failure_is_retried_and_then_sent_once(
    world, settings, mailoutbox, django_capture_on_commit_callbacks
):
    fail_next(settings, smtplib.SMTPServerDisconnected("Connection unexpectedly closed"))
    email = queue_one(world, django_capture_on_commit_callbacks)
    email.refresh_from_db()
    assert email.status == EmailStatus.PENDING
    assert email.attempts == 1
    assert "SMTPServerDisconnected" in email.last_error
    assert email.send_after == DAY + datetime.timedelta(seconds=30)
    assert mailoutbox == []

    with time_machine.travel(DAY + datetime.timedelta(seconds=29), tick=False):
        assert flush_outbox.delay().get()["enqueued"] == 0
    # The retry is on its way; only if it is lost does the flush send the row again.
    grace = settings.OUTBOX_ENQUEUE_GRACE_SECONDS
    with time_machine.travel(DAY + datetime.timedelta(seconds=31), tick=False):
        assert send_email.delay(email.pk).get() == "sent"
        assert send_email.delay(email.pk).get() == "skipped"
    with time_machine.travel(DAY + datetime.timedelta(seconds=31 + grace), tick=False):
        assert flush_outbox.delay().get()["enqueued"] == 0
    assert len(mailoutbox) == 1
    assert FlakyBackend.calls == 2
    email.refresh_from_db()
    assert (email.status, email.attempts, email.last_error) == (EmailStatus.SENT, 2, "")


@pytest.mark.parametrize(
    "error",
    [
        ConnectionRefusedError(111, "Connection refused"),
        TimeoutError("timed out"),
        smtplib.SMTPConnectError(421, "Try again later"),
        smtplib.SMTPDataError(451, "Local error in processing"),
    ],
    ids=["refused", "timeout", "connect-421", "data-451"],
)
@time_machine.travel(DAY, tick=False)
def test_transient_errors_are_retried(
    world, settings, error, mailoutbox, django_capture_on_commit_callbacks
):
    fail_next(settings, error)
    email = queue_one(world, django_capture_on_commit_callbacks)
    email.refresh_from_db()
    assert email.status == EmailStatus.PENDING


@pytest.mark.parametrize(
    "error",
    [
        smtplib.SMTPRecipientsRefused({"x@example.org": (550, b"No such user")}),
        smtplib.SMTPDataError(554, "Message rejected"),
    ],
    ids=["recipient-refused", "data-554"],
)
@time_machine.travel(DAY, tick=False)
def test_a_refused_email_fails_at_once_and_is_not_retried(
    world, settings, error, mailoutbox, django_capture_on_commit_callbacks
):
    fail_next(settings, error)
    email = queue_one(world, django_capture_on_commit_callbacks)
    email.refresh_from_db()
    assert (email.status, email.attempts) == (EmailStatus.FAILED, 1)
    with time_machine.travel(DAY + datetime.timedelta(hours=1), tick=False):
        assert flush_outbox.delay().get()["enqueued"] == 0
    assert FlakyBackend.calls == 1


@time_machine.travel(DAY, tick=False)
def test_retries_stop_after_five_attempts(
    world, settings, mailoutbox, django_capture_on_commit_callbacks
):
    fail_next(settings, *[smtplib.SMTPServerDisconnected("gone")] * 10)
    email = queue_one(world, django_capture_on_commit_callbacks)
    moment = DAY
    for _ in range(10):
        moment += datetime.timedelta(minutes=10)
        with time_machine.travel(moment, tick=False):
            flush_outbox.delay().get()
    email.refresh_from_db()
    assert (email.status, email.attempts) == (EmailStatus.FAILED, 5)
    assert "gave up after 5 attempts" in email.last_error
    assert FlakyBackend.calls == 5
    assert mailoutbox == []


@time_machine.travel(DAY, tick=False)
def test_a_bug_while_sending_fails_the_row_instead_of_retrying(
    world, settings, mailoutbox, django_capture_on_commit_callbacks
):
    fail_next(settings, ValueError("a bug"))
    email = queue_one(world, django_capture_on_commit_callbacks)
    email.refresh_from_db()
    assert (email.status, email.last_error) == (EmailStatus.FAILED, "ValueError: a bug")


@time_machine.travel(DAY, tick=False)
def test_a_row_whose_worker_died_mid_send_becomes_unknown_and_is_never_sent_again(
    world, settings, mailoutbox
):
    remind(world)  # no commit callback: as if the worker took the message and died
    email = OutboxEmail.objects.get()
    assert outbox.claim(email.pk) is not None
    assert send_email.delay(email.pk).get() == "skipped"  # a second delivery: taken
    timeout = datetime.timedelta(seconds=settings.OUTBOX_SENDING_TIMEOUT_SECONDS)
    with time_machine.travel(DAY + timeout - datetime.timedelta(seconds=1), tick=False):
        assert flush_outbox.delay().get() == {"enqueued": 0, "unknown": 0}
    with time_machine.travel(DAY + timeout + datetime.timedelta(seconds=1), tick=False):
        assert flush_outbox.delay().get() == {"enqueued": 0, "unknown": 1}
        assert send_email.delay(email.pk).get() == "skipped"
    email.refresh_from_db()
    assert email.status == EmailStatus.UNKNOWN
    assert mailoutbox == []


@time_machine.travel(DAY, tick=False)
def test_a_lost_message_is_sent_by_the_flush_once(world, settings, mailoutbox):
    remind(world)  # the on-commit enqueue never happens: the message is lost
    grace = datetime.timedelta(seconds=settings.OUTBOX_ENQUEUE_GRACE_SECONDS)
    assert flush_outbox.delay().get()["enqueued"] == 0  # still within the grace
    with time_machine.travel(DAY + grace, tick=False):
        assert flush_outbox.delay().get()["enqueued"] == 1
    assert len(mailoutbox) == 1


def test_a_failure_at_one_minute_to_ten_is_tried_again_at_seven(
    world, settings, mailoutbox, django_capture_on_commit_callbacks
):
    late = amsterdam(2026, 11, 23, 21, 59, 50)
    fail_next(settings, smtplib.SMTPServerDisconnected("gone"))
    with time_machine.travel(late, tick=False):
        email = queue_one(world, django_capture_on_commit_callbacks)
    email.refresh_from_db()
    # No delayed message for the morning: the flush takes it then.
    assert (email.status, email.send_after) == (EmailStatus.PENDING, amsterdam(2026, 11, 24, 7, 0))
    assert email.enqueued_at is None
    with time_machine.travel(amsterdam(2026, 11, 24, 7, 0), tick=False):
        assert flush_outbox.delay().get()["enqueued"] == 1
    assert len(mailoutbox) == 1
