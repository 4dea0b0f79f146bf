"""The reminder scan as Celery tasks: beat starts ``scan_reminders`` every hour, which
queues one ``scan_programme_reminders`` per active programme.

One task per programme keeps a scan short (a big programme does not hold up the
others), lets two workers share the work, and a failure in one programme is
retried for that programme only. Running either task twice is harmless: a
reminder is made once per recipient, rule, object and due date (notifications/scan.py).
"""

import logging

from celery import shared_task
from django.db import InterfaceError, OperationalError

from notifications.scan import scan_programme
from portal.celery import ProgrammeTask
from programmes.models import Programme

log = logging.getLogger(__name__)

TRANSIENT = (OperationalError, InterfaceError, ConnectionError, TimeoutError)
MAX_RETRIES = 4


@shared_task
def scan_reminders() -> list[int]:
    """Queue the scan of every active programme (the Programme table itself is not scoped)."""
    ids = list(Programme.objects.filter(is_active=True).order_by("pk").values_list("pk", flat=True))
    for programme_id in ids:
        scan_programme_reminders.delay(programme_id=programme_id)
    return ids


@shared_task(base=ProgrammeTask, bind=True, acks_late=True, max_retries=MAX_RETRIES)
def scan_programme_reminders(self, *, programme) -> dict[str, int]:
    """Run the reminder rules of one programme; returns how many notifications each made."""
    try:
        return scan_programme(programme)
    except TRANSIENT as exc:
        # 2, 4, 8, 16 seconds: enough for a database restart, never a flood.
        raise self.retry(
            exc=exc,
            countdown=min(2 ** (self.request.retries + 1), 60),
            # ProgrammeTask hands the body the programme, not its id: send the id again.
            kwargs={"programme_id": programme.pk},
        ) from exc
