"""Who may open a programme page. One decorator, used by every programme view.

- not logged in: to the login page;
- no role in this programme (an outsider, or someone from another programme): 404,
  so nothing tells them what exists here;
- a role in this programme, but not one the page is for: 403;
- a staff role (coordinator, municipality officer, admin) without a second
  factor in this session: first set up or confirm MFA, before any personal data.
"""

from functools import wraps

from allauth.account.authentication import get_authentication_records
from allauth.mfa.models import Authenticator
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.http import urlencode

from programmes.models import STAFF_ROLES


def used_mfa_this_session(request) -> bool:
    records = get_authentication_records(request, request.user)
    return any(record.get("method") == "mfa" for record in records)


def mfa_gate(request):
    """A redirect to MFA set-up or confirmation for staff, or None when all is well."""
    if not request.roles & STAFF_ROLES:
        return None
    return mfa_redirect(request)


def mfa_redirect(request):
    """Send a logged-in user without a second factor in this session to set up or confirm it."""
    next_query = urlencode({"next": request.get_full_path()})
    if not Authenticator.objects.filter(user=request.user, type=Authenticator.Type.TOTP).exists():
        return redirect(f"{reverse('mfa_activate_totp')}?{next_query}")
    if not used_mfa_this_session(request):
        return redirect(f"{reverse('mfa_reauthenticate')}?{next_query}")
    return None


def role_required(*roles):
    """Allow the view to members of ``request.programme`` with one of ``roles``."""
    allowed = frozenset(str(role) for role in roles)

    def decorator(view):
        @wraps(view)
        def wrapped(request, *args, **kwargs):
            if not request.user.is_authenticated:
                return redirect_to_login(request.get_full_path())
            if not request.roles:
                raise Http404("Not a member of this programme.")
            if not request.roles & allowed:
                raise PermissionDenied
            gate = mfa_gate(request)
            if gate is not None:
                return gate
            return view(request, *args, **kwargs)

        wrapped.allowed_roles = allowed
        return wrapped

    return decorator
