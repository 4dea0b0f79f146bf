"""A programme's public page and its route overview."""

from django.shortcuts import render

from participants.access import REVIEWER_ROLES
from portal.access import role_required
from programmes import cohorts
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
    """People per stage now, and the results per cohort (start month). Numbers, no names.

    Only coordinators and admins also read why people stopped: those notes may be personal.
    """
    programme = request.programme
    with_reasons = bool(request.roles & REVIEWER_ROLES)
    figures = cohorts.overview_figures(programme, with_reasons=with_reasons)
    return render(
        request,
        "programmes/overview.html",
        {**figures, "with_reasons": with_reasons},
    )
