"""The coordinator's participant page: the route history and the actions that change it."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone
from django_scopes import scopes_disabled

from participants.models import CaseNote, Diploma, Participant, Schedule, StageEntry
from tests.conftest import log_in
from tests.factories import ParticipantFactory
from tests.intake.coordinator import log_in_in_english
from tests.route.coordinator_helpers import (
    STARTED,
    Outcome,
    history,
    move,
    page_url,
    reload,
    said,
    today,
    write_note,
)

# The page ----------------------------------------------------------------------------------


def test_the_coordinator_sees_the_route_diplomas_schedule_notes_and_actions(
    client, world, on_route, coordinator
):
    with scopes_disabled():
        Diploma.objects.create(
            programme=world.programme,
            participant=on_route,
            name="Staatsexamen NT2 I",
            obtained_on=datetime.date(2025, 6, 1),
        )
        Schedule.objects.create(
            programme=world.programme, participant=on_route, theory_hours=8, internship_days=3
        )
    write_note(world, on_route, "Intern.")
    response = client.get(page_url(on_route))
    assert response.status_code == 200
    content = response.content.decode()
    for text in ("Amina Yusuf", "ALP-0001", "Stage 1 of alpha", "Stage 2 of alpha"):
        assert text in content
    assert "Staatsexamen NT2 I" in content
    assert "September 2024" in content  # the cohort
    assert "Intern." in content
    assert [e.outcome for e in response.context["entries"]] == ["completed", "in_progress"]
    assert [s.key for s in response.context["later_stages"]] == ["alpha-3"]
    for action in ("stage", "schedule", "diploma", "note"):
        assert page_url(on_route, action) in content


def test_an_admin_gets_the_actions_too(client, world, on_route):
    log_in(client, world.users["admin"])
    response = client.get(page_url(on_route))
    assert response.status_code == 200
    assert response.context["can_edit"]


def test_the_mentor_sees_their_participant_without_notes_or_actions(client, world, on_route):
    write_note(world, on_route, "Alleen voor staf.")
    write_note(world, on_route, "Ook voor Amina.", CaseNote.Visibility.SHARED)
    log_in_in_english(client, world.users["mentor"])
    response = client.get(page_url(on_route))
    assert response.status_code == 200
    content = response.content.decode()
    assert "Amina Yusuf" in content
    assert "Stage 2 of alpha" in content
    assert "Alleen voor staf." not in content
    assert "Ook voor Amina." not in content
    assert not response.context["can_edit"]
    for action in ("stage", "schedule", "diploma", "note"):
        assert page_url(on_route, action) not in content


def test_a_mentor_gets_404_for_a_participant_they_do_not_supervise(client, world):
    with scopes_disabled():
        someone_else = ParticipantFactory(programme=world.programme, current_stage=world.stages[0])
    log_in(client, world.users["mentor"])
    assert client.get(page_url(someone_else)).status_code == 404


def test_a_mentor_cannot_use_the_actions(client, world, on_route):
    log_in(client, world.users["mentor"])
    response = move(client, on_route, outcome="completed")
    assert response.status_code == 403
    assert reload(on_route).current_stage == world.stages[1]


def test_the_list_links_each_name_to_the_page(client, world, coordinator):
    url = reverse("participants:list", kwargs={"programme": world.programme.slug})
    assert page_url(world.participant) in client.get(url).content.decode()


# Moving on ---------------------------------------------------------------------------------


def test_completing_a_stage_opens_the_next_one(client, world, on_route, coordinator):
    response = move(client, on_route, outcome="completed", note="Diploma MBO-1 gehaald.")
    assert response.status_code == 302
    assert response.url == page_url(on_route) + "#route"
    assert said(response) == [
        f"Saved. Amina Yusuf is now in the stage “Stage 3 of alpha”, since {today():%-d %B %Y}."
    ]
    participant = reload(on_route)
    assert participant.current_stage == world.stages[2]
    assert participant.stage_started_on == today()
    assert participant.status == Participant.Status.ACTIVE
    closed, opened = history(on_route)[1:]
    assert (closed.outcome, closed.ended_on, closed.note) == (
        Outcome.COMPLETED,
        today(),
        "Diploma MBO-1 gehaald.",
    )
    assert closed.recorded_by == coordinator
    assert timezone.localdate(closed.recorded_at) == today()
    assert (opened.stage, opened.started_on, opened.outcome) == (
        world.stages[2],
        today(),
        Outcome.IN_PROGRESS,
    )
    # 12 expected months from the stage (factory default).
    assert opened.expected_end == today().replace(year=today().year + 1, day=min(today().day, 28))
    assert opened.recorded_by == coordinator


def test_a_coordinator_can_choose_another_next_stage(client, world, on_route, coordinator):
    with scopes_disabled():
        on_route.current_stage = world.stages[0]
        on_route.save()
        StageEntry.objects.filter(participant=on_route).delete()
        StageEntry.objects.create(
            programme=world.programme,
            participant=on_route,
            stage=world.stages[0],
            started_on=STARTED,
        )
    move(client, on_route, outcome="completed", to_stage=world.stages[2].pk)
    assert reload(on_route).current_stage == world.stages[2]


def test_completing_the_last_stage_completes_the_route(client, world, on_route, coordinator):
    move(client, on_route, outcome="completed")
    response = move(client, on_route, outcome="completed")
    assert said(response)[-1] == "Saved. Amina Yusuf has completed the route."
    participant = reload(on_route)
    assert participant.status == Participant.Status.COMPLETED
    assert participant.current_stage == world.stages[2]
    assert [e.outcome for e in history(on_route)] == ["completed"] * 3
    # No more actions on the page.
    page = client.get(page_url(on_route)).content.decode()
    assert page_url(on_route, "stage") not in page


def test_extending_keeps_the_stage_with_a_new_expected_end(client, world, on_route, coordinator):
    new_end = datetime.date(2027, 3, 1)
    response = move(
        client, on_route, outcome="extended", new_expected_end=new_end.isoformat(), note="Ziek."
    )
    assert said(response) == ["Saved. The stage is extended."]
    participant = reload(on_route)
    assert participant.current_stage == world.stages[1]
    assert participant.stage_started_on == STARTED
    extended, still_open = history(on_route)[1:]
    assert (extended.outcome, extended.expected_end, extended.note) == (
        Outcome.EXTENDED,
        datetime.date(2026, 9, 1),
        "Ziek.",
    )
    assert (still_open.stage, still_open.expected_end) == (world.stages[1], new_end)
    assert still_open.outcome == Outcome.IN_PROGRESS


def in_days(days):
    return (today() + datetime.timedelta(days=days)).isoformat()


# What the coordinator typed, the field with the message, the message (None: any message).
# fmt: off
REFUSALS = {
    "extended without a new end": ({"outcome": "extended"},
        "new_expected_end", "Enter the new expected end of the stage."),
    "extended to before the date": ({"outcome": "extended", "on": "2026-11-01", "new_expected_end": "2026-10-01"},
        "new_expected_end", "The new expected end must be after the date of the extension."),
    "stopped without a reason": ({"outcome": "stopped", "note": "  "},
        "note", "Write why the participant stops."),
    "moved without a reason": ({"outcome": "moved", "note": ""},
        "note", "Write to which route the participant moves, and why."),
    "a date before the stage": ({"outcome": "completed", "on": "2025-08-31"},
        "on", "The date cannot be before the start of this stage, 1 September 2025."),
    "a date 32 days ahead": ({"outcome": "completed", "on": in_days(32)},
        "on", "The date can be at most 31 days from today."),
    "no date": ({"outcome": "completed", "on": ""}, "on", "Enter the date."),
    "a next stage, not completed": ({"outcome": "extended", "new_expected_end": in_days(200), "to_stage": "third"},
        "to_stage", "Choose a next stage only when the stage is completed."),
    "the current stage as next": ({"outcome": "completed", "to_stage": "second"},
        "to_stage", "Choose another stage than the current one."),
    "another programme's stage": ({"outcome": "completed", "to_stage": "other"}, "to_stage", None),
    "an unknown outcome": ({"outcome": "in_progress"}, "outcome", None),
}
# fmt: on


@pytest.mark.parametrize("case", REFUSALS)
def test_moving_on_is_refused_with_a_plain_message_and_keeps_what_was_typed(
    client, world, other_world, on_route, coordinator, case
):
    typed, field, message = REFUSALS[case]
    stages = {"second": world.stages[1].pk, "third": world.stages[2].pk}
    stages["other"] = other_world.stages[2].pk
    data = {**typed, "note": typed.get("note", "Getypte notitie.")}
    if "to_stage" in data:
        data["to_stage"] = stages[data["to_stage"]]
    response = move(client, on_route, **data)
    assert response.status_code == 200
    errors = response.context["move_on_form"].errors
    assert list(errors) == [field]
    if message is not None:
        assert errors[field] == [message]
    content = response.content.decode()
    assert 'href="#move-on"' in content  # the summary at the top links to the form
    if data["note"].strip():
        assert data["note"] in content
    if data.get("on"):
        assert f'value="{data["on"]}"' in content
    assert response.context["move_on_form"]["outcome"].value() == data["outcome"]
    assert len(history(on_route)) == 2
    assert reload(on_route).current_stage == world.stages[1]


def test_a_move_can_be_entered_up_to_31_days_ahead(client, world, on_route, coordinator):
    assert move(client, on_route, outcome="completed", on=in_days(31)).status_code == 302


@pytest.mark.parametrize("outcome", ["stopped", "moved"])
def test_stopping_or_moving_takes_the_participant_off_the_route(
    client, world, on_route, coordinator, outcome
):
    response = move(client, on_route, outcome=outcome, note="Verhuisd naar Utrecht.")
    assert said(response) == ["Saved. Amina Yusuf is no longer on the route."]
    participant = reload(on_route)
    assert participant.status == Participant.Status.STOPPED
    last = history(on_route)[-1]
    assert (last.outcome, last.note, last.recorded_by) == (
        outcome,
        "Verhuisd naar Utrecht.",
        coordinator,
    )
    # Stopped is final here: a second move is refused with a plain message.
    response = move(client, on_route, outcome="completed")
    assert response.status_code == 200
    assert response.context["move_on_form"].non_field_errors() == [
        "This participant is no longer on the route."
    ]


def test_a_participant_without_history_gets_it_from_their_current_stage(client, world, coordinator):
    # Participants put on a stage before the history was kept have no open entry yet.
    response = move(client, world.participant, outcome="completed")
    assert response.status_code == 302
    first, second = history(world.participant)
    assert (first.stage, first.started_on, first.outcome) == (
        world.stages[1],
        world.participant.stage_started_on,
        Outcome.COMPLETED,
    )
    assert second.stage == world.stages[2]
