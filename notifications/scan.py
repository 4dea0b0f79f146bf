"""The reminder scan: every enabled rule of one programme, on one day.

Each rule yields the reminders that are due (notifications/rules/). The scan
takes them in batches: one query finds which of a batch were made before (the
scan runs every hour, and most of what is due was reminded already), and
``notify()`` makes the rest, one transaction per batch. ``notify()`` is safe to
call twice for the same reminder, also from two scans at the same moment: the
unique key (recipient, kind, subject, due date) in PostgreSQL decides. So a
scan that stops halfway (a worker killed, a deploy) is simply run again.

Call it inside the programme's scope (the task does, through ProgrammeTask).
"""

import datetime
import itertools
import logging

from django.db import connection, transaction
from django.utils import timezone

from notifications.models import Notification
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
    """Make the notifications of one rule that were not made before; returns how many."""
    made = 0
    reminders = iter(rule.find(scan, days))
    while batch := list(itertools.islice(reminders, BATCH)):
        done = already_made(scan.programme, rule.code, batch)
        with transaction.atomic():
            for reminder in batch:
                key = (reminder.recipient.pk, reminder.subject_key, reminder.due_on)
                if key in done:
                    continue
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


def already_made(programme, kind: str, batch) -> set[tuple]:
    """The (recipient id, subject key, due date) of ``batch`` that exist already: one query.

    The keys are joined as arrays, so PostgreSQL probes the unique index
    (recipient, kind, subject_key, due_on) once per key. The ORM's
    ``recipient__in=... AND subject_key__in=...`` would let it try every pair.
    Raw SQL has no scope: the programme is in the WHERE clause.
    """
    recipients, subjects, dues = zip(
        *{(r.recipient.pk, r.subject_key, r.due_on) for r in batch}, strict=True
    )
    sql = f"""
        SELECT n.recipient_id, n.subject_key, n.due_on
        FROM {Notification._meta.db_table} n
        JOIN unnest(%s::bigint[], %s::text[], %s::date[]) AS k(recipient_id, subject_key, due_on)
          ON n.recipient_id = k.recipient_id
         AND n.subject_key = k.subject_key
         AND n.due_on = k.due_on
        WHERE n.kind = %s AND n.programme_id = %s
    """  # noqa: S608 -- only the table name is formatted in, from the model
    with connection.cursor() as cursor:
        cursor.execute(sql, [list(recipients), list(subjects), list(dues), kind, programme.pk])
        return set(cursor.fetchall())
