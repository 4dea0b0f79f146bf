"""A barrier, or an action on it, past its due date: the barrier's owner.

An action has no owner of its own: the barrier's owner answers for its actions.
Barriers that are solved or do not apply any more are left alone.
"""

from django.utils.translation import gettext, gettext_lazy

from barriers.models import BarrierAction, ParticipantBarrier
from notifications.kinds import Kind
from notifications.rules.base import (
    Reminder,
    Rule,
    day,
    in_all_languages,
    in_chunks,
    in_language,
    not_reminded,
    path_maker,
)

CLOSED = [ParticipantBarrier.Status.RESOLVED, ParticipantBarrier.Status.NOT_APPLICABLE]
ACTION = "barrier-action:"
BARRIER = "barrier:"


def title(context: dict) -> str:
    values = {"name": context["name"], "barrier": in_language(context["barrier"])}
    if context.get("action"):
        return gettext("Action for %(name)s is past its date") % values
    return gettext("Barrier of %(name)s is past its date: %(barrier)s") % values


def body(context: dict) -> str:
    values = {
        "action": context.get("action", ""),
        "barrier": in_language(context["barrier"]),
        "date": day(context["due"]),
    }
    if context.get("action"):
        return (
            gettext(
                "“%(action)s” (barrier: %(barrier)s) should be done by %(date)s. Record what "
                "was done, or set a new date."
            )
            % values
        )
    return (
        gettext(
            "This barrier should be solved by %(date)s. Record what happened, or set a new date."
        )
        % values
    )


def _context(barrier, due_on, action=""):
    return {
        "name": barrier.participant.full_name,
        "barrier": in_all_languages(barrier.barrier_type, "name"),
        "action": action,
        "due": due_on.isoformat(),
    }


def find(scan, days):
    """Open actions and open barriers whose due date has passed, with an active owner."""
    link = path_maker("barriers:detail", scan.programme, "pk", "barrier")
    actions = (
        BarrierAction.objects.filter(
            programme=scan.programme,
            done_on__isnull=True,
            due_on__lt=scan.today,
            barrier__owner__isnull=False,
            barrier__owner__is_active=True,
        )
        .exclude(barrier__status__in=CLOSED)
        .select_related("barrier__owner", "barrier__participant", "barrier__barrier_type")
    )
    actions = not_reminded(
        actions, scan, "barrier_overdue", ACTION, due="due_on", user="barrier__owner_id"
    )
    for action in in_chunks(actions):
        barrier = action.barrier
        yield Reminder(
            recipient=barrier.owner,
            subject_key=f"{ACTION}{action.pk}",
            due_on=action.due_on,
            link=link(barrier.participant_id, barrier.pk),
            context=_context(barrier, action.due_on, action.description),
        )
    barriers = (
        ParticipantBarrier.objects.filter(
            programme=scan.programme,
            due_on__lt=scan.today,
            owner__isnull=False,
            owner__is_active=True,
        )
        .exclude(status__in=CLOSED)
        .select_related("owner", "participant", "barrier_type")
    )
    barriers = not_reminded(
        barriers, scan, "barrier_overdue", BARRIER, due="due_on", user="owner_id"
    )
    for barrier in in_chunks(barriers):
        yield Reminder(
            recipient=barrier.owner,
            subject_key=f"{BARRIER}{barrier.pk}",
            due_on=barrier.due_on,
            link=link(barrier.participant_id, barrier.pk),
            context=_context(barrier, barrier.due_on),
        )


RULE = Rule(
    kind=Kind(
        code="barrier_overdue",
        label=gettext_lazy("A barrier or an action on it is past its date"),
        title=title,
        body=body,
        audience=frozenset({"coordinator", "admin", "mentor"}),
    ),
    find=find,
    who=gettext_lazy("The owner of the barrier, the day after the date has passed."),
)
