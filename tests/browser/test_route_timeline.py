"""A participant reads their route in Arabic on a 360x800 phone."""

import pytest

from tests.browser.conftest import screenshot
from tests.browser.test_accessibility import assert_accessible
from tests.browser.test_phone import log_in_by_code
from tests.route.data import add_route_data

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_the_timeline_reads_right_to_left_in_arabic(phone, live_server, worlds):
    world = add_route_data(worlds["a"])
    user = world.users["participant"]
    user.language = "ar"
    user.save()
    log_in_by_code(phone, live_server, user.email)
    phone.wait_for_url(f"{live_server.url}/alpha/me/")
    assert phone.locator("html").get_attribute("dir") == "rtl"
    current = phone.locator("[aria-current=step]")
    assert current.count() == 1
    # The timeline's line (a logical border) runs along the right-hand side in Arabic.
    borders = current.evaluate(
        "e => [getComputedStyle(e).borderRightWidth, getComputedStyle(e).borderLeftWidth]"
    )
    assert borders == ["3px", "0px"]
    assert phone.evaluate("document.documentElement.scrollWidth") <= 360
    assert phone.get_by_text("Afdeling Rozenhof").is_visible()
    screenshot(phone, "route-timeline-ar")
    assert_accessible(phone, "route-timeline-ar-axe")
