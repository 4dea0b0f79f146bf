"""The coordinator's participant page: the weekly schedule, diplomas and case notes."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from django_scopes import scopes_disabled

from participants.models import CaseNote, Diploma, Schedule, StageEntry
from tests.conftest import log_in
from tests.route.coordinator_helpers import (
    Outcome,
    page_url,
    said,
    today,
    write_note,
)

# Schedule, diplomas, notes -----------------------------------------------------------------

WEEK = {
    "hours_per_week": "40",
    "theory_hours": "8",
    "theory_days": "maandag",
    "internship_days": "3",
    "internship_weekdays": "di, wo, do",
    "note": "",
}


def test_a_coordinator_sets_and_changes_the_schedule(client, world, on_route, coordinator):
    response = client.post(page_url(on_route, "schedule"), WEEK)
    assert response.url == page_url(on_route) + "#schedule"
    assert said(response) == ["The weekly schedule is saved."]
    client.post(page_url(on_route, "schedule"), {**WEEK, "internship_days": "2"})
    with scopes_disabled():
        schedule = Schedule.objects.get(participant=on_route)
    assert (schedule.theory_hours, schedule.internship_days) == (8, 2)
    assert schedule.theory_days == "maandag"
    assert schedule.updated_by == coordinator
    assert timezone.localdate(schedule.updated_at) == today()
    # The form shows what is saved.
    form = client.get(page_url(on_route)).context["schedule_form"]
    assert form.initial["internship_weekdays"] == "di, wo, do"


@pytest.mark.parametrize(
    ("change", "field", "message"),
    [
        (
            {"theory_hours": "41"},
            "theory_hours",
            "The hours of theory cannot be more than the hours per week in all.",
        ),
        (
            {"hours_per_week": "61"},
            "hours_per_week",
            "A week can have at most 60 hours of work and school.",
        ),
        ({"internship_days": "8"}, "internship_days", "A week has 7 days."),
    ],
)
def test_an_impossible_week_is_refused(
    client, world, on_route, coordinator, change, field, message
):
    response = client.post(page_url(on_route, "schedule"), {**WEEK, **change})
    assert response.status_code == 200
    assert response.context["schedule_form"].errors == {field: [message]}
    assert 'value="di, wo, do"' in response.content.decode()
    with scopes_disabled():
        assert not Schedule.objects.filter(participant=on_route).exists()


def test_a_coordinator_adds_a_diploma(client, world, on_route, coordinator):
    data = {"name": "MBO-1 Assistent Dienstverlening", "obtained_on": "2026-07-01"}
    response = client.post(page_url(on_route, "diploma"), data)
    assert response.url == page_url(on_route) + "#diplomas"
    with scopes_disabled():
        diploma = Diploma.objects.get(participant=on_route)
    assert (diploma.name, diploma.obtained_on) == (data["name"], datetime.date(2026, 7, 1))
    assert diploma.recorded_by == coordinator
    assert data["name"] in client.get(page_url(on_route)).content.decode()


def test_a_diploma_from_the_future_is_refused(client, world, on_route, coordinator):
    tomorrow = (today() + datetime.timedelta(days=1)).isoformat()
    response = client.post(page_url(on_route, "diploma"), {"name": "VOG", "obtained_on": tomorrow})
    assert response.context["diploma_form"].errors == {
        "obtained_on": ["The date cannot be in the future."]
    }
    content = response.content.decode()
    assert 'value="VOG"' in content
    assert f'value="{tomorrow}"' in content
    response = client.post(page_url(on_route, "diploma"), {"name": " ", "obtained_on": "x"})
    assert set(response.context["diploma_form"].errors) == {"name", "obtained_on"}


@pytest.mark.parametrize("visibility", ["staff", "shared"])
def test_a_coordinator_writes_a_note(client, world, on_route, coordinator, visibility):
    response = client.post(
        page_url(on_route, "note"), {"text": "Gesprek over geld.", "visibility": visibility}
    )
    assert response.url == page_url(on_route) + "#notes"
    with scopes_disabled():
        note = CaseNote.objects.get(participant=on_route)
    assert (note.text, note.visibility, note.by) == ("Gesprek over geld.", visibility, coordinator)
    assert timezone.localdate(note.created_at) == today()


def test_an_empty_note_is_refused_and_the_choice_kept(client, world, on_route, coordinator):
    response = client.post(page_url(on_route, "note"), {"text": "  ", "visibility": "shared"})
    assert response.status_code == 200
    assert response.context["note_form"].errors == {"text": ["Write the note."]}
    assert response.context["note_form"]["visibility"].value() == "shared"


# Query count -------------------------------------------------------------------------------


def add_rows(world, participant, count):
    """``count`` earlier stages, diplomas and notes, each recorded by someone else."""
    with scopes_disabled():
        common = {"programme": world.programme, "participant": participant}
        for i in range(count):
            StageEntry.objects.create(
                **common,
                stage=world.stages[0],
                started_on=datetime.date(2020, 1, 1) + datetime.timedelta(days=i),
                ended_on=datetime.date(2020, 1, 2) + datetime.timedelta(days=i),
                outcome=Outcome.EXTENDED,
                recorded_by=world.users["admin"],
            )
            Diploma.objects.create(
                **common,
                name=f"Certificaat {i}",
                obtained_on=datetime.date(2021, 1, 1),
                recorded_by=world.users["admin"],
            )
    for i in range(count):
        write_note(world, participant, f"Notitie {i}", by=world.users["admin"])


@pytest.mark.parametrize("rows", [1, 50])
def test_the_coordinators_page_has_a_fixed_number_of_queries(client, world, on_route, rows):
    add_rows(world, on_route, rows)
    log_in(client, world.users["coordinator"])
    with CaptureQueriesContext(connection) as queries:
        response = client.get(page_url(on_route))
    assert response.status_code == 200
    # This page: session, user, programme, memberships, MFA authenticator, participant (with
    # stage, municipality, schedule and its editor), stages, stage entries (with stage and
    # who), diplomas (with who), case notes (with who).
    # The other sections, as they are now: internships with counts, their evaluations;
    # housing history; job placements, their follow-ups; the forms' choices: organisations
    # and mentors (internship form), homes (housing form), employers (job form); language
    # levels and credentials (progress); the skills framework and its assessments.
    # The audit entry that says the coordinator looked.
    sql = "\n".join(q["sql"] for q in queries.captured_queries)
    assert len(queries) == 24, sql


@pytest.mark.parametrize("rows", [1, 50])
def test_the_mentors_page_has_a_fixed_number_of_queries(client, world, on_route, rows):
    add_rows(world, on_route, rows)
    log_in(client, world.users["mentor"])
    with CaptureQueriesContext(connection) as queries:
        response = client.get(page_url(on_route))
    assert response.status_code == 200
    # session, user, programme, memberships, participant (only if mentored), stages, stage
    # entries, diplomas; no notes, no MFA (mentors are not staff).
    # The internships section: the mentor's internships with counts, their evaluations.
    # The skills section: the framework and the assessments (no progress section for mentors).
    # The audit entry that says the mentor looked.
    sql = "\n".join(q["sql"] for q in queries.captured_queries)
    assert len(queries) == 13, sql
