"""Every URL, requested by every kind of person who should not see it.

The table below must name every URL pattern of the project (third-party apps
aside). A new URL without an entry makes ``test_every_url_has_an_entry`` fail.
"""

from dataclasses import dataclass

import pytest
from django.urls import URLPattern, URLResolver, get_resolver, reverse
from django_scopes import scopes_disabled

from tests.conftest import ROLES, log_in


@dataclass(frozen=True)
class Platform:
    """A page outside any programme. ``login`` pages redirect anonymous visitors."""

    login: bool = False
    method: str = "get"


@dataclass(frozen=True)
class ProgrammePage:
    """A page of one programme, open to these roles (empty: open to everyone).

    ``kwargs`` gives the URL's other arguments from the world (an intake's id);
    ``ok`` is what an allowed role gets on a GET (405 for POST-only actions).
    """

    roles: frozenset = frozenset()
    kwargs: object = None
    ok: int = 200


@dataclass(frozen=True)
class ApplicantPage:
    """Anyone logged in may apply to any programme; the page only shows their own application."""

    ok: tuple = (200, 302)


STAFF_AND_MENTOR = frozenset({"coordinator", "admin", "mentor", "municipality_officer"})
REVIEWERS = frozenset({"coordinator", "admin"})
ADMINS = frozenset({"admin"})
MENTORS = frozenset({"mentor"})
PARTICIPANTS = frozenset({"participant"})
EVERYONE = frozenset(ROLES)  # every role of the programme (the inbox)


def intake(world):
    return {"pk": world.intake.pk}


def intake_document(world):
    return {"pk": world.intake.pk, "document": world.intake_document.pk}


def step(world):
    return {"step": "personal"}


def participant(world):
    return {"pk": world.participant.pk}


def follow_up(world):
    return {"pk": world.participant.pk, "job": world.placement.pk, "month": 3}


def internship(world):
    return {"pk": world.internship.pk}


def session(world):
    return {"pk": world.session.pk}


def barrier(world):
    return {"pk": world.participant.pk, "barrier": world.participant_barrier.pk}


def my_barrier(world):
    return {"barrier": world.participant_barrier.pk}


def credential(world):
    return {"pk": world.participant.pk, "credential": world.credential.pk}


def dossier(world):
    return {"pk": world.dossier.pk}


def setting(world):
    return {"kind": "stages", "pk": world.stages[0].pk}


def setting_kind(world):
    return {"kind": "criteria"}


def key_date(world):
    return {"pk": world.participant.pk, "key_date": world.key_date.pk}


def consent_purpose(world):
    return {"purpose": "research"}


def erasure_request(world):
    """An open request of the world's participant, made the first time a URL needs one."""
    from privacy.models import ErasureRequest

    if hasattr(world, "erasure_request"):  # a world that brings its own (tests/test_demo.py)
        return {"pk": world.erasure_request.pk}

    with scopes_disabled():
        found, _ = ErasureRequest.objects.get_or_create(
            programme=world.programme,
            participant=world.participant,
            status="open",
            defaults={
                "participant_number": world.participant.number,
                "requested_at": world.participant.created_at,
            },
        )
    return {"pk": found.pk}


