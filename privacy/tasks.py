"""Retention as Celery tasks: beat starts ``apply_retention`` once a day, which queues one
``apply_programme_retention`` per active programme, run in that programme's scope
(``ProgrammeTask``), as the reminder scan does. Both are safe to run twice.
"""

from celery import shared_task
from django.db import InterfaceError, OperationalError

from portal.celery import ProgrammeTask
from privacy.retention import apply_retention as apply_in_programme
from programmes.models import Programme

TRANSIENT = (OperationalError, InterfaceError, ConnectionError, TimeoutError)
MAX_RETRIES = 4


@shared_task
def apply_retention() -> list[int]:
    """Queue the retention run of every active programme (the Programme table is not scoped)."""
    ids = list(Programme.objects.filter(is_active=True).order_by("pk").values_list("pk", flat=True))
    for programme_id in ids:
        apply_programme_retention.delay(programme_id=programme_id)
    return ids


@shared_task(base=ProgrammeTask, bind=True, acks_late=True, max_retries=MAX_RETRIES)
def apply_programme_retention(self, *, programme) -> dict[str, int]:
    """Erase one programme's participants and applications that are past their period."""
    try:
        run = apply_in_programme(programme)
    except TRANSIENT as exc:
        raise self.retry(
            exc=exc,
            countdown=min(2 ** (self.request.retries + 1), 60),
            kwargs={"programme_id": programme.pk},
        ) from exc
    return {"participants": run.participants, "applications": run.applications}
