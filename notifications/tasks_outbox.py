"""Celery tasks that send the outbox and the daily digest.

Celery's autodiscovery imports only ``notifications.tasks`` (the reminder
scan); ``NotificationsConfig.ready`` imports this module, so a worker knows
these tasks too. The emails are not tenant rows (a digest spans programmes),
so these tasks need no programme scope: everything they send was rendered
when the row was made.
"""

import logging

from celery import shared_task

from notifications import outbox
from notifications.digest import build_digests
from notifications.models import EmailStatus

log = logging.getLogger(__name__)


@shared_task(acks_late=True)
def send_email(outbox_id: int) -> str:
    """Send one outbox row, at most once. Returns what happened, for logs and tests.

    Transient errors are tried again later, with a doubling pause, at most
    ``OUTBOX_MAX_ATTEMPTS`` times in all: the row counts the attempts, not Celery,
    because ``flush_outbox`` may also pick the row up again.
    """
    email = outbox.claim(outbox_id)
    if email is None:
        return "skipped"  # sent, failed, not due yet, or another worker has it
    try:
        outbox.deliver(email)
    except outbox.TransientError as error:
        when = outbox.give_back(email, error)
        if when is not None:
            # A new message for later rather than self.retry(): the row counts the attempts,
            # and an eager run (the demo, tests) must not raise Retry into the caller.
            send_email.apply_async((outbox_id,), eta=when)
        return "retry" if outbox.status_of(outbox_id) == EmailStatus.PENDING else "failed"
    except outbox.PermanentError as error:
        outbox.fail(email, str(error))
        return "failed"
    except Exception as error:
        # A bug, not the mail server: do not retry forever, keep the reason on the row.
        log.exception("Email %s could not be sent", email.pk)
        outbox.fail(email, f"{type(error).__name__}: {error}")
        return "failed"
    outbox.mark_sent(email)
    return "sent"


@shared_task
def flush_outbox() -> dict:
    """Every minute: enqueue the pending emails whose time has come (07:00 after quiet hours).

    Also marks rows whose worker went silent mid-send as ``unknown``. Safe to run
    twice at once: rows are taken with ``skip_locked`` and claimed before sending.
    """
    unknown = outbox.mark_silent_as_unknown()
    ids = outbox.take_due()
    for pk in ids:
        send_email.delay(pk)
    return {"enqueued": len(ids), "unknown": unknown}


@shared_task
def send_digests() -> dict:
    """At 07:00 Amsterdam: one email per digest user with everything new. Idempotent per day."""
    return {"digests": build_digests()}
