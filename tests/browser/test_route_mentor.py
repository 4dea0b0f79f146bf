"""A mentor on a phone: log in, open their participant, record today's attendance."""

import datetime

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.utils import timezone, translation
from django_scopes import scopes_disabled

from participants.models import Attendance
from tests.browser.conftest import screenshot
from tests.browser.test_accessibility import log_in_with_totp

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

axe = Axe()


def assert_accessible(page):
    results = axe.run(page)
    assert results.violations_count == 0, results.generate_report()


def check(page, name):
    """Save a screenshot, then: no axe violations and nothing wider than the phone."""
    screenshot(page, name)
    assert_accessible(page)
    assert page.evaluate("document.documentElement.scrollWidth") <= 360


def log_in_with_password(page, live_server, user):
    # Mentors are not staff: a password is enough, no second factor.
    page.goto(f"{live_server.url}/accounts/login/")
    page.fill("input[name=login]", user.email)
    page.fill("input[name=password]", "correct horse battery")
    page.locator("main form button[type=submit]").first.click()


def test_a_mentor_records_attendance_on_a_phone(phone, live_server, worlds):
    world = worlds["a"]
    today = timezone.localdate()
    with scopes_disabled():
        world.internship.starts_on = today - datetime.timedelta(weeks=3)
        world.internship.save()
    log_in_with_password(phone, live_server, world.users["mentor"])
    phone.wait_for_url("**/alpha/mentor/")
    assert phone.get_by_role("link", name="Amina Yusuf").is_visible()
    check(phone, "mentor-home")

    phone.get_by_role("link", name="Amina Yusuf").click()
    phone.wait_for_url(f"**/alpha/mentor/internships/{world.internship.pk}/")
    check(phone, "mentor-internship")

    attendance = phone.locator("#attendance form")
    assert attendance.locator("input[name=date]").input_value() == today.isoformat()
    attendance.locator("input[name=presence][value=present]").check()
    attendance.locator("input[name=note]").fill("Op tijd, goed gewerkt.")
    with phone.expect_navigation():
        attendance.locator("button[type=submit]").click()
    # The message saying what was saved is in view, at the top.
    assert phone.locator(".zr-messages").is_visible()
    assert phone.evaluate("window.scrollY") == 0
    assert phone.get_by_text("Op tijd, goed gewerkt.").is_visible()
    check(phone, "mentor-attendance-saved")
    with scopes_disabled():
        record = Attendance.objects.get(internship=world.internship, date=today)
    assert record.presence == "present"
    assert record.recorded_by == world.users["mentor"]

    # A day in the future is refused; what the mentor typed stays.
    tomorrow = (today + datetime.timedelta(days=1)).isoformat()
    attendance = phone.locator("#attendance form")
    attendance.locator("input[name=date]").fill(tomorrow)
    attendance.locator("input[name=presence][value=absent]").check()
    with phone.expect_navigation():
        attendance.locator("button[type=submit]").click()
    attendance = phone.locator("#attendance form")
    assert attendance.locator(".utrecht-form-field-error-message").count() == 1
    assert attendance.locator("input[name=date]").input_value() == tomorrow
    assert attendance.locator("input[name=presence][value=absent]").is_checked()
    check(phone, "mentor-attendance-error")

    phone.goto(f"{live_server.url}/alpha/mentor/")
    card = phone.locator(".zr-card").first
    with translation.override(world.users["mentor"].language):
        assert record.get_presence_display() in card.inner_text()


def test_the_coordinators_session_and_internship_pages_are_accessible(desktop, live_server, worlds):
    world = worlds["a"]
    log_in_with_totp(
        desktop, live_server, world.users["coordinator"], world.totp_secrets["coordinator"]
    )
    desktop.wait_for_url("**/alpha/participants/")
    desktop.goto(f"{live_server.url}/alpha/sessions/")
    screenshot(desktop, "sessions-list")
    assert_accessible(desktop)
    form = desktop.locator("#new form")
    form.locator("input[name=title]").fill("Samenwerken")
    form.locator("input[name=starts_at]").fill("2027-02-01T10:00")
    with desktop.expect_navigation():
        form.locator("button[type=submit]").click()
    desktop.wait_for_url("**/alpha/sessions/*/")
    desktop.locator(f"input[name=presence_{world.participant.pk}][value=present]").check()
    with desktop.expect_navigation():
        desktop.locator("#attendance form button[type=submit]").click()
    assert desktop.locator(
        f"input[name=presence_{world.participant.pk}][value=present]"
    ).is_checked()
    screenshot(desktop, "session-detail")
    assert_accessible(desktop)

    # A wrong internship shows the section again, with the messages and what was typed.
    desktop.goto(f"{live_server.url}/alpha/sessions/")
    desktop.evaluate(
        """([action, token]) => {
            const form = document.createElement("form");
            form.method = "post";
            form.action = action;
            for (const [name, value] of [["csrfmiddlewaretoken", token], ["kind", "internship"],
                    ["department", "Afdeling Tulp"], ["starts_on", "2027-01-10"],
                    ["ends_on", "2027-01-01"], ["evaluation_every_weeks", "6"]]) {
                const input = document.createElement("input");
                input.name = name;
                input.value = value;
                form.append(input);
            }
            document.body.append(form);
            form.submit();
        }""",
        [
            f"/alpha/participants/{world.participant.pk}/internships/",
            desktop.locator("input[name=csrfmiddlewaretoken]").first.input_value(),
        ],
    )
    desktop.wait_for_url("**/internships/")
    assert desktop.locator(".utrecht-form-field-error-message").count() == 2
    assert desktop.locator("input[name=department]").input_value() == "Afdeling Tulp"
    screenshot(desktop, "add-internship-errors")
    assert_accessible(desktop)
