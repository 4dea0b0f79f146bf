"""Fetching tenant objects by a client-supplied id: always through these helpers.

Each takes the programme and the user and checks the right in one place; an
object of another programme, or one the user may not see, is the same 404.
"""

from django.http import Http404

from participants.models import Intake
from programmes.models import Role

REVIEWER_ROLES = frozenset({Role.COORDINATOR.value, Role.ADMIN.value})


def get_intake_for(request, pk, *, queryset=None) -> Intake:
    """A submitted application of ``request.programme`` for a coordinator or admin."""
    if not request.roles & REVIEWER_ROLES:
        raise Http404("Not a reviewer here.")
    queryset = queryset if queryset is not None else Intake.objects.all()
    intake = (
        queryset.filter(programme=request.programme, pk=pk)
        .exclude(status=Intake.Status.DRAFT)
        .first()
    )
    if intake is None:
        raise Http404("No such application.")
    return intake


def reviewer_organisation(request) -> str:
    """The name of the organisation the reviewer decides for, from their membership."""
    for membership in request.memberships:
        if membership.role in REVIEWER_ROLES and membership.organisation_id:
            return membership.organisation.name
    return ""
