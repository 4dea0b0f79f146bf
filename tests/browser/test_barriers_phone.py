"""A participant reads on a phone, in Arabic, what is in the way, the next step and who helps."""

import pytest
from django.utils import timezone
from django_scopes import scope, scopes_disabled

from barriers import lifecycle
from barriers.catalogue import install_standard_barriers
from barriers.models import ParticipantBarrier
from tests.browser.test_accessibility import assert_accessible, log_in_with_totp
from tests.browser.test_phone import log_in_by_code

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

Status = ParticipantBarrier.Status


def test_a_participant_reads_the_barriers_in_arabic_right_to_left(phone, live_server, worlds):
    world = worlds["a"]
    user = world.users["participant"]
    coordinator = world.users["coordinator"]
    with scopes_disabled():
        user.language = "ar"
        user.save(update_fields=["language"])
    with scope(programme=world.programme):
        types = {t.code: t for t in install_standard_barriers(world.programme)}
        financial = lifecycle.identify(
            world.participant,
            types["financial"],
            "Kan de diplomawaardering niet betalen.",
            coordinator,
            owner=coordinator,
            due_on=timezone.localdate(),
            next_step="احضر رسالة الإعانة إلى الموعد مع المنسّق.",
        )
        lifecycle.add_action(financial, "Vergoeding aangevraagd", coordinator)
        solved = lifecycle.identify(
            world.participant, types["information"], "Vond geen informatie.", coordinator
        )
        lifecycle.change_status(solved, Status.RESOLVED, coordinator)

    log_in_by_code(phone, live_server, user.email)
    phone.wait_for_url(f"{live_server.url}/alpha/me/")
    phone.goto(f"{live_server.url}/alpha/me/barriers/")

    assert phone.locator("html").get_attribute("dir") == "rtl"
    assert phone.locator("html").get_attribute("lang") == "ar"
    assert phone.get_by_role("heading", name="العوائق المالية").is_visible()
    assert phone.get_by_text("احضر رسالة الإعانة إلى الموعد مع المنسّق.").is_visible()
    assert phone.get_by_role("link", name=coordinator.email).first.is_visible()
    # Solved barriers are folded away until opened.
    assert not phone.get_by_text("صعوبة العثور على المعلومات").is_visible()
    heading = phone.locator("h1").bounding_box()
    assert heading["x"] + heading["width"] > 300
    assert phone.evaluate("document.documentElement.scrollWidth") <= 360
    assert_accessible(phone, "barriers-mine-ar")

    phone.locator("summary").click()
    assert phone.get_by_text("صعوبة العثور على المعلومات").is_visible()
    assert_accessible(phone, "barriers-mine-ar-solved")


def test_a_coordinator_works_on_a_barrier_on_a_phone(phone, live_server, worlds):
    world = worlds["a"]
    with scope(programme=world.programme):
        install_standard_barriers(world.programme)
    log_in_with_totp(
        phone, live_server, world.users["coordinator"], world.totp_secrets["coordinator"]
    )
    phone.wait_for_load_state()
    base = f"{live_server.url}/alpha/participants/{world.participant.pk}/barriers/"
    phone.goto(base)
    assert_accessible(phone, "barriers-participant")
    phone.locator("#identify form button[type=submit]").click()  # empty: errors shown
    phone.wait_for_load_state()
    assert_accessible(phone, "barriers-participant-errors")
    phone.goto(f"{base}{world.participant_barrier.pk}/")
    phone.locator("#status form button[type=submit]").click()  # no status chosen
    phone.wait_for_load_state()
    assert phone.locator(".utrecht-form-field-error-message").count() == 1
    assert_accessible(phone, "barriers-detail-errors")
    phone.goto(f"{live_server.url}/alpha/barriers/")
    assert_accessible(phone, "barriers-catalogue")
    assert phone.evaluate("document.documentElement.scrollWidth") <= 360
