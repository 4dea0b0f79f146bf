"""Dutch language levels per skill: recording a level, the target the goal needs, the gap.

BIG registration asks for a Dutch language certificate: B1 for a profession at MBO
level, B2 for HBO and B2+ for WO (research report, seeds/003). B2+ is "B2 and a bit
more"; the CEFR has no step for it, so for WO a B2 counts as not reached yet until a
C1 is recorded.

The pages load the participant's assessments once (``language_overview``) and build
everything from that list, so the number of queries does not grow with the history.
"""

import datetime
from dataclasses import dataclass

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext, ngettext

from participants.access import REVIEWER_ROLES
from participants.models import Credential, LanguageAssessment
from participants.models.intake import CEFR_ORDER
from participants.route import RouteError

Skill = LanguageAssessment.Skill
Source = LanguageAssessment.Source

SKILLS = [skill.value for skill in Skill]
TARGETS = {"mbo": "B1", "hbo": "B2", "wo": "B2+"}
# The level that counts as "reached" for each target (B2+: see the module docstring).
NEEDED = {"B1": "B1", "B2": "B2", "B2+": "C1"}

# The chart: one line per skill; a dash pattern as well as a colour, so the lines
# can be told apart without seeing colour.
CHART_WIDTH, CHART_HEIGHT, CHART_MARGIN = 640, 260, 48
LINE_STYLES = {
    "listening": ("#01689b", ""),
    "reading": ("#8a3c00", "8 4"),
    "speaking": ("#39870c", "2 4"),
    "writing": ("#7a2f8a", "12 4 2 4"),
    "vaktaal": ("#1a1a1a", "4 2"),
}


class LanguageError(RouteError):
    """A level that cannot be saved, with the field the message belongs to."""


def rank(level) -> int:
    """The position of a CEFR level: "0" is 0, A1 is 1, ... C2 is 6."""
    return CEFR_ORDER.index(level)


@transaction.atomic
def add_assessment(
    participant, *, skill, level, assessed_on, source, evidence="", by
) -> LanguageAssessment:
    """Record a level for one skill on one date. The date cannot be in the future."""
    if skill not in SKILLS:
        raise LanguageError(gettext("Choose a skill."), "skill")
    if level not in CEFR_ORDER:
        raise LanguageError(gettext("Choose a level."), "level")
    if source not in Source.values:
        raise LanguageError(gettext("Choose where the level comes from."), "source")
    if assessed_on is None:
        raise LanguageError(gettext("Enter the date."), "assessed_on")
    if assessed_on > timezone.localdate():
        raise LanguageError(
            gettext("The date cannot be in the future. Enter the date of the test."),
            "assessed_on",
        )
    return LanguageAssessment.objects.create(
        programme_id=participant.programme_id,
        participant=participant,
        skill=skill,
        level=level,
        assessed_on=assessed_on,
        source=source,
        evidence=evidence or "",
        by=by,
    )


def assessments_of(participant):
    """All levels of one participant, oldest first, with who recorded them (one query)."""
    return list(
        LanguageAssessment.objects.filter(
            programme_id=participant.programme_id, participant=participant
        )
        .select_related("by")
        .order_by("assessed_on", "pk")
    )


def current_levels(participant, assessments=None) -> dict:
    """The latest assessment per skill (None when there is none yet)."""
    if assessments is None:
        assessments = assessments_of(participant)
    current = dict.fromkeys(SKILLS)
    for assessment in sorted(assessments, key=lambda a: (a.assessed_on, a.pk)):
        current[assessment.skill] = assessment
    return current


def target_for(goal_level) -> str:
    """The Dutch level BIG registration needs for this goal: "B1", "B2", "B2+" or ""."""
    return TARGETS.get(goal_level or "", "")


@dataclass(frozen=True)
class Gap:
    """How far one level is from the target: ``steps`` to go (0: reached) and in words."""

    steps: int | None
    text: str

    @property
    def reached(self) -> bool:
        return self.steps == 0


