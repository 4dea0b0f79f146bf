"""The Django admin: platform admins only, behind allauth, across all programmes."""

import pytest
from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret
from django.urls import reverse
from django_scopes import scopes_disabled

from tests.conftest import log_in
from tests.factories import UserFactory

CHANGELISTS = [
    "admin:programmes_programme_changelist",
    "admin:programmes_membership_changelist",
    "admin:programmes_municipality_changelist",
    "admin:participants_participant_changelist",
    "admin:portal_user_changelist",
    "admin:privacy_erasurerequest_changelist",
]


@pytest.fixture
def platform_admin(db):
    with scopes_disabled():
        user = UserFactory(email="platform@example.org", is_staff=True, is_superuser=True)
        TOTP.activate(user, generate_totp_secret())
        return user


@pytest.mark.parametrize("name", CHANGELISTS)
def test_a_platform_admin_sees_every_programme(client, worlds, platform_admin, name):
    log_in(client, platform_admin)
    response = client.get(reverse(name))
    assert response.status_code == 200


def test_the_participant_list_spans_programmes(client, worlds, platform_admin):
    log_in(client, platform_admin)
    content = client.get(reverse("admin:participants_participant_changelist")).content.decode()
    assert worlds["a"].participant.number in content
    assert worlds["b"].participant.number in content


def test_a_programme_change_page_shows_the_three_languages(client, worlds, platform_admin):
    log_in(client, platform_admin)
    url = reverse("admin:programmes_programme_change", args=[worlds["a"].programme.pk])
    content = client.get(url).content.decode()
    for field in ("name_nl", "name_en", "name_ar", "description_ar"):
        assert f'name="{field}"' in content


@pytest.mark.parametrize("role", ["participant", "coordinator", "admin", "municipality_officer"])
def test_programme_roles_do_not_get_into_the_platform_admin(client, world, role):
    log_in(client, world.users[role])
    response = client.get(reverse("admin:index"))
    assert response.status_code in (302, 403)
    assert client.get(reverse(CHANGELISTS[0])).status_code in (302, 403)


def test_a_platform_admin_without_a_second_factor_must_set_one_up(client, db):
    with scopes_disabled():
        user = UserFactory(email="new-admin@example.org", is_staff=True, is_superuser=True)
    client.force_login(user)
    response = client.get(reverse("admin:index"))
    assert response.status_code == 302
    assert response.url.startswith(reverse("mfa_activate_totp"))


def test_a_platform_admin_with_mfa_must_confirm_it_in_this_session(client, platform_admin):
    client.force_login(platform_admin)  # password only
    response = client.get(reverse("admin:index"))
    assert response.url.startswith(reverse("mfa_reauthenticate"))
