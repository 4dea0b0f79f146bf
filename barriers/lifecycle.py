"""A participant's barrier from identified to resolved: the rules, and the history of each change.

Views, the demo loader and tests call these functions. Each change locks the
row it changes and writes a ``BarrierEvent`` (who, when, why). Every refusal is
a ``BarrierError`` with a message the coordinator can act on.
"""

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext

from barriers.models import BarrierAction, BarrierEvent, BarrierType, ParticipantBarrier
from participants.models import Participant
from portal.models import User
from programmes.models import Membership, Role

Status = ParticipantBarrier.Status

# Where a barrier may go from each status. Closed ones only reopen, with a reason.
ALLOWED_MOVES = {
    Status.IDENTIFIED: (
        Status.ACTION_PLANNED,
        Status.IN_PROGRESS,
        Status.RESOLVED,
        Status.NOT_APPLICABLE,
    ),
    Status.ACTION_PLANNED: (Status.IN_PROGRESS, Status.RESOLVED, Status.NOT_APPLICABLE),
    Status.IN_PROGRESS: (Status.RESOLVED, Status.NOT_APPLICABLE, Status.ACTION_PLANNED),
    Status.RESOLVED: (Status.IN_PROGRESS,),
    Status.NOT_APPLICABLE: (Status.IN_PROGRESS,),
}
CLOSED = frozenset({Status.RESOLVED, Status.NOT_APPLICABLE})
OPEN = tuple(status for status in Status if status not in CLOSED)
# Who can own a barrier: the people who work on it with the participant.
OWNER_ROLES = (Role.COORDINATOR, Role.ADMIN, Role.MENTOR)


class BarrierError(Exception):
    """A refusal, in words the coordinator can act on; ``field`` is the form field (or None)."""

    def __init__(self, message, field=None):
        super().__init__(message)
        self.message = message
        self.field = field


def possible_owners(programme):
    """The programme's staff who can own a barrier (one query when evaluated)."""
    members = Membership.objects.filter(programme=programme, role__in=OWNER_ROLES)
    return User.objects.filter(pk__in=members.values("user_id")).order_by("name", "email")


def _has_open(programme_id, participant_id, barrier_type_id, *, exclude=None) -> bool:
    barriers = ParticipantBarrier.objects.filter(
        programme=programme_id,
        participant=participant_id,
        barrier_type=barrier_type_id,
        status__in=OPEN,
    )
    if exclude is not None:
        barriers = barriers.exclude(pk=exclude.pk)
    return barriers.exists()


def _event(barrier, from_status, to_status, by, note):
    return BarrierEvent.objects.create(
        programme_id=barrier.programme_id,
        barrier=barrier,
        from_status=from_status,
        to_status=to_status,
        note=note,
        by=by,
    )


def identify(
    participant,
    barrier_type,
    how_it_shows,
    by,
    owner=None,
    due_on=None,
    next_step="",
    shared=True,
) -> ParticipantBarrier:
    """Record that ``barrier_type`` stands in the participant's way, and how it shows."""
    if (
        barrier_type is None
        or barrier_type.programme_id != participant.programme_id
        or not barrier_type.is_active
    ):
        raise BarrierError(gettext("Choose a barrier of this programme."), "barrier_type")
    how_it_shows = (how_it_shows or "").strip()
    if not how_it_shows:
        raise BarrierError(gettext("Write how the barrier shows for this person."), "how_it_shows")
    if (
        owner is not None
        and not possible_owners(participant.programme_id).filter(pk=owner.pk).exists()
    ):
        raise BarrierError(gettext("Choose someone who works in this programme."), "owner")
    with transaction.atomic():
        # The participant's row is the lock: two coordinators cannot add the same barrier twice.
        Participant.objects.select_for_update().filter(
            programme=participant.programme_id, pk=participant.pk
        ).first()
        if _has_open(participant.programme_id, participant.pk, barrier_type.pk):
            raise BarrierError(
                gettext("This person already has this barrier and it is not solved yet."),
                "barrier_type",
            )
        barrier = ParticipantBarrier.objects.create(
            programme_id=participant.programme_id,
            participant=participant,
            barrier_type=barrier_type,
            how_it_shows=how_it_shows,
            next_step=(next_step or "").strip(),
            shared_with_participant=shared,
            owner=owner,
            due_on=due_on,
            identified_by=by,
            identified_on=timezone.localdate(),
        )
        _event(barrier, "", Status.IDENTIFIED, by, how_it_shows)
    return barrier


