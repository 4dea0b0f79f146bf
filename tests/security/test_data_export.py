"""A participant downloads all their data (GDPR articles 15 and 20): theirs, all of it, only theirs.

``give_everything`` gives a participant a row of every kind the export reads; the
tests then look for each in the JSON, and look for nobody else's data.
"""

import datetime
import json
import time

import pytest
from django.core.files.base import ContentFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from django_scopes import scopes_disabled

from audit.log import record_system
from audit.models import Action, AuditEntry
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

pytestmark = pytest.mark.django_db


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


@pytest.fixture
def full(world, other_world):
    return build_full(world, other_world)


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


def test_the_json_holds_a_row_of_every_kind(client, full):
    reauthenticated(client, full.users["participant"])
    _response, data = download_json(client, full)
    text = json.dumps(data, ensure_ascii=False)
    missing = [
        needle.format(t="mine") for needle in EVERY_KIND if needle.format(t="mine") not in text
    ]
    assert missing == []
    assert data["participant"]["number"] == "ALP-0001"
    assert data["account"]["email"] == "participant@alpha.example"
    assert data["about"]["programme"]["slug"] == "alpha"
    assert data["about"]["format_version"] == 1
    assert data["applications"][0]["documents"][0]["size"] == len(MINIMAL_PDF)
    assert data["applications"][0]["unsaved_answers"] == {"work": {"work_experience": "draft mine"}}
    assert data["consents"][0]["given"] is True
    assert data["route"][0]["started_on"] == "2026-01-05"  # ISO 8601
    assert datetime.datetime.fromisoformat(data["about"]["generated_at"])


def test_the_json_is_an_attachment_never_cached(client, full):
    reauthenticated(client, full.users["participant"])
    response, _ = download_json(client, full)
    today = timezone.localdate().isoformat()
    assert response["Content-Type"] == "application/json; charset=utf-8"
    assert response["Content-Disposition"] == (
        f'attachment; filename="zorgroute-alpha-ALP-0001-{today}.json"'
    )
    assert "no-store" in response["Cache-Control"]


def test_nothing_of_anyone_else(client, full, other_world):
    reauthenticated(client, full.users["participant"])
    _, data = download_json(client, full)
    text = json.dumps(data, ensure_ascii=False)
    others = [needle.format(t=t) for needle in EVERY_KIND for t in ("neighbour", "beta")]
    others += [
        "Zainab",
        "zainab.neighbour@alpha.example",
        "ALP-0002",
        "BET-0001",
        "participant@beta.example",
        full.intake.family_name,
        full.intake.reference,
        other_world.programme.name,
    ]
    assert [needle for needle in others if needle in text] == []


def test_the_same_person_in_another_programme_gets_only_this_programmes_data(client, full):
    """Amina takes part in beta too, with the same account: alpha's export holds alpha only."""
    other_world = full.other
    user = full.users["participant"]
    with scopes_disabled():
        other_world.programme.memberships.create(user=user, role="participant")
        twin = ParticipantFactory(
            programme=other_world.programme,
            user=user,
            given_name="Amina",
            family_name="Yusuf",
            number="BET-0042",
        )
        give_everything(other_world, twin, "self in beta")
    reauthenticated(client, user)
    _, data = download_json(client, full)
    text = json.dumps(data, ensure_ascii=False)
    assert [
        n.format(t="self in beta") for n in EVERY_KIND if n.format(t="self in beta") in text
    ] == []
    assert "BET-0042" not in text
    assert data["account"]["roles"] == ["participant"]
    assert data["applications"][0]["reference"] == "REF-mine"


def test_no_secrets_and_no_staff_contact_details(client, full):
    user = full.users["participant"]
    reauthenticated(client, user)
    _, data = download_json(client, full)
    text = json.dumps(data, ensure_ascii=False)
    assert user.password not in text
    assert "coordinator@alpha.example" not in text  # staff appear by name and role only
    assert "password" not in data["account"]


def test_queries_do_not_grow_with_the_rows(client, full):
    reauthenticated(client, full.users["participant"])
    with CaptureQueriesContext(connection) as few:
        download_json(client, full)
    with scopes_disabled():
        give_everything(full, full.participant, "more")
        give_everything(full, full.participant, "even more")
    with CaptureQueriesContext(connection) as many:
        _, data = download_json(client, full)
    assert len(data["notes"]) == 3
    assert len(many) == len(few), "\n".join(q["sql"] for q in many.captured_queries)


def test_each_download_is_in_who_looked_at_my_file(client, full):
    user = full.users["participant"]
    reauthenticated(client, user)
    download_json(client, full)
    assert client.get(url(full, "privacy:my_data_pdf")).status_code == 200
    with scopes_disabled():
        entries = list(AuditEntry.objects.filter(action=Action.DATA_DOWNLOADED).order_by("pk"))
    assert [(e.participant_id, e.actor_id, e.detail) for e in entries] == [
        (full.participant.pk, user.pk, "all data (json)"),
        (full.participant.pk, user.pk, "all data (pdf)"),
    ]
    page = client.get(url(full, "audit:my_log")).content.decode()
    assert "Downloaded all your data" in page


def test_a_password_user_types_the_password_again_first(client, full):
    log_in(client, full.users["participant"])  # logged in, but not re-authenticated
    response = client.get(url(full, "privacy:my_data_json"))
    assert response.status_code == 302
    assert response.url.startswith(reverse("account_reauthenticate"))
    with scopes_disabled():
        assert not AuditEntry.objects.filter(action=Action.DATA_DOWNLOADED).exists()


def test_the_page_explains_and_links_both_downloads(client, full):
    log_in(client, full.users["participant"])
    page = client.get(url(full, "privacy:my_data")).content.decode()
    assert url(full, "privacy:my_data_json") in page
    assert url(full, "privacy:my_data_pdf") in page
    home = client.get(url(full, "participants:home")).content.decode()
    assert url(full, "privacy:my_data") in home  # in the participant's menu
