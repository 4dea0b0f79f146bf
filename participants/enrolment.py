"""Putting a person on a programme's route."""

from django.db import transaction
from django.utils import timezone

from participants.models import Participant, StageEntry
from participants.numbering import highest_sequence
from programmes.models import Programme


def next_number(programme: Programme) -> str:
    """The next free participant number, e.g. LEI-0012. Call inside a transaction."""
    # Lock the programme row so two enrolments cannot take the same number.
    Programme.objects.select_for_update().filter(pk=programme.pk).first()
    prefix = f"{programme.number_prefix}-"
    sequence = highest_sequence(Participant.objects.filter(programme=programme), "number", prefix)
    return f"{prefix}{sequence + 1:04d}"


def expected_end(start, stage):
    """The start plus the stage's expected months, or None for an open-ended stage."""
    if not stage.expected_months:
        return None
    month = start.month - 1 + stage.expected_months
    year = start.year + month // 12
    month = month % 12 + 1
    day = min(start.day, 28)
    return start.replace(year=year, month=month, day=day)


@transaction.atomic
def enrol(
    programme, *, given_name, family_name, user=None, notify=True, recorded_by=None, **fields
) -> Participant:
    """Create a participant with a fresh number; welcome them by email once committed."""
    fields.setdefault("route_started_on", fields.get("stage_started_on"))
    participant = Participant.objects.create(
        programme=programme,
        number=next_number(programme),
        given_name=given_name,
        family_name=family_name,
        user=user,
        **fields,
    )
    if participant.current_stage is not None:
        start = participant.stage_started_on or timezone.localdate()
        StageEntry.objects.create(
            programme=programme,
            participant=participant,
            stage=participant.current_stage,
            started_on=start,
            expected_end=expected_end(start, participant.current_stage),
            recorded_by=recorded_by,
        )
    if notify and user is not None:
        from participants.tasks import send_welcome_email

        send_welcome_email.delay_on_commit(programme_id=programme.pk, participant_id=participant.pk)
    return participant
