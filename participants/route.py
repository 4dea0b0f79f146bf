"""Changes to a participant's route: moving on, the weekly schedule, diplomas, case notes.

The coordinator's page and the tests call these functions; they check the rules
and record who and when. Each locks the participant's row first, so two
coordinators saving at the same moment cannot both close the same stage. Every
refusal is a ``RouteError`` with a message the coordinator can act on.
"""

import datetime

from django.db import transaction
from django.utils import formats, timezone
from django.utils.translation import gettext

from participants.enrolment import expected_end
from participants.models import CaseNote, Diploma, Participant, Schedule, StageEntry
from programmes.models import Stage

Outcome = StageEntry.Outcome

# How a coordinator can end the open stage.
CLOSING_OUTCOMES = (Outcome.COMPLETED, Outcome.EXTENDED, Outcome.STOPPED, Outcome.MOVED)
# Outcomes that take the participant off the route; they need a reason.
LEAVING_OUTCOMES = frozenset({Outcome.STOPPED, Outcome.MOVED})
# A move can be entered a little ahead, e.g. at the end of the month, but not further.
DAYS_AHEAD = 31
# The Dutch Working Hours Act allows at most 60 hours in one week.
MAX_HOURS_PER_WEEK = 60
DAYS_IN_A_WEEK = 7

SCHEDULE_FIELDS = (
    "hours_per_week",
    "theory_hours",
    "theory_days",
    "internship_days",
    "internship_weekdays",
    "note",
)


class RouteError(Exception):
    """A refusal, in words the coordinator can act on.

    ``field`` names the form field the message belongs to (None: the whole form).
    """

    def __init__(self, message, field=None):
        super().__init__(message)
        self.message = message
        self.field = field


def _lock(participant) -> Participant:
    """The participant's row, locked until the end of the transaction."""
    return (
        Participant.objects.select_for_update(of=("self",))
        .select_related("current_stage")
        .get(programme=participant.programme_id, pk=participant.pk)
    )


def _date(value) -> str:
    return formats.date_format(value, "j F Y")


def open_entry(participant) -> StageEntry | None:
    """The stage entry that is still in progress, if any."""
    return (
        StageEntry.objects.filter(participant=participant, outcome=Outcome.IN_PROGRESS)
        .select_related("stage")
        .order_by("-started_on", "-pk")
        .first()
    )


def _entry_to_close(participant, by) -> StageEntry:
    """The open entry; for a participant put on a stage before the history was kept, one is
    made from what the participant row already says (stage and since when)."""
    entry = open_entry(participant)
    if entry is not None:
        return entry
    if participant.current_stage is None:
        raise RouteError(gettext("This participant has not started a stage yet."))
    start = participant.stage_started_on or participant.route_started_on or timezone.localdate()
    return StageEntry.objects.create(
        programme_id=participant.programme_id,
        participant=participant,
        stage=participant.current_stage,
        started_on=start,
        expected_end=expected_end(start, participant.current_stage),
        recorded_by=by,
    )


def _check_move(entry, *, outcome, on, note, to_stage, new_expected_end):
    if outcome not in CLOSING_OUTCOMES:
        raise RouteError(gettext("Choose what happened."), "outcome")
    if on is None:
        raise RouteError(gettext("Enter the date."), "on")
    if on < entry.started_on:
        raise RouteError(
            gettext("The date cannot be before the start of this stage, %(date)s.")
            % {"date": _date(entry.started_on)},
            "on",
        )
    if on > timezone.localdate() + datetime.timedelta(days=DAYS_AHEAD):
        raise RouteError(
            gettext("The date can be at most %(days)s days from today.") % {"days": DAYS_AHEAD},
            "on",
        )
    if outcome in LEAVING_OUTCOMES and not note:
        if outcome == Outcome.MOVED:
            message = gettext("Write to which route the participant moves, and why.")
        else:
            message = gettext("Write why the participant stops.")
        raise RouteError(message, "note")
    if outcome == Outcome.EXTENDED:
        if new_expected_end is None:
            raise RouteError(
                gettext("Enter the new expected end of the stage."), "new_expected_end"
            )
        if new_expected_end <= on:
            raise RouteError(
                gettext("The new expected end must be after the date of the extension."),
                "new_expected_end",
            )
    if to_stage is not None:
        if outcome != Outcome.COMPLETED:
            raise RouteError(
                gettext("Choose a next stage only when the stage is completed."), "to_stage"
            )
        if to_stage.programme_id != entry.programme_id:
            raise RouteError(gettext("This stage is not part of this programme."), "to_stage")
        if to_stage.pk == entry.stage_id:
            raise RouteError(gettext("Choose another stage than the current one."), "to_stage")


