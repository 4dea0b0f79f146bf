"""A Dutch language exam or a professional knowledge test within N days: the participant
and the coordinators."""

from django.utils.translation import gettext, gettext_lazy

from notifications.kinds import Kind
from notifications.rules.base import PARTICIPANT, Days, Rule, weekday_and_day
from notifications.rules.key_dates import find_key_dates, kind_label
from participants.models import KeyDate


def title(context: dict) -> str:
    values = {"what": kind_label(context), "date": weekday_and_day(context["date"])}
    if context["for"] == PARTICIPANT:
        return gettext("Your exam is coming: %(what)s on %(date)s") % values
    return gettext("%(name)s has an exam on %(date)s") % {**values, "name": context["name"]}


def body(context: dict) -> str:
    values = {"what": kind_label(context), "note": context.get("note", "")}
    if context["for"] == PARTICIPANT:
        text = gettext("%(what)s. Good luck! Do you need help to prepare? Ask your coordinator.")
    else:
        text = gettext("%(what)s. Check that the participant is ready and knows where to go.")
    text = text % values
    if values["note"]:
        text += " " + gettext("Note: %(note)s") % values
    return text


def find(scan, days):
    return find_key_dates(
        scan, days, "exam_soon", [KeyDate.Kind.LANGUAGE_EXAM, KeyDate.Kind.PROFESSIONAL_TEST]
    )


RULE = Rule(
    kind=Kind(
        code="exam_soon",
        label=gettext_lazy("A language exam or professional test is coming"),
        title=title,
        body=body,
        audience=frozenset({"coordinator", "participant"}),
    ),
    find=find,
    who=gettext_lazy("The participant and the coordinators."),
    days=Days(
        default=14,
        label=gettext_lazy("Remind this many days before the exam or test"),
        help_text=gettext_lazy("Counted back from the day of the exam or test."),
    ),
)