def _lock(barrier) -> ParticipantBarrier:
    return (
        ParticipantBarrier.objects.select_for_update(of=("self",))
        .select_related("barrier_type")
        .get(programme=barrier.programme_id, pk=barrier.pk)
    )


def _copy(source, target, fields):
    for name in fields:
        setattr(target, name, getattr(source, name))


def change_status(barrier, to_status, by, note="") -> BarrierEvent:
    """Move the barrier to ``to_status`` if the rules allow it; reopening needs a reason."""
    note = (note or "").strip()
    if to_status not in Status.values:
        raise BarrierError(gettext("Choose the new status."), "status")
    to_status = Status(to_status)
    with transaction.atomic():
        locked = _lock(barrier)
        from_status = Status(locked.status)
        if to_status == from_status:
            raise BarrierError(
                gettext("The barrier already has the status “%(status)s”.")
                % {"status": from_status.label},
                "status",
            )
        if to_status not in ALLOWED_MOVES[from_status]:
            raise BarrierError(
                gettext("A barrier with the status “%(from)s” cannot go to “%(to)s”.")
                % {"from": from_status.label, "to": to_status.label},
                "status",
            )
        if from_status in CLOSED:
            if not note:
                raise BarrierError(gettext("Write why the barrier is open again."), "note")
            if _has_open(
                locked.programme_id, locked.participant_id, locked.barrier_type_id, exclude=locked
            ):
                raise BarrierError(
                    gettext("This person already has this barrier open. Work on that one."),
                    "status",
                )
        locked.status = to_status
        locked.resolved_on = timezone.localdate() if to_status == Status.RESOLVED else None
        locked.save(update_fields=["status", "resolved_on", "updated_at"])
        event = _event(locked, from_status, to_status, by, note)
    _copy(locked, barrier, ("status", "resolved_on", "updated_at"))
    return event


def add_action(
    barrier, description, by, due_on=None, done_on=None, note="", evidence=""
) -> BarrierAction:
    """Record something done (or to do) about the barrier, with a note and evidence.

    The first action on a barrier that is only identified plans it: the status
    moves to "action planned", in the history like any other change.
    """
    description = (description or "").strip()
    if not description:
        raise BarrierError(gettext("Write what will be done."), "description")
    if done_on is not None and done_on > timezone.localdate():
        raise BarrierError(gettext("The date it was done cannot be in the future."), "done_on")
    with transaction.atomic():
        locked = _lock(barrier)
        action = BarrierAction.objects.create(
            programme_id=locked.programme_id,
            barrier=locked,
            description=description,
            due_on=due_on,
            done_on=done_on,
            note=(note or "").strip(),
            evidence=(evidence or "").strip(),
            by=by,
        )
        status = Status(locked.status)
        to_status = Status.ACTION_PLANNED if status == Status.IDENTIFIED else status
        if to_status != status:
            locked.status = to_status
            locked.save(update_fields=["status", "updated_at"])
        _event(
            locked,
            status,
            to_status,
            by,
            gettext("Action: %(action)s") % {"action": description},
        )
    _copy(locked, barrier, ("status", "updated_at"))
    return action


def active_types(programme):
    """The barriers a coordinator can choose for a participant."""
    return BarrierType.objects.filter(programme=programme, is_active=True)


@transaction.atomic
def update(barrier, by, *, next_step, owner, due_on, shared) -> BarrierEvent | None:
    """Change the next step, the owner, the due date or who sees it; the history says what."""
    barrier = _lock(barrier)
    if owner is not None and not possible_owners(barrier.programme_id).filter(pk=owner.pk).exists():
        raise BarrierError(gettext("Choose someone who works in this programme."), field="owner")
    if due_on is not None and due_on < barrier.identified_on:
        raise BarrierError(
            gettext("The due date is before the day the barrier was identified."), field="due_on"
        )
    new = {
        "next_step": next_step.strip(),
        "owner": owner,
        "due_on": due_on,
        "shared_with_participant": shared,
    }
    changed = [name for name, value in new.items() if getattr(barrier, name) != value]
    if not changed:
        return None
    for name in changed:
        setattr(barrier, name, new[name])
    barrier.save()
    labels = ", ".join(
        str(ParticipantBarrier._meta.get_field(name).verbose_name) for name in changed
    )
    note = gettext("Changed: %(fields)s") % {"fields": labels}
    return _event(barrier, barrier.status, barrier.status, by, note)
