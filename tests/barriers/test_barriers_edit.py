"""Changing who helps, by when, the next step and who sees a barrier, with history."""

import datetime

import pytest
from django_scopes import scopes_disabled

from barriers.models import BarrierEvent, ParticipantBarrier
from tests.barriers.test_barriers_lifecycle import barrier_url, log_in_in_english


@pytest.fixture
def coordinator(client, world):
    return log_in_in_english(client, world.users["coordinator"])


def reload(barrier):
    with scopes_disabled():
        return ParticipantBarrier.objects.get(pk=barrier.pk)


def test_a_coordinator_changes_owner_due_date_and_next_step(coordinator, world):
    mentor = world.users["mentor"]
    response = coordinator.post(
        barrier_url("edit", world),
        {
            "next_step": "Bel de taalschool.",
            "owner": mentor.pk,
            "due_on": "2026-12-15",
            "shared": "on",
        },
        follow=True,
    )
    assert "The changes are saved." in response.content.decode()
    barrier = reload(world.participant_barrier)
    assert (barrier.next_step, barrier.owner, barrier.due_on) == (
        "Bel de taalschool.",
        mentor,
        datetime.date(2026, 12, 15),
    )
    with scopes_disabled():
        event = BarrierEvent.objects.get(barrier=barrier)
    assert event.by == world.users["coordinator"]
    assert event.from_status == event.to_status == barrier.status
    assert "next step" in event.note
    assert "owner" in event.note


def test_saving_without_a_change_writes_no_history(coordinator, world):
    barrier = world.participant_barrier
    data = {
        "next_step": barrier.next_step,
        "owner": barrier.owner_id,
        "due_on": "",
        "shared": "on",
    }
    response = coordinator.post(barrier_url("edit", world), data, follow=True)
    assert "Nothing changed." in response.content.decode()
    with scopes_disabled():
        assert not BarrierEvent.objects.filter(barrier=barrier).exists()


def test_hiding_it_from_the_participant_takes_it_off_their_phone(client, coordinator, world):
    coordinator.post(
        barrier_url("edit", world),
        {"next_step": "x", "owner": world.users["coordinator"].pk, "due_on": ""},
    )
    assert reload(world.participant_barrier).shared_with_participant is False


@pytest.mark.parametrize(
    ("data", "field"),
    [
        ({"due_on": "2020-01-01"}, "due_on"),
        ({"due_on": "morgen"}, "due_on"),
    ],
)
def test_a_wrong_date_is_refused_and_the_input_kept(coordinator, world, data, field):
    response = coordinator.post(
        barrier_url("edit", world), {"next_step": "Nieuwe stap.", "shared": "on", **data}
    )
    assert response.status_code == 200
    assert response.context["edit_form"].errors[field]
    assert 'value="Nieuwe stap."' in response.content.decode()


def test_an_owner_from_another_programme_is_refused(coordinator, world, other_world):
    response = coordinator.post(
        barrier_url("edit", world),
        {"next_step": "x", "owner": other_world.users["coordinator"].pk, "shared": "on"},
    )
    assert response.status_code == 200
    assert response.context["edit_form"].errors["owner"]
    assert reload(world.participant_barrier).owner == world.users["coordinator"]
