"""The mentor on a phone: their participants, attendance and evaluations, nobody else's."""

import datetime
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django_scopes import scopes_disabled

from participants.models import Attendance, Evaluation
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
    """Alpha's internship, started eight weeks ago, supervised by alpha's mentor."""
    return started_weeks_ago(world)


@pytest.fixture
def mentor(client, world, internship):
    log_in_in_english(client, world.users["mentor"])
    return world.users["mentor"]


# The mentor's home ---------------------------------------------------------------------------


def test_the_mentor_sees_only_the_participants_they_supervise_now(client, world, mentor):
    other_mentor = UserFactory(email="other-mentor@alpha.example")
    [theirs] = add_mentored_internships(world, other_mentor, 1)
    [ended] = add_mentored_internships(world, mentor, 1, starts_on=TODAY - 90 * DAY)
    with scopes_disabled():
        ended.ends_on = TODAY - DAY
        ended.save()
    response = client.get(url("mentor_home", world))
    assert response.status_code == 200
    assert [row.internship for row in response.context["rows"]] == [world.internship]
    content = response.content.decode()
    assert "Amina Yusuf" in content
    assert theirs.participant.full_name not in content
    assert ended.participant.full_name not in content


def test_the_home_page_shows_the_next_evaluation_and_todays_attendance(client, world, mentor):
    with scopes_disabled():
        Evaluation.objects.create(
            programme=world.programme,
            internship=world.internship,
            date=TODAY - 7 * DAY,
            going_well="Vriendelijk.",
        )
    [row] = client.get(url("mentor_home", world)).context["rows"]
    assert row.next_due == TODAY - 7 * DAY + datetime.timedelta(weeks=6)
    assert not row.overdue
    assert row.today_presence is None
    client.post(
        url("mentor_attendance", world, world.internship.pk),
        {"date": TODAY.isoformat(), "presence": "present"},
    )
    response = client.get(url("mentor_home", world))
    assert response.context["rows"][0].today_presence == "Present"
    assert "Not recorded yet" not in response.content.decode()


def test_without_an_evaluation_the_next_one_is_due_from_the_start(client, world, mentor):
    [row] = client.get(url("mentor_home", world)).context["rows"]
    # Started eight weeks ago, an evaluation every six weeks: two weeks late.
    assert row.next_due == TODAY - datetime.timedelta(weeks=2)
    assert row.overdue


@pytest.mark.parametrize("extra", [0, 25])
def test_the_home_pages_query_count_does_not_grow(client, world, mentor, extra):
    add_mentored_internships(world, mentor, extra)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url("mentor_home", world))
    assert len(response.context["rows"]) == 1 + extra
    # session, user, programme, memberships, internships with their last evaluation and
    # today's attendance.
    sql = "\n".join(query["sql"] for query in queries.captured_queries)
    assert len(queries) == 5, sql


# Another mentor's participant ----------------------------------------------------------------


def test_a_mentor_cannot_see_or_record_for_another_mentors_participant(client, world, mentor):
    [theirs] = add_mentored_internships(world, UserFactory(email="x@alpha.example"), 1)
    assert client.get(url("mentor_internship", world, theirs.pk)).status_code == 404
    attendance = {"date": TODAY.isoformat(), "presence": "present"}
    assert client.post(url("mentor_attendance", world, theirs.pk), attendance).status_code == 404
    evaluation = {"date": TODAY.isoformat(), "skill_teamwork": "3", "shared": "yes"}
    assert client.post(url("mentor_evaluation", world, theirs.pk), evaluation).status_code == 404
    assert client.get(url("participant_detail", world, theirs.participant.pk)).status_code == 404
    assert count_records(Attendance, internship=theirs) == 0
    assert count_records(Evaluation, internship=theirs) == 0


def test_a_mentor_cannot_record_for_another_programmes_internship(
    client, world, other_world, mentor
):
    response = client.post(
        url("mentor_attendance", world, other_world.internship.pk),
        {"date": TODAY.isoformat(), "presence": "present"},
    )
    assert response.status_code == 404
    assert count_records(Attendance, internship=other_world.internship) == 0


@pytest.mark.parametrize("name", ["session_list", "participant_internship"])
def test_a_mentor_cannot_open_the_coordinators_pages(client, world, mentor, name):
    pk = None if name == "session_list" else world.participant.pk
    assert client.get(url(name, world, pk)).status_code == 403
    assert client.post(url(name, world, pk), {}).status_code == 403


# Attendance --------------------------------------------------------------------------------


def test_the_mentor_records_attendance_and_a_second_time_updates_it(client, world, mentor):
    target = url("mentor_attendance", world, world.internship.pk)
    day = TODAY - DAY
    response = client.post(target, {"date": day.isoformat(), "presence": "absent", "note": "?"})
    assert response.status_code == 302
    assert response.url == url("mentor_internship", world, world.internship.pk)
    assert messages_of(response)[0].startswith("Attendance on ")
    client.post(target, {"date": day.isoformat(), "presence": "excused", "note": "Ziek gemeld."})
    with scopes_disabled():
        [record] = Attendance.objects.filter(internship=world.internship)
        assert (record.date, record.presence, record.note) == (day, "excused", "Ziek gemeld.")
        assert record.participant == world.participant
        assert record.recorded_by == mentor
        assert record.recorded_at is not None
    page = client.get(url("mentor_internship", world, world.internship.pk))
    assert page.context["recent_attendance"] == [record]
    assert "Ziek gemeld." in page.content.decode()


