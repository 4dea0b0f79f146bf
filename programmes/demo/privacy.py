"""Demo erasure requests: one participant per programme asked a few days ago to have their
data removed, so *Requests to remove data* has something for a coordinator to answer.

A programme that already has a request is skipped, so a second run changes nothing.
"""

import datetime

from django.utils import timezone

from participants.models import Participant
from privacy.erasure_requests import ask
from privacy.models import ErasureRequest

REASON = "Ik ga bij mijn familie in Duitsland wonen. Ik wil niet dat mijn gegevens hier blijven."


def load_erasure_requests(programme):
    """The active participant with the highest number asks, five days ago."""
    if ErasureRequest.objects.filter(programme=programme).exists():
        return
    participant = (
        Participant.objects.filter(programme=programme, status=Participant.Status.ACTIVE)
        .select_related("user")
        .order_by("-number")
        .first()
    )
    if participant is None:
        return
    ask(
        participant,
        by=participant.user,
        reason=REASON,
        now=timezone.now() - datetime.timedelta(days=5),
    )
