"""The coordinator's queue of applications: filters, sort, search, pages, counts, CSV export."""

import csv
import datetime
import io

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from django_scopes import scope, scopes_disabled

from participants.models import Intake, Review, Score
from tests.conftest import log_in, reauthenticate
from tests.factories import IntakeFactory, MunicipalityFactory
from tests.intake.coordinator import (
    add_criteria,
    export_url,
    intake_url,
    log_in_in_english,
    queue_url,
)

Status = Intake.Status


@pytest.fixture
def coordinator(client, world):
    return log_in_in_english(client, world.users["coordinator"])


def add_intakes(world, count=1, **fields):
    with scopes_disabled():
        return IntakeFactory.create_batch(count, programme=world.programme, **fields)


def references(response):
    return [intake.reference for intake in response.context["page"]]


def days_ago(days):
    return timezone.now() - datetime.timedelta(days=days)


def test_it_lists_the_sent_applications_of_this_programme(client, world, other_world, coordinator):
    response = client.get(queue_url(world))
    assert response.status_code == 200
    content = response.content.decode()
    assert world.intake.reference in content
    assert world.intake.family_name in content
    assert intake_url("detail", world.intake) in content
    assert other_world.intake.reference not in content
    assert other_world.intake.family_name not in content


def test_it_never_lists_drafts(client, world, coordinator):
    (draft,) = add_intakes(world, status=Status.DRAFT, family_name="Concept", submitted_at=None)
    response = client.get(queue_url(world))
    assert draft.reference not in response.content.decode()
    assert references(response) == [world.intake.reference]
    # Not even when asked for by status: "draft" is not a choice.
    response = client.get(queue_url(world, status="draft"))
    assert response.context["form"].errors["status"]
    assert draft.reference not in references(response)
    assert client.get(queue_url(world, q="Concept")).context["page"].paginator.count == 0


def test_it_filters_by_status(client, world, coordinator):
    add_intakes(world, 2, status=Status.WAITING_LIST)
    add_intakes(world, 1, status=Status.INTERVIEW)
    assert client.get(queue_url(world, status="waiting_list")).context["page"].paginator.count == 2
    assert references(client.get(queue_url(world, status="submitted"))) == [world.intake.reference]


def test_it_filters_by_municipality_and_offers_only_those_of_its_applications(
    client, world, other_world, coordinator
):
    with scopes_disabled():
        leiden = MunicipalityFactory(code="leiden", name="Leiden")
        MunicipalityFactory(code="maastricht", name="Maastricht")
    (in_leiden,) = add_intakes(world, municipality=leiden)
    response = client.get(queue_url(world, municipality="leiden"))
    assert references(response) == [in_leiden.reference]
    with scope(programme=world.programme):  # the choices are a query, read when asked for
        choices = [
            label for _value, label in response.context["form"].fields["municipality"].choices
        ]
    assert "Leiden" in choices
    assert "Maastricht" not in choices


def test_it_filters_by_a_minimum_dutch_level(client, world, coordinator):
    (b1,) = add_intakes(world, dutch_level="B1")
    (c1,) = add_intakes(world, dutch_level="C1")
    add_intakes(world, dutch_level="0")
    response = client.get(queue_url(world, dutch_level="B1", sort="name"))
    assert sorted(references(response)) == sorted([b1.reference, c1.reference])
    # world.intake is A2.
    assert client.get(queue_url(world, dutch_level="A2")).context["page"].paginator.count == 3


def test_it_filters_by_the_date_sent(client, world, coordinator):
    (old,) = add_intakes(world, submitted_at=days_ago(40))
    (recent,) = add_intakes(world, submitted_at=days_ago(10))
    start = timezone.localdate() - datetime.timedelta(days=20)
    end = timezone.localdate() - datetime.timedelta(days=5)
    response = client.get(queue_url(world, submitted_from=start, submitted_to=end))
    assert references(response) == [recent.reference]
    response = client.get(queue_url(world, submitted_to=start))
    assert references(response) == [old.reference]


