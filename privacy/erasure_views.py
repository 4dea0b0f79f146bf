"""Erasure pages: the participant asks on a phone; coordinators decide on a desktop.

Views are thin: they parse, call privacy/erasure_requests.py, write the audit entry
and render. A request of another programme, or one that does not exist, is a 404.
"""

import datetime

from django.contrib import messages
from django.db.models import Case, IntegerField, Value, When
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from audit.log import record
from audit.models import Action
from participants.models import Participant
from portal.access import role_required
from privacy.erasure_forms import AskForm, CarryOutForm, RefuseForm
from privacy.erasure_notices import ANSWER_WITHIN_DAYS
from privacy.erasure_requests import ErasureError, ask, carry_out, open_request, refuse, withdraw
from privacy.models import ErasureRequest
from programmes.models import Role

Status = ErasureRequest.Status


@role_required(Role.PARTICIPANT)
@require_http_methods(["GET", "POST"])
def my_erasure(request, programme):
    """What erasure means, the request and its status, and the confirm step."""
    participant = get_object_or_404(Participant, programme=request.programme, user=request.user)
    current = open_request(participant)
    form = AskForm(request.POST or None)
    step = request.POST.get("step", "")
    if step == "withdraw" and current is not None:
        try:
            withdraw(current, by=request.user)
        except ErasureError as error:
            messages.error(request, str(error))
        else:
            record(request, Action.ERASURE_WITHDRAWN, participant=participant)
            messages.success(request, _("Your request is withdrawn. Nothing is removed."))
        return redirect("privacy:erasure", programme=request.programme.slug)
    if step in ("confirm", "ask") and current is None and form.is_valid():
        if step == "confirm":
            return render(request, "privacy/erasure_confirm.html", {"form": form})
        try:
            ask(participant, by=request.user, reason=form.cleaned_data["reason"])
        except ErasureError as error:
            messages.error(request, str(error))
        else:
            record(request, Action.ERASURE_REQUESTED, participant=participant)
            messages.success(
                request, _("We received your request. You will hear from us within one month.")
            )
        return redirect("privacy:erasure", programme=request.programme.slug)
    history = ErasureRequest.objects.filter(participant=participant).order_by("-requested_at")
    return render(
        request,
        "privacy/erasure.html",
        {"form": form, "current": current, "history": history[:5]},
    )


def get_request_for(request, pk) -> ErasureRequest:
    """A request of ``request.programme`` for its coordinators and admins; else 404."""
    found = (
        ErasureRequest.objects.filter(programme=request.programme, pk=pk)
        .select_related("participant", "decided_by")
        .first()
    )
    if found is None:
        raise Http404("No such request.")
    return found


def due_on(erasure_request) -> datetime.date:
    return erasure_request.requested_at.date() + datetime.timedelta(days=ANSWER_WITHIN_DAYS)


@role_required(Role.COORDINATOR, Role.ADMIN)
def request_list(request, programme):
    """Every request of the programme, open ones first (oldest open on top). One query."""
    requests = (
        ErasureRequest.objects.filter(programme=request.programme)
        .select_related("participant", "decided_by")
        .annotate(
            open_first=Case(
                When(status=Status.OPEN, then=Value(0)),
                default=Value(1),
                output_field=IntegerField(),
            )
        )
        .order_by("open_first", "requested_at", "pk")
    )
    rows = [(item, due_on(item)) for item in requests]
    return render(request, "privacy/requests.html", {"rows": rows})


@role_required(Role.COORDINATOR, Role.ADMIN)
@require_http_methods(["GET", "POST"])
def request_detail(request, programme, pk):
    """One request: its history, and the forms to carry it out or to refuse it."""
    erasure_request = get_request_for(request, pk)
    participant = erasure_request.participant
    carry_form = CarryOutForm(expected=erasure_request.participant_number)
    refuse_form = RefuseForm()
    step = request.POST.get("step", "")
    if step == "carry_out":
        carry_form = CarryOutForm(request.POST, expected=erasure_request.participant_number)
        if carry_form.is_valid():
            try:
                carry_out(erasure_request, by=request.user)
            except ErasureError as error:
                messages.error(request, str(error))
            else:
                record(request, Action.ERASED, participant=participant, detail="request")
                messages.success(request, _("The data is removed. The participant gets an email."))
            return redirect("privacy:request_detail", programme=programme, pk=pk)
    elif step == "refuse":
        refuse_form = RefuseForm(request.POST)
        if refuse_form.is_valid():
            try:
                refuse(erasure_request, by=request.user, note=refuse_form.cleaned_data["note"])
            except ErasureError as error:
                messages.error(request, str(error))
            else:
                record(request, Action.ERASURE_REFUSED, participant=participant)
                messages.success(request, _("The request is refused. The participant is told why."))
            return redirect("privacy:request_detail", programme=programme, pk=pk)
    elif request.method == "GET" and participant is not None:
        record(request, Action.VIEWED_FILE, participant=participant, detail="erasure request")
    return render(
        request,
        "privacy/requests_detail.html",
        {
            "erasure_request": erasure_request,
            "participant": participant,
            "due": due_on(erasure_request),
            "events": erasure_request.events.select_related("by"),
            "carry_form": carry_form,
            "refuse_form": refuse_form,
        },
    )
