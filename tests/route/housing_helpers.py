"""Helpers and fixtures for the housing tests."""

from django.contrib.messages import get_messages
from django.urls import reverse
from django.utils import timezone
from django_scopes import scopes_disabled

from participants.models import HousingAllocation
from tests.factories import ParticipantFactory

Status = HousingAllocation.Status
TODAY = timezone.localdate


def housing_url(world, participant=None):
    participant = participant or world.participant
    return reverse(
        "participants:participant_housing",
        kwargs={"programme": world.programme.slug, "pk": participant.pk},
    )


def units_url(world):
    return reverse("participants:housing_units", kwargs={"programme": world.programme.slug})


def page_url(world, participant=None):
    participant = participant or world.participant
    return reverse(
        "participants:participant_detail",
        kwargs={"programme": world.programme.slug, "pk": participant.pk},
    )


def change(client, world, status, participant=None, **data):
    data = {"form": "allocation", "status": status, "since": TODAY().isoformat(), **data}
    return client.post(housing_url(world, participant), data)


def rows_of(participant):
    with scopes_disabled():
        return list(
            HousingAllocation.objects.filter(participant=participant)
            .select_related("unit", "recorded_by")
            .order_by("pk")
        )


def messages_of(response):
    return [str(message) for message in get_messages(response.wsgi_request)]


def another_participant(world, **fields):
    with scopes_disabled():
        return ParticipantFactory(programme=world.programme, **fields)


def allocate(world, participant, status, unit=None, since=None, by=None):
    """A row made directly, as if recorded earlier."""
    with scopes_disabled():
        return HousingAllocation.objects.create(
            programme=world.programme,
            participant=participant,
            unit=unit,
            status=status,
            since=since or TODAY(),
            recorded_by=by,
        )
