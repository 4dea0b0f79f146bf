"""Skills: staff assess a participant, the participant assesses themself; nobody else's."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from django_scopes import scope, scopes_disabled

from participants import skills
from participants.models import Skill, SkillAssessment
from participants.skills import SkillError, evidence_field, level_field
from tests.factories import ParticipantFactory
from tests.intake.coordinator import log_in_in_english
from tests.route.internship_helpers import messages_of

TODAY = timezone.localdate()


def staff_url(world, participant=None):
    participant = participant or world.participant
    return reverse(
        "participants:participant_skills",
        kwargs={"programme": world.programme.slug, "pk": participant.pk},
    )


def my_url(world):
    return reverse("participants:my_skills", kwargs={"programme": world.programme.slug})


def rows(participant):
    with scopes_disabled():
        return list(
            SkillAssessment.objects.filter(participant=participant).values_list(
                "skill_id", "level", "evidence", "is_self", "assessed_on", "by_id"
            )
        )


@pytest.fixture
def framework(world):
    """Alpha's skill plus the standard framework."""
    with scopes_disabled():
        skills.install_standard_skills(world.programme)
        return list(Skill.objects.filter(programme=world.programme))


def test_the_standard_framework_is_installed_once_in_three_languages(world):
    with scopes_disabled():
        # Alpha already has "Samenwerken": it stays as the programme wrote it.
        added = skills.install_standard_skills(world.programme)
        assert added == len(skills.STANDARD_SKILLS) - 1
        assert skills.install_standard_skills(world.programme) == 0
        installed = Skill.objects.filter(programme=world.programme).exclude(pk=world.skill.pk)
        assert installed.count() == len(skills.STANDARD_SKILLS) - 1
        assert Skill.objects.get(pk=world.skill.pk).name_en == "Working together"
        assert set(installed.values_list("kind", flat=True)) == {"soft", "transversal"}
        assert not installed.filter(name_ar=None).exists()
        assert not installed.filter(description_en="").exists()


def test_a_coordinator_saves_an_assessment_with_evidence(client, world, framework):
    coordinator = world.users["coordinator"]
    log_in_in_english(client, coordinator)
    second = framework[1]
    response = client.post(
        staff_url(world),
        {
            "assessed_on": "2026-03-14",
            level_field(world.skill.pk): "3",
            evidence_field(world.skill.pk): "Helps colleagues without being asked.",
            level_field(second.pk): "",
        },
    )
    assert response.status_code == 302
    assert rows(world.participant) == [
        (
            world.skill.pk,
            3,
            "Helps colleagues without being asked.",
            False,
            datetime.date(2026, 3, 14),
            coordinator.pk,
        )
    ]
    assert messages_of(response) == ["The assessment of Amina Yusuf is saved."]
    content = client.get(staff_url(world)).content.decode()
    assert "Helps colleagues without being asked." in content
    assert "3 = good" in content


def test_the_mentor_assesses_their_participant_but_nobody_else(client, world, framework):
    mentor = world.users["mentor"]
    log_in_in_english(client, mentor)
    response = client.post(
        staff_url(world), {"assessed_on": TODAY.isoformat(), level_field(world.skill.pk): "2"}
    )
    assert response.status_code == 302
    assert [(row[1], row[5]) for row in rows(world.participant)] == [(2, mentor.pk)]

    with scopes_disabled():
        stranger = ParticipantFactory(programme=world.programme, number="ALP-0099")
    post = {"assessed_on": TODAY.isoformat(), level_field(world.skill.pk): "2"}
    assert client.get(staff_url(world, stranger)).status_code == 404
    assert client.post(staff_url(world, stranger), post).status_code == 404
    assert rows(stranger) == []


