"""A participant asks on a phone (360x800) to remove their data, then withdraws the request."""

import pytest
from django_scopes import scope

from privacy.models import ErasureRequest
from tests.browser.test_accessibility import assert_accessible
from tests.browser.test_phone import log_in_by_code

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_a_participant_asks_on_a_phone_and_withdraws(phone, live_server, worlds):
    world = worlds["a"]
    log_in_by_code(phone, live_server, world.users["participant"].email)
    phone.wait_for_url(f"{live_server.url}/alpha/me/")
    phone.locator("a[href='/alpha/me/erasure/']").first.click()
    phone.wait_for_url(f"{live_server.url}/alpha/me/erasure/")
    assert_accessible(phone, "erasure-phone")
    width = phone.evaluate("document.documentElement.scrollWidth")
    assert width <= 360, "the page scrolls sideways on a phone"

    phone.fill("textarea[name=reason]", "Ik ga terug naar mijn familie.")
    phone.locator("form:has(input[value=confirm]) button").click()
    phone.locator("form:has(input[value=ask]) button").click()
    phone.wait_for_url(f"{live_server.url}/alpha/me/erasure/")
    assert_accessible(phone, "erasure-phone-asked")
    with scope(programme=world.programme):
        assert ErasureRequest.objects.get(participant=world.participant).status == "open"

    phone.locator("form:has(input[value=withdraw]) button").click()
    phone.wait_for_url(f"{live_server.url}/alpha/me/erasure/")
    with scope(programme=world.programme):
        assert ErasureRequest.objects.get(participant=world.participant).status == "withdrawn"
