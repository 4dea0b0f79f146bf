"""Reminders about applications: waiting for review too long (coordinators), and an
interview tomorrow (the applicant, with date, time and place)."""

import datetime

import pytest
from django.urls import reverse
from django_scopes import scopes_disabled

from participants.models import Intake
from tests.reminders.rule_helpers import at, made, recipients, scan_on, set_language, words

SENT = datetime.date(2026, 11, 2)
INTERVIEW = datetime.date(2026, 12, 3)


@pytest.fixture
def waiting(world):
    """Yonas's application was sent on 2 November 2026 at 10:00 and is still waiting."""
    with scopes_disabled():
        Intake.objects.filter(pk=world.intake.pk).update(
            status=Intake.Status.SUBMITTED, submitted_at=at(SENT, 10, 0)
        )
    return world.intake


@pytest.fixture
def invited(world):
    """Yonas is invited to an interview on Thursday 3 December 2026 at 14:30, in Leiden."""
    with scopes_disabled():
        Intake.objects.filter(pk=world.intake.pk).update(
            status=Intake.Status.INTERVIEW,
            interview_at=at(INTERVIEW, 14, 30),
            interview_place="Stadhuis Leiden, Stadhuisplein 1",
        )
    return world.intake


def test_a_waiting_application_is_not_reminded_before_ten_days(world, waiting):
    scan_on(world, SENT + datetime.timedelta(days=9))
    assert made("intake_waiting") == []


def test_after_ten_days_each_coordinator_gets_one_reminder_with_a_link_to_it(world, waiting):
    scan_on(world, SENT + datetime.timedelta(days=10))
    assert recipients("intake_waiting") == [world.users["coordinator"].email]
    [notification] = made("intake_waiting")
    assert notification.link == reverse(
        "participants:intake_detail", kwargs={"programme": "alpha", "pk": waiting.pk}
    )
    assert notification.subject_key == f"intake:{waiting.pk}"
    assert notification.due_on == SENT + datetime.timedelta(days=10)
    title, body = words(notification)
    assert waiting.reference in title
    assert "2 november 2026" in body  # the coordinator reads Dutch


def test_a_later_scan_does_not_remind_again(world, waiting):
    scan_on(world, SENT + datetime.timedelta(days=10))
    scan_on(world, SENT + datetime.timedelta(days=10))
    scan_on(world, SENT + datetime.timedelta(days=15))
    assert len(made("intake_waiting")) == 1


def test_a_coordinator_who_reads_arabic_gets_it_in_arabic(world, waiting):
    set_language(world.users["coordinator"], "ar")
    scan_on(world, SENT + datetime.timedelta(days=10))
    _title, body = words(made("intake_waiting")[0])
    assert "نوفمبر" in body  # November, in Arabic


def test_a_decided_application_is_not_reminded(world, waiting):
    with scopes_disabled():
        Intake.objects.filter(pk=waiting.pk).update(status=Intake.Status.ACCEPTED)
    scan_on(world, SENT + datetime.timedelta(days=12))
    assert made("intake_waiting") == []


def test_nobody_of_another_programme_is_reminded(world, other_world, waiting):
    scan_on(world, SENT + datetime.timedelta(days=10))
    assert other_world.users["coordinator"].email not in recipients("intake_waiting")


def test_the_interview_is_not_reminded_two_days_before(world, invited):
    scan_on(world, INTERVIEW - datetime.timedelta(days=2))
    assert made("interview_tomorrow") == []


def test_the_day_before_the_applicant_gets_the_date_time_and_place(world, invited):
    scan_on(world, INTERVIEW - datetime.timedelta(days=1))
    assert recipients("interview_tomorrow") == [world.users["applicant"].email]
    [notification] = made("interview_tomorrow")
    assert notification.link == reverse("participants:application", kwargs={"programme": "alpha"})
    assert notification.due_on == INTERVIEW
    title, body = words(notification)
    assert "3 december 2026" in title
    assert "14:30" in title
    assert "Stadhuis Leiden, Stadhuisplein 1" in body


def test_the_applicant_reads_it_in_arabic_with_the_dutch_clock_time(world, invited):
    set_language(world.users["applicant"], "ar")
    scan_on(world, INTERVIEW - datetime.timedelta(days=1))
    title, _body = words(made("interview_tomorrow")[0])
    assert "الخميس" in title  # Thursday
    assert "ديسمبر" in title  # December
    assert "14:30" in title


def test_the_interview_is_reminded_once_also_when_the_scan_runs_every_hour(world, invited):
    for hour in (6, 7, 12, 23):
        scan_on(world, INTERVIEW - datetime.timedelta(days=1), hour=hour)
    scan_on(world, INTERVIEW, hour=7)
    assert len(made("interview_tomorrow")) == 1


def test_a_scan_missed_the_day_before_still_reminds_on_the_morning_itself(world, invited):
    scan_on(world, INTERVIEW, hour=7)
    assert len(made("interview_tomorrow")) == 1


def test_a_moved_interview_is_reminded_for_its_new_day(world, invited):
    scan_on(world, INTERVIEW - datetime.timedelta(days=1))
    later = INTERVIEW + datetime.timedelta(days=7)
    with scopes_disabled():
        Intake.objects.filter(pk=invited.pk).update(interview_at=at(later, 9, 0))
    scan_on(world, later - datetime.timedelta(days=1))
    assert [n.due_on for n in made("interview_tomorrow")] == [INTERVIEW, later]
