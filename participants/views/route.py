"""The participant's own home and the coordinator's list."""

from django.conf import settings
from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, render

from participants.directory import ParticipantFilterForm, search_participants
from participants.models import Participant
from participants.my_route import my_route
from portal.access import role_required
from programmes.models import Role


@role_required(Role.PARTICIPANT)
def home(request, programme):
    """My route: where I am, what comes next, this week, internship, home and job."""
    participant = get_object_or_404(
        Participant.objects.select_related(
            "programme", "current_stage", "municipality", "schedule"
        ),
        programme=request.programme,
        user=request.user,
    )
    return render(request, "participants/home.html", {"route": my_route(participant)})


@role_required(Role.COORDINATOR, Role.ADMIN)
def participant_list(request, programme):
    """Search, filter by stage and page through the programme's participants."""
    form = ParticipantFilterForm(request.GET or None, programme=request.programme)
    filters = form.cleaned_data if form.is_valid() else {}
    participants = search_participants(
        request.programme, q=filters.get("q") or "", stage=filters.get("stage")
    )
    page = Paginator(participants, settings.PARTICIPANTS_PER_PAGE).get_page(request.GET.get("page"))
    query = request.GET.copy()
    query.pop("page", None)
    return render(
        request,
        "participants/list.html",
        {"form": form, "page": page, "query": query.urlencode()},
    )
