"""Group sessions: coordinators plan them, invite a stage and take attendance in one go."""

import datetime
import re

import pytest
from django.contrib.messages import get_messages
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from django_scopes import scope, scopes_disabled

from participants import group_sessions
from participants.models import Attendance, Participant, Session
from tests.conftest import log_in
from tests.factories import ParticipantFactory, UserFactory
from tests.intake.coordinator import log_in_in_english

NOW = timezone.now()


def list_url(world):
    return reverse("participants:session_list", kwargs={"programme": world.programme.slug})


def detail_url(world, session):
    return reverse(
        "participants:session_detail", kwargs={"programme": world.programme.slug, "pk": session.pk}
    )


@pytest.fixture
def coordinator(client, world):
    log_in_in_english(client, world.users["coordinator"])
    return world.users["coordinator"]


def add_participants(world, count, stage=None, **fields):
    with scopes_disabled():
        return ParticipantFactory.create_batch(
            count, programme=world.programme, current_stage=stage or world.stages[0], **fields
        )


def add_session(world, title, starts_at, stage=None):
    with scopes_disabled():
        return Session.objects.create(
            programme=world.programme, title=title, starts_at=starts_at, stage=stage
        )


def records(session):
    with scopes_disabled():
        return {
            record.participant_id: record
            for record in Attendance.objects.filter(session=session).select_related("recorded_by")
        }


def test_the_list_shows_this_programmes_sessions_upcoming_and_past(
    client, world, other_world, coordinator
):
    past = add_session(world, "Kennismaking", NOW - datetime.timedelta(days=7))
    response = client.get(list_url(world))
    assert response.status_code == 200
    assert response.context["upcoming"] == [world.session]
    assert response.context["past"] == [past]
    content = response.content.decode()
    assert "Kennismaking" in content
    assert detail_url(other_world, other_world.session) not in content


def test_the_coordinator_plans_a_session_for_a_stage_and_its_participants_are_invited(
    client, world, coordinator
):
    in_stage = add_participants(world, 2, stage=world.stages[0])
    add_participants(world, 1, stage=world.stages[0], status=Participant.Status.STOPPED)
    add_participants(world, 1, stage=world.stages[2])
    response = client.post(
        list_url(world),
        {
            "title": "Samenwerken",
            "starts_at": "2027-02-01T10:00",
            "location": "COA Katwijk, lokaal 2",
            "stage": world.stages[0].pk,
        },
    )
    assert response.status_code == 302
    with scopes_disabled():
        session = Session.objects.get(title="Samenwerken")
    assert response.url == detail_url(world, session)
    assert [str(m) for m in get_messages(response.wsgi_request)] == [
        "The session is planned. 2 participants are invited."
    ]
    assert session.location == "COA Katwijk, lokaal 2"
    assert timezone.localtime(session.starts_at).strftime("%Y-%m-%d %H:%M") == "2027-02-01 10:00"
    invited = records(session)
    assert set(invited) == {p.pk for p in in_stage}
    assert {r.presence for r in invited.values()} == {"expected"}
    assert {r.date for r in invited.values()} == {datetime.date(2027, 2, 1)}


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        ({"title": ""}, "title", "Enter a title."),
        (
            {"starts_at": "morgen"},
            "starts_at",
            "Enter a date and a time, for example 2026-03-14 10:30.",
        ),
        ({"stage": "other"}, "stage", "Choose a stage of this programme."),
    ],
)
def test_a_wrong_session_is_refused_and_the_input_kept(
    client, world, other_world, coordinator, changes, field, message
):
    data = {"title": "Solliciteren", "starts_at": "2027-02-01T10:00", "location": "Leiden"}
    data.update(changes)
    if data.get("stage") == "other":
        data["stage"] = other_world.stages[0].pk
    response = client.post(list_url(world), data)
    assert response.status_code == 200
    assert response.context["form"].errors[field] == [message]
    assert 'value="Leiden"' in response.content.decode()
    with scopes_disabled():
        assert not Session.objects.filter(location="Leiden").exists()


def test_a_session_without_a_stage_lists_every_active_participant(client, world, coordinator):
    others = add_participants(world, 2, stage=world.stages[2])
    add_participants(world, 1, status=Participant.Status.COMPLETED)
    response = client.get(detail_url(world, world.session))
    listed = [row.participant for row in response.context["form"].rows()]
    assert set(listed) == {world.participant, *others}


