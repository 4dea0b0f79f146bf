"""Putting a person on a programme's route."""

from django.db import transaction
from django.db.models import Max

from participants.models import Participant
from programmes.models import Programme


def next_number(programme: Programme) -> str:
    """The next free participant number, e.g. LEI-0012. Call inside a transaction."""
    # Lock the programme row so two enrolments cannot take the same number.
    Programme.objects.select_for_update().filter(pk=programme.pk).first()
    highest = Participant.objects.filter(programme=programme).aggregate(n=Max("number"))["n"]
    sequence = int(highest.rsplit("-", 1)[1]) + 1 if highest else 1
    return f"{programme.number_prefix}-{sequence:04d}"


@transaction.atomic
def enrol(programme, *, given_name, family_name, user=None, notify=True, **fields) -> Participant:
    """Create a participant with a fresh number; welcome them by email once committed."""
    participant = Participant.objects.create(
        programme=programme,
        number=next_number(programme),
        given_name=given_name,
        family_name=family_name,
        user=user,
        **fields,
    )
    if notify and user is not None:
        from participants.tasks import send_welcome_email

        send_welcome_email.delay_on_commit(programme_id=programme.pk, participant_id=participant.pk)
    return participant
