"""Route data for one test world: a history, a week, a home, evaluations, a follow-up, notes."""

import datetime

from django.utils import timezone
from django_scopes import scopes_disabled

from participants.models import (
    Attendance,
    CaseNote,
    Evaluation,
    FollowUp,
    HousingAllocation,
    Schedule,
    StageEntry,
)


def add_route_data(world):
    """The fixture participant with a week, a home, an evaluation, a follow-up and notes."""
    with scopes_disabled():
        p = world.participant
        programme = world.programme
        StageEntry.objects.create(
            programme=programme,
            participant=p,
            stage=world.stages[0],
            started_on=datetime.date(2024, 9, 1),
            ended_on=datetime.date(2025, 8, 31),
            outcome="completed",
        )
        StageEntry.objects.create(
            programme=programme,
            participant=p,
            stage=world.stages[1],
            started_on=datetime.date(2025, 9, 1),
        )
        Schedule.objects.create(
            programme=programme,
            participant=p,
            theory_hours=8,
            theory_days="maandag",
            internship_days=3,
            internship_weekdays="di, wo, do",
        )
        HousingAllocation.objects.create(
            programme=programme,
            participant=p,
            unit=world.housing_unit,
            status="moved_in",
            since=datetime.date(2025, 10, 1),
            support_money=True,
        )
        Evaluation.objects.create(
            programme=programme,
            internship=world.internship,
            date=datetime.date(2026, 10, 1),
            going_well="Vriendelijk voor bewoners.",
            to_improve="Op tijd komen.",
        )
        Evaluation.objects.create(
            programme=programme,
            internship=world.internship,
            date=datetime.date(2026, 11, 1),
            going_well="Alleen voor het team.",
            shared_with_participant=False,
        )
        FollowUp.objects.create(
            programme=programme,
            placement=world.placement,
            month=3,
            due_on=datetime.date(2026, 9, 1),
        )
        CaseNote.objects.create(
            programme=programme, participant=p, text="Goed gedaan deze maand!", visibility="shared"
        )
        CaseNote.objects.create(
            programme=programme, participant=p, text="Zorgen over schulden.", visibility="staff"
        )
        Attendance.objects.create(
            programme=programme, participant=p, session=world.session, date=timezone.localdate()
        )
    return world
