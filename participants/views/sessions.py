"""Group sessions, for coordinators and programme admins: plan them and take attendance.

The views read the request and call ``participants.group_sessions``, which does the work.
"""

from django.contrib import messages
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import ngettext

from participants import group_sessions
from participants.group_sessions import SessionError, SessionForm
from participants.models import Session
from portal.access import role_required
from programmes.models import Role


@role_required(Role.COORDINATOR, Role.ADMIN)
def session_list(request, programme):
    """The programme's sessions, upcoming and past, and a form to plan a new one."""
    form = SessionForm(request.POST or None, programme=request.programme)
    if request.method == "POST" and form.is_valid():
        try:
            session = group_sessions.add_session(
                request.programme, by=request.user, **form.cleaned_data
            )
        except SessionError as refusal:
            form.add_error(refusal.field, refusal.message)
        else:
            invited = session.attendance.count()
            messages.success(
                request,
                ngettext(
                    "The session is planned. %(count)s participant is invited.",
                    "The session is planned. %(count)s participants are invited.",
                    invited,
                )
                % {"count": invited},
            )
            return redirect(
                "participants:session_detail", programme=request.programme.slug, pk=session.pk
            )
    upcoming, past = group_sessions.sessions_of(request.programme)
    return render(
        request,
        "participants/sessions/list.html",
        {"form": form, "upcoming": upcoming, "past": past, "past_shown": group_sessions.PAST_SHOWN},
    )


@role_required(Role.COORDINATOR, Role.ADMIN)
def session_detail(request, programme, pk):
    """One session: who is expected, and everyone's presence saved in one go."""
    session = group_sessions.get_session_for(
        request, pk, queryset=Session.objects.select_related("stage")
    )
    form = group_sessions.attendance_form(session, request.POST or None)
    error = None
    if request.method == "POST" and form.is_valid():
        try:
            changed = group_sessions.save_session_attendance(
                session, form.presences(), by=request.user
            )
        except SessionError as refusal:
            error = refusal.message
        else:
            messages.success(
                request,
                ngettext(
                    "The attendance is saved (%(count)s change).",
                    "The attendance is saved (%(count)s changes).",
                    changed,
                )
                % {"count": changed},
            )
            url = reverse(
                "participants:session_detail",
                kwargs={"programme": request.programme.slug, "pk": session.pk},
            )
            return redirect(url)
    return render(
        request,
        "participants/sessions/detail.html",
        {
            "session": session,
            "form": form,
            "error": error,
            "counts": group_sessions.counts(form),
        },
    )
