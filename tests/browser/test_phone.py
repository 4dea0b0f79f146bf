"""A participant on a phone: login by code, switch to Arabic, read the route right to left."""

import re

import pytest
from django.core import mail

from tests.browser.conftest import screenshot

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def log_in_by_code(page, live_server, email):
    page.goto(f"{live_server.url}/accounts/login/code/")
    page.fill("input[name=email]", email)
    page.locator("main form button[type=submit]").first.click()
    page.wait_for_url(re.compile(r"/accounts/login/code/confirm/"))
    code = re.search(r"^([A-Z0-9]{4}-[A-Z0-9]{4})$", mail.outbox[-1].body, re.M).group(1)
    page.fill("input[name=code]", code)
    page.locator("main form button[type=submit]").first.click()


def test_a_participant_logs_in_by_code_and_reads_the_route_in_arabic(phone, live_server, worlds):
    world = worlds["a"]
    log_in_by_code(phone, live_server, world.users["participant"].email)
    phone.wait_for_url(f"{live_server.url}/alpha/me/")
    assert phone.locator("html").get_attribute("dir") == "ltr"
    assert phone.get_by_text(world.participant.number).is_visible()
    screenshot(phone, "participant-home-nl")

    phone.locator("button[name=language][value=ar]").click()
    phone.wait_for_load_state()
    assert phone.url == f"{live_server.url}/alpha/me/"
    assert phone.locator("html").get_attribute("dir") == "rtl"
    assert phone.locator("html").get_attribute("lang") == "ar"
    # The page is laid out right to left: the heading starts at the right edge.
    heading = phone.locator("h1").bounding_box()
    assert heading["x"] + heading["width"] > 300
    # Nothing is wider than the phone's screen.
    assert phone.evaluate("document.documentElement.scrollWidth") <= 360
    screenshot(phone, "participant-home-ar")

    world.users["participant"].refresh_from_db()
    assert world.users["participant"].language == "ar"
