"""The reminder scan: every enabled rule of one programme, on one day.

Each rule yields the reminders that are due and were not made before
(notifications/rules/). The scan hands them to ``notify()`` in batches, one
transaction per batch, and never splits one object's reminders over two
batches: so an object was reminded to all its recipients or to none, which is
what the rules' "made before?" check relies on. ``notify()`` is safe to call
twice for the same reminder, also from two scans at the same moment: the unique
key (recipient, kind, subject, due date) in PostgreSQL decides. A scan that
stops halfway (a worker killed, a deploy) is simply run again.

Call it inside the programme's scope (the task does, through ProgrammeTask).
"""

import datetime
import logging

from django.db import transaction
from django.utils import timezone

from notifications.reminder_settings import settings_for
from notifications.rules import Scan
from notifications.services import notify

log = logging.getLogger(__name__)

BATCH = 500


def scan_programme(programme, today: datetime.date | None = None) -> dict[str, int]:
    """Run every enabled rule of ``programme``. Returns how many notifications each made."""
    scan = Scan(programme, today or timezone.localdate())
    made = {}
    for code, setting in settings_for(programme).items():
        if setting.enabled:
            made[code] = run_rule(setting.rule, scan, setting.days)
    if any(made.values()):
        log.info("Reminders for %s on %s: %s", programme.slug, scan.today, made)
    return made


def run_rule(rule, scan: Scan, days: int | None) -> int:
    """Make the notifications of one rule; returns how many were new."""
    made = 0
    for batch in _batches(rule.find(scan, days)):
        with transaction.atomic():
            for reminder in batch:
                notification = notify(
                    recipient=reminder.recipient,
                    programme=scan.programme,
                    kind=rule.code,
                    subject_key=reminder.subject_key,
                    due_on=reminder.due_on,
                    link=reminder.link,
                    context=reminder.context,
                )
                made += notification is not None
    return made


def _batches(reminders):
    """About ``BATCH`` reminders at a time, cut only between two objects."""
    batch = []
    for reminder in reminders:
        if len(batch) >= BATCH and reminder.subject_key != batch[-1].subject_key:
            yield batch
            batch = []
        batch.append(reminder)
    if batch:
        yield batch
