"""A residence permit or a certificate of conduct (VOG) that ends within N days: the
participant and the coordinators."""

from django.utils.translation import gettext, gettext_lazy

from notifications.kinds import Kind
from notifications.rules.base import PARTICIPANT, Days, Rule, day
from notifications.rules.key_dates import find_key_dates, kind_label
from participants.models import KeyDate


def title(context: dict) -> str:
    values = {"what": kind_label(context), "date": day(context["date"])}
    if context["for"] == PARTICIPANT:
        return gettext("%(what)s on %(date)s") % values
    return gettext("%(name)s: %(what)s on %(date)s") % {**values, "name": context["name"]}


def body(context: dict) -> str:
    values = {"note": context.get("note", "")}
    if context["for"] == PARTICIPANT:
        text = gettext(
            "Your document is valid only until this date. Ask for a new one in time. "
            "Your coordinator can help you."
        )
    else:
        text = gettext(
            "The participant's document is valid only until this date. Check that a new one "
            "is asked for in time."
        )
    if values["note"]:
        text += " " + gettext("Note: %(note)s") % values
    return text


def find(scan, days):
    return find_key_dates(
        scan,
        days,
        "document_ends",
        [KeyDate.Kind.RESIDENCE_PERMIT_EXPIRES, KeyDate.Kind.VOG_EXPIRES],
    )


RULE = Rule(
    kind=Kind(
        code="document_ends",
        label=gettext_lazy("A residence permit or VOG ends soon"),
        title=title,
        body=body,
        audience=frozenset({"coordinator", "participant"}),
    ),
    find=find,
    who=gettext_lazy("The participant and the coordinators."),
    days=Days(
        default=60,
        label=gettext_lazy("Remind this many days before the document ends"),
        help_text=gettext_lazy("Counted back from the last day the document is valid."),
    ),
)
