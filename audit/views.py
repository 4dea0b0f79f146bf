"""The audit log on screen: the participant's "who looked at my file" and the programme's log.

Both pages run a fixed number of queries, however long the log is.
"""

from django.conf import settings
from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, render

from audit import words
from audit.browse import LogFilterForm, search_entries
from audit.log import record
from audit.models import Action, AuditEntry
from participants.access import get_participant_for
from participants.models import Participant
from portal.access import role_required
from programmes.models import Role


@role_required(Role.PARTICIPANT)
def my_log(request, programme):
    """Who looked at my file or changed it, and when: newest first, in plain words."""
    participant = get_object_or_404(
        Participant.objects.all(), programme=request.programme, user=request.user
    )
    entries = AuditEntry.objects.filter(
        programme=request.programme, participant=participant
    ).order_by("-at", "-pk")
    page = Paginator(entries, settings.AUDIT_ENTRIES_PER_PAGE).get_page(request.GET.get("page"))
    lines = [words.for_participant(entry, request.user) for entry in page.object_list]
    return render(request, "audit/mine.html", {"page": page, "lines": lines})


@role_required(Role.COORDINATOR, Role.ADMIN)
def programme_log(request, programme):
    """The programme's log: filter by participant, staff member, what happened and dates.

    Looking at the log of one participant is itself logged, so the participant sees it.
    """
    form = LogFilterForm(request.GET or None)
    filters = {}
    if form.is_bound:
        form.is_valid()  # a field with an error drops out; the other filters still apply
        filters = form.cleaned_data
    participant = None
    if filters.get("participant"):
        participant = get_participant_for(request, filters["participant"])
    entries = search_entries(
        request.programme,
        q=filters.get("q") or "",
        action=filters.get("action") or "",
        date_from=filters.get("date_from"),
        date_to=filters.get("date_to"),
        participant=participant,
    )
    page = Paginator(entries, settings.AUDIT_ENTRIES_PER_PAGE).get_page(request.GET.get("page"))
    for entry in page.object_list:
        entry.topic = words.topic(entry)
    if participant is not None:
        record(request, Action.VIEWED_LOG, participant=participant)
    query = request.GET.copy()
    query.pop("page", None)
    return render(
        request,
        "audit/log.html",
        {"form": form, "page": page, "participant": participant, "query": query.urlencode()},
    )