URLS = {
    "home": Platform(),
    "landing": Platform(login=True),
    "set_language": Platform(method="post"),
    "programmes:public": ProgrammePage(),
    "programmes:overview": ProgrammePage(STAFF_AND_MENTOR),
    "participants:home": ProgrammePage(frozenset({"participant"})),
    "participants:list": ProgrammePage(REVIEWERS),
    "programmes:settings": ProgrammePage(ADMINS),
    "programmes:settings_new": ProgrammePage(ADMINS, setting_kind),
    "programmes:settings_edit": ProgrammePage(ADMINS, setting),
    "programmes:settings_delete": ProgrammePage(ADMINS, setting),
    "programmes:consent_texts": ProgrammePage(ADMINS),
    "notifications:reminder_settings": ProgrammePage(ADMINS),
    "programmes:consent_text_new": ProgrammePage(ADMINS, consent_purpose),
    "participants:apply": ApplicantPage(),
    "participants:apply_check": ApplicantPage(),
    "participants:apply_step": ApplicantPage(),
    "participants:application": ApplicantPage(),
    "participants:intake_queue": ProgrammePage(REVIEWERS),
    # Many people's data in one file: first the password or code again (allauth's page).
    "participants:intake_export": ProgrammePage(REVIEWERS, ok=302),
    "participants:intake_detail": ProgrammePage(REVIEWERS, intake),
    "participants:intake_review": ProgrammePage(REVIEWERS, intake, ok=405),
    "participants:intake_decide": ProgrammePage(REVIEWERS, intake, ok=405),
    "participants:intake_proposal": ProgrammePage(REVIEWERS, intake, ok=405),
    "participants:intake_document": ProgrammePage(REVIEWERS, intake_document),
    "participants:participant_detail": ProgrammePage(REVIEWERS | MENTORS, participant),
    "participants:participant_stage": ProgrammePage(REVIEWERS, participant, ok=405),
    "participants:participant_schedule": ProgrammePage(REVIEWERS, participant, ok=405),
    "participants:participant_diploma": ProgrammePage(REVIEWERS, participant, ok=405),
    "participants:participant_note": ProgrammePage(REVIEWERS, participant, ok=405),
    "participants:participant_internship": ProgrammePage(REVIEWERS, participant, ok=405),
    "participants:participant_housing": ProgrammePage(REVIEWERS, participant, ok=405),
    "participants:participant_job": ProgrammePage(REVIEWERS, participant, ok=405),
    "participants:participant_follow_up": ProgrammePage(REVIEWERS, follow_up, ok=405),
    "participants:mentor_home": ProgrammePage(MENTORS),
    "participants:mentor_internship": ProgrammePage(MENTORS, internship),
    "participants:mentor_attendance": ProgrammePage(MENTORS, internship, ok=405),
    "participants:mentor_evaluation": ProgrammePage(MENTORS, internship, ok=405),
    "participants:session_list": ProgrammePage(REVIEWERS),
    "participants:session_detail": ProgrammePage(REVIEWERS, session),
    "participants:housing_units": ProgrammePage(REVIEWERS),
    "participants:participant_languages": ProgrammePage(REVIEWERS, participant),
    "participants:participant_credentials": ProgrammePage(REVIEWERS, participant),
    "participants:participant_credential": ProgrammePage(REVIEWERS, credential),
    "participants:participant_skills": ProgrammePage(REVIEWERS | MENTORS, participant),
    "participants:participant_key_dates": ProgrammePage(REVIEWERS, participant),
    "participants:participant_key_date_remove": ProgrammePage(REVIEWERS, key_date, ok=405),
    "participants:my_progress": ProgrammePage(PARTICIPANTS),
    "participants:my_skills": ProgrammePage(PARTICIPANTS),
    "participants:my_consent": ProgrammePage(PARTICIPANTS),
    "barriers:catalogue": ProgrammePage(REVIEWERS),
    "barriers:participant": ProgrammePage(REVIEWERS, participant),
    "barriers:detail": ProgrammePage(REVIEWERS, barrier),
    "barriers:status": ProgrammePage(REVIEWERS, barrier, ok=405),
    "barriers:action": ProgrammePage(REVIEWERS, barrier, ok=405),
    "barriers:edit": ProgrammePage(REVIEWERS, barrier, ok=405),
    "barriers:mine": ProgrammePage(PARTICIPANTS),
    "barriers:share_in_dossier": ProgrammePage(PARTICIPANTS, my_barrier, ok=405),
    "barriers:insights": ProgrammePage(REVIEWERS),
    "barriers:export": ProgrammePage(REVIEWERS),
    "dossiers:mine": ProgrammePage(PARTICIPANTS),
    "dossiers:participant": ProgrammePage(REVIEWERS, participant),
    "dossiers:download": ProgrammePage(REVIEWERS | PARTICIPANTS, dossier),
    # The municipality's pages span programmes: tests/dossier/test_municipality.py
    # requests each as every role of both programmes, an outsider and the other officer.
    "municipality:list": Platform(login=True),
    "municipality:make_dossier": Platform(login=True, method="post"),
    "municipality:dossier": Platform(login=True),
    "municipality:dossier_download": Platform(login=True),
    "municipality:new_export": Platform(login=True, method="post"),
    "municipality:export": Platform(login=True),
    "municipality:export_download": Platform(login=True),
    "audit:my_log": ProgrammePage(PARTICIPANTS),
    "audit:log": ProgrammePage(REVIEWERS),
    "privacy:my_data": ProgrammePage(PARTICIPANTS),
    # The world's participant has a password: the code page sends them on (302), and
    # the downloads ask for the password again first (302).
    "privacy:my_data_json": ProgrammePage(PARTICIPANTS, ok=302),
    "privacy:my_data_pdf": ProgrammePage(PARTICIPANTS, ok=302),
    "notifications:inbox": ProgrammePage(EVERYONE),
    "notifications:read": ProgrammePage(EVERYONE, ok=405),
    "notifications:read_all": ProgrammePage(EVERYONE, ok=405),
    "preferences:edit": Platform(login=True),
    # A user's own logins; another user's session id is a 404 (tests/security/test_sessions.py).
    "account_sessions:list": Platform(login=True),
    "account_confirm_code": Platform(login=True),
    "account_sessions:end": Platform(login=True, method="post"),
    "account_sessions:end_others": Platform(login=True, method="post"),
    # allauth's pages behind portal.reauth (tests/security/test_sessions.py).
    "account_email": Platform(login=True),
    "mfa_activate_totp": Platform(login=True),
    "privacy:erasure": ProgrammePage(PARTICIPANTS),
    "privacy:requests": ProgrammePage(REVIEWERS),
    "privacy:request_detail": ProgrammePage(REVIEWERS, erasure_request),
}
EXTRA_KWARGS = {
    "participants:apply_step": step,
    # A GET is refused (405) before the id is looked up; the cross-user and cross-programme
    # 404s of real ids are in tests/reminders/test_inbox.py.
    "notifications:read": lambda world: {"pk": 1},
}

