"""The email outbox: quiet hours, putting an email in the outbox, and sending one row.

An email is an ``OutboxEmail`` row before it is anything else. Sending goes:

    pending --claim--> sending --SMTP accepted--> sent
                          |--transient error--> pending (later, bounded) --> failed
                          |--permanent error--> failed
                          '--worker went silent--> unknown (the sweeper, never resent)

The claim commits ``sending`` before the SMTP call, so a second delivery of
the same task, a re-enqueue by ``flush_outbox`` or a retry finds the row taken
and sends nothing. The price: if a worker dies during the SMTP call we cannot
know whether the mail went out. We then choose *at most once*: after
``OUTBOX_SENDING_TIMEOUT_SECONDS`` the sweeper marks the row ``unknown`` and
logs it, and nobody gets a reminder twice. The row stays visible in the admin,
where someone can send it again by hand.
"""

import datetime
import logging
import smtplib
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

from django.conf import settings
from django.core.mail import EmailMessage
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation

from notifications import kinds
from notifications.models import EmailStatus, EmailType, OutboxEmail

log = logging.getLogger(__name__)

AMSTERDAM = ZoneInfo("Europe/Amsterdam")
QUIET_FROM = datetime.time(22, 0)
QUIET_UNTIL = datetime.time(7, 0)


def send_after_for(moment: datetime.datetime) -> datetime.datetime:
    """``moment`` itself, or the next 07:00 in Amsterdam when it falls between 22:00 and 07:00."""
    local = moment.astimezone(AMSTERDAM)
    if QUIET_UNTIL <= local.time() < QUIET_FROM:
        return moment
    day = local.date() if local.time() < QUIET_UNTIL else local.date() + datetime.timedelta(days=1)
    return datetime.datetime.combine(day, QUIET_UNTIL, tzinfo=AMSTERDAM)


def absolute(path: str) -> str:
    return f"{settings.SITE_URL}{path}" if path.startswith("/") else path


def email_links() -> dict:
    return {
        "site_url": settings.SITE_URL,
        "preferences_url": absolute(reverse("preferences:edit")),
    }


def render_single(notification, recipient) -> tuple[str, str]:
    """Subject and text of the email for one notification, in the recipient's language."""
    with translation.override(recipient.language):
        title, body = kinds.render(notification.kind, notification.context)
        context = {
            **email_links(),
            "title": title,
            "body": body,
            "programme_name": notification.programme.name,
            "url": absolute(notification.link) if notification.link else "",
            "inbox_url": absolute(
                reverse("notifications:inbox", kwargs={"programme": notification.programme.slug})
            ),
        }
        subject = render_to_string("notifications/email/single_subject.txt", context)
        text = render_to_string("notifications/email/single_body.txt", context)
    return " ".join(subject.split()), text


def queue_email(
    *, recipient, subject, body, type, key, notification=None, now=None
) -> OutboxEmail | None:
    """Put one email in the outbox, once per ``key``; None when that key is already there.

    It waits for the morning when made in quiet hours. When it may go now, the
    send task is enqueued after the surrounding transaction commits.
    """
    now = now or timezone.now()
    send_after = send_after_for(now)
    due = send_after <= now
    try:
        with transaction.atomic():
            email = OutboxEmail.objects.create(
                recipient=recipient,
                to_email=recipient.email,
                language=recipient.language,
                subject=subject[:255],
                body=body,
                type=type,
                notification=notification,
                send_after=send_after,
                enqueued_at=now if due else None,
                created_at=now,
                idempotency_key=key,
            )
    except IntegrityError:
        # Only a row with this key (made by another run, maybe at this very moment) is
        # a reason to make nothing; any other integrity error is a bug and is raised.
        if not OutboxEmail.objects.filter(idempotency_key=key).exists():
            raise
        return None
    if due:
        from notifications.tasks_outbox import send_email

        transaction.on_commit(lambda: send_email.delay(email.pk))
    return email


def queue_single(notification, recipient, now=None) -> OutboxEmail | None:
    subject, body = render_single(notification, recipient)
    return queue_email(
        recipient=recipient,
        subject=subject,
        body=body,
        type=EmailType.SINGLE,
        key=f"notification:{notification.pk}",
        notification=notification,
        now=now,
    )


def constraint_of(error: IntegrityError) -> str | None:
    """The name of the constraint PostgreSQL says was violated."""
    diag = getattr(error.__cause__, "diag", None)
    return getattr(diag, "constraint_name", None)


# Sending ---------------------------------------------------------------------------


class TransientError(Exception):
    """The mail server or the network failed; the same mail may go through later."""


class PermanentError(Exception):
    """The mail server refused this mail; sending it again will not help."""


def classify(error: Exception) -> type[Exception] | None:
    """TransientError, PermanentError, or None for an error that is not about SMTP at all."""
    if isinstance(error, smtplib.SMTPRecipientsRefused):
        return PermanentError
    if isinstance(error, smtplib.SMTPServerDisconnected | smtplib.SMTPConnectError):
        return TransientError
    if isinstance(error, smtplib.SMTPResponseException):
        # 4xx: try again later (greylisting, a full queue); 5xx: refused for good.
        return PermanentError if error.smtp_code >= 500 else TransientError
    # SMTPException, ConnectionError, TimeoutError and socket errors are all OSErrors.
    if isinstance(error, OSError):
        return TransientError
    return None


