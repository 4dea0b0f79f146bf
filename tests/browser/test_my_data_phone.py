"""A participant on a phone, in Arabic, finds "All my data" in the menu and downloads the JSON."""

import json
from pathlib import Path

import pytest
from django_scopes import scopes_disabled

from tests.browser.conftest import screenshot
from tests.browser.test_accessibility import assert_accessible
from tests.browser.test_phone import log_in_by_code

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_a_participant_downloads_all_their_data_in_arabic(phone, live_server, worlds):
    world = worlds["a"]
    user = world.users["participant"]
    with scopes_disabled():
        user.language = "ar"
        user.set_unusable_password()  # as in real life: they log in by emailed code
        user.save()

    log_in_by_code(phone, live_server, user.email)
    phone.wait_for_url(f"{live_server.url}/alpha/me/")
    phone.locator("a[href='/alpha/me/my-data/']").first.click()
    phone.wait_for_url(f"{live_server.url}/alpha/me/my-data/")

    assert phone.locator("html").get_attribute("dir") == "rtl"
    assert phone.evaluate("document.documentElement.scrollWidth") <= 360
    assert_accessible(phone, "my-data-ar")

    # Logged in by code a moment ago: that counts as proof, the download starts at once.
    with phone.expect_download() as info:
        phone.locator("a[href='/alpha/me/my-data/download.json']").click()
    download = info.value
    assert download.suggested_filename.startswith("zorgroute-alpha-ALP-0001-")
    assert download.suggested_filename.endswith(".json")
    data = json.loads(Path(download.path()).read_text(encoding="utf-8"))
    assert data["participant"]["number"] == "ALP-0001"
    assert data["about"]["language"] == "ar"

    # Later, the code page: ask for a code, then a field to type it.
    phone.goto(f"{live_server.url}/accounts/confirm-by-code/?next=/alpha/me/my-data/")
    phone.locator("button[name=action][value=send]").click()
    phone.wait_for_load_state()
    assert phone.locator("input[name=code]").is_visible()
    assert phone.evaluate("document.documentElement.scrollWidth") <= 360
    assert_accessible(phone, "my-data-confirm-ar")
    screenshot(phone, "my-data-confirm-ar")
