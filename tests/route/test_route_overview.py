"""The programme overview: people per stage now, and the results per cohort (start month)."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django_scopes import scopes_disabled

from participants.models import Internship, JobPlacement, Participant, StageEntry
from programmes.cohorts import Cohort
from tests.conftest import log_in
from tests.factories import ParticipantFactory, StageFactory
from tests.intake.coordinator import log_in_in_english

SEPTEMBER = datetime.date(2025, 9, 1)
MARCH = datetime.date(2026, 3, 1)
Status = Participant.Status
Outcome = StageEntry.Outcome


def overview_url(world):
    return reverse("programmes:overview", kwargs={"programme": world.programme.slug})


def person(world, started, status=Status.ACTIVE, stage=0, **fields):
    return ParticipantFactory(
        programme=world.programme,
        route_started_on=started,
        status=status,
        current_stage=world.stages[stage],
        **fields,
    )


def stop(world, participant, outcome, reason):
    StageEntry.objects.create(
        programme=world.programme,
        participant=participant,
        stage=participant.current_stage,
        started_on=participant.route_started_on,
        ended_on=participant.route_started_on + datetime.timedelta(days=60),
        outcome=outcome,
        note=reason,
    )


def place(world, participant):
    JobPlacement.objects.create(
        programme=world.programme,
        participant=participant,
        employer=world.organisation,
        role="Helpende zorg",
        contract="permanent",
        hours_per_week=32,
        starts_on=MARCH,
    )


@pytest.fixture
def cohorts(world, other_world):
    """September 2025: five people; March 2026: two. World's Amina has no start date."""
    with scopes_disabled():
        bbl = StageFactory(programme=world.programme, key="bbl-training", position=4)
        september = [person(world, SEPTEMBER + datetime.timedelta(days=i)) for i in range(5)]
        # Two still on the route; one of them began BBL by an internship, and has a job.
        Internship.objects.create(
            programme=world.programme,
            participant=september[0],
            organisation=world.organisation,
            kind=Internship.Kind.BBL,
            starts_on=MARCH,
        )
        place(world, september[0])
        # One completed, after a stage whose key says BBL; with a job (twice: counted once).
        september[2].status = Status.COMPLETED
        september[2].save()
        StageEntry.objects.create(
            programme=world.programme,
            participant=september[2],
            stage=bbl,
            started_on=MARCH,
            ended_on=MARCH,
            outcome=Outcome.COMPLETED,
        )
        place(world, september[2])
        place(world, september[2])
        # Two stopped: one stopped, one moved to another route.
        for participant, outcome, reason in (
            (september[3], Outcome.STOPPED, "Terug naar Syrië vanwege familie."),
            (september[4], Outcome.MOVED, "Naar de route voor techniek."),
        ):
            participant.status = Status.STOPPED
            participant.save()
            stop(world, participant, outcome, reason)
        march = [person(world, MARCH, stage=1) for _ in range(2)]
        # Another programme's people never count.
        ParticipantFactory(programme=other_world.programme, route_started_on=SEPTEMBER)
    return september, march


def figures(cohort: Cohort):
    return (
        cohort.started,
        cohort.on_route,
        cohort.completed,
        cohort.stopped,
        cohort.placed,
        cohort.began_bbl,
    )


def test_it_counts_each_cohort(client, world, cohorts):
    log_in_in_english(client, world.users["coordinator"])
    response = client.get(overview_url(world))
    assert response.status_code == 200
    rows = response.context["cohorts"]
    assert [row.month for row in rows] == [SEPTEMBER, MARCH, None]
    september, march, unknown = rows
    # started, on the route, completed, stopped, placed, began BBL
    assert figures(september) == (5, 2, 1, 2, 2, 2)
    assert figures(march) == (2, 2, 0, 0, 0, 0)
    # Amina (the world's participant) has a job but no start date.
    assert figures(unknown) == (1, 1, 0, 0, 1, 0)
    assert figures(response.context["totals"]) == (8, 5, 1, 2, 3, 2)
    content = response.content.decode()
    assert "September 2025" in content
    assert "Start date not known" in content


def test_it_counts_the_active_people_per_stage(client, world, cohorts):
    log_in(client, world.users["coordinator"])
    stages = client.get(overview_url(world)).context["stages"]
    # Stage 1: the two active September people; stage 2: March's two and Amina.
    assert [(stage.position, stage.active) for stage in stages] == [(1, 2), (2, 3), (3, 0), (4, 0)]