@transaction.atomic
def move_on(
    participant, *, outcome, on, note, by, to_stage=None, new_expected_end=None
) -> StageEntry:
    """Close the open stage with ``outcome`` on date ``on``, and open what comes next.

    completed: the next stage by position (or ``to_stage``) starts on ``on``; after the
    last stage the route is completed. extended: the same stage goes on until
    ``new_expected_end``. stopped, moved: the participant leaves the route (reason in
    ``note``). Returns the closed entry; ``participant`` is updated in place.
    """
    locked = _lock(participant)
    if locked.status != Participant.Status.ACTIVE:
        raise RouteError(gettext("This participant is no longer on the route."))
    note = (note or "").strip()
    entry = _entry_to_close(locked, by)
    _check_move(
        entry,
        outcome=outcome,
        on=on,
        note=note,
        to_stage=to_stage,
        new_expected_end=new_expected_end,
    )

    entry.outcome = outcome
    entry.ended_on = on
    entry.note = note
    entry.recorded_by = by
    entry.save()

    def start(stage, end):
        StageEntry.objects.create(
            programme_id=locked.programme_id,
            participant=locked,
            stage=stage,
            started_on=on,
            expected_end=end,
            recorded_by=by,
        )

    changed = []
    if outcome == Outcome.EXTENDED:
        # A new entry for the same stage keeps the first expected end in the history.
        # The participant is still in the stage they started on stage_started_on.
        start(entry.stage, new_expected_end)
    elif outcome in LEAVING_OUTCOMES:
        locked.status = Participant.Status.STOPPED
        changed = ["status"]
    else:
        following = to_stage or (
            Stage.objects.filter(
                programme_id=locked.programme_id, position__gt=entry.stage.position
            )
            .order_by("position")
            .first()
        )
        if following is None:
            locked.status = Participant.Status.COMPLETED
            changed = ["status"]
        else:
            start(following, expected_end(on, following))
            locked.current_stage = following
            locked.stage_started_on = on
            changed = ["current_stage", "stage_started_on"]
    if changed:
        locked.save(update_fields=[*changed, "updated_at"])
    for name in ("status", "current_stage", "stage_started_on", "updated_at"):
        setattr(participant, name, getattr(locked, name))
    return entry


@transaction.atomic
def set_schedule(participant, by, **fields) -> Schedule:
    """Create or change the participant's normal week. Fields not given stay as they are."""
    unknown = set(fields) - set(SCHEDULE_FIELDS)
    if unknown:
        raise TypeError(f"Not a schedule field: {', '.join(sorted(unknown))}")
    locked = _lock(participant)
    schedule = Schedule.objects.filter(participant=locked).first() or Schedule(
        programme_id=locked.programme_id, participant=locked
    )
    for name, value in fields.items():
        setattr(schedule, name, value.strip() if isinstance(value, str) else value)
    if schedule.hours_per_week > MAX_HOURS_PER_WEEK:
        raise RouteError(
            gettext("A week can have at most %(hours)s hours of work and school.")
            % {"hours": MAX_HOURS_PER_WEEK},
            "hours_per_week",
        )
    if schedule.theory_hours > schedule.hours_per_week:
        raise RouteError(
            gettext("The hours of theory cannot be more than the hours per week in all."),
            "theory_hours",
        )
    if schedule.internship_days > DAYS_IN_A_WEEK:
        raise RouteError(gettext("A week has 7 days."), "internship_days")
    schedule.updated_by = by
    schedule.save()
    return schedule


@transaction.atomic
def add_diploma(participant, name, obtained_on, by) -> Diploma:
    """Record a diploma or certificate the participant obtained."""
    name = (name or "").strip()
    if not name:
        raise RouteError(gettext("Write the name of the diploma."), "name")
    if obtained_on is None:
        raise RouteError(gettext("Enter the date."), "obtained_on")
    if obtained_on > timezone.localdate():
        raise RouteError(gettext("The date cannot be in the future."), "obtained_on")
    locked = _lock(participant)
    return Diploma.objects.create(
        programme_id=locked.programme_id,
        participant=locked,
        name=name,
        obtained_on=obtained_on,
        recorded_by=by,
    )


@transaction.atomic
def add_note(participant, text, visibility, by) -> CaseNote:
    """Write a case note, for coordinators only or shared with the participant."""
    text = (text or "").strip()
    if not text:
        raise RouteError(gettext("Write the note."), "text")
    if visibility not in CaseNote.Visibility.values:
        raise RouteError(gettext("Choose who can read the note."), "visibility")
    locked = _lock(participant)
    return CaseNote.objects.create(
        programme_id=locked.programme_id,
        participant=locked,
        text=text,
        visibility=visibility,
        by=by,
    )
