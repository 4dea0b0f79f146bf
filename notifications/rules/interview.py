"""An interview tomorrow: the applicant, with the date, the time and the place.

The window runs from now to the end of tomorrow, so an interview planned during the
day for tomorrow is still reminded, and a scan that was missed yesterday still
reminds on the morning of the interview itself. The date says which day it is.
"""

import datetime

from django.db.models.functions import TruncDate
from django.urls import reverse
from django.utils.translation import gettext, gettext_lazy

from notifications.kinds import Kind
from notifications.rules.base import (
    Reminder,
    Rule,
    can_receive,
    clock,
    in_chunks,
    local_day,
    not_reminded,
    start_of,
    weekday_and_day,
)
from participants.models import Intake

PREFIX = "intake:"


def title(context: dict) -> str:
    return gettext("Your interview on %(date)s at %(time)s") % {
        "date": weekday_and_day(context["date"]),
        "time": clock(context["at"]),
    }


def body(context: dict) -> str:
    values = {"place": context.get("place", ""), "time": clock(context["at"])}
    if context.get("place") and context.get("video"):
        text = gettext(
            "Please come at %(time)s to: %(place)s. Or join by video: the link is on the page "
            "of your application."
        )
    elif context.get("place"):
        text = gettext("Please come at %(time)s to: %(place)s.")
    else:
        text = gettext(
            "The interview is by video. The link is on the page of your application. "
            "Please join at %(time)s."
        )
    return text % values


def find(scan, days):
    """Applications invited to an interview between now and the end of tomorrow (one query)."""
    until = start_of(scan.today + datetime.timedelta(days=2))
    intakes = (
        Intake.objects.filter(
            programme=scan.programme,
            status=Intake.Status.INTERVIEW,
            interview_at__gte=scan.now,
            interview_at__lt=until,
        )
        .annotate(due=TruncDate("interview_at"))
        .select_related("applicant")
        .only("pk", "interview_at", "interview_place", "interview_link", "applicant")
    )
    intakes = not_reminded(intakes, scan, "interview_tomorrow", PREFIX, user="applicant_id")
    link = reverse("participants:application", kwargs={"programme": scan.programme.slug})
    for intake in in_chunks(intakes):
        if not can_receive(intake.applicant):
            continue
        on = local_day(intake.interview_at)
        yield Reminder(
            recipient=intake.applicant,
            subject_key=f"{PREFIX}{intake.pk}",
            due_on=on,
            link=link,
            context={
                "date": on.isoformat(),  # the day in the Netherlands
                "at": intake.interview_at.isoformat(),  # UTC; shown as the Dutch clock time
                "place": intake.interview_place,
                "video": bool(intake.interview_link),
            },
        )


RULE = Rule(
    kind=Kind(
        code="interview_tomorrow",
        label=gettext_lazy("Your interview is tomorrow"),
        title=title,
        body=body,
        audience=frozenset({"applicant"}),
    ),
    find=find,
    who=gettext_lazy("The applicant, the day before the interview."),
)
