"""Helpers for the decision tests."""

import datetime
import re

from django.contrib.messages import get_messages
from django.utils import timezone
from django_scopes import scopes_disabled

from participants.models import Intake, IntakeEvent
from tests.intake.coordinator import intake_url


def local_input(moment):
    """How a browser's datetime-local field sends a moment."""
    return timezone.localtime(moment).strftime("%Y-%m-%dT%H:%M")


def next_week():
    return (timezone.now() + datetime.timedelta(days=7)).replace(second=0, microsecond=0)


def post_decision(client, intake, outcome, reason="", **interview):
    return client.post(
        intake_url("decide", intake), {"outcome": outcome, "reason": reason, **interview}
    )


def reload(intake):
    with scopes_disabled():
        return Intake.objects.select_related("participant__current_stage").get(pk=intake.pk)


def events_of(intake):
    with scopes_disabled():
        return list(IntakeEvent.objects.filter(intake=intake).select_related("by", "second_by"))


def is_checked(content, name, value):
    return re.search(rf'<input [^>]*name="{name}" value="{value}"[^>]*checked', content) is not None


def messages_of(response):
    return [str(message) for message in get_messages(response.wsgi_request)]
