"""A participant reads on a phone, in Arabic, who looked at their file; a coordinator reads the log."""

import datetime

import pytest
import time_machine
from django_scopes import scopes_disabled

from audit.log import record_system
from audit.models import Action, Result
from tests.browser.test_accessibility import assert_accessible, log_in_with_totp
from tests.browser.test_phone import log_in_by_code

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def write_log(world):
    coordinator = world.users["coordinator"]
    officer = world.users["municipality_officer"]
    with scopes_disabled():
        coordinator.name = "سارة الأحمد"
        coordinator.save(update_fields=["name"])
        common = {"programme": world.programme, "participant": world.participant}
        moments = [datetime.datetime(2026, 3, day, 8, 5, tzinfo=datetime.UTC) for day in (2, 3, 4)]
        with time_machine.travel(moments[0], tick=False):
            record_system(
                Action.VIEWED_FILE,
                **common,
                actor=coordinator,
                role="coordinator",
                organisation="VluchtelingenWerk Leiden",
                detail="languages",
            )
        with time_machine.travel(moments[1], tick=False):
            record_system(
                Action.DOSSIER_DOWNLOADED,
                **common,
                actor=officer,
                role="municipality_officer",
                organisation="Gemeente Alphen aan den Rijn",
                detail="dossier v3 (ar)",
                result=Result.DENIED,
            )
        with time_machine.travel(moments[2], tick=False):
            record_system(
                Action.CONSENT_CHANGED,
                **common,
                actor=world.users["participant"],
                role="participant",
                detail="municipality:yes",
            )


def test_a_participant_reads_who_looked_at_their_file_in_arabic(phone, live_server, worlds):
    world = worlds["a"]
    user = world.users["participant"]
    with scopes_disabled():
        user.language = "ar"
        user.save(update_fields=["language"])
    write_log(world)

    log_in_by_code(phone, live_server, user.email)
    phone.wait_for_url(f"{live_server.url}/alpha/me/")
    phone.locator("a[href='/alpha/me/who-looked/']").first.click()
    phone.wait_for_url(f"{live_server.url}/alpha/me/who-looked/")

    assert phone.locator("html").get_attribute("dir") == "rtl"
    assert phone.get_by_text("سارة الأحمد").is_visible()
    assert phone.get_by_text("Gemeente Alphen aan den Rijn", exact=False).is_visible()
    items = phone.locator("ol.zr-list > li")
    assert items.count() == 3
    # Newest first: the participant's own permission, then the refused download.
    assert "4" in items.nth(0).locator("time").inner_text()
    assert items.nth(1).locator(".zr-alert--warning").is_visible()
    heading = phone.locator("h1").bounding_box()
    assert heading["x"] + heading["width"] > 300
    assert phone.evaluate("document.documentElement.scrollWidth") <= 360
    assert_accessible(phone, "audit-who-looked-ar")


def test_a_coordinator_reads_the_log_of_one_participant(desktop, live_server, worlds):
    world = worlds["a"]
    write_log(world)
    log_in_with_totp(
        desktop, live_server, world.users["coordinator"], world.totp_secrets["coordinator"]
    )
    desktop.wait_for_load_state()
    desktop.goto(f"{live_server.url}/alpha/participants/{world.participant.pk}/")
    desktop.locator(f"a[href='/alpha/audit/?participant={world.participant.pk}']").click()
    desktop.wait_for_load_state()
    # The three entries, and the coordinator opening the participant's page just now.
    assert desktop.locator("tbody tr").count() == 4
    assert_accessible(desktop, "audit-log-participant")
    desktop.goto(f"{live_server.url}/alpha/audit/?action=dossier_downloaded")
    assert desktop.locator("tbody tr").count() == 1
    assert_accessible(desktop, "audit-log-filtered")
