"""Selection in the browser: the queue of applications, one application, scores and decisions.

For coordinators and programme admins. The views read the request and call
``participants.selection``, which checks the rules and does the work.

The actions (review, decide, proposal) take only POST, but look the application up
first: an id of another programme is a 404 whatever the method, as everywhere.
"""

import csv

from allauth.account.decorators import reauthentication_required
from django.conf import settings
from django.contrib import messages
from django.core.paginator import Paginator
from django.http import Http404, HttpResponse, HttpResponseNotAllowed
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import get_language_info
from django.utils.translation import gettext as _

from participants import selection
from participants.access import get_intake_for, reviewer_organisation
from participants.eligibility import evaluate
from participants.intake_form import answer_rows
from participants.intake_queue import (
    QUEUE_STATUSES,
    IntakeFilterForm,
    export_rows,
    search_intakes,
    status_counts,
)
from participants.models import DecisionProposal, Intake, IntakeDocument, Review
from participants.selection import DecisionError
from participants.selection_forms import DecisionForm, ReviewForm
from participants.uploads import ACCEPTED_TYPES
from portal.access import role_required
from portal.downloads import OCTET_STREAM, file_download, mark_as_download
from portal.spreadsheets import BOM
from programmes.models import Role, SelectionCriterion


@role_required(Role.COORDINATOR, Role.ADMIN)
def queue(request, programme):
    """The programme's sent applications: filter, sort, search, count per status, pages."""
    form = IntakeFilterForm(request.GET, programme=request.programme)
    filters = form.filters()
    intakes = search_intakes(request.programme, **filters)
    page = Paginator(intakes, settings.PARTICIPANTS_PER_PAGE).get_page(request.GET.get("page"))
    query = request.GET.copy()
    query.pop("page", None)
    counts = status_counts(request.programme, **filters)
    return render(
        request,
        "participants/intakes/queue.html",
        {
            "form": form,
            "page": page,
            "query": query.urlencode(),
            "tabs": _status_tabs(query, counts, filters.get("status", "")),
        },
    )


def _status_tabs(query, counts, current):
    """A link per status with its count; each keeps the other filters."""
    tabs = []
    options = [("", _("All"), sum(counts.values()))]
    options += [(status.value, status.label, counts[status.value]) for status in QUEUE_STATUSES]
    for value, label, count in options:
        link = query.copy()
        link.pop("status", None)
        if value:
            link["status"] = value
        tabs.append(
            {"label": label, "count": count, "query": link.urlencode(), "current": value == current}
        )
    return tabs


@role_required(Role.COORDINATOR, Role.ADMIN)
@reauthentication_required
def export_csv(request, programme):
    """The current selection of the queue as a CSV file for the selection meeting.

    Names, contact details and answers of many people at once: asks for the password
    or authenticator code again when it was not given in the last few minutes.
    """
    filters = IntakeFilterForm(request.GET, programme=request.programme).filters()
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    filename = f"{request.programme.slug}-applications-{timezone.localdate():%Y-%m-%d}.csv"
    mark_as_download(response, filename, "text/csv")
    # The byte order mark makes Excel read the file as UTF-8 (names in Arabic script).
    response.write(BOM)
    # Semicolons: the list separator of Excel with Dutch settings, which the programmes use.
    writer = csv.writer(response, delimiter=";")
    writer.writerows(export_rows(request.programme, **filters))
    return response


def _intake(request, pk) -> Intake:
    return get_intake_for(
        request,
        pk,
        queryset=Intake.objects.select_related("municipality", "applicant", "participant"),
    )


def _render_detail(request, intake, *, review_form=None, decision_form=None, error=None):
    """The application's page. Forms with errors are passed in, so nothing typed is lost."""
    criteria = list(SelectionCriterion.objects.filter(programme=request.programme))
    reviews = list(
        Review.objects.filter(intake=intake).select_related("reviewer").prefetch_related("scores")
    )
    my_review = next((r for r in reviews if r.reviewer_id == request.user.pk), None)
    if review_form is None:
        review_form = ReviewForm(criteria=criteria, initial=ReviewForm.initial_for(my_review))
    if decision_form is None:
        decision_form = DecisionForm()
    proposal = (
        DecisionProposal.objects.filter(intake=intake, state=DecisionProposal.State.OPEN)
        .select_related("proposed_by")
        .first()
    )
    language = get_language_info(intake.language)["name_translated"] if intake.language else ""
    return render(
        request,
        "participants/intakes/detail.html",
        {
            "intake": intake,
            "answer_language": language,
            "answers": answer_rows(intake),
            "documents": list(intake.documents.all()),
            "eligibility": evaluate(intake),
            "summary": selection.summarise(criteria, reviews),
            "reviews": reviews,
            "review_form": review_form,
            "decision_form": decision_form,
            "proposal": proposal,
            "events": list(intake.events.select_related("by", "second_by")),
            "error": error,
            "two_reviewers": request.programme.requires_two_reviewers,
        },
    )


