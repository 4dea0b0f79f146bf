"""Re-authentication for people who log in by code only (no password, no authenticator).

allauth asks for the password or an authenticator code again before account changes
(email addresses, setting up an authenticator). Someone who has neither is let
through: allauth has nothing to ask. Participants are such people. Whoever holds a
participant's open phone could then add their own email address or authenticator and
lock the participant out. For them, a login by code in the last
ACCOUNT_REAUTHENTICATION_TIMEOUT seconds counts as "recently confirmed"; otherwise
they are asked to log in again with a new code.
"""

import time
from functools import wraps

from allauth.account import views as account_views
from allauth.account.authentication import get_authentication_records
from allauth.account.internal.flows.reauthentication import get_reauthentication_flows
from allauth.mfa.totp import views as totp_views
from django.conf import settings
from django.shortcuts import render


def logged_in_by_code_recently(request) -> bool:
    records = get_authentication_records(request, request.user)
    return any(
        record.get("method") == "code"
        and time.time() - record.get("at", 0) < settings.ACCOUNT_REAUTHENTICATION_TIMEOUT
        for record in records
    )


def needs_a_new_code(request) -> bool:
    """A logged-in user with nothing allauth can ask, whose code login is not recent."""
    user = request.user
    return (
        user.is_authenticated
        and not get_reauthentication_flows(user)
        and not logged_in_by_code_recently(request)
    )


def recent_code_login_required(view, methods=("GET", "POST")):
    """Before ``view`` (for ``methods``), a code-only user logs in again if it was long ago."""

    @wraps(view)
    def wrapped(request, *args, **kwargs):
        if request.method in methods and needs_a_new_code(request):
            minutes = max(1, settings.ACCOUNT_REAUTHENTICATION_TIMEOUT // 60)
            return render(
                request, "account/new_code_required.html", {"minutes": minutes}, status=403
            )
        return view(request, *args, **kwargs)

    return wrapped


# Looking at one's addresses is fine; adding, removing or choosing one is the change.
email = recent_code_login_required(account_views.email, methods=("POST",))
activate_totp = recent_code_login_required(totp_views.activate_totp)
