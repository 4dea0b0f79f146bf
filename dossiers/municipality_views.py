"""The municipality officer's pages: consenting participants housed in their municipality.

Every read across programmes goes through ``dossiers.across_programmes``; a
participant's dossier is made inside that participant's own programme scope.
"""

from functools import wraps

from allauth.account.decorators import reauthentication_required
from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.db import transaction
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_POST
from django_scopes import scope

from audit.log import record
from audit.models import Action, Result
from dossiers import across_programmes
from dossiers.forms import BulkExportForm, LanguageForm
from dossiers.models import Audience, BulkExport, Status
from dossiers.requests import new_bulk_export, request_dossier
from dossiers.views import pdf_response
from portal.access import mfa_redirect
from portal.downloads import file_download
from programmes.models import Programme, Role

PAGE_SIZE = 50


def officer_required(view):
    """Logged in, an officer of at least one active programme, and past MFA; else login or 404."""

    @wraps(view)
    def wrapped(request, *args, **kwargs):
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        municipalities = across_programmes.officer_municipalities(request.user)
        if not municipalities:
            raise Http404("Not a municipality officer.")
        gate = mfa_redirect(request)
        if gate is not None:
            return gate
        request.municipalities = municipalities
        return view(request, *args, **kwargs)

    return wrapped


def current_municipality(request):
    """The municipality the officer is looking at (they may work for more than one)."""
    code = request.GET.get("municipality") or request.POST.get("municipality")
    for municipality in request.municipalities:
        if municipality.code == code:
            return municipality
    return request.municipalities[0]


@officer_required
def participant_list(request):
    municipality = current_municipality(request)
    programme_slug = request.GET.get("programme", "")
    search = request.GET.get("q", "").strip()[:80]
    page = across_programmes.consenting_page(
        [municipality],
        request.GET.get("page"),
        per_page=PAGE_SIZE,
        programme_slug=programme_slug,
        search=search,
    )
    return render(
        request,
        "dossiers/municipality/list.html",
        {
            "municipality": municipality,
            "page": page,
            "programmes": Programme.objects.filter(is_active=True).order_by("slug"),
            "filters": {"programme": programme_slug, "q": search},
            "form": LanguageForm(initial={"language": request.user.language}),
            "exports": BulkExport.objects.filter(
                requested_by=request.user, municipality=municipality
            )[:5],
        },
    )


@officer_required
@require_POST
def make_dossier(request, pk):
    """Queue (or reuse) one participant's dossier for the officer's municipality."""
    participant = across_programmes.consenting_participant(request.municipalities, pk)
    if participant is None:
        raise Http404("Not a consenting participant of your municipality.")
    form = LanguageForm(request.POST)
    language = form.cleaned_data["language"] if form.is_valid() else request.user.language
    with scope(programme=participant.programme):
        export = request_dossier(
            participant,
            language,
            audience=Audience.MUNICIPALITY,
            user=request.user,
            municipality=participant.municipality,
            consent_id=participant.consent_id,
        )
    return redirect("municipality:dossier", pk=export.pk)


@officer_required
def dossier(request, pk):
    """How far one dossier is, and its download once it is ready."""
    export = across_programmes.officer_export(request.user, request.municipalities, pk)
    if export is None:
        raise Http404("No such dossier.")
    still_consents = _still_consents(request, export)
    return render(
        request,
        "dossiers/municipality/dossier.html",
        {"export": export, "still_consents": still_consents},
    )


@officer_required
def download_dossier(request, pk):
    export = across_programmes.officer_export(request.user, request.municipalities, pk)
    if export is None or export.status != Status.DONE:
        raise Http404("No such dossier.")
    detail = f"v{export.version} ({export.language})"
    if not _still_consents(request, export):
        _log(
            request,
            Action.DOSSIER_DOWNLOADED,
            export.participant,
            export.municipality,
            detail,
            Result.DENIED,
        )
        return render(request, "dossiers/municipality/withdrawn.html", status=403)
    _log(request, Action.DOSSIER_DOWNLOADED, export.participant, export.municipality, detail)
    return pdf_response(export)


