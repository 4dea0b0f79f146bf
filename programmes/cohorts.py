"""The figures of a programme's overview: people per stage now, and the results per cohort.

A cohort is the month a participant started the route (``Participant.route_started_on``),
the way the programmes report: "22 started in September, 18 began BBL training".
PostgreSQL does the counting, so the number of queries does not grow with the
number of participants.
"""

import datetime
from dataclasses import dataclass, field

from django.conf import settings
from django.core.cache import cache
from django.db.models import Count, Exists, F, OuterRef, Q
from django.db.models.functions import TruncMonth

from participants.models import Internship, JobPlacement, Participant, StageEntry

Status = Participant.Status
Outcome = StageEntry.Outcome
LEAVING = (Outcome.STOPPED, Outcome.MOVED)
REASONS_SHOWN = 10  # per cohort, newest first
# A stage whose key contains this is BBL training (work contract plus a day of school).
BBL_KEY = "bbl"


@dataclass
class StopReason:
    """Why someone left the route: the note of their stopped or moved stage. No names."""

    code: str  # stopped or moved
    note: str
    on: datetime.date | None

    @property
    def outcome(self) -> str:
        """The label in the reader's language (figures are cached for every language)."""
        return Outcome(self.code).label


@dataclass
class Cohort:
    """The participants who started the route in one month (None: start date not known)."""

    month: datetime.date | None
    started: int = 0
    on_route: int = 0
    completed: int = 0
    stopped: int = 0
    placed: int = 0
    began_bbl: int = 0
    reasons: list[StopReason] = field(default_factory=list)  # the newest REASONS_SHOWN
    reasons_hidden: int = 0  # older reasons, counted but not shown


def stage_counts(programme):
    """The programme's stages, each with ``active``: the people in it now. One query."""
    return programme.stages.annotate(
        active=Count(
            "participant_current",
            filter=Q(participant_current__status=Status.ACTIVE),
        )
    )


def cohorts(programme, *, with_reasons=False) -> list[Cohort]:
    """One row per start month, oldest first; people without a start date last.

    One query, and one more for the reasons people stopped (``with_reasons``: for
    coordinators and admins only, as the notes may say personal things).
    """
    has_job = JobPlacement.objects.filter(participant=OuterRef("pk"))
    bbl_internship = Internship.objects.filter(participant=OuterRef("pk"), kind=Internship.Kind.BBL)
    bbl_stage = StageEntry.objects.filter(participant=OuterRef("pk"), stage__key__icontains=BBL_KEY)
    rows = (
        Participant.objects.filter(programme=programme)
        .annotate(month=TruncMonth("route_started_on"))
        .values("month")
        .annotate(
            started=Count("pk"),
            on_route=Count("pk", filter=Q(status=Status.ACTIVE)),
            completed=Count("pk", filter=Q(status=Status.COMPLETED)),
            stopped=Count("pk", filter=Q(status=Status.STOPPED)),
            placed=Count("pk", filter=Q(Exists(has_job))),
            began_bbl=Count("pk", filter=Q(Exists(bbl_internship)) | Q(Exists(bbl_stage))),
        )
        .order_by(F("month").asc(nulls_last=True))
    )
    result = [Cohort(**row) for row in rows]
    if with_reasons:
        by_month = {cohort.month: cohort for cohort in result}
        stops = (
            StageEntry.objects.filter(programme=programme, outcome__in=LEAVING)
            .annotate(month=TruncMonth("participant__route_started_on"))
            .values_list("month", "outcome", "note", "ended_on")
            .order_by("ended_on", "pk")
        )
        for month, outcome, note, ended_on in stops:
            if month in by_month:
                by_month[month].reasons.append(StopReason(outcome, note, ended_on))
        for cohort in result:  # a readable page, also with thousands of people
            cohort.reasons_hidden = max(0, len(cohort.reasons) - REASONS_SHOWN)
            cohort.reasons = cohort.reasons[-REASONS_SHOWN:][::-1]
    return result


def overview_figures(programme, *, with_reasons=False) -> dict:
    """The overview's stages, cohorts and totals, cached for a few minutes.

    The overview is read far more often than it changes, and at national scale its
    counting takes about 100 ms; figures up to ``OVERVIEW_CACHE_SECONDS`` old are fine.
    """
    key = f"overview:{programme.pk}:{int(with_reasons)}"
    figures = cache.get(key)
    if figures is None:
        rows = cohorts(programme, with_reasons=with_reasons)
        figures = {
            "stages": list(stage_counts(programme)),
            "cohorts": rows,
            "totals": totals(rows),
        }
        cache.set(key, figures, settings.OVERVIEW_CACHE_SECONDS)
    return figures


def totals(rows) -> Cohort:
    """All cohorts together, for the last row of the table."""
    total = Cohort(month=None)
    for row in rows:
        for name in ("started", "on_route", "completed", "stopped", "placed", "began_bbl"):
            setattr(total, name, getattr(total, name) + getattr(row, name))
    return total
