"""Demo route data: stage history, weeks, internships, homes, jobs, sessions and notes.

Each participant's data is made once (when they have no schedule yet), so a
second run of the loader changes nothing.
"""

import datetime

from django.utils import timezone

from participants.models import (
    Attendance,
    CaseNote,
    Evaluation,
    FollowUp,
    HousingAllocation,
    HousingUnit,
    Internship,
    JobPlacement,
    Participant,
    Schedule,
    Session,
    StageEntry,
)
from participants.route import move_on
from programmes.models import Municipality, Organisation

WEEKS = {
    "leiden": {
        "hours_per_week": 40,
        "theory_hours": 8,
        "theory_days": "maandag",
        "internship_days": 3,
        "internship_weekdays": "dinsdag, woensdag, donderdag",
    },
    "haaglanden": {
        "hours_per_week": 32,
        "theory_hours": 4,
        "theory_days": "vrijdagochtend",
        "internship_days": 3,
        "internship_weekdays": "maandag, dinsdag, donderdag",
    },
    "idz-udz": {
        "hours_per_week": 36,
        "theory_hours": 8,
        "theory_days": "woensdag (BBL-schooldag)",
        "internship_days": 4,
        "internship_weekdays": "maandag, dinsdag, donderdag, vrijdag",
    },
    "voorwerk": {
        "hours_per_week": 8,
        "theory_hours": 4,
        "theory_days": "groepssessie op dinsdag",
        "internship_days": 1,
        "internship_weekdays": "donderdag",
    },
}
# Stages in which a participant has an internship, and of which kind.
INTERNSHIP_STAGES = {
    "mbo-1": "internship",
    "mbo-2": "internship",
    "placement": "internship",
    "sustainable-placement": "internship",
    "taster-internship": "taster",
    "bbl": "bbl",
    "workplace-learning": "voluntary",
    "handover": "voluntary",
}
JOB_STAGES = {"job": "permanent", "sustainable-placement": "temporary", "bbl": "bbl"}
ROLES = {
    "job": "Helpende Zorg en Welzijn",
    "sustainable-placement": "Zorghulp",
    "bbl": "Verzorgende IG in opleiding",
}


def _months_before(date, months):
    month = date.month - 1 - months
    year = date.year + month // 12
    return date.replace(year=year, month=month % 12 + 1, day=1)


def _history(participant, stages, by):
    """Completed entries for the stages before the current one."""
    current = participant.current_stage
    start = participant.stage_started_on or timezone.localdate()
    earlier = [s for s in stages if s.position < current.position]
    for stage in reversed(earlier):
        begin = _months_before(start, stage.expected_months or 3)
        StageEntry.objects.create(
            programme=participant.programme,
            participant=participant,
            stage=stage,
            started_on=begin,
            expected_end=start,
            ended_on=start - datetime.timedelta(days=1),
            outcome=StageEntry.Outcome.COMPLETED,
            note="Afgerond volgens plan.",
            recorded_by=by,
        )
        start = begin
    participant.route_started_on = start
    participant.save(update_fields=["route_started_on"])


def _units(programme):
    if programme.slug != "leiden":
        return []
    leiden = Municipality.objects.get(code="leiden")
    units = []
    for number in range(1, 9):
        unit, _created = HousingUnit.objects.get_or_create(
            programme=programme,
            complex="Studio's bij het Alrijne Ziekenhuis",
            label=f"Studio {number}",
            defaults={"address": f"Houtlaan 60-{number}, Leiden", "municipality": leiden},
        )
        units.append(unit)
    return units


def _sessions(programme, trainer):
    if programme.slug != "voorwerk" or Session.objects.filter(programme=programme).exists():
        return
    stage = programme.stages.get(key="group-sessions")
    now = timezone.now().replace(hour=10, minute=0, second=0, microsecond=0)
    titles = ["Je eigen talenten", "Samenwerken op het werk", "Werken in Nederland", "Solliciteren"]
    group = Participant.objects.filter(programme=programme, current_stage=stage)
    for index, title in enumerate(titles):
        session = Session.objects.create(
            programme=programme,
            title=f"Groepssessie {index + 1}: {title}",
            starts_at=now + datetime.timedelta(weeks=index - 2),
            location="COA-locatie Utrecht, leslokaal 2",
            stage=stage,
            trainer=trainer,
        )
        for person in group:
            presence = Attendance.Presence.PRESENT if index < 2 else Attendance.Presence.EXPECTED
            Attendance.objects.create(
                programme=programme,
                participant=person,
                session=session,
                date=timezone.localdate(session.starts_at),
                presence=presence,
                recorded_by=trainer,
            )


