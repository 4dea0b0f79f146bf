"""The kinds of notification: what each is called and how it reads, in the reader's language.

A kind is registered once, at import time, by the module that makes that
kind of notification (the reminder rules). The inbox, the emails and the
preferences page only look kinds up here, so they never need to know the rules.

``title`` and ``body`` receive the notification's ``context`` (plain JSON:
strings, numbers, ISO dates) and are called inside
``translation.override(reader's language)``, so they must call gettext *inside*
the function, never at import time.
"""

from collections.abc import Callable
from dataclasses import dataclass, field
from importlib import import_module
from importlib.util import find_spec

from django.utils.translation import gettext


@dataclass(frozen=True)
class Kind:
    code: str  # e.g. "intake_waiting"; stored on the notification
    label: str  # lazy gettext: what the reminder is about, for the preferences page
    title: Callable[[dict], str]  # short text
    body: Callable[[dict], str]  # one or two plain sentences (B1)
    # Optional: the roles (and "applicant") who can get this kind. The preferences
    # page shows a person only the kinds for their roles; empty means everyone.
    audience: frozenset = field(default_factory=frozenset)


_REGISTRY: dict[str, Kind] = {}


def register(kind: Kind) -> Kind:
    """Add ``kind`` (or replace the one with the same code) and return it."""
    _REGISTRY[kind.code] = kind
    return kind


def unregister(code: str) -> None:
    """Take a kind out again (for tests that register their own)."""
    _REGISTRY.pop(code, None)


def get(code: str) -> Kind:
    """The kind with this code; ``LookupError`` when nobody registered it."""
    try:
        return _REGISTRY[code]
    except KeyError:
        raise LookupError(f"No notification kind {code!r} is registered.") from None


def all_kinds() -> list[Kind]:
    """Every registered kind, in the order they were registered."""
    return list(_REGISTRY.values())


def render(code: str, context: dict) -> tuple[str, str]:
    """Title and body of a notification in the active language.

    A kind that is no longer registered (its rule was removed, old rows remain)
    still shows, with a general text, instead of breaking the inbox.
    """
    kind = _REGISTRY.get(code)
    if kind is None:
        return gettext("A reminder"), gettext("Open it to see what it is about.")
    return kind.title(context), kind.body(context)


def autodiscover() -> None:
    """Import the reminder rules, which register their kinds (called from AppConfig.ready)."""
    if find_spec("notifications.rules") is not None:
        import_module("notifications.rules")
