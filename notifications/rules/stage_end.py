"""A stage that ends within N days, and a stage past its expected end: the coordinators
and the participant. Two kinds, so each is sent once for the same expected end; when
the stage is extended, the new end date brings new reminders.
"""

import datetime

from django.urls import reverse
from django.utils.translation import gettext, gettext_lazy

from notifications.kinds import Kind
from notifications.rules.base import (
    PARTICIPANT,
    Days,
    Reminder,
    Rule,
    can_receive,
    day,
    in_all_languages,
    in_chunks,
    in_language,
    not_reminded,
    path_maker,
)
from participants.models import Participant, StageEntry

PREFIX = "stage-entry:"


def ends_soon_title(context: dict) -> str:
    if context["for"] == PARTICIPANT:
        return gettext("Your stage ends on %(date)s") % {"date": day(context["end"])}
    return gettext("Stage of %(name)s ends on %(date)s") % {
        "name": context["name"],
        "date": day(context["end"]),
    }


def ends_soon_body(context: dict) -> str:
    values = {"stage": in_language(context["stage"]), "name": context.get("name", "")}
    if context["for"] == PARTICIPANT:
        return (
            gettext(
                "The stage “%(stage)s” ends soon. Talk with your coordinator about the next step."
            )
            % values
        )
    return (
        gettext(
            "The stage “%(stage)s” of %(name)s ends soon. Plan the next step: move on or extend."
        )
        % values
    )


def past_end_title(context: dict) -> str:
    if context["for"] == PARTICIPANT:
        return gettext("Your stage was planned to end on %(date)s") % {"date": day(context["end"])}
    return gettext("Stage of %(name)s is past its end date") % {"name": context["name"]}


def past_end_body(context: dict) -> str:
    values = {
        "stage": in_language(context["stage"]),
        "name": context.get("name", ""),
        "date": day(context["end"]),
    }
    if context["for"] == PARTICIPANT:
        return (
            gettext(
                "The stage “%(stage)s” was planned to end on %(date)s. Your coordinator will talk "
                "with you about what comes next."
            )
            % values
        )
    return (
        gettext(
            "The stage “%(stage)s” of %(name)s was planned to end on %(date)s. Record what "
            "happened: completed, extended, stopped or moved."
        )
        % values
    )


def _open_entries(scan, **expected_end):
    return StageEntry.objects.filter(
        programme=scan.programme,
        outcome=StageEntry.Outcome.IN_PROGRESS,
        ended_on__isnull=True,
        participant__status=Participant.Status.ACTIVE,
        **expected_end,
    ).select_related("participant__user", "stage")


def _reminders(scan, rule_code, entries):
    """For every open stage: each coordinator, and the participant when they can log in."""
    entries = not_reminded(
        entries,
        scan,
        rule_code,
        PREFIX,
        due="expected_end",
        coordinators=True,
        user="participant__user_id",
    )
    my_route = reverse("participants:home", kwargs={"programme": scan.programme.slug})
    page = path_maker("participants:participant_detail", scan.programme, "pk")
    for entry in in_chunks(entries):
        participant = entry.participant
        context = {
            "end": entry.expected_end.isoformat(),
            "stage": in_all_languages(entry.stage, "name"),
        }
        subject = f"{PREFIX}{entry.pk}"
        staff_context = {**context, "for": "staff", "name": participant.full_name}
        for coordinator in scan.coordinators:
            yield Reminder(
                coordinator, subject, entry.expected_end, page(participant.pk), staff_context
            )
        if can_receive(participant.user):
            yield Reminder(
                participant.user,
                subject,
                entry.expected_end,
                my_route,
                {**context, "for": PARTICIPANT},
            )


def find_ends_soon(scan, days):
    """Open stages whose expected end is today or within ``days`` days (index
    ``stage_entry_open_end_idx``)."""
    last = scan.today + datetime.timedelta(days=days)
    entries = _open_entries(scan, expected_end__range=(scan.today, last))
    return _reminders(scan, "stage_ends_soon", entries)


def find_past_end(scan, days):
    """Open stages whose expected end has passed."""
    return _reminders(scan, "stage_past_end", _open_entries(scan, expected_end__lt=scan.today))


AUDIENCE = frozenset({"coordinator", "participant"})

ENDS_SOON = Rule(
    kind=Kind(
        code="stage_ends_soon",
        label=gettext_lazy("A stage ends soon"),
        title=ends_soon_title,
        body=ends_soon_body,
        audience=AUDIENCE,
    ),
    find=find_ends_soon,
    who=gettext_lazy("The coordinators and the participant."),
    days=Days(
        default=30,
        label=gettext_lazy("Remind this many days before the end of a stage"),
        help_text=gettext_lazy("Counted back from the planned end of the stage."),
    ),
)

PAST_END = Rule(
    kind=Kind(
        code="stage_past_end",
        label=gettext_lazy("A stage is past its end date"),
        title=past_end_title,
        body=past_end_body,
        audience=AUDIENCE,
    ),
    find=find_past_end,
    who=gettext_lazy("The coordinators and the participant, the day after the planned end."),
)
