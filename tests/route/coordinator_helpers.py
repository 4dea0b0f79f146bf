"""Helpers for the coordinator route tests."""

import datetime

from django.contrib.messages import get_messages
from django.urls import reverse
from django.utils import timezone
from django_scopes import scopes_disabled

from participants.models import CaseNote, Participant, StageEntry

Outcome = StageEntry.Outcome
STARTED = datetime.date(2025, 9, 1)


def page_url(participant, action=""):
    """The page (no action) or one of its POST actions: stage, schedule, diploma, note."""
    name = f"participants:participant_{action or 'detail'}"
    return reverse(name, kwargs={"programme": participant.programme.slug, "pk": participant.pk})


def today():
    return timezone.localdate()


def reload(participant):
    with scopes_disabled():
        return Participant.objects.select_related("current_stage").get(pk=participant.pk)


def history(participant):
    with scopes_disabled():
        return list(
            StageEntry.objects.filter(participant=participant)
            .select_related("stage", "recorded_by")
            .order_by("started_on", "pk")
        )


def move(client, participant, **data):
    data.setdefault("on", today().isoformat())
    return client.post(page_url(participant, "stage"), data)


def write_note(world, participant, text, visibility=CaseNote.Visibility.STAFF, by=None):
    with scopes_disabled():
        CaseNote.objects.create(
            programme=world.programme,
            participant=participant,
            text=text,
            visibility=visibility,
            by=by,
        )


def said(response):
    return [str(message) for message in get_messages(response.wsgi_request)]
