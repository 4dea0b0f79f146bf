"""The programme admin's reminder settings: defaults, changing N, turning a rule off,
bad input kept with a clear message, and the scan following what the admin chose."""

import datetime

import pytest
from django.urls import reverse
from django_scopes import scope, scopes_disabled

from notifications.models import ReminderSetting
from notifications.reminder_settings import settings_for
from notifications.rules import RULES
from participants.models import Intake
from tests.intake.coordinator import log_in_in_english
from tests.reminders.rule_helpers import at, made, scan_on

SENT = datetime.date(2026, 11, 2)


def settings_url(world):
    return reverse("notifications:reminder_settings", kwargs={"programme": world.programme.slug})


def form_data(world, **changes):
    """What the page posts when the admin changes nothing, with ``changes`` on top."""
    with scope(programme=world.programme):
        current = settings_for(world.programme)
    data = {}
    for code, setting in current.items():
        if setting.enabled:
            data[f"{code}-enabled"] = "on"
        if setting.days is not None:
            data[f"{code}-days"] = str(setting.days)
    for name, value in changes.items():
        name = name.replace("__", "-")
        if value is None:
            data.pop(name, None)
        else:
            data[name] = value
    return data


def stored(world):
    with scopes_disabled():
        return {
            row.rule: (row.enabled, row.days)
            for row in ReminderSetting.objects.filter(programme=world.programme)
        }


@pytest.fixture
def admin(client, world):
    return log_in_in_english(client, world.users["admin"])


@pytest.fixture
def waiting(world):
    with scopes_disabled():
        Intake.objects.filter(pk=world.intake.pk).update(
            status=Intake.Status.SUBMITTED, submitted_at=at(SENT, 10, 0)
        )


def test_every_rule_starts_on_with_its_default_days(world):
    with scope(programme=world.programme):
        current = settings_for(world.programme)
    assert list(current) == [rule.code for rule in RULES]
    assert all(setting.enabled for setting in current.values())
    assert current["intake_waiting"].days == 10
    assert current["stage_ends_soon"].days == 30
    assert current["exam_soon"].days == 14
    assert current["document_ends"].days == 60
    assert current["interview_tomorrow"].days is None


def test_the_page_shows_every_rule_with_who_gets_it(admin, world):
    content = admin.get(settings_url(world)).content.decode()
    for rule in RULES:
        assert str(rule.kind.label) in content
    assert "The applicant, the day before the interview." in content
    assert 'value="10"' in content


def test_the_settings_overview_links_to_the_reminders(admin, world):
    overview = reverse("programmes:settings", kwargs={"programme": world.programme.slug})
    assert settings_url(world) in admin.get(overview).content.decode()


def test_the_admin_changes_n_and_the_scan_follows_it(admin, world, waiting):
    response = admin.post(settings_url(world), form_data(world, intake_waiting__days="5"))
    assert response.status_code == 302
    assert stored(world) == {"intake_waiting": (True, 5)}
    scan_on(world, SENT + datetime.timedelta(days=4))
    assert made("intake_waiting") == []
    scan_on(world, SENT + datetime.timedelta(days=5))
    [notification] = made("intake_waiting")
    assert notification.due_on == SENT + datetime.timedelta(days=5)


def test_a_rule_turned_off_sends_nothing(admin, world, waiting):
    admin.post(settings_url(world), form_data(world, intake_waiting__enabled=None))
    assert stored(world) == {"intake_waiting": (False, 10)}
    scan_on(world, SENT + datetime.timedelta(days=20))
    assert made("intake_waiting") == []


def test_a_rule_turned_off_in_one_programme_still_runs_in_the_other(world, other_world):
    with scopes_disabled():
        ReminderSetting.objects.create(
            programme=world.programme, rule="evaluation_due", enabled=False
        )
    scan_on(world, datetime.date(2026, 10, 13))
    scan_on(other_world, datetime.date(2026, 10, 13))
    assert [n.programme.slug for n in made("evaluation_due")] == ["beta"]


@pytest.mark.parametrize("typed", ["0", "400", "ten", "", "2.5"])
def test_a_wrong_number_keeps_what_was_typed_and_saves_nothing(admin, world, typed):
    data = form_data(world, intake_waiting__days=typed, exam_soon__days="21")
    response = admin.post(settings_url(world), data)
    assert response.status_code == 200
    content = response.content.decode()
    assert "Nothing is saved yet." in content
    expected = "Enter a number of days." if typed == "" else "Enter a whole number from 1 to 365."
    assert expected in content
    assert 'value="21"' in content  # the other change is still on the page
    if typed:
        assert f'value="{typed}"' in content
    assert stored(world) == {}


def test_saving_without_changes_says_so_and_stores_nothing(admin, world):
    response = admin.post(settings_url(world), form_data(world), follow=True)
    assert "Nothing changed." in response.content.decode()
    assert stored(world) == {}


def test_the_settings_of_one_programme_are_not_those_of_another(admin, world, other_world):
    admin.post(settings_url(world), form_data(world, document_ends__days="90"))
    with scope(programme=other_world.programme):
        assert settings_for(other_world.programme)["document_ends"].days == 60
