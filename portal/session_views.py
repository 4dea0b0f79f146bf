"""The page "Where you are logged in": a user sees their sessions and ends them.

It takes the place of allauth's own sessions page (same address), which can only end
all other sessions at once and shows the raw User-Agent header.
"""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from portal import devices, sessions


@login_required
def session_list(request):
    """Every login of this user that still works, this device marked."""
    current = sessions.current_key(request)
    rows = [
        {
            "session": session,
            "device": devices.describe(session.user_agent),
            "current": session.session_key == current,
        }
        for session in sessions.live_sessions(request.user)
    ]
    rows.sort(key=lambda row: not row["current"])  # this device first, then oldest first
    return render(
        request,
        "usersessions/usersession_list.html",
        {"rows": rows, "others": sum(1 for row in rows if not row["current"])},
    )


@login_required
@require_POST
def end_session(request, pk):
    """Log out one device. Another user's id is a 404: nothing says it exists."""
    session = sessions.session_of(request.user, pk)
    if session is None:
        raise Http404("Not one of your sessions.")
    if session.session_key == sessions.current_key(request):
        # Ending this device is logging out; the logout page does it properly.
        return redirect("account_logout")
    sessions.end_sessions([session])
    messages.success(request, _("That device is logged out."))
    return redirect("account_sessions:list")


@login_required
@require_POST
def end_other_sessions(request):
    """Log out every device except this one."""
    count = sessions.end_other_sessions(request, request.user)
    if count:
        messages.success(request, _("All your other devices are logged out."))
    return redirect("account_sessions:list")
