"""Data of every kind for the "All my data" tests (no tests here): shared by both modules."""

import datetime
import json
import time

from django.core.files.base import ContentFile
from django.urls import reverse
from django.utils import timezone
from django_scopes import scopes_disabled

from audit.log import record_system
from audit.models import Action
from barriers.models import BarrierAction, BarrierEvent, ParticipantBarrier
from notifications.models import Notification, NotificationPreference, OutboxEmail
from participants.models import (
    Attendance,
    CaseNote,
    Consent,
    ConsentText,
    Diploma,
    Evaluation,
    FollowUp,
    HousingAllocation,
    Intake,
    IntakeDocument,
    IntakeEvent,
    LanguageAssessment,
    Review,
    Schedule,
    Score,
    Session,
    SkillAssessment,
    StageEntry,
)
from participants.models.review import DecisionProposal
from programmes.models import SelectionCriterion
from tests.conftest import MINIMAL_PDF, log_in
from tests.factories import IntakeFactory, ParticipantFactory, UserFactory


def give_everything(world, participant, tag):
    """One row of every kind for ``participant``; ``tag`` marks each free text."""
    programme, user = world.programme, participant.user
    staff = world.users["coordinator"]
    intake = Intake.objects.filter(participant=participant).first() or IntakeFactory(
        programme=programme,
        applicant=user,
        participant=participant,
        reference=f"REF-{tag}",
        given_name=participant.given_name,
        family_name=participant.family_name,
        status="accepted",
    )
    intake.answers["motivation"] = f"motivation {tag}"
    intake.answers["_drafts"] = {"work": {"work_experience": f"draft {tag}"}}
    intake.save()
    IntakeDocument.objects.create(
        programme=programme,
        intake=intake,
        file=ContentFile(MINIMAL_PDF, name="x.pdf"),
        original_name=f"diploma-{tag}.pdf",
        content_type="application/pdf",
        size=len(MINIMAL_PDF),
    )
    IntakeEvent.objects.create(
        programme=programme,
        intake=intake,
        from_status="submitted",
        to_status="accepted",
        by=staff,
        organisation="VluchtelingenWerk",
        reason=f"decision {tag}",
    )
    criterion, _ = SelectionCriterion.objects.get_or_create(
        programme=programme, name="Motivatie", defaults={"weight": 1, "scale_max": 5}
    )
    reviewer = UserFactory(email=f"reviewer-{tag.replace(' ', '-')}@{programme.slug}.example")
    review = Review.objects.create(
        programme=programme,
        intake=intake,
        reviewer=reviewer,
        organisation="Gemeente",
        note=f"review {tag}",
    )
    Score.objects.create(programme=programme, review=review, criterion=criterion, value=4)
    DecisionProposal.objects.create(
        programme=programme,
        intake=intake,
        outcome="accepted",
        reason=f"proposal {tag}",
        proposed_by=staff,
        state="confirmed",
    )
    StageEntry.objects.create(
        programme=programme,
        participant=participant,
        stage=world.stages[0],
        started_on=datetime.date(2026, 1, 5),
        note=f"stage {tag}",
    )
    Diploma.objects.create(
        programme=programme,
        participant=participant,
        name=f"diploma {tag}",
        obtained_on=datetime.date(2026, 7, 1),
    )
    Schedule.objects.update_or_create(
        participant=participant, defaults={"programme": programme, "note": f"week {tag}"}
    )
    session = Session.objects.create(
        programme=programme, title=f"session {tag}", starts_at=timezone.now()
    )
    Attendance.objects.create(
        programme=programme,
        participant=participant,
        session=session,
        date=datetime.date(2026, 2, 2),
        presence="present",
        note=f"attendance {tag}",
    )
    LanguageAssessment.objects.create(
        programme=programme,
        participant=participant,
        skill="speaking",
        level="B1",
        assessed_on=datetime.date(2026, 3, 1),
        source="school",
        evidence=f"language {tag}",
    )
    SkillAssessment.objects.create(
        programme=programme,
        participant=participant,
        skill=world.skill,
        level=3,
        assessed_on=datetime.date(2026, 3, 2),
        evidence=f"skill {tag}",
    )
    barrier = ParticipantBarrier.objects.create(
        programme=programme,
        participant=participant,
        barrier_type=world.barrier_type,
        how_it_shows=f"hidden barrier {tag}",
        shared_with_participant=False,
        identified_by=staff,
        identified_on=datetime.date(2026, 3, 3),
    )
    BarrierAction.objects.create(
        programme=programme, barrier=barrier, description=f"action {tag}", by=staff
    )
    BarrierEvent.objects.create(
        programme=programme, barrier=barrier, to_status="identified", note=f"event {tag}"
    )
    internship = participant.internships.first()
    if internship is None:
        internship = participant.internships.create(
            programme=programme,
            organisation=world.organisation,
            starts_on=datetime.date(2026, 4, 1),
            department=f"department {tag}",
        )
    Evaluation.objects.create(
        programme=programme,
        internship=internship,
        date=datetime.date(2026, 5, 1),
        going_well=f"going well {tag}",
        shared_with_participant=False,
    )
    placement = participant.placements.first()
    if placement is None:
        placement = participant.placements.create(
            programme=programme,
            employer=world.organisation,
            role=f"job {tag}",
            contract="bbl",
            hours_per_week=24,
            starts_on=datetime.date(2026, 6, 1),
        )
    FollowUp.objects.get_or_create(
        programme=programme,
        placement=placement,
        month=3,
        defaults={"due_on": datetime.date(2026, 9, 1), "issues": f"follow-up {tag}"},
    )
    HousingAllocation.objects.create(
        programme=programme,
        participant=participant,
        unit=world.housing_unit,
        status="moved_in",
        since=datetime.date(2026, 6, 15),
        note=f"housing {tag}",
    )
    participant.key_dates.create(
        programme=programme,
        kind="vog_expires",
        date=datetime.date(2027, 1, 1),
        note=f"key date {tag}",
    )
    CaseNote.objects.create(
        programme=programme, participant=participant, text=f"staff note {tag}", by=staff
    )
    text, _ = ConsentText.objects.get_or_create(
        programme=programme,
        purpose="research",
        version=1,
        defaults={"text": "Mag je gegevens gebruiken voor onderzoek?"},
    )
    Consent.objects.create(
        programme=programme,
        participant=participant,
        purpose="research",
        text=text,
        given=True,
        by=user,
    )
    notification = Notification.objects.create(
        programme=programme,
        recipient=user,
        kind="exam_soon",
        subject_key=f"key_date:{tag}",
        context={"tag": tag},
    )
    OutboxEmail.objects.create(
        recipient=user,
        to_email=user.email,
        language="nl",
        subject=f"email {tag}",
        body="...",
        type="single",
        notification=notification,
        idempotency_key=f"notification:{notification.pk}",
    )
    NotificationPreference.objects.get_or_create(user=user, defaults={"digest": True})
    record_system(
        Action.VIEWED_FILE,
        programme=programme,
        participant=participant,
        actor=staff,
        detail=f"audit {tag}",
        role="coordinator",
    )


