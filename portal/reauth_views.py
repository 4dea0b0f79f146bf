"""*Check that it is you*: a code by email, for people who have no password or MFA."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import gettext as _

from portal import reauth


@login_required
def confirm_code(request):
    """Send a code to the user's email and check it; then on to the page they wanted."""
    next_url = reauth.safe_next(request, reverse("home"))
    if reauth.has_password_or_mfa(request.user):
        return redirect(next_url)  # allauth asks for the password on that page itself
    error = ""
    if request.method == "POST":
        if request.POST.get("action") == "send":
            if reauth.send_code(request):
                messages.success(request, _("We sent a code to your email address."))
            else:
                messages.info(
                    request, _("We sent a code a moment ago. Wait one minute for a new one.")
                )
            return redirect(f"{request.path}?{urlencode({'next': next_url})}")
        if reauth.check_code(request, request.POST.get("code", "")):
            return redirect(next_url)
        state = reauth.pending_code(request)
        if state is None:
            error = _("This code is too old. Ask for a new code.")
        elif not state["digest"]:
            error = _("You tried too many times. Ask for a new code.")
        else:
            error = _("This code is not right. Look at the email again and type the code.")
    state = reauth.pending_code(request)
    return render(
        request,
        "account/confirm_code.html",
        {
            "next": next_url,
            "email": request.user.email,
            "code_sent": state is not None and bool(state["digest"]),
            "error": error,
            "typed": request.POST.get("code", "")[:20] if request.method == "POST" else "",
        },
        status=400 if error else 200,
    )
