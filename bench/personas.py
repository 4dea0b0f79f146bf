"""Who the benchmarks are, and the pages they open, in the seeded programme.

Sessions are made directly in the session store, as tests/conftest.py ``log_in``
does: logged in, and with an MFA record for staff, so no page asks for a code.
The same session keys work for the in-process client and for a real server.
"""

import time
from dataclasses import dataclass
from urllib.parse import urlencode

from bench.database import PERSONA_PROGRAMME

# The persona: the first bulk participant of the programme, seeded with a rich file.
PARTICIPANT_EMAIL = f"deelnemer00000@{PERSONA_PROGRAMME}.bench.example"
COORDINATOR_EMAIL = f"coordinator@{PERSONA_PROGRAMME}.zorgroute.example"
OFFICER_EMAIL = f"municipality-officer@{PERSONA_PROGRAMME}.zorgroute.example"
SEARCH_WORD = "yusuf"  # a common name in the seed: the list finds people at every scale
INTAKE_SEARCH = "am"  # part of many names: the queue finds applications at every scale


@dataclass(frozen=True)
class Page:
    name: str
    persona: str  # participant, coordinator, officer
    path: str
    participant_page: bool = False  # counts for the transfer budget (a phone, paid data)


def pages() -> list[Page]:
    """The key pages, with the URLs of the seeded persona (call after Django is set up)."""
    from django.urls import reverse
    from django_scopes import scopes_disabled

    from participants.models import Participant
    from programmes.models import Programme

    programme = Programme.objects.get(slug=PERSONA_PROGRAMME)
    slug = {"programme": programme.slug}
    with scopes_disabled():
        participant = Participant.objects.get(user__email=PARTICIPANT_EMAIL)
        stage = programme.stages.order_by("position")[1 if programme.stages.count() > 1 else 0]
    mine = [
        ("participant home (my route)", "participants:home"),
        ("my barriers", "barriers:mine"),
        ("my language", "participants:my_progress"),
        ("my skills", "participants:my_skills"),
        ("my permissions", "participants:my_consent"),
        ("my dossier", "dossiers:mine"),
        ("who looked", "audit:my_log"),
    ]
    result = [Page(name, "participant", reverse(url, kwargs=slug), True) for name, url in mine]
    participant_list = reverse("participants:list", kwargs=slug)
    result += [
        Page(
            "coordinator list, filtered",
            "coordinator",
            f"{participant_list}?{urlencode({'stage': stage.key, 'q': SEARCH_WORD})}",
        ),
        Page("coordinator list, page 400", "coordinator", f"{participant_list}?page=400"),
        Page(
            "intake queue, filtered",
            "coordinator",
            reverse("participants:intake_queue", kwargs=slug)
            + "?"
            + urlencode({"status": "submitted", "q": INTAKE_SEARCH, "sort": "newest"}),
        ),
        Page(
            "participant page",
            "coordinator",
            reverse("participants:participant_detail", kwargs={**slug, "pk": participant.pk}),
        ),
        Page("programme overview", "coordinator", reverse("programmes:overview", kwargs=slug)),
        Page("municipality list", "officer", reverse("municipality:list")),
    ]
    return result


def session_keys() -> dict[str, str]:
    """persona -> a fresh session key, logged in (and past MFA for staff)."""
    from allauth.mfa.models import Authenticator
    from django.conf import settings
    from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
    from django.contrib.sessions.backends.db import SessionStore

    from portal.models import User

    keys = {}
    emails = {
        "participant": PARTICIPANT_EMAIL,
        "coordinator": COORDINATOR_EMAIL,
        "officer": OFFICER_EMAIL,
    }
    for persona, email in emails.items():
        user = User.objects.get(email=email)
        if persona == "participant" and user.language != "nl":
            # Every run reads the same language, so bytes compare between runs.
            User.objects.filter(pk=user.pk).update(language="nl")
        now = time.time()
        records = [{"method": "password", "at": now, "email": user.email}]
        if Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).exists():
            records.append({"method": "mfa", "at": now, "type": "totp"})
        session = SessionStore()
        session[SESSION_KEY] = str(user.pk)
        session[BACKEND_SESSION_KEY] = settings.AUTHENTICATION_BACKENDS[0]
        session[HASH_SESSION_KEY] = user.get_session_auth_hash()
        session["account_authentication_methods"] = records
        session["account_authentication_methods_user"] = str(user.pk)
        session.create()
        keys[persona] = session.session_key
    return keys