def claim(outbox_id: int, now=None) -> OutboxEmail | None:
    """Take a due, pending row for sending (committed), or None if it is not ours to send."""
    now = now or timezone.now()
    with transaction.atomic():
        email = (
            OutboxEmail.objects.select_for_update(skip_locked=True)
            .filter(pk=outbox_id, status=EmailStatus.PENDING, send_after__lte=now)
            .first()
        )
        if email is None:
            return None
        email.status = EmailStatus.SENDING
        email.claimed_at = now
        email.attempts += 1
        email.save(update_fields=["status", "claimed_at", "attempts"])
    return email


def deliver(email: OutboxEmail) -> None:
    """Hand the mail to the mail server. Raises TransientError or PermanentError."""
    domain = urlsplit(settings.SITE_URL).hostname or "zorgroute.example"
    message = EmailMessage(
        subject=email.subject,
        body=email.body,
        to=[email.to_email],
        headers={
            # The same row always has the same Message-ID: a mail sent again by hand
            # is recognised as the same mail by most mail programs.
            "Message-ID": f"<outbox-{email.pk}@{domain}>",
            "Auto-Submitted": "auto-generated",  # no out-of-office replies, please
            "Content-Language": email.language,
        },
    )
    try:
        message.send()
    except Exception as error:
        kind = classify(error)
        if kind is None:
            raise
        raise kind(f"{type(error).__name__}: {error}"[:300]) from error


def mark_sent(email: OutboxEmail) -> None:
    OutboxEmail.objects.filter(pk=email.pk, status=EmailStatus.SENDING).update(
        status=EmailStatus.SENT, sent_at=timezone.now(), last_error=""
    )


def retry_delay(attempts: int) -> datetime.timedelta:
    """30 s, 1, 2, 4 minutes (with the default base): a mail server restart, never a flood."""
    return datetime.timedelta(seconds=settings.OUTBOX_RETRY_SECONDS * 2 ** max(attempts - 1, 0))


# A retry further away than this is left to flush_outbox instead of a delayed message:
# Redis hands an unacknowledged delayed message to another worker after an hour.
RETRY_MESSAGE_HORIZON = datetime.timedelta(minutes=15)


def give_back(email: OutboxEmail, error: Exception) -> datetime.datetime | None:
    """After a transient error: pending again for a later attempt, or failed after the last.

    Returns when the caller should send a delayed message for the next attempt, or
    None: the row failed for good, or its next attempt falls after quiet hours and
    flush_outbox will pick it up then.
    """
    if email.attempts >= settings.OUTBOX_MAX_ATTEMPTS:
        fail(email, f"gave up after {email.attempts} attempts: {error}")
        return None
    now = timezone.now()
    when = send_after_for(now + retry_delay(email.attempts))
    soon = when - now <= RETRY_MESSAGE_HORIZON
    OutboxEmail.objects.filter(pk=email.pk, status=EmailStatus.SENDING).update(
        status=EmailStatus.PENDING,
        send_after=when,
        # A delayed message is on its way for that time: flush_outbox leaves the row alone
        # until then (and takes it over if the message is lost).
        enqueued_at=when if soon else None,
        last_error=str(error)[:300],
    )
    return when if soon else None


def status_of(outbox_id: int) -> str:
    return OutboxEmail.objects.filter(pk=outbox_id).values_list("status", flat=True).first()


def fail(email: OutboxEmail, error: str) -> None:
    log.warning("Email %s (%s) not sent: %s", email.pk, email.idempotency_key, error)
    OutboxEmail.objects.filter(pk=email.pk, status=EmailStatus.SENDING).update(
        status=EmailStatus.FAILED, last_error=error[:300]
    )


# The sweeper -------------------------------------------------------------------------


def take_due(now=None, limit=2000) -> list[int]:
    """Ids of pending rows that may go now and are not already on their way; marks them enqueued."""
    now = now or timezone.now()
    grace = now - datetime.timedelta(seconds=settings.OUTBOX_ENQUEUE_GRACE_SECONDS)
    with transaction.atomic():
        ids = list(
            OutboxEmail.objects.select_for_update(skip_locked=True)
            .filter(status=EmailStatus.PENDING, send_after__lte=now)
            .filter(Q(enqueued_at__isnull=True) | Q(enqueued_at__lte=grace))
            .order_by("send_after", "pk")
            .values_list("pk", flat=True)[:limit]
        )
        OutboxEmail.objects.filter(pk__in=ids).update(enqueued_at=now)
    return ids


def mark_silent_as_unknown(now=None) -> int:
    """Rows claimed long ago and never finished: their worker died, maybe mid-send.

    We do not know whether the mail went out, so we do not send it again.
    """
    now = now or timezone.now()
    before = now - datetime.timedelta(seconds=settings.OUTBOX_SENDING_TIMEOUT_SECONDS)
    silent = OutboxEmail.objects.filter(status=EmailStatus.SENDING, claimed_at__lt=before)
    keys = list(silent.values_list("idempotency_key", flat=True))
    if keys:
        log.error("Emails claimed but never finished, maybe sent, not resent: %s", keys)
    return silent.update(
        status=EmailStatus.UNKNOWN,
        last_error="The worker stopped while sending. Maybe sent; not sent again.",
    )
