"""The programme's insights: barrier, language and credential figures, and the anonymised export."""

import csv
import datetime
import io
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django_scopes import scope, scopes_disabled

from barriers import insights, insights_views
from barriers import urls as barrier_urls
from barriers.insights import SUPPRESSED
from barriers.models import BarrierType, ParticipantBarrier
from participants.models import Credential, LanguageAssessment
from tests.conftest import log_in
from tests.factories import ParticipantFactory
from tests.intake.coordinator import log_in_in_english

JANUARY = datetime.date(2026, 1, 1)
MARCH = datetime.date(2026, 3, 1)
Status = ParticipantBarrier.Status


def day(month, number):
    return datetime.date(2026, month, number)


def person(world, cohort=JANUARY, **extra):
    return ParticipantFactory(programme=world.programme, route_started_on=cohort, **extra)


def barrier(world, participant, barrier_type=None, *, status=Status.IDENTIFIED, days=None):
    """A barrier identified on 5 January; resolved ``days`` later when given."""
    identified = day(1, 5)
    return ParticipantBarrier.objects.create(
        programme=world.programme,
        participant=participant,
        barrier_type=barrier_type or world.barrier_type,
        status=Status.RESOLVED if days is not None else status,
        how_it_shows="Secret detail about this person",
        identified_on=identified,
        resolved_on=identified + datetime.timedelta(days=days) if days is not None else None,
    )


def speaking(world, participant, level, on, skill="speaking"):
    return LanguageAssessment.objects.create(
        programme=world.programme,
        participant=participant,
        skill=skill,
        level=level,
        assessed_on=on,
        source="school",
        evidence="Private school report",
    )


def credential(world, participant, kind, status):
    return Credential.objects.create(
        programme=world.programme,
        participant=participant,
        kind=kind,
        status=status,
        title="Private diploma title",
        note="Private credential note",
    )


@pytest.fixture
def figures(world, other_world):
    """Known data: Amina (no cohort) plus three January people and one in March."""
    with scopes_disabled():
        information = BarrierType.objects.create(
            programme=world.programme, code="information", position=1, name_nl="Informatie"
        )
        BarrierType.objects.create(
            programme=world.programme, code="unused", position=9, name_en="Unused", is_active=False
        )
        january = [person(world) for _ in range(3)]
        march = person(world, cohort=MARCH)
        for participant, days in zip(january, (10, 20, 40), strict=True):
            barrier(world, participant, days=days)
        barrier(world, january[0])  # the same barrier again, still open: one person
        barrier(world, march, information, status=Status.NOT_APPLICABLE)

        speaking(world, january[0], "A1", day(1, 10))
        speaking(world, january[0], "A2", day(2, 20))  # later in Q1: counts
        speaking(world, january[0], "B1", day(4, 5))
        speaking(world, january[1], "A2", day(3, 1))
        speaking(world, january[1], "B2", day(3, 2), skill="writing")  # not speaking
        speaking(world, march, "0", day(5, 1))

        credential(world, january[0], "diploma", "done")
        credential(world, january[1], "diploma", "done")
        credential(world, january[0], "big", "waiting")

        # The other programme: never counted here.
        stranger = person(other_world)
        barrier(other_world, stranger, other_world.barrier_type, days=1)
        speaking(other_world, stranger, "C2", day(1, 1))
        credential(other_world, stranger, "diploma", "done")
    return {"january": january, "march": march, "information": information}


def test_cohorts_are_the_months_people_started(world, figures):
    with scope(programme=world.programme):
        assert insights.cohort_months(world.programme) == [JANUARY, MARCH]


def test_barrier_frequency_counts_people_the_solved_and_the_median_days(world, figures):
    with scope(programme=world.programme):
        rows = insights.barrier_frequency(world.programme)
    assert [(row.barrier.code, row.people, row.resolved, row.median_days) for row in rows] == [
        ("information", 1, 0, None),
        ("learning-dutch", 4, 3, 20.0),  # Amina and three in January; solved in 10, 20, 40
    ]


def test_barrier_frequency_of_one_cohort(world, figures):
    with scope(programme=world.programme):
        rows = insights.barrier_frequency(world.programme, JANUARY)
    assert [(row.barrier.code, row.people, row.resolved) for row in rows] == [
        ("information", 0, 0),
        ("learning-dutch", 3, 3),
    ]


