"""A participant on a phone, in Arabic, sees where they are logged in and logs the others out."""

import pytest
from django_scopes import scopes_disabled

from tests.browser.test_accessibility import assert_accessible
from tests.browser.test_phone import log_in_by_code

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_a_participant_logs_out_their_other_device_in_arabic(phone, desktop, live_server, worlds):
    user = worlds["a"].users["participant"]
    with scopes_disabled():
        user.language = "ar"
        user.save(update_fields=["language"])
    log_in_by_code(desktop, live_server, user.email)
    desktop.wait_for_url(f"{live_server.url}/alpha/me/")
    log_in_by_code(phone, live_server, user.email)
    phone.wait_for_url(f"{live_server.url}/alpha/me/")

    phone.locator("a[href='/accounts/sessions/']").first.click()
    phone.wait_for_url(f"{live_server.url}/accounts/sessions/")
    assert phone.locator("html").get_attribute("dir") == "rtl"
    cards = phone.locator("ul.zr-notices > li")
    assert cards.count() == 2
    assert cards.nth(0).locator(".zr-notice__new").is_visible()  # this device, first
    assert phone.evaluate("document.documentElement.scrollWidth") <= 360
    # Right to left: the heading ends at the right edge.
    heading = phone.locator("h1").bounding_box()
    assert heading["x"] + heading["width"] > 300
    assert_accessible(phone, "sessions-ar")

    phone.locator("form[action='/accounts/sessions/end-others/'] button").click()
    phone.wait_for_load_state()
    assert phone.locator("ul.zr-notices > li").count() == 1
    assert_accessible(phone, "sessions-ar-alone")

    desktop.reload()
    assert "/accounts/login/" in desktop.url
