"""Patterns across a programme's people: barriers, language levels, credentials. No names.

Each figure is one query, whatever the number of people (PostgreSQL counts, as in
``programmes/cohorts.py``). A cohort is the month a participant started the route;
every function takes an optional cohort (the first day of that month) to count
only those people.

The anonymised export (``export_rows``) follows the usual rules for research data:
one row per group, never per person; only codes and months, no free text; a count
under ``SMALL_CELL`` shows as "<5"; and no totals, so a hidden count cannot be
worked out by subtracting the others from a total.
"""

import datetime
from collections import Counter
from dataclasses import dataclass, field

from django.db.models import Aggregate, Count, F, FloatField, Func, IntegerField, Q
from django.db.models.functions import TruncMonth, TruncQuarter
from django.utils.translation import gettext as _

from barriers.models import BarrierType, ParticipantBarrier
from participants.models import Credential, LanguageAssessment, Participant
from participants.models.intake import CEFR_ORDER
from portal.spreadsheets import safe_cell

Status = ParticipantBarrier.Status
SMALL_CELL = 5
SUPPRESSED = "<5"
# The language figures follow one skill; the page explains why speaking.
LANGUAGE_SKILL = LanguageAssessment.Skill.SPEAKING
EXPORT_HEADER = ["topic", "cohort", "period", "category", "status_or_level", "people"]


class Median(Aggregate):
    """PostgreSQL's median: ``percentile_cont(0.5) WITHIN GROUP (ORDER BY ...)``."""

    function = "PERCENTILE_CONT"
    name = "Median"
    template = "%(function)s(0.5) WITHIN GROUP (ORDER BY %(expressions)s)"
    output_field = FloatField()


def days_between(start, end):
    """``end - start`` of two date columns: a whole number of days in PostgreSQL."""
    return Func(
        F(end),
        F(start),
        template="(%(expressions)s)",
        arg_joiner=" - ",
        output_field=IntegerField(),
    )


def month_range(cohort: datetime.date) -> tuple[datetime.date, datetime.date]:
    """The first day of the cohort's month and of the month after."""
    start = cohort.replace(day=1)
    following = (start + datetime.timedelta(days=32)).replace(day=1)
    return start, following


def in_cohort(cohort, path="participant__route_started_on") -> Q:
    """A filter for the people of one cohort (an empty filter for all cohorts)."""
    if cohort is None:
        return Q()
    start, following = month_range(cohort)
    return Q(**{f"{path}__gte": start, f"{path}__lt": following})


def cohort_months(programme) -> list[datetime.date]:
    """The months in which people of this programme started the route, oldest first. One query."""
    return list(
        Participant.objects.filter(programme=programme, route_started_on__isnull=False)
        .annotate(month=TruncMonth("route_started_on"))
        .values_list("month", flat=True)
        .distinct()
        .order_by("month")
    )


@dataclass
class BarrierFigure:
    """One barrier: how many people have it, how many solved it, and how long that took."""

    barrier: BarrierType
    people: int = 0
    resolved: int = 0
    median_days: float | None = None


def barrier_frequency(programme, cohort=None) -> list[BarrierFigure]:
    """Per barrier in use (and any switched off that people still have). Two queries."""
    resolved = Q(status=Status.RESOLVED, resolved_on__isnull=False)
    counts = {
        row["barrier_type"]: row
        for row in ParticipantBarrier.objects.filter(in_cohort(cohort), programme=programme)
        .values("barrier_type")
        .annotate(
            people=Count("participant", distinct=True),
            resolved=Count("participant", distinct=True, filter=resolved),
            median_days=Median(days_between("identified_on", "resolved_on"), filter=resolved),
        )
        .order_by()
    }
    figures = []
    for barrier in BarrierType.objects.filter(programme=programme):
        row = counts.get(barrier.pk)
        if row is None and not barrier.is_active:
            continue
        figure = BarrierFigure(barrier)
        if row:
            figure.people, figure.resolved = row["people"], row["resolved"]
            figure.median_days = row["median_days"]
        figures.append(figure)
    return figures


