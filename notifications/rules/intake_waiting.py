"""An application waits for review longer than N days: the programme's coordinators."""

import datetime

from django.db.models import Value
from django.db.models.functions import TruncDate
from django.utils.translation import gettext, gettext_lazy, ngettext

from notifications.kinds import Kind
from notifications.rules.base import (
    AddDays,
    Days,
    Reminder,
    Rule,
    day,
    in_chunks,
    not_reminded,
    path_maker,
    start_of,
)
from participants.models import Intake

PREFIX = "intake:"


def title(context: dict) -> str:
    return gettext("Application %(reference)s is waiting for review") % context


def body(context: dict) -> str:
    days = context["days"]
    return ngettext(
        "%(name)s sent this application on %(date)s. It has been waiting for %(days)s day "
        "or longer. Please look at it soon.",
        "%(name)s sent this application on %(date)s. It has been waiting for %(days)s days "
        "or longer. Please look at it soon.",
        days,
    ) % {"name": context["name"], "date": day(context["sent_on"]), "days": days}


def find(scan, days):
    """Sent applications still waiting, sent ``days`` days ago or longer.

    One query per chunk; the index ``intake_queue_idx`` (programme, status, submitted_at)
    serves it. Sent before midnight at the start of (today - days + 1): the date
    comparison stays a range on the indexed column, not a function of it.
    """
    sent_before = start_of(scan.today - datetime.timedelta(days=days - 1))
    intakes = (
        Intake.objects.filter(
            programme=scan.programme,
            status=Intake.Status.SUBMITTED,
            submitted_at__lt=sent_before,
        )
        .annotate(due=AddDays(TruncDate("submitted_at"), Value(days)))
        .only("pk", "reference", "given_name", "family_name", "submitted_at")
    )
    intakes = not_reminded(intakes, scan, "intake_waiting", PREFIX, coordinators=True)
    link = path_maker("participants:intake_detail", scan.programme, "pk")
    for intake in in_chunks(intakes):
        sent_on = intake.due - datetime.timedelta(days=days)
        context = {
            "reference": intake.reference,
            "name": intake.full_name or intake.reference,
            "sent_on": sent_on.isoformat(),
            "days": days,
        }
        for coordinator in scan.coordinators:
            yield Reminder(
                recipient=coordinator,
                subject_key=f"{PREFIX}{intake.pk}",
                due_on=intake.due,
                link=link(intake.pk),
                context=context,
            )


RULE = Rule(
    kind=Kind(
        code="intake_waiting",
        label=gettext_lazy("An application is waiting for review"),
        title=title,
        body=body,
        audience=frozenset({"coordinator"}),
    ),
    find=find,
    who=gettext_lazy("The coordinators of the programme."),
    days=Days(
        default=10,
        label=gettext_lazy("Remind after this many days of waiting"),
        help_text=gettext_lazy("Counted from the day the applicant sent the application."),
    ),
)
