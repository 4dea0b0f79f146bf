"""Coordinators add internships; the participant's page shows them with attendance and evaluations."""

import datetime
from types import SimpleNamespace

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django_scopes import scope, scopes_disabled

from participants import internships
from participants.models import Attendance, Evaluation, Internship
from tests.factories import UserFactory
from tests.intake.coordinator import log_in_in_english
from tests.route.internship_helpers import (
    DAY,
    TODAY,
    add_mentored_internships,
    count_records,
    messages_of,
    started_weeks_ago,
    url,
)


@pytest.fixture
def internship(world):
    return started_weeks_ago(world)


# The coordinator adds an internship --------------------------------------------------------


@pytest.fixture
def coordinator(client, world):
    log_in_in_english(client, world.users["coordinator"])
    return world.users["coordinator"]


def internship_data(world, **extra):
    data = {
        "kind": "taster",
        "organisation": world.organisation.pk,
        "department": "Afdeling Tulp",
        "address": "Zorglaan 5, Leiden",
        "mentor": world.users["mentor"].pk,
        "mentor_phone": "071 123 45 67",
        "tutor": "Meneer Bakker",
        "starts_on": "2027-01-04",
        "ends_on": "2027-01-29",
        "evaluation_every_weeks": "2",
    }
    data.update(extra)
    return data


def test_the_coordinator_adds_an_internship(client, world, coordinator):
    response = client.post(
        url("participant_internship", world, world.participant.pk), internship_data(world)
    )
    assert response.status_code == 302
    assert response.url == url("participant_detail", world, world.participant.pk) + "#internships"
    assert messages_of(response) == ["The internship is saved."]
    with scopes_disabled():
        added = Internship.objects.get(participant=world.participant, department="Afdeling Tulp")
    assert added.kind == "taster"
    assert added.mentor == world.users["mentor"]
    assert added.created_by == coordinator
    assert (added.starts_on, added.ends_on) == (
        datetime.date(2027, 1, 4),
        datetime.date(2027, 1, 29),
    )
    assert added.evaluation_every_weeks == 2


def test_adding_an_internship_is_post_only(client, world, coordinator):
    assert client.get(url("participant_internship", world, world.participant.pk)).status_code == 405


@pytest.mark.parametrize(
    ("case", "field", "message"),
    [
        ("end before start", "ends_on", "The end date cannot be before the start date."),
        ("other organisation", "organisation", "Choose an organisation of this programme."),
        (
            "not a mentor",
            "mentor",
            "Choose a mentor of this programme: someone with the mentor role here.",
        ),
        (
            "other mentor",
            "mentor",
            "Choose a mentor of this programme: someone with the mentor role here.",
        ),
        ("no start", "starts_on", "Enter the first day."),
    ],
)
def test_a_wrong_internship_is_refused_with_a_clear_message(
    client, world, other_world, coordinator, case, field, message
):
    changes = {
        "end before start": {"ends_on": "2027-01-01"},
        "other organisation": {"organisation": other_world.organisation.pk},
        "not a mentor": {"mentor": world.users["coordinator"].pk},
        "other mentor": {"mentor": other_world.users["mentor"].pk},
        "no start": {"starts_on": ""},
    }[case]
    response = client.post(
        url("participant_internship", world, world.participant.pk),
        internship_data(world, **changes),
    )
    assert response.status_code == 200
    form = response.context["internship_form"]
    assert form.errors[field] == [message]
    # What the coordinator typed is still there.
    assert 'value="Afdeling Tulp"' in response.content.decode()
    assert count_records(Internship, department="Afdeling Tulp") == 0


