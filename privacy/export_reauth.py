"""Prove it is you again before taking all your data: by password, MFA, or an emailed code.

allauth's ``reauthentication_required`` asks for the password (or a second factor)
again. But participants log in by an emailed code and have no password, and for a
user without a password or authenticator allauth's ``did_recently_reauthenticate``
answers "yes" without asking anything (allauth 65, ``flows/reauthentication.py``):
someone at an unlocked phone could take everything. So:

- a user with a password or an authenticator goes through allauth's own
  re-authentication page, as the municipality's bulk export does;
- a user without one must have entered a code sent to their email address in the
  last ``ACCOUNT_REAUTHENTICATION_TIMEOUT`` seconds (5 minutes): the code of their
  login, or a fresh one from ``privacy:my_data_confirm``.

A confirmed code is recorded the way allauth records a re-authentication
(``record_authentication(..., reauthenticated=True)``), so other sensitive pages
that read allauth's records see it too.
"""

import hashlib
import time
from functools import wraps

from allauth.account import app_settings as account_settings
from allauth.account.adapter import get_adapter
from allauth.account.internal.flows.login import (
    get_authentication_records,
    record_authentication,
)
from allauth.account.internal.flows.reauthentication import did_recently_reauthenticate
from allauth.core.exceptions import ReauthenticationRequired
from allauth.mfa.models import Authenticator
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.crypto import constant_time_compare
from django.utils.http import urlencode

STATE_KEY = "privacy_reauth_code"
# A new code at most once a minute: the mailbox is not flooded and codes cannot be farmed.
RESEND_AFTER = 60


def has_password_or_mfa(user) -> bool:
    """Can allauth ask this user again (its ``get_reauthentication_flows``), in one query?"""
    return user.has_usable_password() or Authenticator.objects.filter(user=user).exists()


def recently_confirmed_by_code(request) -> bool:
    """A login code or a confirmation code was entered in this session, recently enough."""
    timeout = account_settings.REAUTHENTICATION_TIMEOUT
    now = time.time()
    return any(
        record.get("method") == "code" and now - record.get("at", 0) < timeout
        for record in get_authentication_records(request, request.user)
    )


def recent_authentication_required(view):
    """Let the view run only for a user who proved it is them in the last few minutes."""

    @wraps(view)
    def wrapped(request, *args, **kwargs):
        if has_password_or_mfa(request.user):
            if not did_recently_reauthenticate(request):
                raise ReauthenticationRequired()  # allauth's middleware asks again
        elif not recently_confirmed_by_code(request):
            query = urlencode({"next": request.get_full_path()})
            url = reverse("privacy:my_data_confirm", kwargs={"programme": request.programme.slug})
            return redirect(f"{url}?{query}")
        return view(request, *args, **kwargs)

    return wrapped


def _digest(code: str) -> str:
    return hashlib.sha256(code.strip().upper().encode()).hexdigest()


def pending_code(request):
    """The code waiting in this session, if it has not expired, else None."""
    state = request.session.get(STATE_KEY)
    if not state or time.time() - state["sent_at"] > account_settings.LOGIN_BY_CODE_TIMEOUT:
        return None
    return state


def may_send(request) -> bool:
    state = request.session.get(STATE_KEY)
    return not state or time.time() - state["sent_at"] >= RESEND_AFTER


def send_code(request) -> bool:
    """Email a new code to the user's own address. False when one went out a moment ago."""
    if not may_send(request):
        return False
    adapter = get_adapter(request)
    code = adapter.generate_login_code()
    request.session[STATE_KEY] = {"digest": _digest(code), "sent_at": time.time(), "tries": 0}
    adapter.send_mail(
        "account/email/login_code", request.user.email, {"request": request, "code": code}
    )
    return True


def check_code(request, code: str) -> bool:
    """True, and recorded as a re-authentication, when ``code`` is the code that was sent.

    After ``ACCOUNT_LOGIN_BY_CODE_MAX_ATTEMPTS`` wrong tries the code is dropped.
    """
    state = pending_code(request)
    if state is None:
        return False
    if constant_time_compare(_digest(code), state["digest"]):
        del request.session[STATE_KEY]
        record_authentication(
            request, request.user, method="code", email=request.user.email, reauthenticated=True
        )
        return True
    state["tries"] += 1
    if state["tries"] >= account_settings.LOGIN_BY_CODE_MAX_ATTEMPTS:
        # Keep sent_at, so a new code still waits for RESEND_AFTER.
        state["digest"] = ""
    request.session[STATE_KEY] = state
    return False