def gap(current, target) -> Gap:
    """The distance from ``current`` (a CEFR code or None) to ``target``, in plain words."""
    if not target:
        return Gap(None, gettext("No target yet: the goal level is not known."))
    if not current:
        return Gap(None, gettext("No level recorded yet."))
    steps = max(rank(NEEDED[target]) - rank(current), 0)
    if steps == 0:
        return Gap(0, gettext("Reached"))
    if target == "B2+" and current == "B2":
        return Gap(1, gettext("Almost: B2 is reached, a bit more than B2 is needed."))
    return Gap(
        steps,
        ngettext("%(count)s level to go", "%(count)s levels to go", steps) % {"count": steps},
    )


@dataclass(frozen=True)
class SkillRow:
    """One line of the levels table: the skill, its latest assessment and the gap."""

    skill: str
    label: str
    latest: LanguageAssessment | None
    gap: Gap


def _x(day, first, last) -> float:
    span = (last - first).days or 1
    return round(CHART_MARGIN + (day - first).days * (CHART_WIDTH - 2 * CHART_MARGIN) / span, 1)


def _y(level) -> float:
    steps = len(CEFR_ORDER) - 1
    return round(
        CHART_HEIGHT - CHART_MARGIN - rank(level) * (CHART_HEIGHT - 2 * CHART_MARGIN) / steps, 1
    )


def progress(participant, assessments=None) -> dict:
    """Levels over time per skill, for an inline SVG line chart and its data table.

    ``lines``: per skill with a level, the points of the line; ``grid``: the level
    lines of the y axis; ``dates``: the first and last date on the x axis.
    """
    if assessments is None:
        assessments = assessments_of(participant)
    if not assessments:
        return {"lines": [], "grid": [], "dates": None}
    first = min(a.assessed_on for a in assessments)
    last = max(a.assessed_on for a in assessments)
    if first == last:
        first -= datetime.timedelta(days=30)
    lines = []
    for skill in Skill:
        points = [
            {
                "x": _x(a.assessed_on, first, last),
                "y": _y(a.level),
                "level": a.level,
                "date": a.assessed_on,
            }
            for a in assessments
            if a.skill == skill.value
        ]
        if points:
            colour, dash = LINE_STYLES[skill.value]
            lines.append(
                {
                    "skill": skill.value,
                    "label": skill.label,
                    "colour": colour,
                    "dash": dash,
                    "points": " ".join(f"{p['x']},{p['y']}" for p in points),
                    "dots": points,
                }
            )
    grid = [{"level": level, "y": _y(level)} for level in CEFR_ORDER]
    return {
        "lines": lines,
        "grid": grid,
        "dates": (first, last),
        "width": CHART_WIDTH,
        "height": CHART_HEIGHT,
        "left": CHART_MARGIN,
        "right": CHART_WIDTH - CHART_MARGIN,
        "bottom": CHART_HEIGHT - CHART_MARGIN,
    }


def language_overview(participant, assessments=None) -> dict:
    """Everything a levels page shows: per skill the latest level and gap, the target,
    the chart and the full history (newest first). One query for the assessments."""
    if assessments is None:
        assessments = assessments_of(participant)
    target = target_for(participant.goal_level)
    current = current_levels(participant, assessments)
    rows = [
        SkillRow(
            skill.value,
            skill.label,
            current[skill.value],
            gap(current[skill.value].level if current[skill.value] else None, target),
        )
        for skill in Skill
    ]
    return {
        "target": target,
        "rows": rows,
        "progress": progress(participant, assessments),
        "history": sorted(assessments, key=lambda a: (a.assessed_on, a.pk), reverse=True),
    }


def coordinator_section(request, participant) -> dict:
    """Context for ``participant/_progress.html`` on the participant's page.

    Queries: the language levels with who recorded them (1), the credentials (1).
    """
    if not request.roles & REVIEWER_ROLES:
        return {"progress_section": None}
    overview = language_overview(participant)
    credentials = list(
        Credential.objects.filter(programme=request.programme, participant=participant)
    )
    return {"progress_section": {**overview, "credentials": credentials}}
