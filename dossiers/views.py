"""Dossiers inside a programme: the participant's own, and a coordinator's for a participant."""

from django.contrib import messages
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _

from audit.log import record
from audit.models import Action
from dossiers.forms import LanguageForm
from dossiers.models import Audience, DossierExport, Status
from dossiers.render import data_fingerprint, suggested_language
from dossiers.requests import latest_dossiers, request_dossier
from participants.access import REVIEWER_ROLES, get_participant_for
from participants.models import Participant
from portal.access import role_required
from portal.downloads import file_download
from programmes.models import Role


@role_required(Role.PARTICIPANT)
def mine(request, programme):
    """The participant makes and downloads their own dossier."""
    participant = get_object_or_404(
        Participant.objects.select_related("programme", "user"),
        programme=request.programme,
        user=request.user,
    )
    return _dossier_page(request, participant, Audience.PARTICIPANT, "dossiers:mine", {})


@role_required(Role.COORDINATOR, Role.ADMIN)
def for_participant(request, programme, pk):
    """A coordinator makes a participant's dossier, for instance for a talk with an employer."""
    participant = get_participant_for(
        request, pk, queryset=Participant.objects.select_related("programme", "user")
    )
    return _dossier_page(
        request, participant, Audience.PROGRAMME, "dossiers:participant", {"pk": participant.pk}
    )


def _dossier_page(request, participant, audience, url_name, url_kwargs):
    if request.method == "POST":
        form = LanguageForm(request.POST)
        if form.is_valid():
            export = request_dossier(
                participant, form.cleaned_data["language"], audience=audience, user=request.user
            )
            export.refresh_from_db(fields=["status"])  # the demo makes it at once
            if export.status == Status.DONE:
                messages.success(request, _("The dossier is ready. You can download it below."))
            else:
                messages.success(request, _("The dossier is being made. This takes a few seconds."))
            return redirect(url_name, programme=request.programme.slug, **url_kwargs)
    else:
        form = LanguageForm(initial={"language": suggested_language(participant)})
    dossiers = latest_dossiers(participant, audience=audience)
    fingerprint = data_fingerprint(participant)
    for dossier in dossiers:
        dossier.is_outdated = dossier.status == Status.DONE and dossier.fingerprint != fingerprint
    template = (
        "dossiers/mine.html" if audience == Audience.PARTICIPANT else "dossiers/participant.html"
    )
    return render(
        request,
        template,
        {
            "participant": participant,
            "form": form,
            "dossiers": dossiers,
            "busy": any(not d.is_finished for d in dossiers),
        },
        status=400 if form.errors else 200,
    )


@role_required(Role.PARTICIPANT, Role.COORDINATOR, Role.ADMIN)
def download(request, programme, pk):
    """The PDF, for the participant it is about or the programme's coordinators."""
    exports = DossierExport.objects.filter(
        programme=request.programme,
        pk=pk,
        status=Status.DONE,
        audience__in=[Audience.PARTICIPANT, Audience.PROGRAMME],
    ).select_related("participant")
    if not request.roles & REVIEWER_ROLES:
        exports = exports.filter(participant__user=request.user)
    export = exports.first()
    if export is None:
        raise Http404("No such dossier.")
    record(
        request,
        Action.DOSSIER_DOWNLOADED,
        participant=export.participant,
        detail=f"v{export.version} ({export.language})",
    )
    return pdf_response(export)


def pdf_response(export):
    return file_download(export.file.open("rb"), export.download_name(), "application/pdf")
