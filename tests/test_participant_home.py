"""The participant's own page: their stage, their next step, their route."""

from django.urls import reverse
from django_scopes import scopes_disabled

from tests.conftest import log_in
from tests.factories import MembershipFactory, UserFactory


def home_url(world):
    return reverse("participants:home", kwargs={"programme": world.programme.slug})


def test_it_shows_the_current_stage_and_the_next_step(client, world):
    log_in(client, world.users["participant"])
    response = client.get(home_url(world))
    assert response.status_code == 200
    content = response.content.decode()
    assert "Amina" in content
    assert world.participant.number in content
    route = response.context["route"]
    assert route.current == world.stages[1]
    assert route.next_stage == world.stages[2]
    assert [row.state for row in route.timeline] == ["done", "current", "later"]
    assert 'aria-current="step"' in content


def test_it_shows_the_programme_texts_in_the_users_language(client, world):
    with scopes_disabled():
        world.users["participant"].language = "en"
        world.users["participant"].save()
    log_in(client, world.users["participant"])
    content = client.get(home_url(world)).content.decode()
    assert "Stage 2 of alpha" in content
    assert '<html lang="en" dir="ltr"' in content


def test_arabic_falls_back_to_english_then_dutch(client, world):
    with scopes_disabled():
        world.users["participant"].language = "ar"
        world.users["participant"].save()
    log_in(client, world.users["participant"])
    content = client.get(home_url(world)).content.decode()
    assert '<html lang="ar" dir="rtl"' in content
    assert "Stage 2 of alpha" in content  # no Arabic stage name: English is shown


def test_a_participant_member_without_a_file_gets_404(client, world):
    with scopes_disabled():
        user = UserFactory()
        MembershipFactory(user=user, programme=world.programme, role="participant")
    log_in(client, user)
    assert client.get(home_url(world)).status_code == 404
