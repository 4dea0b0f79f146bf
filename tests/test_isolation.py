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
    """A page of one programme, open to these roles (empty: open to everyone)."""

    roles: frozenset = frozenset()


STAFF_AND_MENTOR = frozenset({"coordinator", "admin", "mentor", "municipality_officer"})

URLS = {
    "home": Platform(),
    "landing": Platform(login=True),
    "set_language": Platform(method="post"),
    "programmes:public": ProgrammePage(),
    "programmes:overview": ProgrammePage(STAFF_AND_MENTOR),
    "participants:home": ProgrammePage(frozenset({"participant"})),
    "participants:list": ProgrammePage(frozenset({"coordinator", "admin"})),
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


def url(name, programme):
    return reverse(name, kwargs={"programme": programme.slug})


@pytest.mark.parametrize("name", PROTECTED)
def test_anonymous_visitors_go_to_login(client, world, name):
    response = client.get(url(name, world.programme))
    assert response.status_code == 302
    assert response.url.startswith(reverse("account_login"))


@pytest.mark.parametrize("name", PROTECTED)
@pytest.mark.parametrize("role", ROLES)
def test_each_role_of_the_programme_gets_the_page_or_403(client, world, name, role):
    log_in(client, world.users[role])
    response = client.get(url(name, world.programme))
    expected = 200 if role in URLS[name].roles else 403
    assert response.status_code == expected


@pytest.mark.parametrize("name", PROTECTED)
@pytest.mark.parametrize("role", ROLES)
def test_every_role_of_another_programme_gets_404(client, world, other_world, name, role):
    log_in(client, other_world.users[role])
    response = client.get(url(name, world.programme))
    assert response.status_code == 404


@pytest.mark.parametrize("name", PROTECTED)
def test_an_outsider_gets_404(client, world, outsider, name):
    log_in(client, outsider)
    assert client.get(url(name, world.programme)).status_code == 404


@pytest.mark.parametrize("name", PROGRAMME_PAGES)
def test_an_unknown_programme_is_404(client, world, name):
    log_in(client, world.users["coordinator"])
    response = client.get(reverse(name, kwargs={"programme": "no-such-programme"}))
    assert response.status_code == 404


@pytest.mark.parametrize("name", PROGRAMME_PAGES)
@pytest.mark.parametrize("role", ROLES)
def test_an_inactive_programme_is_404_even_for_its_members(client, world, name, role):
    with scopes_disabled():
        world.programme.is_active = False
        world.programme.save()
    log_in(client, world.users[role])
    assert client.get(url(name, world.programme)).status_code == 404


@pytest.mark.parametrize("name", [n for n in PROGRAMME_PAGES if not URLS[n].roles])
def test_public_programme_pages_open_to_everyone(client, world, name):
    assert client.get(url(name, world.programme)).status_code == 200


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
