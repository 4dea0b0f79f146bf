"""Making a notification: once, with its email when the person wants one.

``notify`` is what the reminder rules call. It is safe to call again and again
for the same thing, also from two processes at the same moment: PostgreSQL's
unique constraint on (recipient, kind, subject_key, due_on) decides who made
it, never a check before the insert.
"""

import datetime

from django.db import IntegrityError, transaction
from django.utils import timezone

from notifications import kinds
from notifications.models import Notification, NotificationPreference
from notifications.outbox import constraint_of, queue_single

UNIQUE = "notification_once"


def notify(
    *,
    recipient,
    programme,
    kind: str,
    subject_key: str,
    due_on: datetime.date | None,
    link: str,
    context: dict,
) -> Notification | None:
    """Make the notification and, if wanted, its email. None when it was already made.

    The email goes in the outbox in the same transaction (so there is never a
    notification that should have mailed and did not), unless the person chose
    the daily digest or not to get this kind by email. Its text is rendered now,
    in the recipient's language; it waits for 07:00 when made in quiet hours.
    """
    kinds.get(kind)  # an unknown kind is a programming error: fail before storing it
    now = timezone.now()
    with transaction.atomic():
        try:
            with transaction.atomic():
                notification = Notification.objects.create(
                    programme=programme,
                    recipient=recipient,
                    kind=kind,
                    subject_key=subject_key,
                    due_on=due_on,
                    link=link,
                    context=context,
                    created_at=now,
                )
        except IntegrityError as error:
            if constraint_of(error) != UNIQUE:
                raise
            return None
        if wants_single_email(recipient, kind):
            queue_single(notification, recipient, now=now)
    return notification


def preference_of(user) -> NotificationPreference:
    """The person's preferences, or the defaults (every kind by email, no digest) unsaved."""
    preference = NotificationPreference.objects.filter(user_id=user.pk).first()
    return preference or NotificationPreference(user=user)


def wants_single_email(user, kind: str) -> bool:
    if not (user.is_active and user.email):
        return False
    preference = preference_of(user)
    return preference.wants_email(kind) and not preference.digest