def test_coordinators_read_why_people_stopped(client, world, cohorts):
    log_in_in_english(client, world.users["coordinator"])
    response = client.get(overview_url(world))
    september = response.context["cohorts"][0]
    assert [(r.outcome, r.note) for r in september.reasons] == [  # newest first
        ("Moved to another route", "Naar de route voor techniek."),
        ("Stopped", "Terug naar Syrië vanwege familie."),
    ]
    assert "Naar de route voor techniek." in response.content.decode()


@pytest.mark.parametrize("role", ["mentor", "municipality_officer"])
def test_mentors_and_officers_see_numbers_only(client, world, cohorts, role):
    log_in(client, world.users[role])
    response = client.get(overview_url(world))
    assert response.status_code == 200
    content = response.content.decode()
    assert "Terug naar Syrië" not in content
    assert "Naar de route voor techniek." not in content
    assert response.context["cohorts"][0].reasons == []
    assert figures(response.context["cohorts"][0]) == (5, 2, 1, 2, 2, 2)


def test_an_empty_programme_says_so(client, world):
    with scopes_disabled():
        Participant.objects.filter(pk=world.participant.pk).delete()
    log_in_in_english(client, world.users["coordinator"])
    response = client.get(overview_url(world))
    assert response.context["cohorts"] == []
    assert "Nobody has started the route yet." in response.content.decode()


def add_people(world, count):
    """``count`` people in one cohort, each stopped with a reason, a job and a BBL internship."""
    with scopes_disabled():
        for _ in range(count):
            participant = person(world, SEPTEMBER, status=Status.STOPPED)
            stop(world, participant, Outcome.STOPPED, "Reden.")
            place(world, participant)
            Internship.objects.create(
                programme=world.programme,
                participant=participant,
                organisation=world.organisation,
                kind=Internship.Kind.BBL,
                starts_on=MARCH,
            )


@pytest.mark.parametrize("count", [1, 50])
def test_the_query_count_does_not_grow_with_the_participants(client, world, count):
    add_people(world, count)
    log_in(client, world.users["coordinator"])
    with CaptureQueriesContext(connection) as queries:
        response = client.get(overview_url(world))
    assert response.status_code == 200
    assert response.context["cohorts"][0].started == count
    # session, user, programme, memberships, MFA authenticator, stages with their active
    # count, the cohort figures, the reasons for stopping.
    sql = "\n".join(q["sql"] for q in queries.captured_queries)
    assert len(queries) == 8, sql


@pytest.mark.parametrize("count", [1, 50])
def test_the_mentors_overview_has_no_query_for_reasons(client, world, count):
    add_people(world, count)
    log_in(client, world.users["mentor"])
    with CaptureQueriesContext(connection) as queries:
        client.get(overview_url(world))
    # session, user, programme, memberships, stages with counts, the cohort figures.
    sql = "\n".join(q["sql"] for q in queries.captured_queries)
    assert len(queries) == 6, sql


def test_the_figures_are_cached_for_a_few_minutes_in_every_language(client, world):
    add_people(world, 3)
    with scopes_disabled():
        stop(
            world,
            person(world, datetime.date(2026, 1, 5), status=Status.STOPPED),
            "stopped",
            "Moved away",
        )
    log_in_in_english(client, world.users["coordinator"])
    first = client.get(overview_url(world)).content.decode()
    with CaptureQueriesContext(connection) as queries:
        again = client.get(overview_url(world))
    # session, user, programme, memberships, MFA authenticator: the figures come from the cache.
    assert len(queries) == 5
    assert "Moved away" in first
    assert "Moved away" in again.content.decode()
    with scopes_disabled():
        user = world.users["coordinator"]
        user.language = "nl"
        user.save()
    dutch = client.get(overview_url(world)).content.decode()
    assert "Gestopt" in dutch  # the reason's label follows the reader's language


def test_a_cohort_shows_its_ten_newest_reasons_and_counts_the_rest(client, world):
    with scopes_disabled():
        for day in range(1, 13):
            stopped = person(world, datetime.date(2026, 1, 5), status=Status.STOPPED)
            stop(world, stopped, "stopped", f"Reason {day:02}")
    log_in_in_english(client, world.users["coordinator"])
    response = client.get(overview_url(world))
    january = response.context["cohorts"][0]
    assert len(january.reasons) == 10
    assert january.reasons_hidden == 2
    assert "And 2 earlier reasons, not shown." in response.content.decode()
