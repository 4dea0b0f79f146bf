"""Helpers for the reminder rule and scan tests: run the scan on a day, read what it made."""

import datetime
from zoneinfo import ZoneInfo

import time_machine
from django.utils import translation
from django_scopes import scope, scopes_disabled

from notifications import kinds
from notifications.models import Notification
from notifications.scan import scan_programme

AMSTERDAM = ZoneInfo("Europe/Amsterdam")


def at(day: datetime.date, hour=6, minute=5) -> datetime.datetime:
    """A moment on ``day`` in Amsterdam: by default when the morning's scan runs."""
    return datetime.datetime.combine(day, datetime.time(hour, minute), tzinfo=AMSTERDAM)


def scan_on(world, day: datetime.date, hour=6) -> dict:
    """Travel to ``day`` (06:05 in Amsterdam) and run the scan of ``world``'s programme."""
    with time_machine.travel(at(day, hour), tick=False), scope(programme=world.programme):
        return scan_programme(world.programme)


def made(kind: str, recipient=None) -> list[Notification]:
    """The notifications of ``kind`` (for ``recipient``), oldest first."""
    with scopes_disabled():
        rows = Notification.objects.filter(kind=kind).select_related("recipient", "programme")
        if recipient is not None:
            rows = rows.filter(recipient=recipient)
        return list(rows.order_by("created_at", "pk"))


def recipients(kind: str) -> list:
    return sorted(n.recipient.email for n in made(kind))


def words(notification) -> tuple[str, str]:
    """Title and body as the recipient reads them: in their own language."""
    with translation.override(notification.recipient.language):
        kind = kinds.get(notification.kind)
        return kind.title(notification.context), kind.body(notification.context)


def set_language(user, language):
    with scopes_disabled():
        user.language = language
        user.save(update_fields=["language"])