# Third-party URL modules with their own tests; the admin is checked in test_admin.py.
EXEMPT_MODULES = ("allauth.", "django.contrib.admin.")


def project_url_names(resolver=None, namespace=""):
    resolver = resolver or get_resolver()
    for entry in resolver.url_patterns:
        if isinstance(entry, URLResolver):
            module = getattr(entry.urlconf_module, "__name__", "")
            if module.startswith(EXEMPT_MODULES) or entry.namespace == "admin":
                continue
            inner = f"{namespace}{entry.namespace}:" if entry.namespace else namespace
            yield from project_url_names(entry, inner)
        elif isinstance(entry, URLPattern):
            yield (
                f"{namespace}{entry.name}"
                if entry.name
                else f"{namespace}<unnamed {entry.pattern}>"
            )


def test_every_url_has_an_entry():
    assert set(project_url_names()) == set(URLS)


PROGRAMME_PAGES = [name for name, rule in URLS.items() if isinstance(rule, ProgrammePage)]
PROTECTED = [name for name in PROGRAMME_PAGES if URLS[name].roles]
APPLICANT_PAGES = [name for name, rule in URLS.items() if isinstance(rule, ApplicantPage)]


def url(name, programme, world=None):
    """The URL of ``name`` in ``programme``, with ids taken from ``world``."""
    kwargs = {"programme": programme.slug}
    rule = URLS[name]
    extra = getattr(rule, "kwargs", None) or EXTRA_KWARGS.get(name)
    if extra is not None:
        kwargs.update(extra(world))
    return reverse(name, kwargs=kwargs)


@pytest.mark.parametrize("name", PROTECTED)
def test_anonymous_visitors_go_to_login(client, world, name):
    response = client.get(url(name, world.programme, world))
    assert response.status_code == 302
    assert response.url.startswith(reverse("account_login"))


@pytest.mark.parametrize("name", PROTECTED)
@pytest.mark.parametrize("role", ROLES)
def test_each_role_of_the_programme_gets_the_page_or_403(client, world, name, role):
    log_in(client, world.users[role])
    response = client.get(url(name, world.programme, world))
    expected = URLS[name].ok if role in URLS[name].roles else 403
    assert response.status_code == expected