def test_a_to_date_before_the_from_date_is_a_clear_error_that_keeps_the_input(
    client, world, coordinator
):
    response = client.get(
        queue_url(world, q="Yonas", submitted_from="2026-03-10", submitted_to="2026-03-01")
    )
    assert response.status_code == 200
    assert (
        "This date is before the date in “Sent on or after”."
        in response.context["form"].errors["submitted_to"][0]
    )
    content = response.content.decode()
    assert 'value="2026-03-10"' in content
    assert 'value="2026-03-01"' in content
    assert 'value="Yonas"' in content
    # The filters that are valid still apply.
    assert references(response) == [world.intake.reference]


def test_it_searches_by_name_and_by_reference(client, world, coordinator):
    add_intakes(world, 3, family_name="Haddad")
    assert references(client.get(queue_url(world, q="yonas tesfamariam"))) == [
        world.intake.reference
    ]
    assert references(client.get(queue_url(world, q=world.intake.reference.lower()))) == [
        world.intake.reference
    ]
    assert client.get(queue_url(world, q="haddad")).context["page"].paginator.count == 3


def test_it_sorts_by_date_by_name_and_by_score(client, world, coordinator):
    with scopes_disabled():
        Intake.objects.filter(pk=world.intake.pk).update(submitted_at=days_ago(5))
    (newer,) = add_intakes(world, family_name="Zafar", submitted_at=days_ago(1))
    (older,) = add_intakes(world, family_name="Abbas", submitted_at=days_ago(9))
    (criterion,) = add_criteria(world, ("Motivation", 1, 5))
    with scopes_disabled():
        for intake, value in ((older, 2), (newer, 5)):
            review = Review.objects.create(
                programme=world.programme, intake=intake, reviewer=world.users["admin"]
            )
            Score.objects.create(
                programme=world.programme, review=review, criterion=criterion, value=value
            )
    middle = world.intake.reference
    assert references(client.get(queue_url(world))) == [newer.reference, middle, older.reference]
    assert references(client.get(queue_url(world, sort="oldest"))) == [
        older.reference,
        middle,
        newer.reference,
    ]
    assert references(client.get(queue_url(world, sort="name"))) == [
        older.reference,
        middle,
        newer.reference,
    ]
    # Highest score first; not scored yet last.
    response = client.get(queue_url(world, sort="score"))
    assert references(response) == [newer.reference, older.reference, middle]
    assert [intake.score for intake in response.context["page"]] == [100, 40, None]


def test_it_pages_and_keeps_the_filter(client, world, coordinator, settings):
    settings.PARTICIPANTS_PER_PAGE = 5
    add_intakes(world, 12, status=Status.WAITING_LIST)
    response = client.get(queue_url(world, status="waiting_list", page=2))
    page = response.context["page"]
    assert page.number == 2
    assert page.paginator.num_pages == 3
    content = response.content.decode()
    assert "status=waiting_list&amp;page=3" in content
    assert "status=waiting_list&amp;page=1" in content
    # A page number out of range shows the last page, not an error.
    assert client.get(queue_url(world, status="waiting_list", page=99)).context["page"].number == 3


def test_it_counts_per_status_and_each_count_links_to_its_status(client, world, coordinator):
    add_intakes(world, 2, status=Status.INTERVIEW)
    add_intakes(world, 3, status=Status.NOT_SELECTED, family_name="Haddad")
    add_intakes(world, 1, status=Status.DRAFT)
    response = client.get(queue_url(world))
    tabs = {tab["label"]: tab for tab in response.context["tabs"]}
    assert tabs["All"]["count"] == 6
    assert tabs[Status.SUBMITTED.label]["count"] == 1
    assert tabs[Status.INTERVIEW.label]["count"] == 2
    assert tabs[Status.NOT_SELECTED.label]["count"] == 3
    assert tabs[Status.ACCEPTED.label]["count"] == 0
    assert Status.DRAFT.label not in tabs
    content = response.content.decode()
    assert 'href="?status=interview"' in content
    assert f"{Status.INTERVIEW.label} (2)" in content

    # Under a search, the counts are of what the search finds, and the links keep it.
    response = client.get(queue_url(world, q="haddad", status="not_selected"))
    tabs = {tab["label"]: tab for tab in response.context["tabs"]}
    assert tabs["All"]["count"] == 3
    assert tabs[Status.INTERVIEW.label]["count"] == 0
    assert tabs[Status.NOT_SELECTED.label]["current"]
    assert 'href="?q=haddad&amp;status=interview"' in response.content.decode()


