"""The retention period: what a programme no longer needs is erased, every day, by itself.

- A participant whose route ended (status completed or stopped) more than the
  programme's ``retention_years`` ago is erased as on request (privacy/erasure.py).
  The route ended on the last date in their stage history (``StageEntry.ended_on``,
  set when a coordinator records completed, stopped or moved); a participant
  without one counts from the last change of their row.
- An application that never led to a route is deleted with its documents after
  ``RETENTION_CLOSED_APPLICATION_DAYS`` (one year by default), whatever the
  programme's period: a not-selected applicant, or one who never sent the form,
  has no route to report on. A year is enough to answer a question or an objection
  about the decision and to recognise a second application; the Dutch DPA advises
  four weeks for job applicants, or up to a year with their consent. Applications
  still waiting (sent, interview, waiting list) are never deleted by this.

Each person is erased in their own transaction, at most ``RETENTION_BATCH`` per run
and programme; the next day's run goes on. A second run finds nothing to do: an
erased participant has a carried-out ``ErasureRequest`` (source retention), and a
deleted application is gone.
"""

import datetime
from dataclasses import dataclass

from django.conf import settings
from django.db import transaction
from django.db.models import Max, Q
from django.utils import timezone

from audit.log import record_system
from audit.models import Action
from participants.models import Intake, Participant
from privacy.erasure import erase_application, erase_participant
from privacy.models import ErasureEvent, ErasureRequest

Status = ErasureRequest.Status
ENDED = (Participant.Status.COMPLETED, Participant.Status.STOPPED)
CLOSED_APPLICATIONS = (Intake.Status.NOT_SELECTED, Intake.Status.DRAFT)


@dataclass
class RetentionRun:
    participants: int = 0
    applications: int = 0


def years_before(day: datetime.date, years: int) -> datetime.date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February
        return day.replace(year=day.year - years, day=28)


def participants_due(programme, today: datetime.date):
    """Participants whose route ended before the retention cut-off and who are not erased yet."""
    cutoff = years_before(today, programme.retention_years)
    return (
        Participant.objects.filter(programme=programme, status__in=ENDED)
        .exclude(erasure_requests__status=Status.CARRIED_OUT)
        .annotate(ended=Max("stage_entries__ended_on"))
        .filter(Q(ended__lt=cutoff) | Q(ended__isnull=True, updated_at__date__lt=cutoff))
        .order_by("pk")
    )


def applications_due(programme, now: datetime.datetime):
    cutoff = now - datetime.timedelta(days=settings.RETENTION_CLOSED_APPLICATION_DAYS)
    return (
        Intake.objects.filter(programme=programme, participant=None)
        .filter(
            Q(status=Intake.Status.NOT_SELECTED, decided_at__lt=cutoff)
            | Q(status=Intake.Status.DRAFT, updated_at__lt=cutoff)
        )
        .order_by("pk")
    )


@transaction.atomic
def erase_for_retention(participant, *, now) -> ErasureRequest:
    """Erase one participant; the record is a carried-out request by the system."""
    erasure_request = (
        ErasureRequest.objects.select_for_update()
        .filter(participant=participant, status=Status.OPEN)
        .first()
    )
    from_status = Status.OPEN if erasure_request else ""
    if erasure_request is None:
        erasure_request = ErasureRequest(
            programme_id=participant.programme_id,
            participant=participant,
            participant_number=participant.number,
            source=ErasureRequest.Source.RETENTION,
            requested_at=now,
        )
    erase_participant(participant, now=now)
    erasure_request.status = Status.CARRIED_OUT
    erasure_request.decided_at = now
    erasure_request.reason = ""
    erasure_request.save()
    ErasureEvent.objects.create(
        programme_id=participant.programme_id,
        request=erasure_request,
        from_status=from_status,
        to_status=Status.CARRIED_OUT,
        at=now,
    )
    record_system(
        Action.ERASED,
        programme=participant.programme_id,
        participant=participant,
        detail="retention",
    )
    return erasure_request


def apply_retention(programme, *, now=None, batch=None) -> RetentionRun:
    """Erase what is past its period in ``programme`` (run inside its scope)."""
    now = now or timezone.now()
    batch = batch or settings.RETENTION_BATCH
    run = RetentionRun()
    today = timezone.localdate(now)
    for participant in list(participants_due(programme, today)[:batch]):
        erase_for_retention(participant, now=now)
        run.participants += 1
    for intake in list(applications_due(programme, now).select_related("applicant")[:batch]):
        with transaction.atomic():
            reference = intake.reference
            erase_application(intake)
            record_system(
                Action.ERASED,
                programme=programme,
                detail=f"application {reference}",
            )
        run.applications += 1
    return run
