"""What goes into a participant's skills dossier, gathered in a fixed number of queries.

``load`` reads the rows (language-independent); ``dossier_data`` turns them into
plain values with labels in one language; ``fingerprint_payload`` gives the same
rows as JSON-ready data for ``dossiers.render.data_fingerprint``. What the
dossier leaves out is decided here, once, for all three: staff-only evaluations,
procedures that are not needed, and every barrier the participant did not choose
to share.

Callers run inside ``scope(programme=...)``.
"""

from dataclasses import dataclass

from django.conf import settings
from django.db.models import Prefetch
from django.utils import translation

from barriers.models import ParticipantBarrier
from participants.languages import SKILLS as LANGUAGE_SKILLS
from participants.languages import current_levels, gap, target_for
from participants.models import (
    SOFT_SKILLS,
    Credential,
    Evaluation,
    Internship,
    JobPlacement,
    LanguageAssessment,
    Participant,
    SkillAssessment,
    StageEntry,
)
from participants.skills import GROUP_LABELS, SELF_LEVEL_LABELS, STAFF_LEVEL_LABELS
from programmes.models import Stage

BarrierStatus = ParticipantBarrier.Status
LANGUAGES = settings.LANGUAGES
RTL_LANGUAGES = frozenset({"ar"})


@dataclass(frozen=True)
class Sources:
    """The participant with every row the dossier may show, prefetched."""

    participant: Participant

    @property
    def programme(self):
        return self.participant.programme

    @property
    def stages(self):
        return list(self.participant.programme.stages.all())

    def rows(self, name):
        return list(getattr(self.participant, name).all())


def _evaluations():
    # A mentor can keep an evaluation from the participant; it stays out of their dossier too.
    shared = Evaluation.objects.filter(shared_with_participant=True).order_by("date", "pk")
    return Prefetch("evaluations", queryset=shared)


def load(participant) -> Sources:
    """Read everything in eleven queries, however many rows the participant has.

    Queries: the participant with programme, stage, municipality and user (1); the
    programme's stages (1); stage history (1); diplomas (1); credentials (1);
    language levels (1); skill assessments with their skill (1); internships with
    the organisation (1) and their shared evaluations (1); jobs (1); barriers the
    participant shares in the dossier (1).
    """
    barriers = (
        ParticipantBarrier.objects.filter(shared_with_participant=True, in_dossier=True)
        .select_related("barrier_type")
        .order_by("identified_on", "pk")
    )
    person = (
        Participant.objects.filter(programme_id=participant.programme_id, pk=participant.pk)
        .select_related("programme", "current_stage", "municipality", "user")
        .prefetch_related(
            Prefetch("programme__stages", queryset=Stage.objects.order_by("position")),
            Prefetch(
                "stage_entries",
                queryset=StageEntry.objects.select_related("stage").order_by("started_on", "pk"),
            ),
            "diplomas",
            Prefetch(
                "credentials",
                queryset=Credential.objects.exclude(status=Credential.Status.NOT_NEEDED).order_by(
                    "kind", "pk"
                ),
            ),
            Prefetch(
                "language_assessments",
                queryset=LanguageAssessment.objects.order_by("assessed_on", "pk"),
            ),
            Prefetch(
                "skill_assessments",
                queryset=SkillAssessment.objects.select_related("skill").order_by(
                    "assessed_on", "pk"
                ),
            ),
            Prefetch(
                "internships",
                queryset=Internship.objects.select_related("organisation")
                .order_by("starts_on", "pk")
                .prefetch_related(_evaluations()),
            ),
            Prefetch(
                "placements",
                queryset=JobPlacement.objects.select_related("employer").order_by(
                    "starts_on", "pk"
                ),
            ),
            Prefetch("barriers", queryset=barriers),
        )
        .get()
    )
    return Sources(person)


# --- The dossier in one language -------------------------------------------------------------


