"""The participant chooses which of their barriers go into their skills dossier."""

import pytest
from django.urls import reverse
from django.utils import timezone
from django_scopes import scopes_disabled

from barriers.models import BarrierEvent, ParticipantBarrier
from tests.conftest import log_in
from tests.factories import ParticipantFactory
from tests.intake.coordinator import log_in_in_english


def share_url(world, barrier):
    return reverse(
        "barriers:share_in_dossier",
        kwargs={"programme": world.programme.slug, "barrier": barrier.pk},
    )


def reload(barrier):
    with scopes_disabled():
        return ParticipantBarrier.objects.get(pk=barrier.pk)


@pytest.fixture
def participant(client, world):
    return log_in_in_english(client, world.users["participant"])


def test_a_barrier_is_not_in_the_dossier_until_the_participant_adds_it(participant, world):
    barrier = world.participant_barrier
    assert reload(barrier).in_dossier is False
    response = participant.post(share_url(world, barrier), {"in_dossier": "1"}, follow=True)
    assert response.redirect_chain[-1][0] == reverse(
        "barriers:mine", kwargs={"programme": world.programme.slug}
    )
    assert reload(barrier).in_dossier is True
    content = response.content.decode()
    assert "“Learning Dutch” is now in your dossier." in content
    assert "Take it out of my dossier" in content


def test_the_participant_can_take_it_out_again_and_the_history_says_who(participant, world):
    barrier = world.participant_barrier
    participant.post(share_url(world, barrier), {"in_dossier": "1"})
    participant.post(share_url(world, barrier), {"in_dossier": "0"})
    assert reload(barrier).in_dossier is False
    with scopes_disabled():
        events = list(BarrierEvent.objects.filter(barrier=barrier).order_by("pk"))
    assert [event.note for event in events] == [
        "The participant added it to their dossier.",
        "The participant took it out of their dossier.",
    ]
    assert {event.by for event in events} == {world.users["participant"]}


def test_the_same_choice_twice_changes_nothing(participant, world):
    barrier = world.participant_barrier
    participant.post(share_url(world, barrier), {"in_dossier": "1"})
    participant.post(share_url(world, barrier), {"in_dossier": "1"})
    with scopes_disabled():
        assert BarrierEvent.objects.filter(barrier=barrier).count() == 1


def test_the_page_explains_the_choice_and_offers_it_per_barrier(participant, world):
    url = reverse("barriers:mine", kwargs={"programme": world.programme.slug})
    content = participant.get(url).content.decode()
    assert "You choose what goes into your skills dossier." in content
    assert "This is not in your dossier." in content
    assert f'action="{share_url(world, world.participant_barrier)}"' in content
    assert "Add it to my dossier" in content


def test_a_get_changes_nothing(participant, world):
    response = participant.get(share_url(world, world.participant_barrier) + "?in_dossier=1")
    assert response.status_code == 405
    assert reload(world.participant_barrier).in_dossier is False


def test_a_barrier_staff_do_not_show_the_participant_cannot_be_added(participant, world):
    with scopes_disabled():
        ParticipantBarrier.objects.filter(pk=world.participant_barrier.pk).update(
            shared_with_participant=False
        )
    response = participant.post(share_url(world, world.participant_barrier), {"in_dossier": "1"})
    assert response.status_code == 404
    assert reload(world.participant_barrier).in_dossier is False


def test_someone_elses_barrier_is_not_found(participant, world, other_world):
    with scopes_disabled():
        someone = ParticipantFactory(programme=world.programme)
        theirs = ParticipantBarrier.objects.create(
            programme=world.programme,
            participant=someone,
            barrier_type=world.barrier_type,
            how_it_shows="Intern",
            identified_on=timezone.localdate(),
        )
    assert participant.post(share_url(world, theirs), {"in_dossier": "1"}).status_code == 404
    foreign = reverse(
        "barriers:share_in_dossier",
        kwargs={"programme": world.programme.slug, "barrier": other_world.participant_barrier.pk},
    )
    assert participant.post(foreign, {"in_dossier": "1"}).status_code == 404
    assert reload(theirs).in_dossier is False
    assert reload(other_world.participant_barrier).in_dossier is False


@pytest.mark.parametrize("role", ["coordinator", "mentor", "admin"])
def test_staff_cannot_choose_for_the_participant(client, world, role):
    log_in(client, world.users[role])
    response = client.post(share_url(world, world.participant_barrier), {"in_dossier": "1"})
    assert response.status_code == 403
    assert reload(world.participant_barrier).in_dossier is False