def quarter_label(quarter: datetime.date) -> str:
    """For example "2026 Q3"."""
    return _("%(year)d Q%(number)d") % {"year": quarter.year, "number": (quarter.month + 2) // 3}


def latest_levels(programme, cohort=None):
    """Per person and quarter, their last speaking level in that quarter. One query.

    Returns (cohort month, quarter, level) tuples, one per person and quarter.
    """
    return (
        LanguageAssessment.objects.filter(
            in_cohort(cohort), programme=programme, skill=LANGUAGE_SKILL
        )
        .annotate(
            quarter=TruncQuarter("assessed_on"), month=TruncMonth("participant__route_started_on")
        )
        .order_by("participant_id", "quarter", "-assessed_on", "-pk")
        .distinct("participant_id", "quarter")
        .values_list("month", "quarter", "level")
    )


@dataclass
class QuarterFigure:
    """One quarter: how many people had each level as their latest."""

    quarter: datetime.date
    label: str
    levels: dict = field(default_factory=dict)  # level code -> people, in CEFR order

    @property
    def total(self):
        return sum(self.levels.values())


def language_progress(programme, cohort=None) -> list[QuarterFigure]:
    """Per quarter, oldest first, the people at each level (every level, zeros too). One query."""
    counts = Counter(
        (quarter, level) for _month, quarter, level in latest_levels(programme, cohort)
    )
    quarters = sorted({quarter for quarter, _level in counts})
    return [
        QuarterFigure(
            quarter,
            quarter_label(quarter),
            {level: counts[quarter, level] for level in CEFR_ORDER},
        )
        for quarter in quarters
    ]


@dataclass
class CredentialFigure:
    """One kind of credential: people per status (every status, zeros too)."""

    kind: str
    label: str
    statuses: dict = field(default_factory=dict)  # status code -> people

    @property
    def total(self):
        return sum(self.statuses.values())


def credential_pipeline(programme, cohort=None) -> list[CredentialFigure]:
    """Per kind of credential, the number of people in each status. One query."""
    counts = {
        (row["kind"], row["status"]): row["people"]
        for row in Credential.objects.filter(in_cohort(cohort), programme=programme)
        .values("kind", "status")
        .annotate(people=Count("participant", distinct=True))
        .order_by()
    }
    return [
        CredentialFigure(
            kind.value,
            kind.label,
            {
                status.value: counts.get((kind.value, status.value), 0)
                for status in Credential.Status
            },
        )
        for kind in Credential.Kind
    ]


def suppress(count: int) -> int | str:
    """Small-cell suppression: fewer than five people is shown as "<5"."""
    return SUPPRESSED if count < SMALL_CELL else count


def month_code(month) -> str:
    return month.strftime("%Y-%m") if month else "unknown"


def export_rows(programme, cohort=None) -> list[list]:
    """The anonymised figures as CSV rows, header first. Three queries.

    Only groups with at least one person appear; there are no totals (see the module
    docstring). Barriers and credentials count people, not records.
    """
    rows = []
    barriers = (
        ParticipantBarrier.objects.filter(in_cohort(cohort), programme=programme)
        .annotate(month=TruncMonth("participant__route_started_on"))
        .values("month", "barrier_type__code", "status")
        .annotate(people=Count("participant", distinct=True))
        .order_by(
            F("month").asc(nulls_last=True),
            "barrier_type__position",
            "barrier_type__code",
            "status",
        )
    )
    for row in barriers:
        rows.append(
            [
                "barrier",
                month_code(row["month"]),
                "",
                safe_cell(row["barrier_type__code"]),
                row["status"],
                row["people"],
            ]
        )
    levels = Counter(
        (month, quarter, level) for month, quarter, level in latest_levels(programme, cohort)
    )
    level_rank = {level: rank for rank, level in enumerate(CEFR_ORDER)}
    for (month, quarter, level), people in sorted(
        levels.items(),
        key=lambda item: (item[0][0] or datetime.date.max, item[0][1], level_rank[item[0][2]]),
    ):
        period = f"{quarter.year}-Q{(quarter.month + 2) // 3}"
        rows.append(["language", month_code(month), period, LANGUAGE_SKILL.value, level, people])
    credentials = (
        Credential.objects.filter(in_cohort(cohort), programme=programme)
        .annotate(month=TruncMonth("participant__route_started_on"))
        .values("month", "kind", "status")
        .annotate(people=Count("participant", distinct=True))
        .order_by(F("month").asc(nulls_last=True), "kind", "status")
    )
    for row in credentials:
        rows.append(
            ["credential", month_code(row["month"]), "", row["kind"], row["status"], row["people"]]
        )
    return [EXPORT_HEADER] + [[*row[:-1], suppress(row[-1])] for row in rows]
