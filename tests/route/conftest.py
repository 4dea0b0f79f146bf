"""Fixtures for the route tests: a participant with a history, a logged-in coordinator."""

import datetime

import pytest
from django_scopes import scopes_disabled

from participants.models import HousingUnit, Participant, StageEntry
from tests.factories import MunicipalityFactory
from tests.intake.coordinator import log_in_in_english
from tests.route.coordinator_helpers import STARTED

Outcome = StageEntry.Outcome


@pytest.fixture
def on_route(world):
    """Amina completed stage 1 and is in stage 2 since 1 September 2025."""
    with scopes_disabled():
        participant = world.participant
        participant.route_started_on = datetime.date(2024, 9, 1)
        participant.save()
        common = {"programme": world.programme, "participant": participant}
        StageEntry.objects.create(
            **common,
            stage=world.stages[0],
            started_on=datetime.date(2024, 9, 1),
            ended_on=STARTED,
            outcome=Outcome.COMPLETED,
        )
        StageEntry.objects.create(
            **common,
            stage=world.stages[1],
            started_on=STARTED,
            expected_end=datetime.date(2026, 9, 1),
        )
    return participant


@pytest.fixture
def coordinator(client, world):
    log_in_in_english(client, world.users["coordinator"])
    return world.users["coordinator"]


@pytest.fixture
def leiden(world):
    """The world's home is a studio in Leiden; the participant still lives in an AZC."""
    with scopes_disabled():
        leiden = MunicipalityFactory(code="leiden", name="Leiden")
        HousingUnit.objects.filter(pk=world.housing_unit.pk).update(municipality=leiden)
        Participant.objects.filter(pk=world.participant.pk).update(municipality=None)
    return leiden
