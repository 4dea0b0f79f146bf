"""The coordinator's selection pages in Chromium: axe finds no violations, errors keep the input."""

import datetime

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.conf import settings
from django.test import Client
from django.utils import timezone
from django_scopes import scope, scopes_disabled

from participants.models import Intake
from participants.selection import decide, save_review
from tests.browser import conftest as browser_fixtures
from tests.conftest import log_in
from tests.factories import IntakeFactory
from tests.intake.coordinator import add_criteria, make_organisation, make_reviewer

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

axe = Axe()
screenshot = browser_fixtures.screenshot


def log_in_browser(page, live_server, user):
    """Log in as with a password and a TOTP code, and hand the session to the browser."""
    client = log_in(Client(), user)
    session = client.cookies[settings.SESSION_COOKIE_NAME].value
    page.context.add_cookies(
        [{"name": settings.SESSION_COOKIE_NAME, "value": session, "url": live_server.url}]
    )


def assert_accessible(page, name):
    screenshot(page, name)
    results = axe.run(page)
    assert results.violations_count == 0, results.generate_report()


@pytest.fixture
def selection(worlds):
    """Alpha decides with two organisations; a few applications, scores and an open proposal."""
    world = worlds["a"]
    criteria = add_criteria(
        world, ("Nederlands", 3, 5), ("Motivatie", 2, 5), ("Zorgervaring", 1, 5)
    )
    vwn = make_organisation(world, "VluchtelingenWerk")
    colleague = make_reviewer(world, "fatima@vwn.example", vwn)
    with scopes_disabled():
        world.programme.requires_two_reviewers = True
        world.programme.save()
        IntakeFactory.create_batch(3, programme=world.programme)
        IntakeFactory(programme=world.programme, status=Intake.Status.WAITING_LIST)
    with scope(programme=world.programme):
        save_review(
            world.intake, colleague, "VluchtelingenWerk", {c.pk: 4 for c in criteria}, "Goed."
        )
        decide(
            world.intake,
            "interview",
            "Eerst kennismaken.",
            colleague,
            "VluchtelingenWerk",
            interview_at=timezone.now() + datetime.timedelta(days=3),
            interview_place="Stadhuis",
        )
        decide(world.intake, "accepted", "Sterke kandidaat.", colleague, "VluchtelingenWerk")
    return world


def test_the_queue_and_an_application_have_no_accessibility_violations(
    desktop, live_server, selection
):
    world = selection
    log_in_browser(desktop, live_server, world.users["coordinator"])
    desktop.goto(f"{live_server.url}/alpha/intakes/")
    assert desktop.get_by_text(world.intake.reference).is_visible()
    assert_accessible(desktop, "intake-queue")

    desktop.goto(
        f"{live_server.url}/alpha/intakes/?submitted_from=2026-03-10&submitted_to=2026-03-01"
    )
    assert_accessible(desktop, "intake-queue-error")

    desktop.goto(f"{live_server.url}/alpha/intakes/{world.intake.pk}/")
    assert_accessible(desktop, "intake-detail")

    # An interview in the past: refused, and what was typed is still there.
    desktop.check("input[name=outcome][value=interview]")
    desktop.fill("textarea[name=reason]", "Graag een gesprek.")
    desktop.fill("input[name=interview_at]", "2020-01-06T10:00")
    desktop.fill("input[name=interview_place]", "COA-kantoor")
    desktop.locator("#decision form button[type=submit]").last.click()
    desktop.wait_for_load_state()
    assert desktop.input_value("textarea[name=reason]") == "Graag een gesprek."
    assert desktop.input_value("input[name=interview_place]") == "COA-kantoor"
    assert desktop.is_checked("input[name=outcome][value=interview]")
    assert_accessible(desktop, "intake-detail-error")


def test_an_application_reads_right_to_left_in_arabic(desktop, live_server, selection):
    world = selection
    with scopes_disabled():
        world.users["coordinator"].language = "ar"
        world.users["coordinator"].save()
    log_in_browser(desktop, live_server, world.users["coordinator"])
    desktop.goto(f"{live_server.url}/alpha/intakes/{world.intake.pk}/")
    assert desktop.locator("html").get_attribute("dir") == "rtl"
    assert_accessible(desktop, "intake-detail-ar")