def _back(intake, anchor=""):
    url = reverse(
        "participants:intake_detail",
        kwargs={"programme": intake.programme.slug, "pk": intake.pk},
    )
    return redirect(f"{url}#{anchor}" if anchor else url)


@role_required(Role.COORDINATOR, Role.ADMIN)
def detail(request, programme, pk):
    """One application: answers, documents, rules, scores, the decision and its history."""
    return _render_detail(request, _intake(request, pk))


@role_required(Role.COORDINATOR, Role.ADMIN)
def review(request, programme, pk):
    """Save the logged-in reviewer's scores and note."""
    intake = _intake(request, pk)
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    criteria = SelectionCriterion.objects.filter(programme=request.programme)
    form = ReviewForm(request.POST, criteria=criteria)
    if form.is_valid():
        try:
            selection.save_review(
                intake,
                request.user,
                reviewer_organisation(request),
                form.scores(),
                form.cleaned_data["note"],
            )
        except DecisionError as refusal:
            form.add_error(refusal.field, refusal.message)
        else:
            messages.success(request, _("Your scores are saved."))
            return _back(intake, "scores")
    return _render_detail(request, intake, review_form=form)


@role_required(Role.COORDINATOR, Role.ADMIN)
def decide(request, programme, pk):
    """Decide, or propose a decision for a second reviewer to confirm."""
    intake = _intake(request, pk)
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    form = DecisionForm(request.POST)
    if form.is_valid():
        try:
            result = selection.decide(
                intake,
                by=request.user,
                organisation=reviewer_organisation(request),
                **form.cleaned_data,
            )
        except DecisionError as refusal:
            form.add_error(refusal.field, refusal.message)
        else:
            if isinstance(result, DecisionProposal):
                messages.success(
                    request,
                    _(
                        "Your proposal is saved. A reviewer from another organisation must "
                        "confirm it. Only then do we tell the applicant."
                    ),
                )
            else:
                messages.success(
                    request, _("The decision is saved. We are sending the applicant an email.")
                )
            return _back(intake, "decision")
    return _render_detail(request, intake, decision_form=form)


@role_required(Role.COORDINATOR, Role.ADMIN)
def proposal(request, programme, pk):
    """Confirm or withdraw the proposed decision on this application."""
    intake = _intake(request, pk)
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    try:
        proposal_id = int(request.POST.get("proposal", ""))
    except ValueError:
        raise Http404("No such proposal.") from None
    chosen = get_object_or_404(DecisionProposal.objects.filter(intake=intake), pk=proposal_id)
    action = request.POST.get("action")
    try:
        if action == "confirm":
            selection.confirm_proposal(chosen, request.user, reviewer_organisation(request))
            messages.success(
                request, _("The decision is confirmed. We are sending the applicant an email.")
            )
        elif action == "withdraw":
            selection.withdraw_proposal(chosen, request.user)
            messages.success(request, _("The proposal is withdrawn. The status did not change."))
        else:
            raise Http404("No such action.")
    except DecisionError as refusal:
        return _render_detail(request, intake, error=refusal.message)
    return _back(intake, "decision")


@role_required(Role.COORDINATOR, Role.ADMIN)
def document(request, programme, pk, document):
    """A file the applicant uploaded, downloaded, never shown inline."""
    intake = _intake(request, pk)
    upload = get_object_or_404(IntakeDocument.objects.filter(intake=intake), pk=document)
    # Only a type the upload check accepts; anything else downloads as plain bytes.
    content_type = upload.content_type if upload.content_type in ACCEPTED_TYPES else OCTET_STREAM
    return file_download(upload.file.open("rb"), upload.original_name, content_type)
