"""Reminders on the route: a stage that ends soon or is past its end (coordinators and the
participant), a mentor's evaluation (the mentor), a job's follow-up (coordinators)."""

import datetime

import pytest
from django.urls import reverse
from django_scopes import scopes_disabled

from participants.models import Evaluation, FollowUp, StageEntry
from tests.reminders.rule_helpers import made, recipients, scan_on, set_language, words

END = datetime.date(2027, 1, 31)
FIRST_EVALUATION = datetime.date(2026, 10, 13)  # the internship starts 1 September, every 6 weeks
FOLLOW_UP = datetime.date(2026, 9, 1)


@pytest.fixture
def open_stage(world):
    """Amina is in stage 2, planned to end on 31 January 2027."""
    with scopes_disabled():
        return StageEntry.objects.create(
            programme=world.programme,
            participant=world.participant,
            stage=world.stages[1],
            started_on=datetime.date(2026, 2, 1),
            expected_end=END,
        )


@pytest.fixture
def follow_up(world):
    with scopes_disabled():
        return FollowUp.objects.create(
            programme=world.programme, placement=world.placement, month=3, due_on=FOLLOW_UP
        )


def participant_page(world):
    return reverse(
        "participants:participant_detail",
        kwargs={"programme": "alpha", "pk": world.participant.pk},
    )


def test_a_stage_is_not_reminded_31_days_before_its_end(world, open_stage):
    scan_on(world, END - datetime.timedelta(days=31))
    assert made("stage_ends_soon") == []


def test_30_days_before_the_end_the_coordinator_and_the_participant_are_reminded(world, open_stage):
    scan_on(world, END - datetime.timedelta(days=30))
    coordinator, participant = world.users["coordinator"], world.users["participant"]
    assert recipients("stage_ends_soon") == sorted([coordinator.email, participant.email])
    [for_coordinator] = made("stage_ends_soon", coordinator)
    [for_participant] = made("stage_ends_soon", participant)
    assert for_coordinator.link == participant_page(world)
    assert for_participant.link == reverse("participants:home", kwargs={"programme": "alpha"})
    assert for_coordinator.due_on == for_participant.due_on == END
    title, body = words(for_coordinator)
    assert "Amina Yusuf" in title
    assert "Fase alpha-2" in body  # the stage's Dutch name, for a Dutch reader


def test_the_participant_reads_the_stage_in_arabic(world, open_stage):
    set_language(world.users["participant"], "ar")
    with scopes_disabled():
        stage = world.stages[1]
        stage.name_ar = "المرحلة الثانية"
        stage.save()
    scan_on(world, END - datetime.timedelta(days=30))
    title, body = words(made("stage_ends_soon", world.users["participant"])[0])
    assert "يناير" in title  # January
    assert "المرحلة الثانية" in body


def test_past_its_end_a_second_reminder_goes_out_once(world, open_stage):
    scan_on(world, END - datetime.timedelta(days=30))
    scan_on(world, END)
    assert made("stage_past_end") == []
    scan_on(world, END + datetime.timedelta(days=1))
    scan_on(world, END + datetime.timedelta(days=20))
    assert len(made("stage_ends_soon")) == 2
    assert recipients("stage_past_end") == sorted(
        [world.users["coordinator"].email, world.users["participant"].email]
    )


def test_an_extended_stage_is_reminded_again_for_its_new_end(world, open_stage):
    scan_on(world, END - datetime.timedelta(days=30))
    new_end = END + datetime.timedelta(days=90)
    with scopes_disabled():
        StageEntry.objects.filter(pk=open_stage.pk).update(expected_end=new_end)
    scan_on(world, new_end - datetime.timedelta(days=30))
    due = [n.due_on for n in made("stage_ends_soon", world.users["coordinator"])]
    assert due == [END, new_end]


def test_a_closed_stage_is_not_reminded(world, open_stage):
    with scopes_disabled():
        StageEntry.objects.filter(pk=open_stage.pk).update(
            outcome=StageEntry.Outcome.COMPLETED, ended_on=END - datetime.timedelta(days=40)
        )
    scan_on(world, END + datetime.timedelta(days=1))
    assert made("stage_ends_soon") == made("stage_past_end") == []


def test_the_evaluation_is_not_reminded_before_it_is_due(world):
    scan_on(world, FIRST_EVALUATION - datetime.timedelta(days=1))
    assert made("evaluation_due") == []


def test_when_the_evaluation_is_due_the_mentor_is_reminded_once(world):
    scan_on(world, FIRST_EVALUATION)
    scan_on(world, FIRST_EVALUATION + datetime.timedelta(days=3))
    assert recipients("evaluation_due") == [world.users["mentor"].email]
    [notification] = made("evaluation_due")
    assert notification.link == reverse(
        "participants:mentor_internship", kwargs={"programme": "alpha", "pk": world.internship.pk}
    )
    assert notification.due_on == FIRST_EVALUATION
    title, _body = words(notification)
    assert "Amina Yusuf" in title


def test_a_new_evaluation_moves_the_next_reminder_six_weeks_on(world):
    scan_on(world, FIRST_EVALUATION)
    with scopes_disabled():
        Evaluation.objects.create(
            programme=world.programme, internship=world.internship, date=datetime.date(2026, 10, 20)
        )
    next_due = datetime.date(2026, 12, 1)
    scan_on(world, next_due - datetime.timedelta(days=1))
    assert len(made("evaluation_due")) == 1
    scan_on(world, next_due)
    assert [n.due_on for n in made("evaluation_due")] == [FIRST_EVALUATION, next_due]
    _title, body = words(made("evaluation_due")[1])
    assert "20 oktober 2026" in body  # the last evaluation


def test_an_internship_that_ended_is_not_reminded(world):
    with scopes_disabled():
        world.internship.ends_on = datetime.date(2026, 10, 1)
        world.internship.save()
    scan_on(world, FIRST_EVALUATION)
    assert made("evaluation_due") == []


def test_the_follow_up_is_not_reminded_eight_days_before(world, follow_up):
    scan_on(world, FOLLOW_UP - datetime.timedelta(days=8))
    assert made("follow_up_due") == []


def test_a_week_before_the_follow_up_the_coordinator_is_reminded_once(world, follow_up):
    scan_on(world, FOLLOW_UP - datetime.timedelta(days=7))
    scan_on(world, FOLLOW_UP + datetime.timedelta(days=7))
    assert recipients("follow_up_due") == [world.users["coordinator"].email]
    [notification] = made("follow_up_due")
    assert notification.link == participant_page(world) + "#jobs"
    assert notification.due_on == FOLLOW_UP
    title, body = words(notification)
    assert "1 september 2026" in title
    assert "Helpende zorg" in body


def test_a_follow_up_that_is_done_is_not_reminded(world, follow_up):
    with scopes_disabled():
        FollowUp.objects.filter(pk=follow_up.pk).update(done_on=FOLLOW_UP)
    scan_on(world, FOLLOW_UP)
    assert made("follow_up_due") == []
