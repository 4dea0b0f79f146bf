"""Helpers for the internship and mentor tests: URLs, English log-in, mentored internships."""

import datetime

from django.contrib.messages import get_messages
from django.urls import reverse
from django.utils import timezone
from django_scopes import scopes_disabled

from participants.models import Internship
from programmes.models import Role
from tests.factories import MembershipFactory, ParticipantFactory

TODAY = timezone.localdate()
DAY = datetime.timedelta(days=1)


def url(name, world, pk=None):
    """A URL of ``participants`` in ``world``'s programme, with ``pk`` when it takes one."""
    kwargs = {"programme": world.programme.slug}
    if pk is not None:
        kwargs["pk"] = pk
    return reverse(f"participants:{name}", kwargs=kwargs)


def messages_of(response):
    return [str(message) for message in get_messages(response.wsgi_request)]


def started_weeks_ago(world, weeks=8):
    """Move alpha's internship so it started ``weeks`` ago, whatever today is."""
    with scopes_disabled():
        world.internship.starts_on = TODAY - datetime.timedelta(weeks=weeks)
        world.internship.save()
    return world.internship


def add_mentored_internships(world, mentor, count, **fields):
    """``count`` participants, each on a current internship supervised by ``mentor``."""
    with scopes_disabled():
        if not mentor.memberships.filter(programme=world.programme, role=Role.MENTOR).exists():
            MembershipFactory(user=mentor, programme=world.programme, role=Role.MENTOR)
        return [
            Internship.objects.create(
                programme=world.programme,
                participant=participant,
                organisation=world.organisation,
                mentor=mentor,
                starts_on=fields.get("starts_on", TODAY - 30 * DAY),
                ends_on=fields.get("ends_on"),
            )
            for participant in ParticipantFactory.create_batch(count, programme=world.programme)
        ]


def count_records(model, **filters):
    with scopes_disabled():
        return model.objects.filter(**filters).count()
