"""Prove it is you again before a sensitive action: by password, MFA, or an emailed code.

allauth asks for the password or an authenticator code again before account changes
and before the exports that use its ``reauthentication_required``. Someone who has
neither is let through: for a user without a password or authenticator allauth's
``did_recently_reauthenticate`` answers "yes" without asking anything (allauth 65,
``flows/reauthentication.py``). Participants log in by an emailed code and are such
people: whoever holds their open phone could take all their data, or add their own
email address or authenticator and lock them out. So:

- a user with a password or an authenticator goes through allauth's own
  re-authentication page;
- a user without one must have typed a code sent to their email address in the
  last ``ACCOUNT_REAUTHENTICATION_TIMEOUT`` seconds (5 minutes): the code of their
  login, or a fresh one from *Check that it is you* (``account_confirm_code``),
  which then sends them on to where they were going.

A confirmed code is recorded the way allauth records a re-authentication
(``record_authentication(..., reauthenticated=True)``), so every page that reads
allauth's records sees it.
"""

import hashlib
import time
from functools import wraps

from allauth.account import app_settings as account_settings
from allauth.account import views as account_views
from allauth.account.adapter import get_adapter
from allauth.account.internal.flows.login import (
    get_authentication_records,
    record_authentication,
)
from allauth.account.internal.flows.reauthentication import did_recently_reauthenticate
from allauth.core.exceptions import ReauthenticationRequired
from allauth.mfa.models import Authenticator
from allauth.mfa.totp import views as totp_views
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.crypto import constant_time_compare
from django.utils.http import url_has_allowed_host_and_scheme, urlencode

STATE_KEY = "reauth_code"
# A new code at most once a minute: the mailbox is not flooded and codes cannot be farmed.
RESEND_AFTER = 60


def has_password_or_mfa(user) -> bool:
    """Can allauth ask this user again (its ``get_reauthentication_flows``), in one query?"""
    return user.has_usable_password() or Authenticator.objects.filter(user=user).exists()


def recently_confirmed_by_code(request) -> bool:
    """A login code or a confirmation code was typed in this session, recently enough."""
    timeout = account_settings.REAUTHENTICATION_TIMEOUT
    now = time.time()
    return any(
        record.get("method") == "code" and now - record.get("at", 0) < timeout
        for record in get_authentication_records(request, request.user)
    )


def confirm_url(request) -> str:
    """*Check that it is you*, then back to the page asked for."""
    query = urlencode({"next": request.get_full_path()})
    return f"{reverse('account_confirm_code')}?{query}"


def safe_next(request, default: str) -> str:
    """Where to go after the code: a page of this site only, never another site."""
    target = request.POST.get("next") or request.GET.get("next") or ""
    if target.startswith("/") and url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return target
    return default


def recent_authentication_required(view):
    """Let the view run only for a user who proved it is them in the last few minutes."""

    @wraps(view)
    def wrapped(request, *args, **kwargs):
        if has_password_or_mfa(request.user):
            if not did_recently_reauthenticate(request):
                raise ReauthenticationRequired()  # allauth's middleware asks again
        elif not recently_confirmed_by_code(request):
            return redirect(confirm_url(request))
        return view(request, *args, **kwargs)

    return wrapped


def code_confirmation_required(view):
    """Before one of allauth's account pages: a code-only user confirms by code first.

    Asked on the page itself (GET), before anything is typed, so nothing is lost.
    Users with a password or MFA are asked by allauth's own re-authentication.
    """

    @wraps(view)
    def wrapped(request, *args, **kwargs):
        user = request.user
        if (
            user.is_authenticated
            and not has_password_or_mfa(user)
            and not recently_confirmed_by_code(request)
        ):
            return redirect(confirm_url(request))
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


# allauth's pages that change how one logs in.
email = code_confirmation_required(account_views.email)
activate_totp = code_confirmation_required(totp_views.activate_totp)
