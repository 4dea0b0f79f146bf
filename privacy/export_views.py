"""The participant's "All my data" page, its two downloads and the code check before them.

Only a participant of this programme, and only their own data: the participant is
found from the logged-in user, never from an id in the URL. Each download asks for
a recent proof that it is them (``portal.reauth``) and is written to the audit log,
so it shows in "Who looked at my file".
"""

from django.http import Http404, HttpResponse
from django.shortcuts import render

from audit.log import record
from audit.models import Action
from portal import reauth
from portal.access import role_required
from portal.downloads import mark_as_download
from privacy import export_pdf
from privacy.export_data import own_participant
from programmes.models import Role


def _participant(request):
    participant = own_participant(request)
    if participant is None:
        raise Http404("No participant record for this user here.")
    return participant


def _download(content, *, content_type, name):
    return mark_as_download(HttpResponse(content, content_type=content_type), name, content_type)


@role_required(Role.PARTICIPANT)
def my_data(request, programme):
    """What the programme keeps about me and why, with the two downloads."""
    participant = _participant(request)
    return render(
        request,
        "privacy/my_data.html",
        {
            "participant": participant,
            "needs_code": not reauth.has_password_or_mfa(request.user),
        },
    )


@role_required(Role.PARTICIPANT)
@reauth.recent_authentication_required
def my_data_json(request, programme):
    participant = _participant(request)
    content = export_pdf.as_json(participant, export_pdf.export_language(participant))
    record(request, Action.DATA_DOWNLOADED, participant=participant, detail="all data (json)")
    return _download(
        content,
        content_type="application/json; charset=utf-8",
        name=export_pdf.filename(participant, "json"),
    )


@role_required(Role.PARTICIPANT)
@reauth.recent_authentication_required
def my_data_pdf(request, programme):
    participant = _participant(request)
    content = export_pdf.as_pdf(participant, export_pdf.export_language(participant))
    record(request, Action.DATA_DOWNLOADED, participant=participant, detail="all data (pdf)")
    return _download(
        content, content_type="application/pdf", name=export_pdf.filename(participant, "pdf")
    )
