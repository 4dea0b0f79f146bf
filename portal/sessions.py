"""A user's logins (sessions): list them, end them, and end them when the account changes.

Each login is a Django session plus allauth's ``UserSession`` row (device, IP, last
seen) that lets the user see it. Ending a login deletes both, so the other browser's
next request finds no session and goes to the login page.

What ends sessions, and why (the receivers at the bottom):

- logging out: that session (Django deletes it; its row goes too);
- the account is deactivated: every session, wherever it is open;
- the password is changed, set or reset, an authenticator is added, removed or reset,
  an email address is added, removed or made primary: every *other* session. Whoever
  made the change is in front of this browser; a thief in another one is thrown out.
"""

import time

from allauth.account.signals import (
    email_added,
    email_changed,
    email_removed,
    password_changed,
    password_reset,
    password_set,
)
from allauth.mfa.signals import authenticator_added, authenticator_removed, authenticator_reset
from allauth.usersessions.adapter import get_adapter
from allauth.usersessions.models import UserSession
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.signals import user_logged_out
from django.contrib.sessions.models import Session
from django.db.models.signals import post_save
from django.dispatch import receiver
from django.utils import timezone

DB_SESSIONS = "django.contrib.sessions.backends.db"


def current_key(request) -> str | None:
    session = getattr(request, "session", None)
    return session.session_key if session is not None else None


def live_sessions(user) -> list[UserSession]:
    """The user's sessions that still work, oldest first; rows of ended ones are removed.

    With sessions in the database this is two queries, however many there are;
    allauth's own ``purge_and_list`` opens each session one by one.
    """
    if settings.SESSION_ENGINE != DB_SESSIONS:
        return sorted(UserSession.objects.purge_and_list(user), key=lambda s: s.created_at)
    alive = Session.objects.filter(expire_date__gt=timezone.now()).values("session_key")
    UserSession.objects.filter(user_id=user.pk).exclude(session_key__in=alive).delete()
    return list(UserSession.objects.filter(user_id=user.pk).order_by("created_at", "pk"))


def end_sessions(sessions) -> int:
    """Delete these logins: their Django session and their row. Returns how many."""
    sessions = list(sessions)
    get_adapter().end_sessions(sessions)
    return len(sessions)


def end_other_sessions(request, user) -> int:
    """End every login of ``user`` except the one making this request."""
    others = UserSession.objects.filter(user_id=user.pk)
    key = current_key(request)
    if key:
        others = others.exclude(session_key=key)
    return end_sessions(others)


def end_all_sessions(user) -> int:
    """End every login of ``user``, this one included (deactivation)."""
    return end_sessions(UserSession.objects.filter(user_id=user.pk))


def session_of(user, pk) -> UserSession | None:
    """One of the user's own logins by id; someone else's id finds nothing."""
    return UserSession.objects.filter(user_id=user.pk, pk=pk).first()


# When this process last wrote each session's activity. Process-local on purpose: no
# Redis round trip on every page, and with N web processes a session is written at
# most N times a period, which is still next to nothing. Cleared when it grows large.
_written: dict[str, float] = {}
_WRITTEN_MAX = 50_000


def mark_seen(session_key: str) -> bool:
    """True when this process has not written the session in the last period."""
    now = time.monotonic()
    last = _written.get(session_key)
    if last is not None and now - last < settings.USERSESSIONS_ACTIVITY_SECONDS:
        return False
    if len(_written) >= _WRITTEN_MAX:
        _written.clear()
    _written[session_key] = now
    return True


class ActivityMiddleware:
    """Keeps "last seen", IP and browser of each login, at most once per period.

    allauth's ``UserSessionsMiddleware`` with ``USERSESSIONS_TRACK_ACTIVITY`` writes
    on every request (four queries); this one writes when the period has passed,
    and costs no query otherwise. A login made outside allauth (an admin's
    ``force_login``, a test) gets its row on its first request.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        key = current_key(request)
        if key and request.user.is_authenticated and mark_seen(key):
            UserSession.objects.create_from_request(request)
        return self.get_response(request)


@receiver(user_logged_out, dispatch_uid="portal.sessions.logged_out")
def forget_logged_out_session(sender, request, user, **kwargs):
    """Django deletes the session on logout; the row that showed it goes with it."""
    key = current_key(request)
    if key:
        UserSession.objects.filter(session_key=key).delete()


@receiver(post_save, sender=get_user_model(), dispatch_uid="portal.sessions.deactivated")
def end_sessions_of_inactive_user(sender, instance, update_fields=None, **kwargs):
    """A deactivated account is logged out everywhere, at once.

    Django already refuses an inactive user on the next request; deleting the
    sessions also removes what they hold and shows nothing on the sessions page.
    A ``QuerySet.update(is_active=False)`` sends no signal: use ``save()``.
    """
    if instance.is_active or (update_fields is not None and "is_active" not in update_fields):
        return
    end_all_sessions(instance)


@receiver(password_changed, dispatch_uid="portal.sessions.password_changed")
@receiver(password_set, dispatch_uid="portal.sessions.password_set")
@receiver(password_reset, dispatch_uid="portal.sessions.password_reset")
@receiver(authenticator_added, dispatch_uid="portal.sessions.authenticator_added")
@receiver(authenticator_removed, dispatch_uid="portal.sessions.authenticator_removed")
@receiver(authenticator_reset, dispatch_uid="portal.sessions.authenticator_reset")
@receiver(email_added, dispatch_uid="portal.sessions.email_added")
@receiver(email_removed, dispatch_uid="portal.sessions.email_removed")
@receiver(email_changed, dispatch_uid="portal.sessions.email_changed")
def end_other_sessions_after_account_change(sender, request, user, **kwargs):
    """The way in changed: logins elsewhere end; the browser that made the change stays."""
    end_other_sessions(request, user)
