"""Test kinds and small helpers for the inbox, outbox and digest tests (helper CORE).

The kinds write the active language into their text, so a test can see that a
notification was rendered in the reader's language without a catalogue.
"""

from contextlib import contextmanager

from django.utils.translation import get_language, gettext_lazy
from django_scopes import scope, scopes_disabled

from notifications import kinds
from notifications.services import notify

EMAIL_KIND = "test_appointment"
INBOX_ONLY_KIND = "test_inbox_only"


@contextmanager
def temporary_kinds():
    registered = [
        kinds.register(
            kinds.Kind(
                code=EMAIL_KIND,
                label=gettext_lazy("An appointment (test)"),
                title=lambda c: f"[{get_language()}] Appointment {c.get('what', '')}",
                body=lambda c: f"[{get_language()}] Come on {c.get('on', '?')}.",
            )
        ),
        kinds.register(
            kinds.Kind(
                code=INBOX_ONLY_KIND,
                label=gettext_lazy("Something for coordinators (test)"),
                title=lambda c: f"[{get_language()}] For coordinators {c.get('what', '')}",
                body=lambda c: "Have a look.",
                audience=frozenset({"coordinator", "admin"}),
            )
        ),
    ]
    try:
        yield registered
    finally:
        for kind in registered:
            kinds.unregister(kind.code)


def reads_english(user):
    """The tests compare English texts; the catalogues translate them for Dutch readers."""
    with scopes_disabled():
        user.language = "en"
        user.save(update_fields=["language"])
    return user


def remind(world, role="participant", *, kind=EMAIL_KIND, key="thing:1", due_on=None, **context):
    """notify() someone of ``world`` about a test thing; returns what notify returns.

    Inside the programme's scope, as the reminder scan calls it.
    """
    with scope(programme=world.programme):
        return notify(
            recipient=world.users[role],
            programme=world.programme,
            kind=kind,
            subject_key=key,
            due_on=due_on,
            link=f"/{world.programme.slug}/me/",
            context={"what": key, **context},
        )
