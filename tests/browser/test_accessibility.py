"""axe-core, run offline in Chromium, finds no violations on the pages of this issue."""

import time

import pytest
from allauth.mfa.totp.internal.auth import format_hotp_value, hotp_value
from axe_playwright_python.sync_playwright import Axe

from tests.browser.conftest import screenshot
from tests.browser.test_phone import log_in_by_code

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

axe = Axe()


def assert_accessible(page, name):
    screenshot(page, name)
    results = axe.run(page)
    assert results.violations_count == 0, results.generate_report()


def log_in_with_totp(page, live_server, user, secret):
    page.goto(f"{live_server.url}/accounts/login/")
    page.fill("input[name=login]", user.email)
    page.fill("input[name=password]", "correct horse battery")
    page.locator("main form button[type=submit]").first.click()
    page.wait_for_url("**/accounts/2fa/authenticate/")
    page.fill("input[name=code]", format_hotp_value(hotp_value(secret, int(time.time()) // 30)))
    page.locator("main form button[type=submit]").first.click()


@pytest.mark.parametrize("language", ["nl", "ar"])
def test_public_pages(phone, live_server, worlds, language):
    phone.goto(f"{live_server.url}/")
    if language != "nl":
        phone.locator("button[name=language][value=ar]").click()
        phone.wait_for_load_state()
    assert_accessible(phone, f"home-{language}")
    phone.goto(f"{live_server.url}/alpha/")
    assert_accessible(phone, f"programme-{language}")
    phone.goto(f"{live_server.url}/accounts/login/")
    assert_accessible(phone, f"login-{language}")
    phone.goto(f"{live_server.url}/no-such-programme/")
    assert_accessible(phone, f"not-found-{language}")


def test_participant_home(phone, live_server, worlds):
    log_in_by_code(phone, live_server, worlds["a"].users["participant"].email)
    phone.wait_for_url("**/alpha/me/")
    assert_accessible(phone, "participant-home")


def test_coordinator_pages(desktop, live_server, worlds):
    world = worlds["a"]
    log_in_with_totp(
        desktop, live_server, world.users["coordinator"], world.totp_secrets["coordinator"]
    )
    desktop.wait_for_url("**/alpha/participants/")
    assert_accessible(desktop, "coordinator-list")
    desktop.select_option("select[name=stage]", world.stages[1].key)
    desktop.get_by_role("button", name="Zoeken").click()
    desktop.wait_for_load_state()
    assert desktop.get_by_text(world.participant.number).is_visible()
    desktop.goto(f"{live_server.url}/alpha/overview/")
    assert_accessible(desktop, "overview")


def test_programme_settings_pages(desktop, live_server, worlds):
    world = worlds["a"]
    log_in_with_totp(desktop, live_server, world.users["admin"], world.totp_secrets["admin"])
    desktop.wait_for_load_state()
    desktop.goto(f"{live_server.url}/alpha/settings/")
    assert_accessible(desktop, "settings")
    desktop.goto(f"{live_server.url}/alpha/settings/questions/new/")
    desktop.locator("form button[type=submit]").last.click()  # empty: errors, kept input
    desktop.wait_for_load_state()
    assert desktop.locator(".utrecht-form-field-error-message").count() >= 1
    assert_accessible(desktop, "settings-question-errors")
    desktop.goto(f"{live_server.url}/alpha/settings/stages/{world.stages[0].pk}/")
    assert_accessible(desktop, "settings-stage")
