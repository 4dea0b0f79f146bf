"""A programme's public page and its route overview."""

from django.db.models import Count, Q
from django.shortcuts import render

from participants.models import Participant
from portal.access import role_required
from programmes.models import Organisation, Role


def public(request, programme):
    """What the programme offers, who it is for and how selection works. Open to everyone."""
    programme = request.programme
    return render(
        request,
        "programmes/public.html",
        {
            "stages": programme.stages.all(),
            "organisations": Organisation.objects.filter(programme=programme),
        },
    )


@role_required(Role.COORDINATOR, Role.ADMIN, Role.MENTOR, Role.MUNICIPALITY_OFFICER)
def overview(request, programme):
    """The route with the number of active participants in each stage (no names)."""
    programme = request.programme
    stages = programme.stages.annotate(
        active=Count(
            "participant_current",
            filter=Q(participant_current__status=Participant.Status.ACTIVE),
        )
    )
    return render(request, "programmes/overview.html", {"stages": stages})