def test_invalid_levels_are_refused_and_what_was_typed_stays(client, world, framework):
    log_in_in_english(client, world.users["coordinator"])
    second = framework[1]
    response = client.post(
        staff_url(world),
        {
            "assessed_on": TODAY.isoformat(),
            level_field(world.skill.pk): "7",
            evidence_field(world.skill.pk): "Typed evidence stays",
            level_field(second.pk): "4",
        },
    )
    assert response.status_code == 200
    form = response.context["form"]
    assert form.errors[level_field(world.skill.pk)] == ["Choose a level from 1 to 4."]
    content = response.content.decode()
    assert 'value="Typed evidence stays"' in content
    assert f'value="4" id="id_{level_field(second.pk)}_4" checked' in content
    assert rows(world.participant) == []


@pytest.mark.parametrize(
    ("post", "field", "message"),
    [
        ({}, None, "Choose a level for at least one skill."),
        (
            {"evidence": "Seen at work"},
            "skill",
            "Choose a level for this skill, or remove what you wrote.",
        ),
        ({"level": "2", "date": "future"}, "assessed_on", "The date cannot be in the future."),
    ],
)
def test_an_assessment_needs_a_level_and_a_past_date(
    client, world, framework, post, field, message
):
    log_in_in_english(client, world.users["coordinator"])
    day = TODAY + datetime.timedelta(days=1) if post.get("date") else TODAY
    data = {
        "assessed_on": day.isoformat(),
        level_field(world.skill.pk): post.get("level", ""),
        evidence_field(world.skill.pk): post.get("evidence", ""),
    }
    response = client.post(staff_url(world), data)
    assert response.status_code == 200
    key = {None: "__all__", "skill": level_field(world.skill.pk)}.get(field, field)
    assert response.context["form"].errors[key] == [message]
    assert rows(world.participant) == []


def test_a_skill_of_another_programme_is_refused(client, world, other_world, framework):
    log_in_in_english(client, world.users["coordinator"])
    response = client.post(
        staff_url(world),
        {"assessed_on": TODAY.isoformat(), level_field(other_world.skill.pk): "3"},
    )
    # The form has no field for it: nothing to save.
    assert response.status_code == 200
    assert response.context["form"].non_field_errors() == ["Choose a level for at least one skill."]
    with scope(programme=world.programme), pytest.raises(SkillError) as refusal:
        skills.assess(world.participant, None, {other_world.skill.pk: 3})
    assert refusal.value.field == level_field(other_world.skill.pk)
    assert rows(world.participant) == []


def test_a_self_assessment_is_saved_as_the_participants_own(client, world, framework):
    participant_user = world.users["participant"]
    log_in_in_english(client, participant_user)
    page = client.get(my_url(world)).content.decode()
    assert "1 = I find this hard" in page
    assert "4 = I do this well" in page
    response = client.post(
        my_url(world),
        {level_field(world.skill.pk): "1", evidence_field(world.skill.pk): "Nog moeilijk"},
    )
    assert response.status_code == 302
    assert rows(world.participant) == [
        (world.skill.pk, 1, "Nog moeilijk", True, TODAY, participant_user.pk)
    ]
    assert messages_of(response) == ["Thank you. Your answers are saved."]


def test_the_participant_sees_their_own_and_the_staff_levels_side_by_side(client, world, framework):
    with scope(programme=world.programme):
        skills.assess(world.participant, world.users["coordinator"], {world.skill.pk: 1})
        skills.assess(
            world.participant, world.users["participant"], {world.skill.pk: 4}, is_self=True
        )
    log_in_in_english(client, world.users["participant"])
    response = client.get(my_url(world))
    [row] = response.context["overview"].assessed
    assert (row.staff.level, row.own.level, row.difference) == (1, 4, 3)
    content = response.content.decode()
    assert "1 = not yet" in content
    assert "see this differently" in content


def test_the_participant_never_sees_another_participants_assessment(
    client, world, other_world, framework
):
    with scopes_disabled():
        neighbour = ParticipantFactory(programme=world.programme, number="ALP-0098")
    with scope(programme=world.programme):
        skills.assess(
            neighbour, None, {world.skill.pk: 4}, {world.skill.pk: "Secret"}, is_self=True
        )
    with scope(programme=other_world.programme):
        skills.assess(other_world.participant, None, {other_world.skill.pk: 4}, is_self=True)
    log_in_in_english(client, world.users["participant"])
    response = client.get(my_url(world))
    assert response.context["overview"].assessed == []
    assert "Secret" not in response.content.decode()
    # Posting for someone else's skill does nothing either.
    client.post(my_url(world), {level_field(other_world.skill.pk): "4"})
    assert rows(world.participant) == []