def test_language_progress_counts_the_last_speaking_level_per_quarter(world, figures):
    with scope(programme=world.programme):
        quarters = insights.language_progress(world.programme)
    assert [(q.label, {k: v for k, v in q.levels.items() if v}) for q in quarters] == [
        ("2026 Q1", {"A2": 2}),
        ("2026 Q2", {"0": 1, "B1": 1}),
    ]
    assert list(quarters[0].levels) == ["0", "A1", "A2", "B1", "B2", "C1", "C2"]


def test_language_progress_of_one_cohort(world, figures):
    with scope(programme=world.programme):
        quarters = insights.language_progress(world.programme, MARCH)
    assert [(q.label, q.total) for q in quarters] == [("2026 Q2", 1)]


def test_credential_pipeline_counts_people_per_status(world, figures):
    with scope(programme=world.programme):
        kinds = {row.kind: row for row in insights.credential_pipeline(world.programme)}
    assert list(kinds) == ["diploma", "big", "evc", "vog"]
    non_zero = {kind: {s: n for s, n in row.statuses.items() if n} for kind, row in kinds.items()}
    assert non_zero == {
        "diploma": {"to_do": 1, "done": 2},  # Amina's from the fixture, and two done
        "big": {"waiting": 1},
        "evc": {},
        "vog": {},
    }


def export(world, cohort=None):
    with scope(programme=world.programme):
        return insights.export_rows(world.programme, cohort)


def test_the_export_has_groups_and_suppresses_every_count_under_five(world, figures):
    with scopes_disabled():
        for _ in range(5):
            barrier(world, person(world, cohort=MARCH), figures["information"])
    rows = export(world)
    assert rows[0] == ["topic", "cohort", "period", "category", "status_or_level", "people"]
    assert ["barrier", "2026-03", "", "information", "identified", 5] in rows
    assert ["barrier", "2026-01", "", "learning-dutch", "resolved", SUPPRESSED] in rows
    assert ["barrier", "unknown", "", "learning-dutch", "identified", SUPPRESSED] in rows
    assert ["language", "2026-01", "2026-Q1", "speaking", "A2", SUPPRESSED] in rows
    assert ["credential", "2026-01", "", "diploma", "done", SUPPRESSED] in rows
    counts = [row[-1] for row in rows[1:]]
    assert all(count == SUPPRESSED or count >= 5 for count in counts)


def test_the_export_has_no_totals_to_work_a_hidden_count_back_from(world, figures):
    rows = export(world)
    assert not [row for row in rows if "total" in " ".join(map(str, row)).lower()]
    assert {row[1] for row in rows[1:]} <= {"2026-01", "2026-03", "unknown"}


def test_the_export_contains_no_identifying_field(world, figures):
    text = "\n".join(",".join(map(str, row)) for row in export(world))
    people = [world.participant, *figures["january"], figures["march"]]
    for participant in people:
        for value in (participant.given_name, participant.family_name, participant.number):
            assert value not in text
    for secret in ("Secret detail", "Private", "Wacht al", "@", "Amina"):
        assert secret not in text
    assert not re.search(r"\d{4}-\d{2}-\d{2}", text), "no dates finer than a month"


def test_the_export_of_one_cohort_has_only_that_cohort(world, figures):
    rows = export(world, MARCH)
    assert {row[1] for row in rows[1:]} == {"2026-03"}


def test_another_programmes_data_is_never_counted(world, other_world, figures):
    with scope(programme=world.programme):
        levels = insights.language_progress(world.programme)
        barriers = insights.barrier_frequency(world.programme)
    assert all(q.levels["C2"] == 0 for q in levels)
    assert {row.barrier.programme_id for row in barriers} == {world.programme.pk}
    text = str(export(world))
    assert other_world.barrier_type.code not in {row[3] for row in export(world)[1:]} or (
        other_world.barrier_type.code == world.barrier_type.code
    )
    assert "C2" not in text


def add_people(world, count):
    with scopes_disabled():
        for number in range(count):
            participant = person(world, cohort=day(1 + number % 12, 1))
            barrier(world, participant, days=number)
            speaking(world, participant, "B1", day(1 + number % 12, 2))
            credential(world, participant, "vog", "applied")


