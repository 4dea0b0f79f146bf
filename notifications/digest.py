"""The daily digest: one morning email per person with every new notification, from all programmes.

A person who chose the digest gets no single emails. Each morning at 07:00
(Amsterdam) ``build_digests`` collects, per person, the notifications of the
kinds they want by email that are in no digest yet and came after they turned
the digest on. Once per person per day: the idempotency key
``digest:<user>:<date>`` is unique, so a second run (beat firing twice, two
beats) makes nothing new; a notification stored too late for this morning goes
into tomorrow's digest, never into none.

Notifications are tenant rows, so the collection reads them one programme at a
time, each inside its own scope, and puts them together per person in Python.
"""

import datetime
from collections import defaultdict

from django.db import transaction
from django.db.models import F
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import ngettext
from django_scopes import scope

from notifications import kinds
from notifications.models import EmailType, Notification, NotificationPreference, OutboxEmail
from notifications.outbox import AMSTERDAM, absolute, email_links, queue_email
from programmes.models import Programme

# A digest never reaches further back than this, whatever happened before.
HORIZON = datetime.timedelta(days=14)


def build_digests(now=None) -> int:
    """Put one digest email in the outbox for each person with something new. Returns how many."""
    now = now or timezone.now()
    per_person = collect(now)
    made = 0
    for user_id, items in per_person.items():
        if make_digest(user_id, items, now) is not None:
            made += 1
    return made


def collect(now) -> dict[int, list[Notification]]:
    """New notifications for digest readers, grouped by reader, oldest first."""
    per_person = defaultdict(list)
    for programme in Programme.objects.filter(is_active=True).order_by("pk"):
        with scope(programme=programme):
            rows = (
                Notification.objects.filter(
                    programme=programme,
                    recipient__notification_preference__digest=True,
                    recipient__is_active=True,
                    created_at__gte=F("recipient__notification_preference__digest_since"),
                    created_at__gt=now - HORIZON,
                    created_at__lte=now,
                    digest_emails__isnull=True,
                    outbox_emails__isnull=True,
                )
                .select_related("programme", "recipient__notification_preference")
                .order_by("created_at", "pk")
            )
            for notification in rows:
                preference = notification.recipient.notification_preference
                if preference.wants_email(notification.kind):
                    per_person[notification.recipient_id].append(notification)
    for items in per_person.values():
        items.sort(key=lambda n: (n.created_at, n.pk))
    return per_person


def make_digest(user_id, items, now):
    """The digest of one person for today, or None when it was already made."""
    recipient = items[0].recipient
    today = now.astimezone(AMSTERDAM).date()
    subject, body = render_digest(recipient, items)
    with transaction.atomic():
        # One digest builder per person at a time: a second run waits, then finds today's key.
        NotificationPreference.objects.select_for_update().filter(user_id=user_id).first()
        email = queue_email(
            recipient=recipient,
            subject=subject,
            body=body,
            type=EmailType.DIGEST,
            key=f"digest:{user_id}:{today.isoformat()}",
            now=now,
        )
        if email is not None:
            # Through the link table itself: the related manager would query Notification,
            # which needs a programme scope, and a digest spans programmes.
            link = OutboxEmail.items.through
            link.objects.bulk_create(
                [link(outboxemail_id=email.pk, notification_id=n.pk) for n in items]
            )
    return email


def render_digest(recipient, items) -> tuple[str, str]:
    """Subject and text of a digest, in the recipient's language."""
    with translation.override(recipient.language):
        lines = []
        for notification in items:
            title, body = kinds.render(notification.kind, notification.context)
            lines.append(
                {
                    "programme_name": notification.programme.name,
                    "title": title,
                    "body": body,
                    "url": absolute(notification.link) if notification.link else "",
                    "inbox_url": absolute(
                        reverse(
                            "notifications:inbox",
                            kwargs={"programme": notification.programme.slug},
                        )
                    ),
                }
            )
        count = len(items)
        context = {
            **email_links(),
            "items": lines,
            "count": count,
            "summary": ngettext(
                "You have %(count)d new notification.",
                "You have %(count)d new notifications.",
                count,
            )
            % {"count": count},
        }
        subject = render_to_string("notifications/email/digest_subject.txt", context)
        text = render_to_string("notifications/email/digest_body.txt", context)
    return " ".join(subject.split()), text