def _summary(person):
    target = target_for(person.goal_level)
    return {
        "name": person.full_name,
        "number": person.number,
        "country": person.country_of_origin.name if person.country_of_origin else "",
        "programme": person.programme.name,
        "municipality": person.municipality.name if person.municipality else "",
        "stage": person.current_stage.name if person.current_stage else "",
        "stage_started_on": person.stage_started_on,
        "route_started_on": person.route_started_on,
        "goal": person.get_goal_level_display() if person.goal_level else "",
        "language_target": target,
        "status": person.get_status_display(),
    }


def _route(sources):
    person = sources.participant
    entries = sources.rows("stage_entries")
    history = [
        {
            "stage": entry.stage.name,
            "started_on": entry.started_on,
            "ended_on": entry.ended_on,
            "expected_end": entry.expected_end,
            "outcome": entry.get_outcome_display(),
            "is_current": entry.outcome == StageEntry.Outcome.IN_PROGRESS,
        }
        for entry in entries
    ]
    seen = {entry.stage_id for entry in entries}
    ahead = []
    if person.status == Participant.Status.ACTIVE and person.current_stage is not None:
        ahead = [
            stage.name
            for stage in sources.stages
            if stage.position > person.current_stage.position and stage.pk not in seen
        ]
    return {"history": history, "ahead": ahead}


def _credentials(sources):
    return [
        {
            "kind": credential.get_kind_display(),
            "title": credential.title,
            "status": credential.get_status_display(),
            "evaluated_by": credential.evaluated_by,
            "dutch_level": credential.dutch_level,
            "big_path": credential.get_big_path_display() if credential.big_path else "",
            "applied_on": credential.applied_on,
            "decided_on": credential.decided_on,
        }
        for credential in sources.rows("credentials")
    ]


def _languages(sources):
    person = sources.participant
    target = target_for(person.goal_level)
    latest = current_levels(person, sources.rows("language_assessments"))
    rows = []
    for skill in LanguageAssessment.Skill:
        assessment = latest[skill.value]
        if assessment is None:
            continue
        rows.append(
            {
                "skill": str(skill.label),
                "level": assessment.level,
                "assessed_on": assessment.assessed_on,
                "source": assessment.get_source_display(),
                "evidence": assessment.evidence,
                "gap": gap(assessment.level, target).text if target else "",
            }
        )
    return {"target": target, "rows": rows, "skills": len(LANGUAGE_SKILLS)}


def _skills(sources):
    latest = {}
    for assessment in sources.rows("skill_assessments"):
        own, staff = latest.get(assessment.skill_id, (None, None))
        if assessment.is_self:
            own = assessment
        else:
            staff = assessment
        latest[assessment.skill_id] = (own, staff)
    groups = {kind: {"label": str(label), "rows": []} for kind, label in GROUP_LABELS.items()}
    skills = sorted(
        {own_or_staff.skill for pair in latest.values() for own_or_staff in pair if own_or_staff},
        key=lambda skill: (skill.kind, skill.position, skill.pk),
    )
    for skill in skills:
        own, staff = latest[skill.pk]
        groups[skill.kind]["rows"].append(
            {
                "name": skill.name,
                "staff_level": str(STAFF_LEVEL_LABELS[staff.level]) if staff else "",
                "own_level": str(SELF_LEVEL_LABELS[own.level]) if own else "",
                # What a mentor or coordinator saw weighs more than the participant's own words.
                "evidence": (staff.evidence if staff and staff.evidence else "")
                or (own.evidence if own else ""),
                "assessed_on": (staff or own).assessed_on,
            }
        )
    return [group for group in groups.values() if group["rows"]]


def _internships(sources):
    return [
        {
            "kind": internship.get_kind_display(),
            "organisation": internship.organisation.name,
            "department": internship.department,
            "starts_on": internship.starts_on,
            "ends_on": internship.ends_on,
            "evaluations": [
                {
                    "date": evaluation.date,
                    "scores": [
                        {"label": str(label), "level": evaluation.soft_skills[key]}
                        for key, label in SOFT_SKILLS
                        if evaluation.soft_skills.get(key)
                    ],
                    "going_well": evaluation.going_well,
                    "to_improve": evaluation.to_improve,
                }
                for evaluation in internship.evaluations.all()
            ],
        }
        for internship in sources.rows("internships")
    ]


