"""In Chromium at phone size: the admin changes a reminder (a wrong number first), a
coordinator records an exam date, and the participant sees it in "My route" in Arabic.
Each page gets an axe accessibility scan and a screenshot in test-artifacts/."""

import datetime

import pytest
from django.utils import timezone
from django_scopes import scopes_disabled

from notifications.models import ReminderSetting
from participants.models import KeyDate
from tests.browser.test_accessibility import assert_accessible, log_in_with_totp
from tests.browser.test_phone import log_in_by_code

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_the_admin_changes_a_reminder_after_a_wrong_number(phone, live_server, worlds):
    world = worlds["a"]
    log_in_with_totp(phone, live_server, world.users["admin"], world.totp_secrets["admin"])
    phone.wait_for_load_state()
    phone.goto(f"{live_server.url}/alpha/settings/")
    phone.locator("a[href='/alpha/settings/reminders/']").click()
    phone.wait_for_url("**/alpha/settings/reminders/")
    assert_accessible(phone, "reminder-settings")

    phone.fill("input[name='intake_waiting-days']", "0")
    phone.locator("input[name='follow_up_due-enabled']").uncheck()
    phone.locator("main form button[type=submit]").click()
    phone.wait_for_load_state()
    assert phone.locator(".utrecht-form-field-error-message").count() == 1
    assert phone.locator("input[name='intake_waiting-days']").input_value() == "0"
    assert not phone.locator("input[name='follow_up_due-enabled']").is_checked()
    assert_accessible(phone, "reminder-settings-error")

    phone.fill("input[name='intake_waiting-days']", "7")
    phone.locator("main form button[type=submit]").click()
    phone.wait_for_url("**/alpha/settings/reminders/")
    assert phone.locator("input[name='intake_waiting-days']").input_value() == "7"
    with scopes_disabled():
        rows = {r.rule: (r.enabled, r.days) for r in ReminderSetting.objects.all()}
    assert rows == {"intake_waiting": (True, 7), "follow_up_due": (False, 7)}


def test_a_coordinator_records_an_exam_and_the_participant_sees_it_in_arabic(
    phone, browser, live_server, worlds
):
    world = worlds["a"]
    with scopes_disabled():
        world.users["participant"].language = "ar"
        world.users["participant"].save(update_fields=["language"])
    exam = timezone.localdate() + datetime.timedelta(days=20)
    log_in_with_totp(
        phone, live_server, world.users["coordinator"], world.totp_secrets["coordinator"]
    )
    phone.wait_for_load_state()
    phone.goto(f"{live_server.url}/alpha/participants/{world.participant.pk}/")
    phone.locator(f"a[href='/alpha/participants/{world.participant.pk}/dates/']").click()
    phone.wait_for_url("**/dates/")
    assert_accessible(phone, "key-dates")

    phone.locator("input[value=professional_test]").check()
    phone.fill("input[name=date]", exam.isoformat())
    phone.fill("input[name=note]", "Kennistoets BIG, CIBG Utrecht")
    phone.locator("main form[novalidate] button[type=submit]").click()
    phone.wait_for_url("**/dates/")
    assert phone.get_by_text("Kennistoets BIG, CIBG Utrecht").is_visible()
    assert_accessible(phone, "key-dates-saved")
    with scopes_disabled():
        assert KeyDate.objects.filter(date=exam, kind="professional_test").count() == 1

    context = browser.new_context(viewport={"width": 360, "height": 800}, locale="ar")
    participant = context.new_page()
    try:
        log_in_by_code(participant, live_server, world.users["participant"].email)
        participant.wait_for_url(f"{live_server.url}/alpha/me/")
        dates = participant.locator("#dates")
        assert "Kennistoets BIG, CIBG Utrecht" in dates.inner_text()
        assert participant.locator("html").get_attribute("dir") == "rtl"
        dates.scroll_into_view_if_needed()
        assert_accessible(participant, "my-route-key-dates-ar")
    finally:
        context.close()
