"""A coordinator works on a participant's barrier through the views: identify, act, move on."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from django_scopes import scope, scopes_disabled

from barriers import lifecycle
from barriers.catalogue import STANDARD, install_standard_barriers
from barriers.lifecycle import BarrierError
from barriers.models import BarrierAction, BarrierEvent, BarrierType, ParticipantBarrier
from tests.intake.coordinator import log_in_in_english

Status = ParticipantBarrier.Status
ALLOWED = [
    (source, target) for source, targets in lifecycle.ALLOWED_MOVES.items() for target in targets
]
REFUSED = [
    (source, target)
    for source in Status
    for target in Status
    if target not in lifecycle.ALLOWED_MOVES[source]
]


def barrier_url(name, world, barrier=None):
    kwargs = {"programme": world.programme.slug, "pk": world.participant.pk}
    if name != "participant":
        kwargs["barrier"] = (barrier or world.participant_barrier).pk
    return reverse(f"barriers:{name}", kwargs=kwargs)


def set_status(barrier, status):
    with scopes_disabled():
        ParticipantBarrier.objects.filter(pk=barrier.pk).update(status=status)


def make_types(world, count):
    with scopes_disabled():
        return BarrierType.objects.bulk_create(
            BarrierType(
                programme=world.programme, code=f"own-{i}", position=20 + i, name_nl=f"B{i}"
            )
            for i in range(count)
        )


@pytest.fixture
def coordinator(client, world):
    return log_in_in_english(client, world.users["coordinator"])


def test_the_catalogue_installs_the_ten_barriers_once(world):
    with scope(programme=world.programme):
        install_standard_barriers(world.programme)
        install_standard_barriers(world.programme)
        types = list(BarrierType.objects.filter(programme=world.programme))
    assert len(STANDARD) == 10
    assert len(types) == 10  # "learning-dutch" was there already and is kept as it was
    learning = next(t for t in types if t.code == "learning-dutch")
    assert learning.name_nl == "Nederlands leren"
    registration = next(t for t in types if t.code == "registration")
    assert registration.name_ar
    assert registration.description_en
    assert len(registration.solutions_nl.splitlines()) >= 2


def test_the_catalogue_shows_descriptions_and_solutions(client, world):
    with scope(programme=world.programme):
        install_standard_barriers(world.programme)
    log_in_in_english(client, world.users["admin"])
    response = client.get(reverse("barriers:catalogue", kwargs={"programme": world.programme.slug}))
    assert response.status_code == 200
    assert "Waiting lists for language and registration" in response.content.decode()
    assert "A step-by-step plan" in response.content.decode()
    assert "Settings" in response.content.decode()


def test_a_coordinator_identifies_a_barrier(coordinator, world):
    with scope(programme=world.programme):
        registration = install_standard_barriers(world.programme)[4]
    response = coordinator.post(
        barrier_url("participant", world),
        {
            "barrier_type": registration.pk,
            "how_it_shows": "Weet niet welke BIG-stap nodig is.",
            "next_step": "Samen de BIG-aanvraag invullen.",
            "owner": world.users["coordinator"].pk,
            "due_on": "2026-12-01",
            "shared": "on",
        },
    )
    with scopes_disabled():
        barrier = ParticipantBarrier.objects.get(
            participant=world.participant, barrier_type=registration
        )
        event = BarrierEvent.objects.get(barrier=barrier)
    assert response.status_code == 302
    assert response["Location"] == barrier_url("detail", world, barrier)
    assert barrier.status == Status.IDENTIFIED
    assert barrier.identified_by == world.users["coordinator"]
    assert barrier.identified_on == timezone.localdate()
    assert (event.from_status, event.to_status, event.by) == (
        "",
        Status.IDENTIFIED,
        barrier.identified_by,
    )


def test_the_same_open_barrier_twice_is_refused_and_the_input_kept(coordinator, world):
    response = coordinator.post(
        barrier_url("participant", world),
        {"barrier_type": world.barrier_type.pk, "how_it_shows": "Geen plek op de taalschool."},
    )
    assert response.status_code == 200
    content = response.content.decode()
    assert "This person already has this barrier and it is not solved yet." in content
    assert "Geen plek op de taalschool." in content
    with scopes_disabled():
        assert ParticipantBarrier.objects.filter(participant=world.participant).count() == 1


def test_a_barrier_switched_off_or_of_another_programme_cannot_be_chosen(
    coordinator, world, other_world
):
    with scopes_disabled():
        BarrierType.objects.filter(pk=world.barrier_type.pk).update(is_active=False)
    for barrier_type in (world.barrier_type, other_world.barrier_type):
        response = coordinator.post(
            barrier_url("participant", world),
            {"barrier_type": barrier_type.pk, "how_it_shows": "Iets"},
        )
        assert response.status_code == 200
        assert "Choose a barrier of this programme." in response.content.decode()


@pytest.mark.parametrize(("source", "target"), ALLOWED)
def test_each_allowed_move_is_saved_with_its_history(coordinator, world, source, target):
    set_status(world.participant_barrier, source)
    note = "Opnieuw: de cursus stopte." if source in lifecycle.CLOSED else ""
    response = coordinator.post(barrier_url("status", world), {"status": target, "note": note})
    assert response.status_code == 302
    with scopes_disabled():
        barrier = ParticipantBarrier.objects.get(pk=world.participant_barrier.pk)
        event = BarrierEvent.objects.get(barrier=barrier)
    assert barrier.status == target
    assert barrier.resolved_on == (timezone.localdate() if target == Status.RESOLVED else None)
    assert (event.from_status, event.to_status, event.note) == (source, target, note)
    assert event.by == world.users["coordinator"]


@pytest.mark.parametrize(("source", "target"), REFUSED)
def test_a_move_the_rules_do_not_allow_is_refused(coordinator, world, source, target):
    set_status(world.participant_barrier, source)
    response = coordinator.post(
        barrier_url("status", world), {"status": target, "note": "Mijn reden"}
    )
    assert response.status_code == 200
    assert "This status is not possible now." in response.content.decode()
    assert "Mijn reden" in response.content.decode()
    with scopes_disabled():
        assert ParticipantBarrier.objects.get(pk=world.participant_barrier.pk).status == source
        assert not BarrierEvent.objects.filter(barrier=world.participant_barrier).exists()


@pytest.mark.parametrize(("source", "target"), REFUSED)
def test_the_rules_refuse_the_move_with_a_message(world, source, target):
    set_status(world.participant_barrier, source)
    with scope(programme=world.programme), pytest.raises(BarrierError) as refusal:
        lifecycle.change_status(world.participant_barrier, target, by=world.users["coordinator"])
    assert refusal.value.field == "status"
    assert str(source.label) in refusal.value.message or "already" in refusal.value.message


def test_reopening_needs_a_reason(coordinator, world):
    set_status(world.participant_barrier, Status.RESOLVED)
    response = coordinator.post(barrier_url("status", world), {"status": Status.IN_PROGRESS})
    assert response.status_code == 200
    assert "Write why the barrier is open again." in response.content.decode()


def test_an_action_plans_the_barrier_and_shows_its_evidence(coordinator, world):
    response = coordinator.post(
        barrier_url("action", world),
        {
            "description": "Aanmelden bij de taalschool",
            "done_on": "2026-01-10",
            "note": "Intake gedaan",
            "evidence": "Bevestigingsmail taalschool",
        },
    )
    assert response.status_code == 302
    with scopes_disabled():
        barrier = ParticipantBarrier.objects.get(pk=world.participant_barrier.pk)
        event = BarrierEvent.objects.get(barrier=barrier)
        action = BarrierAction.objects.get(barrier=barrier)
    assert barrier.status == Status.ACTION_PLANNED
    assert (event.from_status, event.to_status) == (Status.IDENTIFIED, Status.ACTION_PLANNED)
    assert action.by == world.users["coordinator"]
    page = coordinator.get(barrier_url("detail", world)).content.decode()
    assert "Bevestigingsmail taalschool" in page
    assert "Action: Aanmelden bij de taalschool" in page


def test_an_action_done_in_the_future_is_refused_and_the_input_kept(coordinator, world):
    tomorrow = timezone.localdate() + datetime.timedelta(days=1)
    response = coordinator.post(
        barrier_url("action", world),
        {"description": "Examen B1", "done_on": tomorrow.isoformat()},
    )
    assert response.status_code == 200
    assert "The date it was done cannot be in the future." in response.content.decode()
    assert 'value="Examen B1"' in response.content.decode()


def test_the_post_only_pages_answer_405_to_get(coordinator, world):
    assert coordinator.get(barrier_url("status", world)).status_code == 405
    assert coordinator.get(barrier_url("action", world)).status_code == 405


def test_a_barrier_of_another_participant_in_the_url_is_404(coordinator, world, other_world):
    from tests.factories import ParticipantFactory

    with scopes_disabled():
        someone = ParticipantFactory(programme=world.programme)
        theirs = ParticipantBarrier.objects.create(
            programme=world.programme,
            participant=someone,
            barrier_type=world.barrier_type,
            how_it_shows="Iets anders",
            identified_on=timezone.localdate(),
        )
    for barrier in (theirs, other_world.participant_barrier):
        for name in ("detail", "status", "action"):
            assert coordinator.get(barrier_url(name, world, barrier)).status_code == 404
            assert coordinator.post(barrier_url(name, world, barrier), {}).status_code == 404


def test_overdue_barriers_are_marked(coordinator, world):
    with scopes_disabled():
        ParticipantBarrier.objects.filter(pk=world.participant_barrier.pk).update(
            due_on=timezone.localdate() - datetime.timedelta(days=1)
        )
    assert "(overdue)" in coordinator.get(barrier_url("participant", world)).content.decode()


def add_barriers(world, count):
    """``count`` barriers for the participant, each with an action and an event."""
    with scopes_disabled():
        for barrier_type in make_types(world, count - 1):
            ParticipantBarrier.objects.create(
                programme=world.programme,
                participant=world.participant,
                barrier_type=barrier_type,
                how_it_shows="Zo",
                owner=world.users["mentor"],
                identified_on=timezone.localdate(),
            )


def add_actions(world, count):
    with scope(programme=world.programme):
        for i in range(count):
            lifecycle.add_action(
                world.participant_barrier, f"Stap {i}", by=world.users["coordinator"]
            )


def count_queries(client, url):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries), "\n".join(query["sql"] for query in queries.captured_queries)


@pytest.mark.parametrize("count", [1, 30])
def test_the_participants_barriers_page_runs_a_fixed_number_of_queries(coordinator, world, count):
    add_barriers(world, count)
    queries, sql = count_queries(coordinator, barrier_url("participant", world))
    # session, user, programme, memberships, MFA authenticator, the participant,
    # barriers with type and owner, the form's barrier types and owners, the audit entry.
    assert queries == 10, sql


@pytest.mark.parametrize("count", [1, 30])
def test_the_barrier_page_runs_a_fixed_number_of_queries(coordinator, world, count):
    add_actions(world, count)
    queries, sql = count_queries(coordinator, barrier_url("detail", world))
    # session, user, programme, memberships, MFA authenticator, the participant,
    # the barrier with type, owner and who identified it, actions with who, events with who,
    # the edit form's owners, the audit entry.
    assert queries == 11, sql


def test_the_demo_gives_each_participant_barriers_once(world):
    from programmes.demo.barriers import load_barriers
    from tests.factories import ParticipantFactory

    with scopes_disabled():
        others = [ParticipantFactory(programme=world.programme) for _ in range(6)]
    with scope(programme=world.programme):
        load_barriers(world.programme, world.users["coordinator"])
        load_barriers(world.programme, world.users["coordinator"])
        barriers = list(ParticipantBarrier.objects.filter(participant__in=others))
        events = BarrierEvent.objects.filter(barrier__in=barriers).count()
        # The fixture's participant had a barrier already: left alone.
        assert world.participant.barriers.count() == 1
    assert len(barriers) == 12  # two each, the second run adds nothing
    assert {barrier.status for barrier in barriers} == set(Status)
    assert events > len(barriers)
    assert all(b.resolved_on for b in barriers if b.status == Status.RESOLVED)