def _placements(sources):
    return [
        {
            "employer": placement.employer.name,
            "role": placement.role,
            "contract": placement.get_contract_display(),
            "hours_per_week": placement.hours_per_week,
            "starts_on": placement.starts_on,
            "ended_on": placement.ended_on,
            "klikgesprek": placement.get_klikgesprek_display(),
        }
        for placement in sources.rows("placements")
    ]


def _barriers(sources):
    # Only what the participant reads on their own page: the staff's notes stay out.
    return [
        {
            "name": barrier.barrier_type.name,
            "status": barrier.get_status_display(),
            "is_solved": barrier.status == BarrierStatus.RESOLVED,
            "next_step": barrier.next_step,
            "identified_on": barrier.identified_on,
            "resolved_on": barrier.resolved_on,
        }
        for barrier in sources.rows("barriers")
        if barrier.status != BarrierStatus.NOT_APPLICABLE
    ]


def dossier_data(participant, language, *, sources=None) -> dict:
    """Everything the dossier shows, as plain values with labels in ``language``.

    Keys: language, direction, theme, summary, route (history, ahead), diplomas,
    credentials, languages (target, rows), skills (groups), internships
    (with evaluations), placements, barriers. Dates stay ``date`` objects: the
    template formats them in the same language. Labels are plain strings, already
    translated. Pass ``sources`` from ``load`` to reuse rows already read.
    """
    sources = sources or load(participant)
    person = sources.participant
    with translation.override(language):
        return {
            "language": language,
            "direction": "rtl" if language in RTL_LANGUAGES else "ltr",
            "theme": person.programme.theme,
            "summary": _summary(person),
            "route": _route(sources),
            "diplomas": [
                {"name": diploma.name, "obtained_on": diploma.obtained_on}
                for diploma in sources.rows("diplomas")
            ],
            "credentials": _credentials(sources),
            "languages": _languages(sources),
            "skills": _skills(sources),
            "internships": _internships(sources),
            "placements": _placements(sources),
            "barriers": _barriers(sources),
        }


# --- The same rows for the fingerprint -------------------------------------------------------


def _fields(instance, names=None) -> dict:
    """Every stored column, or only ``names``; translated ones come with every language."""
    if names is not None:
        names = {*names, *(f"{name}_{code}" for name in names for code, _label in LANGUAGES)}
    return {
        field.attname: field.value_from_object(instance)
        for field in instance._meta.concrete_fields
        if names is None or field.name in names
    }


def fingerprint_payload(sources) -> dict:
    """The rows behind the dossier in every language at once, ready for canonical JSON.

    A superset of what is shown (all stored columns of the participant's rows), so
    any change that could alter a dossier changes the payload.
    """
    person = sources.participant
    return {
        "participant": _fields(person),
        "programme": _fields(person.programme, {"name", "theme", "slug"}),
        "municipality": _fields(person.municipality) if person.municipality else None,
        "stages": [_fields(stage) for stage in sources.stages],
        "stage_entries": [_fields(entry) for entry in sources.rows("stage_entries")],
        "diplomas": [_fields(diploma) for diploma in sources.rows("diplomas")],
        "credentials": [_fields(credential) for credential in sources.rows("credentials")],
        "language": [_fields(row) for row in sources.rows("language_assessments")],
        "skills": [
            {**_fields(row), "skill": _fields(row.skill)}
            for row in sources.rows("skill_assessments")
        ],
        "internships": [
            {
                **_fields(internship),
                "organisation": _fields(internship.organisation),
                "evaluations": [_fields(evaluation) for evaluation in internship.evaluations.all()],
            }
            for internship in sources.rows("internships")
        ],
        "placements": [
            {**_fields(placement), "employer": _fields(placement.employer)}
            for placement in sources.rows("placements")
        ],
        "barriers": [
            {**_fields(barrier), "type": _fields(barrier.barrier_type)}
            for barrier in sources.rows("barriers")
        ],
    }
