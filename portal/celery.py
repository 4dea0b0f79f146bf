"""The Celery app, and the base task for work that belongs to one programme.

A task never receives model instances: it gets ids, reloads the programme and
runs inside its scope, so a tenant query in a task is as safe as in a view.
"""

import os

from celery import Celery
from celery.contrib.django.task import DjangoTask

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings")

app = Celery("portal", task_cls="celery.contrib.django.task:DjangoTask")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()


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
