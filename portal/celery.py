"""The Celery app, and the base task for work that belongs to one programme.

A task never receives model instances: it gets ids, reloads the programme and
runs inside its scope, so a tenant query in a task is as safe as in a view.
"""

import os

from celery import Celery
from celery.contrib.django.task import DjangoTask
from django.db import InterfaceError, OperationalError

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings")

app = Celery("portal", task_cls="celery.contrib.django.task:DjangoTask")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()


# Errors that pass by themselves (a database restart, a network hiccup): worth a retry.
# Any other error is a bug or bad data and fails at once.
TRANSIENT = (OperationalError, InterfaceError, ConnectionError, TimeoutError)


class ProgrammeTask(DjangoTask):
    """Call with ``programme_id=...``; the task body gets ``programme=`` and runs in its scope."""

    abstract = True
    # The caller passes programme_id, the body receives programme: Celery's
    # argument check against the body's signature would refuse that.
    typing = False

    def __call__(self, *args, programme_id, **kwargs):
        from django_scopes import scope

        from programmes.tenancy import get_programme_for_task

        programme = get_programme_for_task(programme_id)
        with scope(programme=programme):
            return super().__call__(*args, programme=programme, **kwargs)

    def retry_in_programme(self, programme, exc, **kwargs):
        """Retry with a back-off, in the same programme, with the body's other ``kwargs``.

        The body got the programme, not its id: the retry must send the id again.
        """
        return self.retry(
            exc=exc,
            countdown=backoff(self.request.retries),
            kwargs={"programme_id": programme.pk, **kwargs},
        )


def backoff(retries: int) -> int:
    """2, 4, 8, 16 ... seconds (at most 60): enough for a database restart, never a flood."""
    return min(2 ** (retries + 1), 60)


def queue_for_active_programmes(task) -> list[int]:
    """Queue ``task`` once for every active programme (the Programme table is not scoped)."""
    from programmes.models import Programme

    ids = list(Programme.objects.filter(is_active=True).order_by("pk").values_list("pk", flat=True))
    for programme_id in ids:
        task.delay(programme_id=programme_id)
    return ids