EVERY_KIND = [
    "REF-{t}",
    "motivation {t}",
    "draft {t}",
    "diploma-{t}.pdf",
    "decision {t}",
    "review {t}",
    "proposal {t}",
    "stage {t}",
    "diploma {t}",
    "week {t}",
    "session {t}",
    "attendance {t}",
    "language {t}",
    "skill {t}",
    "hidden barrier {t}",
    "action {t}",
    "event {t}",
    "going well {t}",
    "follow-up {t}",
    "housing {t}",
    "key date {t}",
    "staff note {t}",
    "email {t}",
    "audit {t}",
]


def build_full(world, other_world):
    """Amina with everything; Zainab in the same programme and Amina of beta with the same."""
    with scopes_disabled():
        give_everything(world, world.participant, "mine")
        neighbour_user = UserFactory(
            email="zainab.neighbour@alpha.example", name="Zainab Neighbour"
        )
        world.programme.memberships.create(user=neighbour_user, role="participant")
        neighbour = ParticipantFactory(
            programme=world.programme,
            user=neighbour_user,
            given_name="Zainab",
            family_name="Neighbour",
            number="ALP-0002",
        )
        give_everything(world, neighbour, "neighbour")
        give_everything(other_world, other_world.participant, "beta")
    world.other = other_world
    return world


def reauthenticated(client, user):
    """Logged in, and the password typed again a moment ago (allauth's record)."""
    log_in(client, user)
    session = client.session
    session["account_authentication_methods"].append(
        {"method": "password", "at": time.time(), "reauthenticated": True}
    )
    session.save()
    return client


def url(world, name):
    return reverse(name, kwargs={"programme": world.programme.slug})


def download_json(client, world):
    response = client.get(url(world, "privacy:my_data_json"))
    assert response.status_code == 200
    return response, json.loads(response.content.decode("utf-8"))