def load_route(programme, coordinator, mentor):
    """Route data for the programme's demo participants."""
    stages = list(programme.stages.all())
    care = Organisation.objects.filter(programme=programme, kind="care_provider").first()
    care = care or Organisation.objects.filter(programme=programme).first()
    units = _units(programme)
    today = timezone.localdate()
    participants = Participant.objects.filter(programme=programme).select_related("current_stage")
    for index, participant in enumerate(participants.order_by("number")):
        if (
            participant.current_stage is None
            or Schedule.objects.filter(participant=participant).exists()
        ):
            continue
        key = participant.current_stage.key
        _history(participant, stages, coordinator)
        Schedule.objects.create(
            programme=programme,
            participant=participant,
            updated_by=coordinator,
            **WEEKS[programme.slug],
        )
        if key in INTERNSHIP_STAGES and care is not None:
            internship = Internship.objects.create(
                programme=programme,
                participant=participant,
                kind=INTERNSHIP_STAGES[key],
                organisation=care,
                department=["Afdeling Rozenhof", "Wijkteam Noord", "Afdeling Dagbesteding"][
                    index % 3
                ],
                address=f"Zorgstraat {10 + index}, {care.municipality or ''}".rstrip(", "),
                mentor=mentor,
                mentor_phone="071 123 45 67",
                tutor="Mevrouw J. de Vries (docent)",
                starts_on=participant.stage_started_on or today,
                created_by=coordinator,
            )
            Evaluation.objects.create(
                programme=programme,
                internship=internship,
                date=today - datetime.timedelta(days=14),
                soft_skills={
                    "punctuality": 3,
                    "communication": 2,
                    "teamwork": 4,
                    "care_attitude": 4,
                },
                going_well="Je bent vriendelijk en geduldig met de bewoners.",
                to_improve="Vraag het als je iets niet begrijpt.",
                by=mentor,
            )
        if key in JOB_STAGES and care is not None:
            start = participant.stage_started_on or today
            placement = JobPlacement.objects.create(
                programme=programme,
                participant=participant,
                employer=care,
                role=ROLES[key],
                contract=JOB_STAGES[key],
                hours_per_week=32,
                klikgesprek_on=start - datetime.timedelta(days=21),
                klikgesprek=JobPlacement.Klik.POSITIVE,
                starts_on=start,
                created_by=coordinator,
            )
            for month in (3, 6, 12):
                due = _months_before(start, -month).replace(day=min(start.day, 28))
                done = due <= today
                FollowUp.objects.create(
                    programme=programme,
                    placement=placement,
                    month=month,
                    due_on=due,
                    done_on=due if done else None,
                    still_employed=True if done else None,
                    satisfaction=4 if done else None,
                    by=coordinator if done else None,
                )
        if units:
            if participant.municipality_id:
                unit = units[index % len(units)]
                status, note = HousingAllocation.Status.MOVED_IN, ""
            else:
                unit, status, note = None, HousingAllocation.Status.WAITING, ""
            HousingAllocation.objects.create(
                programme=programme,
                participant=participant,
                unit=unit,
                status=status,
                since=participant.route_started_on or today,
                note=note,
                support_money=True,
                support_participation=index % 2 == 0,
                recorded_by=coordinator,
            )
        CaseNote.objects.create(
            programme=programme,
            participant=participant,
            text="Fijn gesprek gehad. Volgende afspraak over vier weken.",
            visibility=CaseNote.Visibility.SHARED,
            by=coordinator,
        )
        if index == 9:
            # One person per programme stopped: the overview shows a real reason.
            move_on(
                participant,
                outcome=StageEntry.Outcome.STOPPED,
                on=today,
                note="Verhuisd naar familie in een andere regio.",
                by=coordinator,
            )
    _sessions(programme, coordinator)
