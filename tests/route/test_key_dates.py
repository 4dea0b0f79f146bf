"""Important dates: a coordinator records exams and documents that end; the participant
sees the coming ones in "My route"."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from django_scopes import scope, scopes_disabled

from audit.models import AuditEntry
from participants.models import KeyDate
from tests.conftest import log_in
from tests.intake.coordinator import log_in_in_english
from tests.route.coordinator_helpers import said

Kind = KeyDate.Kind


def dates_url(world, participant=None):
    participant = participant or world.participant
    return reverse(
        "participants:participant_key_dates",
        kwargs={"programme": world.programme.slug, "pk": participant.pk},
    )


def remove_url(world, key_date):
    return reverse(
        "participants:participant_key_date_remove",
        kwargs={
            "programme": world.programme.slug,
            "pk": key_date.participant_id,
            "key_date": key_date.pk,
        },
    )


def dates_of(world):
    with scopes_disabled():
        return list(
            KeyDate.objects.filter(participant=world.participant)
            .order_by("date")
            .values_list("kind", "date", "note")
        )


def in_days(days):
    return timezone.localdate() + datetime.timedelta(days=days)


@pytest.fixture
def coordinator(client, world):
    return log_in_in_english(client, world.users["coordinator"])


def test_a_coordinator_adds_a_date_and_it_is_logged(coordinator, world):
    response = coordinator.post(
        dates_url(world),
        {"kind": Kind.VOG_EXPIRES, "date": in_days(50).isoformat(), "note": "Nieuwe VOG aanvragen"},
    )
    assert response.status_code == 302
    assert (Kind.VOG_EXPIRES.value, in_days(50), "Nieuwe VOG aanvragen") in dates_of(world)
    assert any("Reminders go out before this date." in text for text in said(response))
    with scopes_disabled():
        assert AuditEntry.objects.filter(
            participant_id=world.participant.pk, action="changed", detail="key_dates"
        ).exists()


def test_the_page_lists_the_dates_with_who_recorded_them(coordinator, world):
    content = coordinator.get(dates_url(world)).content.decode()
    assert "Dutch language exam" in content
    assert "Staatsexamen NT2 programma I" in content
    assert "10 March 2027" in content


def test_a_date_without_a_kind_keeps_what_was_typed_and_says_why(coordinator, world):
    before = dates_of(world)
    response = coordinator.post(
        dates_url(world), {"date": "2027-01-05", "note": "Examen in Utrecht"}
    )
    assert response.status_code == 200
    content = response.content.decode()
    assert "Choose what the date is about." in content
    assert 'value="2027-01-05"' in content
    assert "Examen in Utrecht" in content
    assert dates_of(world) == before


def test_a_date_years_ago_is_refused_at_its_field(coordinator, world):
    response = coordinator.post(
        dates_url(world), {"kind": Kind.LANGUAGE_EXAM, "date": "2019-05-01"}
    )
    assert response.status_code == 200
    assert "more than a year ago" in response.content.decode()


def test_a_coordinator_removes_a_date(coordinator, world):
    response = coordinator.post(remove_url(world, world.key_date))
    assert response.status_code == 302
    assert dates_of(world) == []


def test_a_date_of_another_programme_cannot_be_removed(coordinator, world, other_world):
    url = reverse(
        "participants:participant_key_date_remove",
        kwargs={
            "programme": world.programme.slug,
            "pk": world.participant.pk,
            "key_date": other_world.key_date.pk,
        },
    )
    assert coordinator.post(url).status_code == 404
    with scopes_disabled():
        assert KeyDate.objects.filter(pk=other_world.key_date.pk).exists()


def test_the_participant_page_links_to_the_dates(coordinator, world):
    page = reverse(
        "participants:participant_detail",
        kwargs={"programme": world.programme.slug, "pk": world.participant.pk},
    )
    assert dates_url(world) in coordinator.get(page).content.decode()


def test_my_route_shows_the_coming_dates_and_not_the_past_ones(client, world):
    with scopes_disabled():
        KeyDate.objects.create(
            programme=world.programme,
            participant=world.participant,
            kind=Kind.RESIDENCE_PERMIT_EXPIRES,
            date=in_days(30),
            note="Verlenging aangevraagd",
        )
        KeyDate.objects.create(
            programme=world.programme,
            participant=world.participant,
            kind=Kind.PROFESSIONAL_TEST,
            date=in_days(-3),
            note="Oude toets",
        )
    log_in(client, world.users["participant"])
    content = client.get(
        reverse("participants:home", kwargs={"programme": world.programme.slug})
    ).content.decode()
    assert "Verlenging aangevraagd" in content
    assert "Oude toets" not in content


def test_the_list_takes_the_same_queries_for_one_date_or_ten(coordinator, world):
    def count():
        with CaptureQueriesContext(connection) as queries:
            assert coordinator.get(dates_url(world)).status_code == 200
        return len(queries)

    one = count()
    with scope(programme=world.programme):
        KeyDate.objects.bulk_create(
            KeyDate(
                programme=world.programme,
                participant=world.participant,
                kind=Kind.LANGUAGE_EXAM,
                date=in_days(day),
                recorded_by=world.users["coordinator"],
            )
            for day in range(10)
        )
    assert count() == one
