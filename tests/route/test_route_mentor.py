"""Internships: the coordinator adds one; the mentor records attendance and evaluations."""

import datetime
import re
from types import SimpleNamespace

import pytest
from django.contrib.messages import get_messages
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from django_scopes import scope, scopes_disabled

from participants import internships
from participants.models import Attendance, Evaluation, Internship
from programmes.models import Role
from tests.conftest import log_in
from tests.factories import MembershipFactory, ParticipantFactory, UserFactory

TODAY = timezone.localdate()
DAY = datetime.timedelta(days=1)


def url(name, world, pk=None):
    kwargs = {"programme": world.programme.slug}
    if pk is not None:
        kwargs["pk"] = pk
    return reverse(f"participants:{name}", kwargs=kwargs)


def log_in_in_english(client, user):
    with scopes_disabled():
        user.language = "en"
        user.save(update_fields=["language"])
    return log_in(client, user)


def messages_of(response):
    return [str(message) for message in get_messages(response.wsgi_request)]


@pytest.fixture
def internship(world):
    """Alpha's internship, started eight weeks ago, supervised by alpha's mentor."""
    with scopes_disabled():
        world.internship.starts_on = TODAY - datetime.timedelta(weeks=8)
        world.internship.save()
    return world.internship


@pytest.fixture
def mentor(client, world, internship):
    log_in_in_english(client, world.users["mentor"])
    return world.users["mentor"]


def add_mentored_internships(world, mentor, count, **fields):
    """``count`` participants, each on a current internship supervised by ``mentor``."""
    with scopes_disabled():
        if not mentor.memberships.filter(programme=world.programme, role=Role.MENTOR).exists():
            MembershipFactory(user=mentor, programme=world.programme, role=Role.MENTOR)
        result = []
        for participant in ParticipantFactory.create_batch(count, programme=world.programme):
            result.append(
                Internship.objects.create(
                    programme=world.programme,
                    participant=participant,
                    organisation=world.organisation,
                    mentor=mentor,
                    starts_on=fields.get("starts_on", TODAY - 30 * DAY),
                    ends_on=fields.get("ends_on"),
                )
            )
        return result


def count_records(model, **filters):
    with scopes_disabled():
        return model.objects.filter(**filters).count()


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
    # recent attendance with who recorded it, evaluations with who wrote them.
    sql = "\n".join(query["sql"] for query in queries.captured_queries)
    assert len(queries) == 7, sql


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
    form = response.context["internship_section"]["form"]
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
