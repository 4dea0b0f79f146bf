"""What a participant sees of their own route: read-only, a fixed number of queries."""

import datetime
from dataclasses import dataclass, field

from django.db.models import Q
from django.utils import timezone

from participants.key_dates import coming_key_dates
from participants.models import (
    Attendance,
    CaseNote,
    Evaluation,
    FollowUp,
    HousingAllocation,
    Internship,
    JobPlacement,
    StageEntry,
)


@dataclass
class TimelineStage:
    stage: object
    entry: object | None = None  # the latest StageEntry for this stage, if any
    state: str = "later"  # done, current, later, stopped


@dataclass
class MyRoute:
    participant: object
    timeline: list = field(default_factory=list)
    current: object = None
    current_entry: object = None
    next_stage: object = None
    schedule: object = None
    sessions: list = field(default_factory=list)
    internship: object = None
    evaluation: object = None
    housing: object = None
    placement: object = None
    next_follow_up: object = None
    notes: list = field(default_factory=list)
    key_dates: list = field(default_factory=list)


def _timeline(stages, entries, participant):
    latest = {}
    for entry in entries:
        latest[entry.stage_id] = entry
    current = participant.current_stage
    rows = []
    for stage in stages:
        entry = latest.get(stage.pk)
        if current is not None and stage.pk == current.pk:
            state = "stopped" if participant.status == "stopped" else "current"
            if participant.status == "completed":
                state = "done"
        elif (entry is not None and entry.outcome == StageEntry.Outcome.COMPLETED) or (
            current is not None and stage.position < current.position
        ):
            state = "done"
        else:
            state = "later"
        rows.append(TimelineStage(stage, entry, state))
    return rows


def my_route(participant) -> MyRoute:
    """Everything on the participant's "my route" page, in ten queries."""
    today = timezone.localdate()
    programme = participant.programme
    stages = list(programme.stages.all())
    entries = list(StageEntry.objects.filter(participant=participant).order_by("started_on", "pk"))
    route = MyRoute(participant=participant, current=participant.current_stage)
    route.timeline = _timeline(stages, entries, participant)
    open_entries = [e for e in entries if e.outcome == StageEntry.Outcome.IN_PROGRESS]
    route.current_entry = open_entries[-1] if open_entries else None
    if route.current is not None:
        later = [s for s in stages if s.position > route.current.position]
        route.next_stage = later[0] if later else None
    route.schedule = getattr(participant, "schedule", None)
    week_end = today + datetime.timedelta(days=7 - today.weekday())
    route.sessions = list(
        Attendance.objects.filter(
            participant=participant,
            session__starts_at__date__gte=today,
            session__starts_at__date__lt=week_end + datetime.timedelta(days=7),
        )
        .select_related("session")
        .order_by("session__starts_at")[:5]
    )
    route.internship = (
        Internship.objects.filter(participant=participant)
        .filter(Q(ends_on__isnull=True) | Q(ends_on__gte=today))
        .select_related("organisation", "mentor")
        .order_by("-starts_on")
        .first()
    )
    route.evaluation = (
        Evaluation.objects.filter(internship__participant=participant, shared_with_participant=True)
        .order_by("-date")
        .first()
    )
    route.housing = (
        HousingAllocation.objects.filter(participant=participant)
        .select_related("unit")
        .order_by("-since", "-pk")
        .first()
    )
    route.placement = (
        JobPlacement.objects.filter(participant=participant, ended_on__isnull=True)
        .select_related("employer")
        .order_by("-starts_on")
        .first()
    )
    route.next_follow_up = (
        FollowUp.objects.filter(placement__participant=participant, done_on__isnull=True)
        .order_by("due_on")
        .first()
    )
    route.notes = list(
        CaseNote.objects.filter(participant=participant, visibility=CaseNote.Visibility.SHARED)
        .select_related("by")
        .order_by("-created_at")[:5]
    )
    route.key_dates = coming_key_dates(participant, today)
    return route