def test_add_internship_checks_the_rules_without_the_form_too(world, other_world):
    with scope(programme=world.programme):
        with pytest.raises(internships.InternshipError) as refusal:
            internships.add_internship(
                world.participant,
                by=None,
                organisation=other_world.organisation,
                starts_on=TODAY,
            )
        assert refusal.value.field == "organisation"
        with pytest.raises(internships.InternshipError) as refusal:
            internships.add_internship(
                world.participant,
                by=None,
                organisation=world.organisation,
                mentor=world.users["participant"],
                starts_on=TODAY,
            )
        assert refusal.value.field == "mentor"
        with pytest.raises(internships.InternshipError) as refusal:
            internships.add_internship(
                world.participant,
                by=None,
                organisation=world.organisation,
                starts_on=TODAY,
                ends_on=TODAY - DAY,
            )
        assert refusal.value.field == "ends_on"


# The section on the coordinator's participant page -----------------------------------------


def fake_request(world, role):
    return SimpleNamespace(
        programme=world.programme, user=world.users[role], roles=frozenset({role})
    )


def test_the_section_counts_recent_attendance_and_lists_evaluations(world, internship):
    with scope(programme=world.programme):
        for days_ago, presence in [(1, "present"), (2, "present"), (3, "absent"), (4, "excused")]:
            internships.record_attendance(
                internship, date=TODAY - days_ago * DAY, presence=presence, by=None
            )
        # Longer ago than the weeks the section counts.
        internships.record_attendance(internship, date=TODAY - 40 * DAY, presence="absent", by=None)
        internships.record_evaluation(internship, date=TODAY, by=None, soft_skills={"teamwork": 3})
        section = internships.coordinator_section(
            fake_request(world, "coordinator"), world.participant
        )["internship_section"]
    [row] = section["current"]
    assert (row.present_count, row.absent_count) == (2, 2)
    [(evaluation, skills)] = row.evaluations
    assert evaluation.soft_skills == {"teamwork": 3}
    assert [str(score) for _label, score in skills] == ["3 = good"]
    assert section["form"] is not None


def test_a_mentor_sees_only_their_own_internships_in_the_section(world, internship):
    other_mentor = UserFactory(email="someone@alpha.example")
    [theirs] = add_mentored_internships(world, other_mentor, 1)
    with scopes_disabled():
        theirs.participant = world.participant
        theirs.save()
    with scope(programme=world.programme):
        mentor_view = internships.coordinator_section(
            fake_request(world, "mentor"), world.participant
        )["internship_section"]
        coordinator_view = internships.coordinator_section(
            fake_request(world, "coordinator"), world.participant
        )["internship_section"]
    assert [row.internship for row in mentor_view["current"]] == [internship]
    assert mentor_view["form"] is None
    assert len(coordinator_view["current"]) == 2


# On the participant's page -------------------------------------------------------------------


def test_the_participants_page_shows_the_internships_and_the_form(client, world, coordinator):
    content = client.get(url("participant_detail", world, world.participant.pk)).content.decode()
    assert "Afdeling Rozenhof" in content
    assert "Mevrouw De Vries" in content
    assert url("participant_internship", world, world.participant.pk) in content


def test_a_mentor_sees_the_section_without_the_form(client, world, internship):
    log_in_in_english(client, world.users["mentor"])
    content = client.get(url("participant_detail", world, world.participant.pk)).content.decode()
    assert "Afdeling Rozenhof" in content
    assert url("mentor_internship", world, internship.pk) in content
    assert url("participant_internship", world, world.participant.pk) not in content


def test_the_participants_page_does_not_query_more_with_more_internships(
    client, world, internship, coordinator
):
    def queries_for_the_page():
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url("participant_detail", world, world.participant.pk))
        assert response.status_code == 200
        return [query["sql"] for query in queries.captured_queries]

    before = queries_for_the_page()
    with scopes_disabled():
        for extra in add_mentored_internships(world, world.users["mentor"], 5):
            extra.participant = world.participant
            extra.save()
            Attendance.objects.create(
                programme=world.programme,
                participant=world.participant,
                internship=extra,
                date=TODAY - DAY,
                presence="present",
            )
            Evaluation.objects.create(
                programme=world.programme, internship=extra, date=TODAY, soft_skills={"teamwork": 2}
            )
    after = queries_for_the_page()
    assert len(after) == len(before), "\n".join(after)
