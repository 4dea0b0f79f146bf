"""Where a user lands after login, and the platform home."""

from django.urls import reverse
from django_scopes import scopes_disabled

from tests.conftest import log_in
from tests.factories import MembershipFactory


def test_a_participant_lands_on_their_route(client, world):
    log_in(client, world.users["participant"])
    response = client.get(reverse("landing"))
    assert response.url == reverse("participants:home", kwargs={"programme": "alpha"})


def test_a_coordinator_lands_on_the_participant_list(client, world):
    log_in(client, world.users["coordinator"])
    assert client.get(reverse("landing")).url == reverse(
        "participants:list", kwargs={"programme": "alpha"}
    )


def test_a_mentor_lands_on_their_participants(client, world):
    log_in(client, world.users["mentor"])
    assert client.get(reverse("landing")).url == reverse(
        "participants:mentor_home", kwargs={"programme": "alpha"}
    )


def test_someone_in_two_programmes_chooses_on_the_home_page(client, world, other_world):
    coordinator = world.users["coordinator"]
    with scopes_disabled():
        MembershipFactory(user=coordinator, programme=other_world.programme, role="coordinator")
    log_in(client, coordinator)
    assert client.get(reverse("landing")).url == reverse("home")
    content = client.get(reverse("home")).content.decode()
    assert reverse("participants:list", kwargs={"programme": "alpha"}) in content
    assert reverse("participants:list", kwargs={"programme": "beta"}) in content


def test_the_home_page_lists_active_programmes_only(client, world, other_world):
    with scopes_disabled():
        other_world.programme.is_active = False
        other_world.programme.save()
    content = client.get(reverse("home")).content.decode()
    assert "/alpha/" in content
    assert "/beta/" not in content
