"""The reminder scan as Celery tasks: beat starts ``scan_reminders`` every hour, which
queues one ``scan_programme_reminders`` per active programme.

One task per programme keeps a scan short (a big programme does not hold up the
others), lets two workers share the work, and a failure in one programme is
retried for that programme only. Running either task twice is harmless: a
reminder is made once per recipient, rule, object and due date (notifications/scan.py).
"""

import logging

from celery import shared_task

from notifications.scan import scan_programme
from portal.celery import TRANSIENT, ProgrammeTask, queue_for_active_programmes

log = logging.getLogger(__name__)

MAX_RETRIES = 4


@shared_task
def scan_reminders() -> list[int]:
    """Queue the scan of every active programme."""
    return queue_for_active_programmes(scan_programme_reminders)


@shared_task(base=ProgrammeTask, bind=True, acks_late=True, max_retries=MAX_RETRIES)
def scan_programme_reminders(self, *, programme) -> dict[str, int]:
    """Run the reminder rules of one programme; returns how many notifications each made."""
    try:
        return scan_programme(programme)
    except TRANSIENT as exc:
        raise self.retry_in_programme(programme, exc) from exc