def test_the_day_is_today_unless_the_mentor_chooses_another(client, world, mentor):
    form = client.get(url("mentor_internship", world, world.internship.pk)).context[
        "attendance_form"
    ]
    assert form["date"].value() == TODAY


def test_a_day_in_the_future_is_refused_and_the_input_kept(client, world, mentor):
    tomorrow = (TODAY + DAY).isoformat()
    response = client.post(
        url("mentor_attendance", world, world.internship.pk),
        {"date": tomorrow, "presence": "present", "note": "Komt morgen"},
    )
    assert response.status_code == 200
    assert response.context["attendance_form"].errors["date"] == [
        "Choose today or a day in the past."
    ]
    content = response.content.decode()
    assert f'value="{tomorrow}"' in content
    assert 'value="Komt morgen"' in content
    assert re.search(r'<input[^>]*name="presence" value="present"[^>]*checked', content)
    assert count_records(Attendance, internship=world.internship) == 0


def test_a_day_before_the_internship_started_is_refused(client, world, mentor):
    before = world.internship.starts_on - DAY
    response = client.post(
        url("mentor_attendance", world, world.internship.pk),
        {"date": before.isoformat(), "presence": "present"},
    )
    assert response.status_code == 200
    assert "The internship starts on" in response.context["attendance_form"].errors["date"][0]


def test_attendance_needs_a_presence(client, world, mentor):
    response = client.post(
        url("mentor_attendance", world, world.internship.pk), {"date": TODAY.isoformat()}
    )
    assert response.status_code == 200
    assert response.context["attendance_form"].errors["presence"] == [
        "Choose if the participant was there."
    ]


# Evaluations -------------------------------------------------------------------------------


def evaluation_data(**extra):
    data = {
        "date": TODAY.isoformat(),
        "skill_punctuality": "4",
        "skill_teamwork": "2",
        "skill_learning": "",  # not seen
        "going_well": "Komt altijd op tijd.",
        "to_improve": "Meer vragen stellen.",
        "shared": "no",
    }
    data.update(extra)
    return data


def test_the_mentor_writes_an_evaluation_with_soft_skills(client, world, mentor):
    response = client.post(url("mentor_evaluation", world, world.internship.pk), evaluation_data())
    assert response.status_code == 302
    assert messages_of(response) == ["The evaluation is saved."]
    with scopes_disabled():
        [evaluation] = Evaluation.objects.filter(internship=world.internship)
    assert evaluation.soft_skills == {"punctuality": 4, "teamwork": 2}
    assert evaluation.going_well == "Komt altijd op tijd."
    assert evaluation.to_improve == "Meer vragen stellen."
    assert evaluation.shared_with_participant is False
    assert evaluation.by == mentor
    assert evaluation.date == TODAY
    page = client.get(url("mentor_internship", world, world.internship.pk))
    content = page.content.decode()
    assert "4 = very good" in content
    assert "Meer vragen stellen." in content
    # The next one is due six weeks after this one.
    assert page.context["next_due"] == TODAY + datetime.timedelta(weeks=6)


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        ({"skill_teamwork": "5"}, "skill_teamwork", "Choose a score from 1 to 4."),
        ({"date": (TODAY + DAY).isoformat()}, "date", "Choose today or a day in the past."),
        (
            {
                "skill_punctuality": "",
                "skill_teamwork": "",
                "going_well": "",
                "to_improve": "",
            },
            "__all__",
            "Give at least one score, or write what goes well or what to work on.",
        ),
    ],
)
def test_a_wrong_evaluation_is_refused_and_the_input_kept(
    client, world, mentor, changes, field, message
):
    response = client.post(
        url("mentor_evaluation", world, world.internship.pk), evaluation_data(**changes)
    )
    assert response.status_code == 200
    assert response.context["evaluation_form"].errors[field] == [message]
    kept = evaluation_data(**changes)["to_improve"]
    if kept:
        assert kept in response.content.decode()
    assert count_records(Evaluation, internship=world.internship) == 0


@pytest.mark.parametrize("extra", [0, 20])
def test_the_internship_pages_query_count_does_not_grow(client, world, mentor, extra):
    with scopes_disabled():
        for days_ago in range(extra):
            Attendance.objects.create(
                programme=world.programme,
                participant=world.participant,
                internship=world.internship,
                date=TODAY - days_ago * DAY,
                presence="present",
                recorded_by=mentor,
            )
            Evaluation.objects.create(
                programme=world.programme,
                internship=world.internship,
                date=TODAY - days_ago * DAY,
                soft_skills={"teamwork": 3},
                by=mentor,
            )
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url("mentor_internship", world, world.internship.pk))
    assert response.status_code == 200
    # session, user, programme, memberships, internship with participant and organisation,
    # recent attendance with who recorded it, evaluations with who wrote them, the audit entry.
    sql = "\n".join(query["sql"] for query in queries.captured_queries)
    assert len(queries) == 8, sql
