"""The life of an erasure request: asked, then withdrawn, refused or carried out.

Views call these and write the audit entry; each change records who and when
(an ``ErasureEvent``) and locks the request row, so two coordinators deciding at
the same moment cannot both act: the second finds it no longer open.
"""

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from privacy import erasure_notices
from privacy.erasure import Erased, erase_participant
from privacy.models import ErasureEvent, ErasureRequest

Status = ErasureRequest.Status
REASON_LENGTH = 2000


class ErasureError(Exception):
    """A change that cannot be made; the message is for the person who tried, in plain words."""


def open_request(participant) -> ErasureRequest | None:
    return ErasureRequest.objects.filter(participant=participant, status=Status.OPEN).first()


def _event(erasure_request, from_status, by, at):
    ErasureEvent.objects.create(
        programme_id=erasure_request.programme_id,
        request=erasure_request,
        from_status=from_status,
        to_status=erasure_request.status,
        by=by,
        at=at,
    )


def ask(participant, *, by, reason="", now=None) -> ErasureRequest:
    """The participant asks; the programme's coordinators are told."""
    now = now or timezone.now()
    try:
        with transaction.atomic():
            erasure_request = ErasureRequest.objects.create(
                programme_id=participant.programme_id,
                participant=participant,
                participant_number=participant.number,
                requested_by=by,
                requested_at=now,
                reason=(reason or "").strip()[:REASON_LENGTH],
            )
            _event(erasure_request, "", by, now)
            erasure_notices.tell_coordinators(erasure_request)
    except IntegrityError:
        # The unique index one_open_erasure_request: a second tab, a double click.
        raise ErasureError(_("You already asked. We are looking at your request.")) from None
    return erasure_request


def _lock_open(erasure_request) -> ErasureRequest:
    locked = ErasureRequest.objects.select_for_update().get(pk=erasure_request.pk)
    if locked.status != Status.OPEN:
        raise ErasureError(_("This request is already closed. Nothing was changed."))
    return locked


@transaction.atomic
def withdraw(erasure_request, *, by, now=None) -> ErasureRequest:
    """The participant changes their mind while the request is still open."""
    now = now or timezone.now()
    locked = _lock_open(erasure_request)
    locked.status = Status.WITHDRAWN
    locked.decided_at = now
    locked.save(update_fields=["status", "decided_at"])
    _event(locked, Status.OPEN, by, now)
    return locked


@transaction.atomic
def refuse(erasure_request, *, by, note, now=None) -> ErasureRequest:
    """A coordinator refuses, with the legal reason in words the participant understands."""
    note = (note or "").strip()
    if not note:
        raise ErasureError(_("Write why you refuse. The participant reads this."))
    now = now or timezone.now()
    locked = _lock_open(erasure_request)
    locked.status = Status.REFUSED
    locked.decided_by = by
    locked.decided_at = now
    locked.decision_note = note[:REASON_LENGTH]
    locked.save(update_fields=["status", "decided_by", "decided_at", "decision_note"])
    _event(locked, Status.OPEN, by, now)
    erasure_notices.tell_refused(locked, locked.participant.user if locked.participant else None)
    return locked


@transaction.atomic
def carry_out(erasure_request, *, by, now=None) -> Erased:
    """Erase the participant and close the request; they get one email (not stored)."""
    now = now or timezone.now()
    locked = _lock_open(erasure_request)
    participant = locked.participant
    if participant is None:
        raise ErasureError(_("This participant no longer exists. Nothing was changed."))
    user = participant.user
    address, language = (user.email, user.language) if user is not None else ("", "")
    erased = erase_participant(participant, now=now)
    locked.status = Status.CARRIED_OUT
    locked.decided_by = by
    locked.decided_at = now
    locked.reason = ""
    locked.save(update_fields=["status", "decided_by", "decided_at", "reason"])
    _event(locked, Status.OPEN, by, now)
    erasure_notices.tell_erased(locked.programme, address, language)
    return erased
