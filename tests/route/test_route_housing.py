"""Housing: the programme's homes and waiting list, and a coordinator changing someone's housing."""

import datetime
import re

import pytest
from django.contrib.sessions.backends.db import SessionStore
from django.db import connection
from django.template.loader import render_to_string
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from django_scopes import scope, scopes_disabled

from participants import housing
from participants.models import HousingAllocation
from tests.conftest import log_in
from tests.route.housing_helpers import (
    TODAY,
    allocate,
    another_participant,
    change,
    housing_url,
    messages_of,
    page_url,
    rows_of,
)

Status = HousingAllocation.Status

# Changing someone's housing ------------------------------------------------------------------


def test_it_puts_a_participant_on_the_waiting_list_with_who_and_when(client, world, coordinator):
    response = change(client, world, Status.WAITING)

    assert response.status_code == 302
    assert response.url == f"{page_url(world)}#housing"
    [row] = rows_of(world.participant)
    assert (row.status, row.since, row.unit) == (Status.WAITING, TODAY(), None)
    assert row.recorded_by == coordinator
    assert abs(timezone.now() - row.recorded_at) < datetime.timedelta(minutes=1)
    assert messages_of(response) == ["Amina Yusuf is on the waiting list."]


def test_offer_accept_and_move_in_make_three_rows_and_set_the_municipality(
    client, world, coordinator, leiden
):
    unit = world.housing_unit
    assert change(client, world, Status.WAITING).status_code == 302
    assert change(client, world, Status.OFFERED, unit=unit.pk).status_code == 302
    assert change(client, world, Status.ACCEPTED).status_code == 302
    response = change(client, world, Status.MOVED_IN, unit="")

    rows = rows_of(world.participant)
    assert [row.status for row in rows] == ["waiting", "offered", "accepted", "moved_in"]
    assert [row.unit_id for row in rows] == [None, unit.pk, unit.pk, unit.pk]
    assert {row.recorded_by for row in rows} == {coordinator}
    with scopes_disabled():
        world.participant.refresh_from_db()
    assert world.participant.municipality == leiden
    assert "They are now housed in Leiden." in messages_of(response)[-1]


def test_moving_in_without_an_accepted_offer_is_refused_and_keeps_what_was_typed(
    client, world, coordinator
):
    response = change(client, world, Status.MOVED_IN, note="Sleutel op maandag")

    assert response.status_code == 302
    assert rows_of(world.participant) == []
    refusal = "You can only record “moved in” after the participant accepted an offer."
    assert messages_of(response) == [refusal]
    stored = client.session[f"form:{world.participant.pk}:housing"]
    assert stored["data"]["note"] == "Sleutel op maandag"

    page = client.get(response.url).content.decode()
    assert "Sleutel op maandag" in page
    assert re.search(r'<input [^>]*name="status" value="moved_in"[^>]*checked', page)
    assert page.count(refusal) == 2  # the message at the top and the one at the field
    # Shown once: the next visit has an empty form again.
    assert f"form:{world.participant.pk}:housing" not in client.session
    assert "Sleutel op maandag" not in client.get(page_url(world)).content.decode()


def test_a_home_someone_else_holds_cannot_be_offered(client, world, coordinator):
    allocate(world, another_participant(world), Status.ACCEPTED, unit=world.housing_unit)

    response = change(client, world, Status.OFFERED, unit=world.housing_unit.pk)

    assert rows_of(world.participant) == []
    assert messages_of(response) == [
        "Studio's Alrijne, Studio 1 is not free. Someone else has an offer for it or lives there."
    ]


def test_a_home_is_free_again_when_its_resident_moves_out(client, world, coordinator):
    neighbour = another_participant(world)
    for status in (Status.OFFERED, Status.ACCEPTED, Status.MOVED_IN, Status.MOVED_OUT):
        allocate(world, neighbour, status, unit=world.housing_unit)

    response = change(client, world, Status.OFFERED, unit=world.housing_unit.pk)

    assert response.status_code == 302
    assert [row.status for row in rows_of(world.participant)] == ["offered"]


def test_a_home_of_another_programme_is_refused(client, world, other_world, coordinator):
    response = change(client, world, Status.OFFERED, unit=other_world.housing_unit.pk)

    assert rows_of(world.participant) == []
    assert messages_of(response) == ["The housing is not saved. Check the form under “Housing”."]
    page = client.get(response.url).content.decode()
    assert "Choose a home from the list." in page


def test_someone_who_lives_in_a_home_must_move_out_first(client, world, coordinator):
    for status in (Status.OFFERED, Status.ACCEPTED, Status.MOVED_IN):
        allocate(world, world.participant, status, unit=world.housing_unit)

    response = change(client, world, Status.WAITING)

    assert len(rows_of(world.participant)) == 3
    assert messages_of(response) == [
        "Amina Yusuf lives in Studio's Alrijne, Studio 1. First record that they moved out."
    ]


