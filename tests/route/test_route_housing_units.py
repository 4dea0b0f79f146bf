"""The programme's homes, who lives where, and the waiting list."""

import datetime

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django_scopes import scopes_disabled

from participants.models import HousingAllocation, HousingUnit
from tests.factories import MunicipalityFactory
from tests.route.housing_helpers import (
    allocate,
    another_participant,
    messages_of,
    units_url,
)

Status = HousingAllocation.Status

# The programme's homes and the waiting list --------------------------------------------------


def test_the_units_page_shows_homes_by_building_who_lives_there_and_the_waiting_list(
    client, world, coordinator
):
    with scopes_disabled():
        free = HousingUnit.objects.create(
            programme=world.programme,
            complex="Studio's Alrijne",
            label="Studio 2",
            address="Zorglaan 2",
            municipality=world.municipality,
        )
        HousingUnit.objects.create(
            programme=world.programme,
            complex="Haagweg",
            label="Woning 4",
            address="Haagweg 4",
            municipality=world.municipality,
        )
    for status in (Status.OFFERED, Status.ACCEPTED, Status.MOVED_IN):
        allocate(world, world.participant, status, unit=world.housing_unit)
    later = another_participant(world, given_name="Later", family_name="Person")
    first = another_participant(world, given_name="First", family_name="Person")
    allocate(world, later, Status.WAITING, since=datetime.date(2026, 2, 1))
    allocate(world, first, Status.WAITING, since=datetime.date(2026, 1, 5))

    response = client.get(units_url(world))

    assert response.status_code == 200
    page = response.content.decode()
    assert [b.name for b in response.context["buildings"]] == ["Haagweg", "Studio's Alrijne"]
    homes = dict(response.context["buildings"][1].homes)
    assert homes[free] is None
    assert homes[world.housing_unit].participant == world.participant
    assert "Amina Yusuf" in page
    assert [row.participant for row in response.context["waiting"]] == [first, later]
    assert page.index("First Person") < page.index("Later Person")
    assert "5 January 2026" in page
    assert "2 homes are free." in page
    assert "2 people are on the waiting list." in page


def test_someone_who_left_the_waiting_list_is_not_on_it(client, world, coordinator):
    allocate(world, world.participant, Status.WAITING, since=datetime.date(2026, 1, 5))
    allocate(world, world.participant, Status.OFFERED, unit=world.housing_unit)

    response = client.get(units_url(world))

    assert response.context["waiting"] == []


def test_a_coordinator_adds_a_home(client, world, coordinator):
    response = client.post(
        units_url(world),
        {
            "complex": "Studio's Alrijne",
            "label": "Studio 7",
            "address": "Zorglaan 7, Leiderdorp",
            "municipality": world.municipality.pk,
        },
    )

    assert response.status_code == 302
    with scopes_disabled():
        unit = HousingUnit.objects.get(label="Studio 7")
    assert (unit.programme, unit.municipality) == (world.programme, world.municipality)
    assert messages_of(response) == ["Studio's Alrijne, Studio 7 is added."]


def test_a_second_home_with_the_same_name_is_refused_and_what_was_typed_stays(
    client, world, coordinator
):
    response = client.post(
        units_url(world),
        {
            "complex": "Studio's Alrijne",
            "label": "Studio 1",
            "address": "Een ander adres 99",
            "municipality": world.municipality.pk,
        },
    )

    assert response.status_code == 200
    page = response.content.decode()
    assert "already has a home called “Studio 1”." in page
    assert 'value="Een ander adres 99"' in page
    with scopes_disabled():
        assert HousingUnit.objects.filter(programme=world.programme).count() == 1


def test_a_home_needs_every_field(client, world, coordinator):
    response = client.post(units_url(world), {"complex": "", "label": "", "address": ""})

    assert response.status_code == 200
    page = response.content.decode()
    for message in ("Enter the building.", "Enter the address.", "Choose the municipality."):
        assert message in page


def units_page_queries(client, world):
    with CaptureQueriesContext(connection) as queries:
        assert client.get(units_url(world)).status_code == 200
    return queries


def test_the_units_page_takes_the_same_queries_for_one_or_many_homes(client, world, coordinator):
    allocate(world, world.participant, Status.OFFERED, unit=world.housing_unit)
    allocate(world, another_participant(world), Status.WAITING)
    one = units_page_queries(client, world)
    with scopes_disabled():
        for number in range(2, 12):
            unit = HousingUnit.objects.create(
                programme=world.programme,
                complex=f"Gebouw {number % 3}",
                label=f"Woning {number}",
                address=f"Straat {number}",
                municipality=MunicipalityFactory(),
            )
            allocate(world, another_participant(world), Status.MOVED_IN, unit=unit)
            allocate(world, another_participant(world), Status.WAITING)
    many = units_page_queries(client, world)

    assert len(one) == len(many), "\n".join(q["sql"] for q in many.captured_queries)