def test_a_difference_of_two_or_more_is_shown_to_staff(client, world, framework):
    with scope(programme=world.programme):
        skills.assess(world.participant, world.users["mentor"], {world.skill.pk: 2})
        skills.assess(world.participant, None, {world.skill.pk: 3}, is_self=True)
        assert skills.latest(world.participant).rows[0].difference is None
        skills.assess(world.participant, None, {world.skill.pk: 4}, is_self=True)
    log_in_in_english(client, world.users["coordinator"])
    content = client.get(staff_url(world)).content.decode()
    assert "The participant sees this higher than staff do." in content


def add_assessments(world, framework, count):
    with scope(programme=world.programme):
        for day in range(count):
            skills.assess(
                world.participant,
                world.users["mentor"],
                {skill.pk: 1 + day % 4 for skill in framework},
                {skill.pk: f"Dag {day}" for skill in framework},
                assessed_on=TODAY - datetime.timedelta(days=day),
            )
            skills.assess(
                world.participant,
                world.users["participant"],
                {framework[0].pk: 2},
                is_self=True,
                assessed_on=TODAY - datetime.timedelta(days=day),
            )


@pytest.mark.parametrize("count", [1, 30])
def test_the_staff_pages_query_count_does_not_grow(client, world, framework, count):
    add_assessments(world, framework, count)
    log_in_in_english(client, world.users["coordinator"])
    with CaptureQueriesContext(connection) as queries:
        response = client.get(staff_url(world))
    assert len(response.context["overview"].history) == count * (len(framework) + 1)
    # session, user, programme, memberships, MFA authenticator, the participant, skills,
    # assessments with who assessed, the audit entry.
    sql = "\n".join(query["sql"] for query in queries.captured_queries)
    assert len(queries) == 9, sql


@pytest.mark.parametrize("count", [1, 30])
def test_the_participants_page_query_count_does_not_grow(client, world, framework, count):
    add_assessments(world, framework, count)
    log_in_in_english(client, world.users["participant"])
    with CaptureQueriesContext(connection) as queries:
        response = client.get(my_url(world))
    assert response.status_code == 200
    # session, user, programme, memberships, the participant, skills, assessments.
    sql = "\n".join(query["sql"] for query in queries.captured_queries)
    assert len(queries) == 7, sql


def test_the_demo_gives_assessments_once(world):
    from programmes.demo.skills import load_skills

    with scope(programme=world.programme):
        load_skills(world.programme, world.users["coordinator"], world.users["mentor"])
        first = rows(world.participant)
        load_skills(world.programme, world.users["coordinator"], world.users["mentor"])
        assert rows(world.participant) == first
    kinds = {(row[3], row[5]) for row in first}
    assert (False, world.users["coordinator"].pk) in kinds
    assert (False, world.users["mentor"].pk) in kinds
    assert (True, world.users["participant"].pk) in kinds


def test_the_summary_for_the_participant_page_shows_the_latest_levels(rf, world, framework):
    from django.template.loader import render_to_string
    from django.utils import translation

    with scope(programme=world.programme):
        skills.assess(world.participant, world.users["mentor"], {world.skill.pk: 4})
        request = rf.get("/")
        request.programme, request.roles = world.programme, {"mentor"}
        context = skills.coordinator_section(request, world.participant)
        request.roles = {"participant"}
        assert skills.coordinator_section(request, world.participant) == {"skills_section": None}
        with translation.override("en"):
            html = render_to_string(
                "participants/participant/_skills.html",
                {**context, "participant": world.participant, "programme": world.programme},
            )
    assert "Working together" in html
    assert "4 = very good" in html
    assert staff_url(world) in html