@pytest.mark.parametrize("extra", [1, 50])
def test_the_query_count_does_not_grow_with_the_rows(client, world, coordinator, extra):
    with scopes_disabled():
        municipality = MunicipalityFactory(code="leiden", name="Leiden")
    (criterion,) = add_criteria(world, ("Motivation", 2, 5))
    intakes = add_intakes(world, extra, municipality=municipality)
    with scopes_disabled():
        for intake in intakes:
            review = Review.objects.create(
                programme=world.programme, intake=intake, reviewer=world.users["admin"]
            )
            Score.objects.create(
                programme=world.programme, review=review, criterion=criterion, value=4
            )
    with CaptureQueriesContext(connection) as queries:
        response = client.get(queue_url(world, status="submitted", dutch_level="A1"))
    assert response.status_code == 200
    assert len(response.context["page"]) == min(extra + 1, 25)
    # 1 session, 2 user, 3 programme by slug and 4 its memberships of the user (middleware),
    # 5 the MFA authenticator (role_required), 6 the count for the paginator, 7 the count
    # per status (one aggregate), 8 the municipalities for the filter's choices, 9 the page
    # of applications with their municipality and weighted score.
    sql = "\n".join(query["sql"] for query in queries.captured_queries)
    assert len(queries) == 9, sql


def read_csv(response):
    body = response.content.decode("utf-8")
    assert body.startswith("\ufeff")
    return list(csv.reader(io.StringIO(body.removeprefix("\ufeff")), delimiter=";"))


def test_the_csv_export_has_the_current_selection_for_excel(
    client, world, other_world, coordinator
):
    with scopes_disabled():
        leiden = MunicipalityFactory(code="leiden", name="Leiden")
    (waiting,) = add_intakes(
        world,
        status=Status.WAITING_LIST,
        municipality=leiden,
        given_name="Rami",
        family_name="=Nasser",
    )
    add_intakes(world, status=Status.DRAFT)
    reauthenticate(client)  # many people's data at once (tests/security/test_sessions.py)
    response = client.get(export_url(world, status="waiting_list"))
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"].startswith('attachment; filename="alpha-applications-')
    assert response["Content-Disposition"].endswith('.csv"')
    assert "no-store" in response["Cache-Control"]
    header, *rows = read_csv(response)
    assert header[:4] == ["Reference", "First name", "Last name", "Status"]
    assert "Score (%)" in header
    assert len(rows) == 1
    row = dict(zip(header, rows[0], strict=True))
    assert row["Reference"] == waiting.reference
    assert row["First name"] == "Rami"
    # A value that a spreadsheet would run as a formula is kept as text.
    assert row["Last name"] == "'=Nasser"
    assert row["Status"] == str(Status.WAITING_LIST.label)
    assert row["Municipality"] == "Leiden"

    # Without a filter: every sent application of this programme, no drafts, no others.
    header, *rows = read_csv(client.get(export_url(world)))
    exported = {row[0] for row in rows}
    assert exported == {world.intake.reference, waiting.reference}
    assert other_world.intake.reference not in exported


def test_the_csv_header_is_in_the_coordinators_language(client, world):
    log_in(client, world.users["coordinator"])  # their language is Dutch
    reauthenticate(client)
    header, *_rows = read_csv(client.get(export_url(world)))
    assert "Gemeente" in header
