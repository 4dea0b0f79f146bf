"""One real task through a real Celery worker, against the real Redis broker."""

import time

import pytest
from celery.contrib.testing.worker import start_worker
from django.core import mail

from participants.tasks import send_welcome_email
from portal.celery import app as celery_app
from tests.dossier.workers import private_broker

pytestmark = [pytest.mark.worker, pytest.mark.django_db(transaction=True)]


def test_a_worker_sends_the_welcome_email_inside_the_programme_scope(worlds, settings):
    assert celery_app.conf.broker_url.startswith("redis://"), "the worker test needs Redis"
    world = worlds["a"]
    # A broker of its own: other worker tests on the shared Redis cannot take its messages.
    with (
        private_broker(),
        start_worker(celery_app, perform_ping_check=False, pool="solo", loglevel="WARNING"),
    ):
        send_welcome_email.delay(
            programme_id=world.programme.pk, participant_id=world.participant.pk
        )
        deadline = time.monotonic() + 30
        while not mail.outbox and time.monotonic() < deadline:
            time.sleep(0.1)
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == [world.users["participant"].email]
    assert world.participant.number in mail.outbox[0].body
