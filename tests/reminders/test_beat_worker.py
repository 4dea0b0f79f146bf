"""The reminder scan through a real Celery worker against Redis, started the way beat starts it.

Beat's scheduler (django-celery-beat's DatabaseScheduler) reads the schedule from
PostgreSQL and publishes ``scan_reminders``; the worker runs it, which queues one
scan per programme; the worker runs those too. Beat firing twice makes nothing new.
"""

import time
from collections import Counter

import pytest
from celery.contrib.testing.worker import start_worker
from celery.signals import task_postrun
from django.utils import timezone
from django_celery_beat.models import PeriodicTask
from django_celery_beat.schedulers import DatabaseScheduler
from django_scopes import scopes_disabled

from notifications.models import Notification
from participants.models import FollowUp
from portal.celery import app as celery_app
from tests.dossier.workers import private_broker

pytestmark = [pytest.mark.worker, pytest.mark.django_db(transaction=True)]


def follow_up_due_today(world):
    with scopes_disabled():
        FollowUp.objects.create(
            programme=world.programme,
            placement=world.placement,
            month=3,
            due_on=timezone.localdate(),
        )


def reminded() -> list:
    with scopes_disabled():
        return sorted(
            Notification.objects.filter(kind="follow_up_due").values_list(
                "programme__slug", "recipient__email"
            )
        )


def wait_for(condition, seconds=30):
    deadline = time.monotonic() + seconds
    while not condition() and time.monotonic() < deadline:
        time.sleep(0.2)
    return condition()


def fire_like_beat(scheduler):
    """What beat does when the entry is due: publish the task to the broker."""
    scheduler.apply_async(scheduler.schedule["scan-reminders"], advance=False)


def test_the_beat_schedule_is_kept_in_postgresql(worlds):
    scheduler = DatabaseScheduler(app=celery_app)
    task = PeriodicTask.objects.get(name="scan-reminders")
    assert task.task == "notifications.tasks.scan_reminders"
    assert task.crontab is not None
    assert (task.crontab.minute, task.crontab.hour) == ("5", "*")
    assert "scan-reminders" in scheduler.schedule


def test_a_worker_runs_the_scan_that_beat_publishes_once_however_often_it_fires(worlds):
    assert celery_app.conf.broker_url.startswith("redis://"), "the worker test needs Redis"
    for world in worlds.values():
        follow_up_due_today(world)
    expected = sorted(
        (world.programme.slug, world.users["coordinator"].email) for world in worlds.values()
    )
    scheduler = DatabaseScheduler(app=celery_app)
    ran = Counter()

    def count(sender=None, **kwargs):
        ran[sender.name] += 1

    task_postrun.connect(count, weak=False)
    try:
        # A broker of its own: other worker tests on the shared Redis cannot take its messages.
        with (
            private_broker(),
            start_worker(celery_app, perform_ping_check=False, pool="solo", loglevel="WARNING"),
        ):
            fire_like_beat(scheduler)
            assert wait_for(lambda: reminded() == expected), reminded()
            # Beat fires again (a second beat, or the next hour): the scans run, nothing new.
            fire_like_beat(scheduler)
            fire_like_beat(scheduler)
            scans = "notifications.tasks.scan_programme_reminders"
            assert wait_for(lambda: ran[scans] == 3 * len(worlds)), ran
    finally:
        task_postrun.disconnect(count)
    assert ran["notifications.tasks.scan_reminders"] == 3
    assert reminded() == expected
