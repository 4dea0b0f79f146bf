"""An applicant fills the form in Arabic on a phone, leaves, comes back, submits;
a coordinator accepts; the applicant sees the decision."""

import re
import time

import pytest
from allauth.mfa.totp.internal.auth import format_hotp_value, hotp_value
from axe_playwright_python.sync_playwright import Axe
from django.core import mail
from django_scopes import scopes_disabled

from participants.models import Intake
from tests.browser.conftest import screenshot
from tests.intake.applicant import VALID

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

axe = Axe()


def accessible(page, name):
    screenshot(page, name)
    results = axe.run(page)
    assert results.violations_count == 0, results.generate_report()


def status_of(email):
    with scopes_disabled():
        return Intake.objects.get(applicant__email=email).status


def fill_step(page, step):
    for name, value in VALID[step].items():
        field = page.locator(f"[name='{name}']")
        kind = field.first.get_attribute("type")
        if kind == "radio":
            page.locator(f"[name='{name}'][value='{value}']").check()
        elif kind == "checkbox":
            field.check()
        elif field.first.evaluate("e => e.tagName") == "SELECT":
            field.select_option(value)
        else:
            field.fill(value)


def test_apply_in_arabic_leave_come_back_submit_and_see_the_decision(
    browser, phone, live_server, worlds
):
    world = worlds["a"]
    base = live_server.url
    phone.goto(f"{base}/alpha/")
    phone.locator("button[name=language][value=ar]").click()
    phone.wait_for_load_state()
    phone.locator("a[href='/alpha/apply/']").first.click()
    # A new account with just an email address, confirmed by a code.
    phone.wait_for_url(re.compile(r"/accounts/signup/"))
    phone.fill("input[name=email]", "nour@example.org")
    phone.locator("main form button[type=submit]").first.click()
    phone.wait_for_url(re.compile(r"/accounts/confirm-email/"))
    code = re.search(r"^([A-Z0-9]{6}|[A-Z0-9]{4}-[A-Z0-9]{4})$", mail.outbox[-1].body, re.M).group(
        1
    )
    phone.fill("input[name=code]", code)
    phone.locator("main form button[type=submit]").first.click()
    phone.wait_for_url(f"{base}/alpha/apply/personal/")
    assert phone.locator("html").get_attribute("dir") == "rtl"
    accessible(phone, "apply-personal-ar")

    for step in ("personal", "household", "residence"):
        fill_step(phone, step)
        phone.locator("button[name=next]").click()
        phone.wait_for_load_state()
    # A mistake: the page says what is wrong and keeps what was typed.
    phone.fill("input[name=languages_spoken]", "العربية، الإنجليزية")
    phone.locator("button[name=next]").click()
    phone.wait_for_load_state()
    assert phone.locator(".utrecht-form-field-error-message").count() >= 1
    assert phone.input_value("input[name=languages_spoken]") == "العربية، الإنجليزية"
    accessible(phone, "apply-error-ar")
    phone.locator("button[name=later]").click()
    phone.wait_for_url(f"{base}/alpha/application/")
    accessible(phone, "application-draft-ar")

    # Another day, another browser: log in by code and go on.
    phone.context.clear_cookies()
    phone.goto(f"{base}/accounts/login/code/")
    phone.fill("input[name=email]", "nour@example.org")
    phone.locator("main form button[type=submit]").first.click()
    phone.wait_for_url(re.compile(r"/accounts/login/code/confirm/"))
    code = re.search(r"^([A-Z0-9]{4}-[A-Z0-9]{4})$", mail.outbox[-1].body, re.M).group(1)
    phone.fill("input[name=code]", code)
    phone.locator("main form button[type=submit]").first.click()
    phone.wait_for_load_state()
    phone.goto(f"{base}/alpha/apply/")
    phone.wait_for_url(f"{base}/alpha/apply/languages/")
    assert phone.input_value("input[name=languages_spoken]") == "العربية، الإنجليزية"
    for step in ("languages", "education", "work", "motivation", "availability", "consent"):
        fill_step(phone, step)
        phone.locator("button[name=next]").click()
        phone.wait_for_load_state()
    phone.wait_for_url(f"{base}/alpha/apply/check/")
    accessible(phone, "apply-check-ar")
    phone.locator("main form button[type=submit]").click()
    phone.wait_for_url(f"{base}/alpha/application/")
    assert status_of("nour@example.org") == "submitted"

    # The coordinator accepts, on a desktop.
    desktop = browser.new_context(
        viewport={"width": 1280, "height": 900}, locale="nl-NL"
    ).new_page()
    coordinator = world.users["coordinator"]
    desktop.goto(f"{base}/accounts/login/")
    desktop.fill("input[name=login]", coordinator.email)
    desktop.fill("input[name=password]", "correct horse battery")
    desktop.locator("main form button[type=submit]").first.click()
    desktop.wait_for_url("**/accounts/2fa/authenticate/")
    secret = world.totp_secrets["coordinator"]
    desktop.fill("input[name=code]", format_hotp_value(hotp_value(secret, int(time.time()) // 30)))
    desktop.locator("main form button[type=submit]").first.click()
    desktop.wait_for_load_state()
    desktop.goto(f"{base}/alpha/intakes/")
    accessible(desktop, "intake-queue")
    desktop.get_by_role("link", name=re.compile("Nour|Yasmin|Al-Khatib")).first.click()
    desktop.wait_for_load_state()
    accessible(desktop, "intake-detail")
    desktop.locator("select[name=outcome], input[name=outcome][value=accepted]").first.evaluate(
        "e => e.tagName === 'SELECT' ? (e.value = 'accepted') : e.click()"
    )
    desktop.fill("textarea[name=reason]", "Gemotiveerd en een goede basis in de zorg.")
    desktop.locator("form[action$='/decide/'] button[type=submit]").click()
    desktop.wait_for_load_state()
    assert status_of("nour@example.org") == "accepted"

    # The applicant sees the decision, in Arabic.
    phone.goto(f"{base}/alpha/application/")
    assert phone.locator("html").get_attribute("dir") == "rtl"
    assert "Gemotiveerd" in phone.content()
    accessible(phone, "application-accepted-ar")