def test_the_regular_housing_process_needs_a_note_on_where_it_stands(client, world, coordinator):
    refused = change(client, world, Status.REGULAR, note="  ")
    assert messages_of(refused) == ["Write where the regular housing process stands now."]
    assert rows_of(world.participant) == []

    change(client, world, Status.REGULAR, note="Urgentie aangevraagd bij de gemeente")

    [row] = rows_of(world.participant)
    assert (row.status, row.note) == (Status.REGULAR, "Urgentie aangevraagd bij de gemeente")


@pytest.mark.parametrize(
    ("days", "message"),
    [(1, "Choose today or a day in the past."), (-30, "The last change was on")],
)
def test_a_date_in_the_future_or_before_the_last_change_is_refused(
    client, world, coordinator, days, message
):
    allocate(world, world.participant, Status.WAITING, since=TODAY() - datetime.timedelta(days=7))
    since = TODAY() + datetime.timedelta(days=days)

    response = change(client, world, Status.REGULAR, note="Bij de gemeente", since=since)

    assert len(rows_of(world.participant)) == 1
    assert messages_of(response)[0].startswith(message)


def test_support_topics_are_a_new_row_and_keep_the_place_on_the_waiting_list(
    client, world, coordinator
):
    waited_since = TODAY() - datetime.timedelta(days=40)
    allocate(world, world.participant, Status.WAITING, since=waited_since)

    response = client.post(housing_url(world), {"form": "support", "support-support_money": "on"})

    assert messages_of(response) == ["The support topics are saved."]
    first, second = rows_of(world.participant)
    assert (second.status, second.since) == (Status.WAITING, waited_since)
    assert (second.support_money, second.support_participation) == (True, False)
    assert (first.support_money, second.recorded_by) == (False, coordinator)
    page = client.get(page_url(world)).content.decode()
    assert "New support topic: money matters" in page


def test_support_topics_need_a_housing_status_first(client, world, coordinator):
    response = client.post(housing_url(world), {"form": "support", "support-support_money": "on"})

    assert rows_of(world.participant) == []
    assert messages_of(response) == [
        "First record the housing status. Then you can choose support topics."
    ]


def test_it_is_a_404_for_a_participant_of_another_programme(
    client, world, other_world, coordinator
):
    response = change(client, world, Status.WAITING, participant=other_world.participant)

    assert response.status_code == 404
    assert rows_of(other_world.participant) == []


def test_it_takes_only_post(client, world, coordinator):
    assert client.get(housing_url(world)).status_code == 405


def test_a_mentor_cannot_change_housing(client, world):
    log_in(client, world.users["mentor"])

    assert change(client, world, Status.WAITING).status_code == 403
    assert rows_of(world.participant) == []


# The participant page's section ----------------------------------------------------------------


def test_the_section_shows_the_home_the_history_and_the_place_on_the_waiting_list(
    client, world, coordinator
):
    early = another_participant(world, given_name="Early")
    allocate(world, early, Status.WAITING, since=TODAY() - datetime.timedelta(days=60))
    allocate(world, world.participant, Status.WAITING, since=TODAY() - datetime.timedelta(days=5))

    page = client.get(page_url(world)).content.decode()

    assert 'id="housing"' in page
    assert re.search(r"Place on the waiting list</dt><dd>2<", page)
    assert "Record a change" in page


def section_request(world, role="coordinator"):
    request = RequestFactory().get(page_url(world))
    request.programme = world.programme
    request.user = world.users[role]
    request.roles = frozenset({role})
    request.memberships = []
    request.session = SessionStore()
    return request


def section_queries(world, participant):
    """The queries of building and rendering the housing section of ``participant``."""
    request = section_request(world)
    with scope(programme=world.programme), CaptureQueriesContext(connection) as queries:
        context = housing.coordinator_section(request, participant)
        render_to_string("participants/participant/_housing.html", context, request=request)
    return queries


def test_the_section_takes_the_same_queries_for_one_or_many_rows(world):
    allocate(world, world.participant, Status.WAITING, since=TODAY() - datetime.timedelta(days=9))
    one = section_queries(world, world.participant)
    for status in (Status.OFFERED, Status.WAITING, Status.OFFERED, Status.ACCEPTED):
        allocate(world, world.participant, status, unit=world.housing_unit)
    allocate(world, world.participant, Status.MOVED_IN, unit=world.housing_unit)
    allocate(world, world.participant, Status.MOVED_OUT, unit=world.housing_unit)
    allocate(world, world.participant, Status.WAITING)
    many = section_queries(world, world.participant)

    # The history with homes and who recorded it; the place on the waiting list; the homes
    # (with whether each is free) for the form.
    assert len(one) == len(many) == 3, "\n".join(q["sql"] for q in many.captured_queries)


def test_a_mentor_gets_no_housing_section(world):
    request = section_request(world, role="mentor")
    with scope(programme=world.programme):
        assert housing.coordinator_section(request, world.participant) == {"housing_section": None}
