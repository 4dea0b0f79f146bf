"""The outbox through real Celery workers against Redis: in-process, and as `celery -A portal worker`."""

import datetime
import os
import signal
import smtplib
import subprocess
import sys
import time
from contextlib import contextmanager
from pathlib import Path

import pytest
import time_machine
from celery.contrib.testing.worker import start_worker
from django.core import mail
from django.utils import timezone

from notifications.models import EmailStatus, EmailType, OutboxEmail
from notifications.outbox import AMSTERDAM
from notifications.tasks_outbox import flush_outbox, send_email
from portal.celery import app as celery_app
from tests.dossier.workers import database_url, private_broker, wait_for
from tests.reminders.flaky_mail import FlakyBackend, fail_next
from tests.reminders.notices import remind, temporary_kinds

pytestmark = [pytest.mark.worker, pytest.mark.django_db(transaction=True)]
ROOT = Path(__file__).resolve().parents[2]
WORKER_OPTIONS = ["--pool", "solo", "--loglevel", "WARNING", "--without-gossip", "--without-mingle"]


@pytest.fixture(autouse=True)
def _kinds():
    with temporary_kinds():
        yield


@contextmanager
def in_process_worker():
    """A worker thread in this process on a Redis of its own.

    A private broker: with pytest-xdist, a worker of another test process on a shared
    Redis would take our messages and look for the rows in its own test database.
    """
    with (
        private_broker(),
        start_worker(celery_app, perform_ping_check=False, pool="solo", loglevel="WARNING"),
    ):
        yield


def status_of(email_id):
    return OutboxEmail.objects.get(pk=email_id).status


# The clock moves on from here (tick=True), inside the worker too: it runs in this process.
MORNING = datetime.datetime(2026, 11, 23, 10, 0, tzinfo=AMSTERDAM)


def test_a_worker_sends_a_notifications_email_once(worlds):
    world = worlds["a"]
    with time_machine.travel(MORNING, tick=True), in_process_worker():
        remind(world)  # autocommit: the send task is enqueued at once
        email = OutboxEmail.objects.get()
        wait_for(lambda: status_of(email.pk) == EmailStatus.SENT, timeout=30, what="the email")
        send_email.delay(email.pk)  # a second delivery of the same message
        time.sleep(1)
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == [world.users["participant"].email]
    assert mail.outbox[0].extra_headers["Message-ID"].startswith(f"<outbox-{email.pk}@")


def test_a_worker_retries_an_smtp_failure_and_then_sends_once(worlds, settings):
    settings.OUTBOX_RETRY_SECONDS = 1
    fail_next(settings, smtplib.SMTPServerDisconnected("Connection unexpectedly closed"))
    with time_machine.travel(MORNING, tick=True), in_process_worker():
        remind(worlds["a"])
        email = OutboxEmail.objects.get()
        wait_for(lambda: status_of(email.pk) == EmailStatus.SENT, timeout=30, what="the retry")
    email.refresh_from_db()
    assert (email.attempts, email.last_error) == (2, "")
    assert FlakyBackend.calls == 2
    assert len(mail.outbox) == 1


def test_a_beat_like_flush_sends_the_night_mail_at_seven(worlds):
    # The clock stands still (tick=False) until the test moves it; the worker thread sees it too.
    night = datetime.datetime(2026, 11, 24, 6, 59, 0, tzinfo=AMSTERDAM)
    with time_machine.travel(night, tick=False) as clock, in_process_worker():
        remind(worlds["a"])
        email = OutboxEmail.objects.get()
        flush_outbox.delay()  # what beat sends every minute
        time.sleep(2)
        assert status_of(email.pk) == EmailStatus.PENDING
        clock.move_to(datetime.datetime(2026, 11, 24, 7, 0, 0, tzinfo=AMSTERDAM))
        flush_outbox.delay()
        wait_for(lambda: status_of(email.pk) == EmailStatus.SENT, timeout=30, what="the flush")
    assert len(mail.outbox) == 1


@contextmanager
def celery_cli_worker(broker):
    """`celery -A portal worker`, as docker-compose starts it, on the test database."""
    environment = {
        **os.environ,
        "DATABASE_URL": database_url(),
        "REDIS_URL": broker.url,
        "DJANGO_SETTINGS_MODULE": "portal.settings",
    }
    environment.pop("EMAIL_HOST", None)  # the console backend: the mail lands in stdout
    process = subprocess.Popen(
        [sys.executable, "-m", "celery", "-A", "portal", "worker", *WORKER_OPTIONS],
        cwd=ROOT,
        env=environment,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    try:
        yield process
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGTERM)
            process.communicate(timeout=20)


def test_a_celery_worker_process_knows_the_outbox_tasks_and_sends(worlds):
    user = worlds["a"].users["coordinator"]
    email = OutboxEmail.objects.create(
        recipient=user,
        to_email=user.email,
        language="nl",
        subject="Proef",
        body="Een proefbericht.",
        type=EmailType.SINGLE,
        send_after=timezone.now() - datetime.timedelta(minutes=1),
        idempotency_key="test:cli-worker",
    )
    with private_broker() as broker, celery_cli_worker(broker) as process:
        send_email.delay(email.pk)
        wait_for(lambda: status_of(email.pk) == EmailStatus.SENT, timeout=60, what="the CLI worker")
        os.killpg(process.pid, signal.SIGTERM)
        output = process.communicate(timeout=20)[0].decode()
    assert "Subject: Proef" in output
    assert "unregistered task" not in output.lower()
