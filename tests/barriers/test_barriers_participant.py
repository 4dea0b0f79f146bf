"""The participant's own barriers on their phone: only their own, only what is shared with them."""

import pytest
from django.urls import reverse
from django.utils import timezone
from django_scopes import scope, scopes_disabled

from barriers.catalogue import install_standard_barriers
from barriers.models import ParticipantBarrier
from tests.barriers.test_barriers_lifecycle import count_queries, log_in_in_english, make_types
from tests.conftest import log_in
from tests.factories import ParticipantFactory

Status = ParticipantBarrier.Status


def my_url(world):
    return reverse("barriers:mine", kwargs={"programme": world.programme.slug})


def give(world, participant, barrier_type, **fields):
    with scopes_disabled():
        return ParticipantBarrier.objects.create(
            programme=world.programme,
            participant=participant,
            barrier_type=barrier_type,
            how_it_shows="Intern: zo merken we het",
            identified_on=timezone.localdate(),
            **fields,
        )


@pytest.fixture
def types(world):
    with scope(programme=world.programme):
        return {t.code: t for t in install_standard_barriers(world.programme)}


@pytest.fixture
def participant(client, world):
    return log_in_in_english(client, world.users["participant"])


def test_the_participant_sees_what_is_in_the_way_the_next_step_and_who_helps(participant, world):
    content = participant.get(my_url(world)).content.decode()
    assert "Learning Dutch" in content
    assert "Je krijgt een plek bij de taalschool." in content
    assert world.users["coordinator"].email in content
    # The staff's own words stay with the staff.
    assert "Wacht al 4 maanden" not in content


def test_the_participant_sees_nothing_unshared_not_applicable_or_of_someone_else(
    participant, world, other_world, types
):
    give(world, world.participant, types["financial"], shared_with_participant=False)
    give(world, world.participant, types["information"], status=Status.NOT_APPLICABLE)
    with scope(programme=world.programme):
        someone = ParticipantFactory(programme=world.programme)
    give(world, someone, types["registration"], next_step="Stap van iemand anders")
    content = participant.get(my_url(world)).content.decode()
    assert "Financial thresholds" not in content
    assert "Information is hard to find" not in content
    assert "Professional registration is complex" not in content
    assert "Stap van iemand anders" not in content
    with scopes_disabled():
        other_world.participant_barrier.next_step = "Stap in een ander programma"
        other_world.participant_barrier.save()
    assert "Stap in een ander programma" not in participant.get(my_url(world)).content.decode()


def test_solved_barriers_are_folded_away_under_solved(participant, world, types):
    give(
        world,
        world.participant,
        types["waiting-lists"],
        status=Status.RESOLVED,
        resolved_on=timezone.localdate(),
    )
    response = participant.get(my_url(world))
    assert [b.barrier_type.code for b in response.context["open_barriers"]] == ["learning-dutch"]
    assert [b.barrier_type.code for b in response.context["solved_barriers"]] == ["waiting-lists"]
    assert "<details" in response.content.decode()


def test_the_participant_reads_the_barriers_in_arabic(client, world, types):
    user = world.users["participant"]
    user.language = "ar"
    user.save(update_fields=["language"])
    log_in(client, user)
    give(world, world.participant, types["financial"])
    content = client.get(my_url(world)).content.decode()
    assert "العوائق المالية" in content


def test_staff_cannot_open_the_participants_page_and_participants_not_the_staff_pages(
    client, world
):
    log_in_in_english(client, world.users["participant"])
    url = reverse(
        "barriers:participant",
        kwargs={"programme": world.programme.slug, "pk": world.participant.pk},
    )
    assert client.get(url).status_code == 403
    log_in_in_english(client, world.users["coordinator"])
    assert client.get(my_url(world)).status_code == 403


@pytest.mark.parametrize("count", [1, 30])
def test_the_participants_page_runs_a_fixed_number_of_queries(participant, world, count):
    for barrier_type in make_types(world, count - 1):
        give(world, world.participant, barrier_type, owner=world.users["mentor"])
    queries, sql = count_queries(participant, my_url(world))
    # session, user, programme, memberships, the participant, barriers with type and owner.
    assert queries == 6, sql
