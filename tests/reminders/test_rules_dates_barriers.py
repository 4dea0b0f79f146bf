"""Reminders on important dates (an exam coming up, a residence permit or VOG that ends:
the participant and the coordinators) and on barriers past their date (the owner)."""

import datetime

import pytest
from django.urls import reverse
from django_scopes import scopes_disabled

from barriers.models import BarrierAction, ParticipantBarrier
from participants.models import KeyDate
from tests.reminders.rule_helpers import made, recipients, scan_on, set_language, words

EXAM = datetime.date(2027, 3, 10)  # world.key_date: Staatsexamen NT2 programma I
PERMIT_ENDS = datetime.date(2027, 5, 1)
ACTION_DUE = datetime.date(2026, 12, 1)


@pytest.fixture
def permit(world):
    with scopes_disabled():
        return KeyDate.objects.create(
            programme=world.programme,
            participant=world.participant,
            kind=KeyDate.Kind.RESIDENCE_PERMIT_EXPIRES,
            date=PERMIT_ENDS,
            note="Verlenging aanvragen bij de IND",
        )


@pytest.fixture
def action(world):
    with scopes_disabled():
        return BarrierAction.objects.create(
            programme=world.programme,
            barrier=world.participant_barrier,
            description="Aanmelden bij de taalschool",
            due_on=ACTION_DUE,
        )


def both(world):
    return sorted([world.users["coordinator"].email, world.users["participant"].email])


def test_an_exam_is_not_reminded_15_days_before(world):
    scan_on(world, EXAM - datetime.timedelta(days=15))
    assert made("exam_soon") == []


def test_14_days_before_the_exam_the_participant_and_the_coordinator_are_reminded(world):
    scan_on(world, EXAM - datetime.timedelta(days=14))
    scan_on(world, EXAM - datetime.timedelta(days=2))
    assert recipients("exam_soon") == both(world)
    [for_participant] = made("exam_soon", world.users["participant"])
    [for_coordinator] = made("exam_soon", world.users["coordinator"])
    assert for_participant.link == reverse("participants:home", kwargs={"programme": "alpha"}) + (
        "#dates"
    )
    assert for_coordinator.link == reverse(
        "participants:participant_key_dates",
        kwargs={"programme": "alpha", "pk": world.participant.pk},
    )
    assert for_participant.due_on == EXAM
    title, body = words(for_participant)
    assert "10 maart 2027" in title
    assert "Staatsexamen NT2 programma I" in body


def test_the_participant_reads_the_exam_reminder_in_arabic(world):
    set_language(world.users["participant"], "ar")
    scan_on(world, EXAM - datetime.timedelta(days=14))
    title, _body = words(made("exam_soon", world.users["participant"])[0])
    assert "مارس" in title  # March


def test_a_moved_exam_is_reminded_for_its_new_date(world):
    scan_on(world, EXAM - datetime.timedelta(days=14))
    later = EXAM + datetime.timedelta(days=30)
    with scopes_disabled():
        KeyDate.objects.filter(pk=world.key_date.pk).update(date=later)
    scan_on(world, later - datetime.timedelta(days=14))
    due = [n.due_on for n in made("exam_soon", world.users["participant"])]
    assert due == [EXAM, later]


def test_a_permit_is_not_reminded_61_days_before_it_ends(world, permit):
    scan_on(world, PERMIT_ENDS - datetime.timedelta(days=61))
    assert made("document_ends") == []


def test_60_days_before_a_permit_ends_both_are_reminded_once(world, permit):
    scan_on(world, PERMIT_ENDS - datetime.timedelta(days=60))
    scan_on(world, PERMIT_ENDS - datetime.timedelta(days=30))
    assert recipients("document_ends") == both(world)
    title, body = words(made("document_ends", world.users["coordinator"])[0])
    assert "Amina Yusuf" in title
    assert "1 mei 2027" in title
    assert "Verlenging aanvragen bij de IND" in body


def test_an_exam_date_is_not_a_document_and_a_document_is_not_an_exam(world, permit):
    scan_on(world, PERMIT_ENDS - datetime.timedelta(days=14))
    assert {n.subject_key for n in made("exam_soon")} == set()
    assert {n.subject_key for n in made("document_ends")} == {f"key-date:{permit.pk}"}


def test_an_action_is_not_reminded_on_its_due_date(world, action):
    scan_on(world, ACTION_DUE)
    assert made("barrier_overdue") == []


def test_the_day_after_its_due_date_the_barriers_owner_is_reminded_once(world, action):
    scan_on(world, ACTION_DUE + datetime.timedelta(days=1))
    scan_on(world, ACTION_DUE + datetime.timedelta(days=5))
    assert recipients("barrier_overdue") == [world.users["coordinator"].email]
    [notification] = made("barrier_overdue")
    assert notification.subject_key == f"barrier-action:{action.pk}"
    assert notification.link == reverse(
        "barriers:detail",
        kwargs={
            "programme": "alpha",
            "pk": world.participant.pk,
            "barrier": world.participant_barrier.pk,
        },
    )
    title, body = words(notification)
    assert "Amina Yusuf" in title
    assert "Aanmelden bij de taalschool" in body
    assert "Nederlands leren" in body


def test_a_done_action_and_a_solved_barrier_are_not_reminded(world, action):
    with scopes_disabled():
        BarrierAction.objects.filter(pk=action.pk).update(done_on=ACTION_DUE)
        BarrierAction.objects.create(
            programme=world.programme,
            barrier=world.participant_barrier,
            description="Nog iets",
            due_on=ACTION_DUE,
        )
        ParticipantBarrier.objects.filter(pk=world.participant_barrier.pk).update(
            status=ParticipantBarrier.Status.RESOLVED
        )
    scan_on(world, ACTION_DUE + datetime.timedelta(days=1))
    assert made("barrier_overdue") == []


def test_a_barrier_past_its_own_date_reminds_its_owner(world):
    with scopes_disabled():
        ParticipantBarrier.objects.filter(pk=world.participant_barrier.pk).update(due_on=ACTION_DUE)
    scan_on(world, ACTION_DUE + datetime.timedelta(days=1))
    [notification] = made("barrier_overdue")
    assert notification.subject_key == f"barrier:{world.participant_barrier.pk}"
    assert notification.recipient == world.users["coordinator"]
