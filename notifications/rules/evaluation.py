"""A mentor's evaluation is due: the mentor of an internship that is going on.

Due on the last evaluation (or the start) plus the internship's own rhythm,
``Internship.evaluation_every_weeks`` (6 weeks unless the coordinator agreed
otherwise): the same date the mentor's page shows
(``participants.internships.next_evaluation_due``). So this rule has no number
of days of its own; a new evaluation moves the due date, and brings the next reminder.
"""

from django.db.models import F, OuterRef, Q, Subquery
from django.db.models.functions import Coalesce
from django.utils.translation import gettext, gettext_lazy

from notifications.kinds import Kind
from notifications.rules.base import (
    AddDays,
    Reminder,
    Rule,
    can_receive,
    day,
    in_chunks,
    not_reminded,
    path_maker,
)
from participants.models import Evaluation, Internship, Participant

PREFIX = "internship:"


def title(context: dict) -> str:
    return gettext("Evaluation of %(name)s is due") % context


def body(context: dict) -> str:
    values = {"name": context["name"], "place": context["place"], "date": day(context["due"])}
    if context.get("last"):
        values["last"] = day(context["last"])
        return (
            gettext(
                "%(name)s does an internship at %(place)s. The last evaluation was on %(last)s. "
                "A new one was due on %(date)s. Please write it."
            )
            % values
        )
    return (
        gettext(
            "%(name)s does an internship at %(place)s. The first evaluation was due on %(date)s. "
            "Please write it."
        )
        % values
    )


def find(scan, days):
    """Internships going on today whose next evaluation is due today or earlier.

    The due date is computed in SQL: the latest evaluation (a subquery on the
    evaluation's internship index) or the start, plus the rhythm in days.
    """
    last = Subquery(
        Evaluation.objects.filter(internship=OuterRef("pk")).order_by("-date").values("date")[:1]
    )
    internships = (
        Internship.objects.filter(
            programme=scan.programme,
            mentor__isnull=False,
            mentor__is_active=True,
            evaluation_every_weeks__gt=0,
            starts_on__lte=scan.today,
            participant__status=Participant.Status.ACTIVE,
        )
        .filter(Q(ends_on__isnull=True) | Q(ends_on__gte=scan.today))
        .annotate(last_evaluation=last)
        .annotate(
            due=AddDays(
                Coalesce(F("last_evaluation"), F("starts_on")), F("evaluation_every_weeks") * 7
            )
        )
        .filter(due__lte=scan.today)
        .select_related("mentor", "participant", "organisation")
    )
    internships = not_reminded(internships, scan, "evaluation_due", PREFIX, user="mentor_id")
    link = path_maker("participants:mentor_internship", scan.programme, "pk")
    for internship in in_chunks(internships):
        if not can_receive(internship.mentor):
            continue
        yield Reminder(
            recipient=internship.mentor,
            subject_key=f"{PREFIX}{internship.pk}",
            due_on=internship.due,
            link=link(internship.pk),
            context={
                "name": internship.participant.full_name,
                "place": internship.organisation.name,
                "due": internship.due.isoformat(),
                "last": internship.last_evaluation.isoformat()
                if internship.last_evaluation
                else "",
            },
        )


RULE = Rule(
    kind=Kind(
        code="evaluation_due",
        label=gettext_lazy("An evaluation of an internship is due"),
        title=title,
        body=body,
        audience=frozenset({"mentor"}),
    ),
    find=find,
    who=gettext_lazy(
        "The mentor, when the next evaluation is due. Every internship has its own rhythm, 6 weeks unless agreed otherwise."
    ),
)
