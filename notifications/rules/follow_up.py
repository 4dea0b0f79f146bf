"""The follow-up 3, 6 or 12 months after the start of a job: the coordinators, N days
before it is due (and, if it was missed, as long as it is not done)."""

import datetime

from django.utils.translation import gettext, gettext_lazy

from notifications.kinds import Kind
from notifications.rules.base import (
    Days,
    Reminder,
    Rule,
    day,
    in_chunks,
    not_reminded,
    path_maker,
)
from participants.models import FollowUp

PREFIX = "follow-up:"


def title(context: dict) -> str:
    return gettext("Follow-up of %(name)s on %(date)s") % {
        "name": context["name"],
        "date": day(context["due"]),
    }


def body(context: dict) -> str:
    return gettext(
        "%(name)s started as %(job)s at %(employer)s on %(start)s. Ask how the job is going "
        "%(month)s months after the start, and record it."
    ) % {
        "name": context["name"],
        "job": context["job"],
        "employer": context["employer"],
        "start": day(context["start"]),
        "month": context["month"],
    }


def find(scan, days):
    """Follow-ups not done, due within ``days`` days or earlier (index ``follow_up_open_due_idx``)."""
    follow_ups = FollowUp.objects.filter(
        programme=scan.programme,
        done_on__isnull=True,
        due_on__lte=scan.today + datetime.timedelta(days=days),
    ).select_related("placement__participant", "placement__employer")
    follow_ups = not_reminded(
        follow_ups, scan, "follow_up_due", PREFIX, due="due_on", coordinators=True
    )
    page = path_maker("participants:participant_detail", scan.programme, "pk")
    for follow_up in in_chunks(follow_ups):
        placement = follow_up.placement
        participant = placement.participant
        link = page(participant.pk) + "#jobs"
        context = {
            "name": participant.full_name,
            "job": placement.role,
            "employer": placement.employer.name,
            "start": placement.starts_on.isoformat(),
            "month": follow_up.month,
            "due": follow_up.due_on.isoformat(),
        }
        for coordinator in scan.coordinators:
            yield Reminder(coordinator, f"{PREFIX}{follow_up.pk}", follow_up.due_on, link, context)


RULE = Rule(
    kind=Kind(
        code="follow_up_due",
        label=gettext_lazy("A follow-up after a job start is due"),
        title=title,
        body=body,
        audience=frozenset({"coordinator"}),
    ),
    find=find,
    who=gettext_lazy("The coordinators of the programme."),
    days=Days(
        default=7,
        label=gettext_lazy("Remind this many days before the follow-up"),
        help_text=gettext_lazy("The follow-ups are 3, 6 and 12 months after the start of a job."),
        minimum=0,
        maximum=60,
    ),
)
