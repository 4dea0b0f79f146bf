"""Retention as Celery tasks: beat starts ``apply_retention`` once a day, which queues one
``apply_programme_retention`` per active programme, run in that programme's scope
(``ProgrammeTask``), as the reminder scan does. Both are safe to run twice.
"""

from celery import shared_task

from portal.celery import TRANSIENT, ProgrammeTask, queue_for_active_programmes
from privacy.retention import apply_retention as apply_in_programme

MAX_RETRIES = 4


@shared_task
def apply_retention() -> list[int]:
    """Queue the retention run of every active programme."""
    return queue_for_active_programmes(apply_programme_retention)


@shared_task(base=ProgrammeTask, bind=True, acks_late=True, max_retries=MAX_RETRIES)
def apply_programme_retention(self, *, programme) -> dict[str, int]:
    """Erase one programme's participants and applications that are past their period."""
    try:
        run = apply_in_programme(programme)
    except TRANSIENT as exc:
        raise self.retry_in_programme(programme, exc) from exc
    return {"participants": run.participants, "applications": run.applications}