def _log(request, action, participant, municipality, detail, result=Result.OK):
    """An audit entry for an officer: their municipality is the organisation they act for."""
    record(
        request,
        action,
        participant=participant,
        organisation=municipality.name,
        role=Role.MUNICIPALITY_OFFICER,
        detail=detail,
        result=result,
    )


def _still_consents(request, export) -> bool:
    return (
        across_programmes.consenting_participant(request.municipalities, export.participant_id)
        is not None
    )


@officer_required
@reauthentication_required
@require_POST
def new_export(request):
    """A ZIP of the chosen people's dossiers. Asks for the password or code again first."""
    municipality = current_municipality(request)
    posted = [
        value  # ASCII digits only: "²".isdigit() is true, but int() refuses it
        for value in request.POST.getlist("participants")
        if value.isascii() and value.isdigit()
    ]
    allowed = across_programmes.consenting_ids([municipality], [int(pk) for pk in posted])
    form = BulkExportForm(request.POST, allowed_ids=allowed)
    if not form.is_valid():
        for errors in form.errors.values():
            for error in errors:
                messages.error(request, error)
        return redirect(f"{reverse('municipality:list')}?municipality={municipality.code}")
    with transaction.atomic():  # every dossier is queued on commit, so the ZIP waits for all
        bulk = new_bulk_export(request.user, municipality, form.cleaned_data["language"])
        detail = f"export {bulk.pk} ({bulk.language})"
        chosen = across_programmes.consenting_chosen(
            [municipality], form.cleaned_data["participants"]
        )
        for participant in chosen:
            with scope(programme=participant.programme):
                request_dossier(
                    participant,
                    bulk.language,
                    audience=Audience.MUNICIPALITY,
                    user=request.user,
                    municipality=municipality,
                    consent_id=participant.consent_id,
                    bulk=bulk,
                )
                _log(request, Action.EXPORT_REQUESTED, participant, municipality, detail)
    return redirect("municipality:export", pk=bulk.pk)


def _officer_bulk(request, pk):
    bulk = BulkExport.objects.filter(
        pk=pk, requested_by=request.user, municipality__in=request.municipalities
    ).first()
    if bulk is None:
        raise Http404("No such export.")
    return bulk


@officer_required
def export(request, pk):
    """Progress of a bulk export; the download when it is done."""
    bulk = _officer_bulk(request, pk)
    progress = across_programmes.bulk_progress(bulk)
    finished = progress.get(Status.DONE, 0) + progress.get(Status.FAILED, 0)
    return render(
        request,
        "dossiers/municipality/export.html",
        {
            "bulk": bulk,
            "progress": progress,
            "finished": finished,
            "percent": round(100 * finished / progress["total"]) if progress["total"] else 100,
        },
    )


@officer_required
@reauthentication_required
def download_export(request, pk):
    bulk = _officer_bulk(request, pk)
    if bulk.status != Status.DONE or not bulk.file:
        raise Http404("Not ready, or expired.")
    items = across_programmes.bulk_items(bulk)
    if bulk.is_expired or not across_programmes.bulk_still_consenting(bulk):
        for item in items:
            _log_export_download(request, bulk, item, Result.DENIED)
        return render(
            request, "dossiers/municipality/export_blocked.html", {"bulk": bulk}, status=403
        )
    for item in items:
        if item.status == Status.DONE:
            _log_export_download(request, bulk, item, Result.OK)
    name = f"dossiers-{bulk.municipality.code}-{bulk.pk}.zip"
    return file_download(bulk.file.open("rb"), name, "application/zip")


def _log_export_download(request, bulk, item, result):
    _log(
        request,
        Action.EXPORT_DOWNLOADED,
        item.participant,
        bulk.municipality,
        f"export {bulk.pk}",
        result,
    )
