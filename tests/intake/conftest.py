"""Fixtures for the selection tests: a coordinator for an organisation; two reviewers."""

import pytest
from django_scopes import scopes_disabled

from programmes.models import Membership
from tests.intake.coordinator import log_in_in_english


@pytest.fixture
def coordinator(client, world):
    """The world's coordinator, working for the world's organisation, logged in in English."""
    user = world.users["coordinator"]
    with scopes_disabled():
        Membership.objects.filter(user=user, programme=world.programme).update(
            organisation=world.organisation
        )
    log_in_in_english(client, user)
    return user


@pytest.fixture
def two_reviewers(world):
    with scopes_disabled():
        world.programme.requires_two_reviewers = True
        world.programme.save()