def count_queries(world):
    with scope(programme=world.programme), CaptureQueriesContext(connection) as queries:
        insights.cohort_months(world.programme)  # 1: the start months
        insights.barrier_frequency(world.programme)  # 2: the counts, the barrier types
        insights.language_progress(world.programme)  # 1: last level per person and quarter
        insights.credential_pipeline(world.programme)  # 1: people per kind and status
        insights.export_rows(world.programme)  # 3: barriers, language, credentials
    return len(queries)


def test_the_number_of_queries_does_not_grow_with_the_number_of_people(world):
    add_people(world, 1)
    few = count_queries(world)
    add_people(world, 49)
    assert count_queries(world) == few == 8


# --- The pages. These need barriers/urls.py to point at barriers/insights_views.py.


@pytest.fixture
def wired(monkeypatch, settings):
    """Until the URLs are wired, point the two routes at these views for the test.

    Static files by their plain names: ``make test`` runs collectstatic (which
    adds charts.css to the manifest), but this module also runs on its own.
    """
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }
    views = {"insights": insights_views.insights, "export": insights_views.insights_export}
    for pattern in barrier_urls.urlpatterns:
        if pattern.name in views and pattern.callback.__name__ == "_todo":
            monkeypatch.setattr(pattern, "callback", views[pattern.name])


def page(client, world, query=""):
    return client.get(f"/{world.programme.slug}/insights/{query}")


def test_a_coordinator_sees_charts_and_tables(client, world, figures, wired):
    response = page(log_in_in_english(client, world.users["coordinator"]), world)
    assert response.status_code == 200
    html = response.content.decode()
    assert html.count('role="img"') == 3
    assert html.count("<table") == 3
    assert "Download the anonymised figures (CSV)" in html
    assert "css/charts.css" in html
    assert '<th scope="row">Informatie</th>' in html


def test_the_cohort_filter_keeps_the_choice(client, world, figures, wired):
    response = page(log_in_in_english(client, world.users["coordinator"]), world, "?cohort=2026-01")
    html = response.content.decode()
    assert re.search(r'<option value="2026-01"[^>]*selected', html)
    assert "export.csv?cohort=2026-01" in html
    assert response.context["barriers"][1].people == 3


def test_an_unknown_cohort_gets_a_clear_message(client, world, figures, wired):
    client = log_in_in_english(client, world.users["coordinator"])
    response = page(client, world, "?cohort=1999-01")
    assert response.status_code == 200
    assert "Nobody started the route in this month" in response.content.decode()
    assert page(client, world, "?cohort=nonsense").status_code == 200
    assert client.get("/alpha/insights/export.csv?cohort=1999-01").status_code == 404


def test_the_export_is_a_csv_download_that_is_not_cached(client, world, figures, wired):
    response = log_in(client, world.users["admin"]).get("/alpha/insights/export.csv?cohort=2026-01")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"] == 'attachment; filename="alpha-figures-2026-01.csv"'
    assert "no-store" in response["Cache-Control"]
    body = response.content.decode("utf-8")
    assert body.startswith("\ufeff")
    rows = list(csv.reader(io.StringIO(body.removeprefix("\ufeff"))))
    assert rows[0][0] == "topic"
    assert {row[1] for row in rows[1:]} == {"2026-01"}


@pytest.mark.parametrize("role", ["mentor", "participant", "municipality_officer"])
def test_other_roles_may_not_see_it(client, world, role, wired):
    client = log_in(client, world.users[role])
    assert page(client, world).status_code == 403
    assert client.get("/alpha/insights/export.csv").status_code == 403


def test_it_is_not_found_for_another_programmes_coordinator(client, world, other_world, wired):
    client = log_in(client, other_world.users["coordinator"])
    assert page(client, world).status_code == 404
    assert client.get("/alpha/insights/export.csv").status_code == 404


def test_the_page_makes_as_many_queries_for_1_as_for_50_people(client, world, wired):
    client = log_in(client, world.users["coordinator"])
    add_people(world, 1)
    with CaptureQueriesContext(connection) as few:
        assert page(client, world).status_code == 200
    add_people(world, 49)
    with CaptureQueriesContext(connection) as many:
        assert page(client, world).status_code == 200
    assert len(many) == len(few), "\n".join(query["sql"] for query in many)
