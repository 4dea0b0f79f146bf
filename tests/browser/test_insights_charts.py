"""The insights page in Chromium: three SVG charts, each with its table; axe finds nothing."""

import pytest
from django_scopes import scopes_disabled

from tests.barriers.test_insights import JANUARY, barrier, credential, day, person, speaking, wired  # noqa: F401
from tests.browser.test_accessibility import assert_accessible, log_in_with_totp

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_the_insights_charts(desktop, live_server, worlds, wired):  # noqa: F811
    world = worlds["a"]
    with scopes_disabled():
        for number in range(6):
            participant = person(world, cohort=JANUARY)
            barrier(world, participant, days=number * 5 if number % 2 else None)
            speaking(world, participant, ["A1", "A2", "B1"][number % 3], day(1 + number, 3))
            credential(world, participant, "vog", "applied")
    log_in_with_totp(
        desktop, live_server, world.users["coordinator"], world.totp_secrets["coordinator"]
    )
    desktop.wait_for_url("**/alpha/participants/")
    desktop.goto(f"{live_server.url}/alpha/insights/")
    charts = desktop.locator("svg[role=img]")
    assert charts.count() == 3
    assert desktop.locator("table caption").count() == 3
    assert desktop.locator("svg[role=img] rect").count() > 10
    assert_accessible(desktop, "insights")

    desktop.select_option("select[name=cohort]", "2026-01")
    desktop.get_by_role("button", name="Tonen").click()
    desktop.wait_for_load_state()
    assert "cohort=2026-01" in desktop.url
    assert desktop.locator("select[name=cohort]").input_value() == "2026-01"

    # On a phone the charts fit the screen.
    desktop.set_viewport_size({"width": 360, "height": 800})
    for index in range(3):
        box = charts.nth(index).bounding_box()
        assert box["width"] <= 360
    assert_accessible(desktop, "insights-phone")