def test_the_coordinator_saves_everyones_presence_in_one_post(client, world, coordinator):
    others = add_participants(world, 2, stage=world.stages[2])
    everyone = [world.participant, *others]
    response = client.post(
        detail_url(world, world.session),
        {
            f"presence_{everyone[0].pk}": "present",
            f"presence_{everyone[1].pk}": "absent",
            f"presence_{everyone[2].pk}": "excused",
        },
    )
    assert response.status_code == 302
    assert [str(m) for m in get_messages(response.wsgi_request)] == [
        "The attendance is saved (3 changes)."
    ]
    saved = records(world.session)
    assert {pk: r.presence for pk, r in saved.items()} == {
        everyone[0].pk: "present",
        everyone[1].pk: "absent",
        everyone[2].pk: "excused",
    }
    assert {r.recorded_by for r in saved.values()} == {coordinator}
    page = client.get(detail_url(world, world.session))
    assert page.context["counts"] == {"present": 1, "absent": 2, "unknown": 0}
    assert "Present: <strong>1</strong>. Absent: <strong>2</strong>." in page.content.decode()


def test_saving_again_updates_only_what_changed(client, world, coordinator):
    [other] = add_participants(world, 1)
    with scope(programme=world.programme):
        group_sessions.save_session_attendance(
            world.session, {world.participant.pk: "present", other.pk: "absent"}, by=None
        )
    response = client.post(
        detail_url(world, world.session),
        {f"presence_{world.participant.pk}": "present", f"presence_{other.pk}": "excused"},
    )
    assert response.status_code == 302
    saved = records(world.session)
    assert len(saved) == 2  # updated, not duplicated
    assert saved[world.participant.pk].recorded_by is None  # unchanged: not touched
    assert saved[other.pk].presence == "excused"
    assert saved[other.pk].recorded_by == coordinator


def test_a_wrong_presence_saves_nothing_and_keeps_the_input(client, world, coordinator):
    [other] = add_participants(world, 1)
    response = client.post(
        detail_url(world, world.session),
        {f"presence_{world.participant.pk}": "present", f"presence_{other.pk}": "maybe"},
    )
    assert response.status_code == 200
    assert response.context["form"].errors[f"presence_{other.pk}"]
    content = response.content.decode()
    # The choice made for the first participant is still made.
    assert re.search(
        rf'<input[^>]*name="presence_{world.participant.pk}" value="present"[^>]*checked', content
    )
    assert records(world.session) == {}


def test_a_participant_of_another_programme_cannot_be_recorded(world, other_world):
    with scope(programme=world.programme), pytest.raises(group_sessions.SessionError):
        group_sessions.save_session_attendance(
            world.session, {other_world.participant.pk: "present"}, by=None
        )
    assert records(world.session) == {}


def test_a_mentor_cannot_open_the_sessions(client, world):
    log_in(client, world.users["mentor"])
    assert client.get(list_url(world)).status_code == 403
    assert client.get(detail_url(world, world.session)).status_code == 403


def test_another_programmes_session_is_404(client, world, other_world, coordinator):
    assert client.get(detail_url(world, other_world.session)).status_code == 404
    response = client.post(
        detail_url(world, other_world.session),
        {f"presence_{other_world.participant.pk}": "present"},
    )
    assert response.status_code == 404
    assert records(other_world.session) == {}


@pytest.mark.parametrize("extra", [0, 30])
def test_the_pages_query_counts_do_not_grow(client, world, coordinator, extra):
    add_participants(world, extra)
    for day in range(extra):
        add_session(world, f"Sessie {day}", NOW + datetime.timedelta(days=day - extra // 2))
    with CaptureQueriesContext(connection) as queries:
        response = client.get(list_url(world))
    assert response.status_code == 200
    # session, user, programme, memberships, MFA authenticator, upcoming sessions, past
    # sessions, stages (form choices).
    sql = "\n".join(query["sql"] for query in queries.captured_queries)
    assert len(queries) == 8, sql
    with scope(programme=world.programme):
        group_sessions.save_session_attendance(
            world.session,
            {p.pk: "present" for p in group_sessions.invited_participants(world.session)},
            by=None,
        )
    with CaptureQueriesContext(connection) as queries:
        response = client.get(detail_url(world, world.session))
    assert len(response.context["form"].rows()) == 1 + extra
    # session, user, programme, memberships, MFA authenticator, the group session with its
    # stage, participants, attendance records with who recorded them.
    sql = "\n".join(query["sql"] for query in queries.captured_queries)
    assert len(queries) == 8, sql


def test_a_session_page_shows_who_last_changed_a_presence(client, world, coordinator):
    trainer = UserFactory(email="trainer@alpha.example", name="Trainer Tineke")
    with scope(programme=world.programme):
        group_sessions.save_session_attendance(
            world.session, {world.participant.pk: "present"}, by=trainer
        )
    content = client.get(detail_url(world, world.session)).content.decode()
    assert "Last changed by Trainer Tineke" in content