@pytest.mark.parametrize("name", PROTECTED)
@pytest.mark.parametrize("role", ROLES)
def test_every_role_of_another_programme_gets_404(client, world, other_world, name, role):
    log_in(client, other_world.users[role])
    response = client.get(url(name, world.programme, world))
    assert response.status_code == 404


ID_PAGES = [
    (name, role)
    for name in PROTECTED
    if URLS[name].kwargs not in (None, setting_kind, consent_purpose)
    for role in sorted(URLS[name].roles)
]


@pytest.mark.parametrize(("name", "role"), ID_PAGES)
def test_an_id_of_another_programme_is_404_in_your_own(client, world, other_world, name, role):
    log_in(client, other_world.users[role])
    # Beta's reviewer, on beta's own pages, with alpha's ids.
    response = client.get(url(name, other_world.programme, world))
    assert response.status_code == 404


@pytest.mark.parametrize("name", PROTECTED)
def test_an_outsider_gets_404(client, world, outsider, name):
    log_in(client, outsider)
    assert client.get(url(name, world.programme, world)).status_code == 404


@pytest.mark.parametrize("name", PROGRAMME_PAGES + APPLICANT_PAGES)
def test_an_unknown_programme_is_404(client, world, name):
    log_in(client, world.users["coordinator"])
    good = url(name, world.programme, world)
    response = client.get(good.replace("/alpha/", "/no-such-programme/", 1))
    assert response.status_code == 404


@pytest.mark.parametrize("name", PROGRAMME_PAGES + APPLICANT_PAGES)
@pytest.mark.parametrize("role", ROLES)
def test_an_inactive_programme_is_404_even_for_its_members(client, world, name, role):
    target = url(name, world.programme, world)
    with scopes_disabled():
        world.programme.is_active = False
        world.programme.save()
    log_in(client, world.users[role])
    assert client.get(target).status_code == 404


@pytest.mark.parametrize("name", [n for n in PROGRAMME_PAGES if not URLS[n].roles])
def test_public_programme_pages_open_to_everyone(client, world, name):
    assert client.get(url(name, world.programme, world)).status_code == 200


@pytest.mark.parametrize("name", APPLICANT_PAGES)
def test_applicant_pages_send_anonymous_visitors_to_login(client, world, name):
    response = client.get(url(name, world.programme, world))
    assert response.status_code == 302
    assert reverse("account_login") in response.url or reverse("account_signup") in response.url


@pytest.mark.parametrize("name", APPLICANT_PAGES)
@pytest.mark.parametrize("who", ["other-programme", "outsider", "same-programme"])
def test_applicant_pages_never_show_someone_elses_application(
    client, world, other_world, outsider, name, who
):
    user = {
        "other-programme": other_world.users["coordinator"],
        "outsider": outsider,
        "same-programme": world.users["mentor"],
    }[who]
    log_in(client, user)
    response = client.get(url(name, world.programme, world), follow=True)
    assert response.status_code == 200
    content = response.content.decode()
    assert world.intake.family_name not in content
    assert world.intake.reference not in content


def test_platform_pages(client, world):
    assert client.get(reverse("home")).status_code == 200
    assert client.get(reverse("landing")).status_code == 302
    assert client.get(reverse("set_language")).status_code == 405


def test_staff_without_mfa_in_this_session_must_confirm_it_first(client, world):
    client.force_login(world.users["coordinator"])  # password only, no second factor
    response = client.get(url("participants:list", world.programme))
    assert response.status_code == 302
    assert response.url.startswith(reverse("mfa_reauthenticate"))


def test_staff_without_an_authenticator_must_set_one_up(client, world):
    coordinator = world.users["coordinator"]
    with scopes_disabled():
        coordinator.authenticator_set.all().delete()
    client.force_login(coordinator)
    response = client.get(url("participants:list", world.programme))
    assert response.status_code == 302
    assert response.url.startswith(reverse("mfa_activate_totp"))
