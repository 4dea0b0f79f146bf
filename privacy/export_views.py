"""The participant's "All my data" page, its two downloads and the code check before them.

Only a participant of this programme, and only their own data: the participant is
found from the logged-in user, never from an id in the URL. Each download asks for
a recent proof that it is them (``export_reauth``) and is written to the audit log,
so it shows in "Who looked at my file".
"""

from django.contrib import messages
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _

from audit.log import record
from audit.models import Action
from portal.access import role_required
from portal.downloads import mark_as_download
from privacy import export_pdf, export_reauth
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
            "needs_code": not export_reauth.has_password_or_mfa(request.user),
        },
    )


@role_required(Role.PARTICIPANT)
@export_reauth.recent_authentication_required
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
@export_reauth.recent_authentication_required
def my_data_pdf(request, programme):
    participant = _participant(request)
    content = export_pdf.as_pdf(participant, export_pdf.export_language(participant))
    record(request, Action.DATA_DOWNLOADED, participant=participant, detail="all data (pdf)")
    return _download(
        content, content_type="application/pdf", name=export_pdf.filename(participant, "pdf")
    )


def _next_url(request):
    """Where to go after the code: one of the two downloads, else the page."""
    slug = request.programme.slug
    allowed = {
        reverse(name, kwargs={"programme": slug})
        for name in ("privacy:my_data_json", "privacy:my_data_pdf")
    }
    target = request.POST.get("next") or request.GET.get("next") or ""
    if target in allowed and url_has_allowed_host_and_scheme(target, allowed_hosts=None):
        return target
    return reverse("privacy:my_data", kwargs={"programme": slug})


@role_required(Role.PARTICIPANT)
def my_data_confirm(request, programme):
    """Send a code to the participant's email and check it: for users without a password."""
    _participant(request)
    next_url = _next_url(request)
    if export_reauth.has_password_or_mfa(request.user):
        return redirect(next_url)  # allauth asks for the password on the download itself
    error = ""
    if request.method == "POST":
        if request.POST.get("action") == "send":
            if export_reauth.send_code(request):
                messages.success(request, _("We sent a code to your email address."))
            else:
                messages.info(
                    request, _("We sent a code a moment ago. Wait one minute for a new one.")
                )
            return redirect(f"{request.path}?next={next_url}")
        if export_reauth.check_code(request, request.POST.get("code", "")):
            return redirect(next_url)
        state = export_reauth.pending_code(request)
        if state is None:
            error = _("This code is too old. Ask for a new code.")
        elif not state["digest"]:
            error = _("You tried too many times. Ask for a new code.")
        else:
            error = _("This code is not right. Look at the email again and type the code.")
    state = export_reauth.pending_code(request)
    return render(
        request,
        "privacy/my_data_confirm.html",
        {
            "next": next_url,
            "email": request.user.email,
            "code_sent": state is not None and bool(state["digest"]),
            "error": error,
            "typed": request.POST.get("code", "")[:20] if request.method == "POST" else "",
        },
        status=400 if error else 200,
    )
