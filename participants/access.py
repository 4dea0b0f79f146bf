"""Fetching tenant objects by a client-supplied id: always through these helpers.

Each takes the programme and the user and checks the right in one place; an
object of another programme, or one the user may not see, is the same 404.
"""

from django.http import Http404

from participants.models import Intake, Internship, Participant
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


def get_participant_for(request, pk, *, queryset=None) -> Participant:
    """A participant of ``request.programme`` whom this user may see.

    Coordinators and programme admins see everyone in the programme; a mentor
    only the participants whose internship they supervise. Anyone else: 404.
    """
    queryset = queryset if queryset is not None else Participant.objects.all()
    queryset = queryset.filter(programme=request.programme, pk=pk)
    if request.roles & REVIEWER_ROLES:
        participant = queryset.first()
    elif Role.MENTOR.value in request.roles:
        mentored = Internship.objects.filter(
            programme=request.programme, mentor=request.user
        ).values("participant_id")
        participant = queryset.filter(pk__in=mentored).first()
    else:
        participant = None
    if participant is None:
        raise Http404("No such participant.")
    return participant


def get_internship_for_mentor(request, pk, *, queryset=None) -> Internship:
    """An internship of ``request.programme`` that this user supervises as mentor."""
    queryset = queryset if queryset is not None else Internship.objects.all()
    internship = queryset.filter(programme=request.programme, pk=pk, mentor=request.user).first()
    if internship is None:
        raise Http404("Not your internship.")
    return internship
