"""Dutch language levels: adding a level, target and gap, the participant's own progress."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from django_scopes import scope, scopes_disabled

from participants import languages
from participants.models import Credential, LanguageAssessment
from tests.conftest import log_in
from tests.intake.coordinator import log_in_in_english

TODAY = timezone.localdate()


def page_url(world, participant=None):
    participant = participant or world.participant
    return reverse(
        "participants:participant_languages",
        kwargs={"programme": world.programme.slug, "pk": participant.pk},
    )


def my_url(world):
    return reverse("participants:my_progress", kwargs={"programme": world.programme.slug})


def add_level(world, skill, level, days_ago, source="school", evidence="", participant=None):
    with scopes_disabled():
        return LanguageAssessment.objects.create(
            programme=world.programme,
            participant=participant or world.participant,
            skill=skill,
            level=level,
            assessed_on=TODAY - datetime.timedelta(days=days_ago),
            source=source,
            evidence=evidence,
            by=world.users["coordinator"],
        )


def set_goal(participant, goal):
    with scopes_disabled():
        participant.goal_level = goal
        participant.save(update_fields=["goal_level"])


@pytest.fixture
def coordinator(client, world):
    return log_in_in_english(client, world.users["coordinator"])


def levels(world):
    with scope(programme=world.programme):
        return list(
            LanguageAssessment.objects.filter(participant=world.participant).values_list(
                "skill", "level", "source", "evidence"
            )
        )


def test_a_coordinator_adds_a_level(client, world, coordinator):
    response = client.post(
        page_url(world),
        {
            "skill": "speaking",
            "level": "A2",
            "assessed_on": TODAY.isoformat(),
            "source": "school",
            "evidence": "Toets ROC Mondriaan",
        },
        follow=True,
    )
    assert response.status_code == 200
    assert levels(world) == [("speaking", "A2", "school", "Toets ROC Mondriaan")]
    content = response.content.decode()
    assert "Saved: Speaking A2." in content
    assert "Toets ROC Mondriaan" in content


def test_a_date_in_the_future_is_refused_and_the_input_is_kept(client, world, coordinator):
    tomorrow = (TODAY + datetime.timedelta(days=1)).isoformat()
    response = client.post(
        page_url(world),
        {
            "skill": "reading",
            "level": "B1",
            "assessed_on": tomorrow,
            "source": "nt2_i",
            "evidence": "Staatsexamen NT2-I",
        },
    )
    assert response.status_code == 200
    assert levels(world) == []
    content = response.content.decode()
    assert "The date cannot be in the future." in content
    assert f'value="{tomorrow}"' in content
    assert 'value="Staatsexamen NT2-I"' in content
    assert response.context["form"]["level"].value() == "B1"


def test_an_unknown_level_is_refused(client, world, coordinator):
    response = client.post(
        page_url(world),
        {"skill": "reading", "level": "D9", "assessed_on": TODAY.isoformat(), "source": "self"},
    )
    assert response.status_code == 200
    assert "Choose a level." in response.content.decode()
    assert levels(world) == []


def test_the_page_shows_every_assessment_with_source_evidence_and_who(client, world, coordinator):
    add_level(world, "listening", "A1", 300, source="self")
    add_level(world, "listening", "A2", 100, source="school", evidence="Toets blok 2")
    response = client.get(page_url(world))
    history = response.context["history"]
    assert [a.level for a in history] == ["A2", "A1"]
    content = response.content.decode()
    assert "Own estimate" in content
    assert "Toets blok 2" in content
    assert str(world.users["coordinator"]) in content
    assert "<svg" in content
    assert "<polyline" in content


@pytest.mark.parametrize(
    ("goal", "level", "target", "text"),
    [
        ("mbo", "A2", "B1", "1 level to go"),
        ("mbo", "B1", "B1", "Reached"),
        ("hbo", "A2", "B2", "2 levels to go"),
        ("hbo", "C1", "B2", "Reached"),
        ("wo", "B2", "B2+", "Almost: B2 is reached, a bit more than B2 is needed."),
        ("wo", "B1", "B2+", "2 levels to go"),
        ("wo", "C1", "B2+", "Reached"),
        ("", "B1", "", "No target yet: the goal level is not known."),
    ],
)
def test_the_target_and_gap_follow_the_goal_level(
    client, world, coordinator, goal, level, target, text
):
    set_goal(world.participant, goal)
    add_level(world, "speaking", "0", 200, source="self")
    add_level(world, "speaking", level, 10)
    response = client.get(page_url(world))
    assert response.context["target"] == target
    speaking = next(row for row in response.context["rows"] if row.skill == "speaking")
    assert speaking.latest.level == level
    assert speaking.gap.text == text
    writing = next(row for row in response.context["rows"] if row.skill == "writing")
    assert writing.latest is None


def test_the_latest_level_counts_not_the_highest(world):
    add_level(world, "writing", "B1", 100)
    add_level(world, "writing", "A2", 5)
    with scope(programme=world.programme):
        assert languages.current_levels(world.participant)["writing"].level == "A2"


def test_a_participant_sees_their_own_levels_and_credentials(client, world, other_world):
    set_goal(world.participant, "mbo")
    add_level(world, "vaktaal", "A2", 30, evidence="Vaktaaltoets Zorg")
    add_level(other_world, "vaktaal", "C2", 30, evidence="Geheim van de ander")
    with scopes_disabled():
        Credential.objects.create(
            programme=other_world.programme,
            participant=other_world.participant,
            kind="vog",
            title="VOG van de ander",
        )
    log_in(client, world.users["participant"])
    response = client.get(my_url(world))
    assert response.status_code == 200
    content = response.content.decode()
    assert "Vaktaaltoets Zorg" in content
    assert "Verpleegkunde" in content  # world.credential
    assert "Geheim van de ander" not in content
    assert "VOG van de ander" not in content
    assert [a.evidence for a in response.context["history"]] == ["Vaktaaltoets Zorg"]
    assert [row["credential"].pk for row in response.context["credentials"]] == [
        world.credential.pk
    ]


def test_a_participant_cannot_open_the_coordinators_page(client, world):
    log_in(client, world.users["participant"])
    assert client.get(page_url(world)).status_code in (403, 404)


def test_a_coordinator_cannot_see_another_programmes_participant(client, world, other_world):
    log_in(client, world.users["coordinator"])
    assert client.get(page_url(world, other_world.participant)).status_code == 404
    response = client.post(
        page_url(world, other_world.participant),
        {"skill": "reading", "level": "B1", "assessed_on": TODAY.isoformat(), "source": "self"},
    )
    assert response.status_code == 404
    with scopes_disabled():
        assert not LanguageAssessment.objects.filter(participant=other_world.participant).exists()


@pytest.mark.parametrize("extra", [1, 30])
def test_the_query_counts_do_not_grow(client, world, coordinator, extra):
    for day in range(extra):
        add_level(
            world, ["listening", "reading", "speaking", "writing", "vaktaal"][day % 5], "A2", day
        )
    with scopes_disabled():
        for number in range(extra):
            Credential.objects.create(
                programme=world.programme,
                participant=world.participant,
                kind="vog",
                title=str(number),
            )
    with CaptureQueriesContext(connection) as queries:
        response = client.get(page_url(world))
    assert response.status_code == 200
    assert len(response.context["history"]) == extra
    # session, user, programme, memberships, MFA authenticator, participant,
    # assessments with who recorded them, the audit entry.
    sql = "\n".join(query["sql"] for query in queries.captured_queries)
    assert len(queries) == 8, sql

    log_in(client, world.users["participant"])
    with CaptureQueriesContext(connection) as queries:
        response = client.get(my_url(world))
    assert response.status_code == 200
    # session, user, programme, memberships, participant, credentials, assessments.
    sql = "\n".join(query["sql"] for query in queries.captured_queries)
    assert len(queries) == 7, sql


@pytest.mark.parametrize("slug", ["leiden", "haaglanden", "idz-udz", "voorwerk"])
def test_the_demo_histories_follow_the_rules_and_load_once(world, slug):
    from programmes.demo.languages import load_languages
    from tests.factories import ParticipantFactory

    with scopes_disabled():
        for number in range(2, 10):
            ParticipantFactory(
                programme=world.programme,
                number=f"ALP-{number:04}",
                route_started_on=TODAY - datetime.timedelta(days=40 * number),
            )
    world.programme.slug = slug  # only the profile is chosen by slug; nothing is saved
    coordinator = world.users["coordinator"]
    with scope(programme=world.programme):
        load_languages(world.programme, coordinator)
        assessments = LanguageAssessment.objects.filter(programme=world.programme)
        counted = (assessments.count(), Credential.objects.count())
        assert all(a.assessed_on <= TODAY for a in assessments)
        assert assessments.filter(source="self").exists()
        assert assessments.filter(skill="vaktaal").exists()
        load_languages(world.programme, coordinator)
        assert (assessments.count(), Credential.objects.count()) == counted


def test_the_summary_on_the_participants_page_shows_levels_gap_and_credentials(world):
    from types import SimpleNamespace

    from django.template.loader import render_to_string
    from django.utils import translation

    set_goal(world.participant, "hbo")
    add_level(world, "reading", "B1", 10)
    staff = SimpleNamespace(roles={"coordinator"}, programme=world.programme)
    with scope(programme=world.programme), translation.override("en"):
        context = languages.coordinator_section(staff, world.participant)
        html = render_to_string(
            "participants/participant/_progress.html",
            {**context, "participant": world.participant, "programme": world.programme},
        )
        mentor = SimpleNamespace(roles={"mentor"}, programme=world.programme)
        assert languages.coordinator_section(mentor, world.participant) == {
            "progress_section": None
        }
    assert "<strong>B2</strong>" in html
    assert "1 level to go" in html
    assert "Evaluation of a foreign diploma" in html
    assert "Still to do" in html
    assert page_url(world) in html
