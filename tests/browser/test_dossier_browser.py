"""The dossier in a browser: a participant on a phone in Arabic, a municipality officer on a desktop."""

import io
import zipfile
from pathlib import Path

import pytest
from django_scopes import scopes_disabled

from tests.browser.conftest import screenshot
from tests.browser.test_accessibility import assert_accessible, log_in_with_totp
from tests.browser.test_phone import log_in_by_code
from tests.dossier.conftest import consent_to_municipality

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture(autouse=True)
def _private_media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


def test_a_participant_makes_their_dossier_in_arabic_on_a_phone(phone, live_server, worlds):
    world = worlds["a"]
    user = world.users["participant"]
    with scopes_disabled():
        user.language = "ar"
        user.save(update_fields=["language"])
    log_in_by_code(phone, live_server, user.email)
    phone.wait_for_url(f"{live_server.url}/alpha/me/")
    phone.locator("a[href='/alpha/me/dossier/']").first.click()
    phone.wait_for_url(f"{live_server.url}/alpha/me/dossier/")
    assert phone.locator("html").get_attribute("dir") == "rtl"
    assert phone.locator("input[name=language][value=ar]").is_checked()  # their own language
    assert_accessible(phone, "dossier-mine-ar")

    phone.locator("main form button[type=submit]").click()
    phone.wait_for_load_state()
    link = phone.locator("a[download]").last  # the cards follow nl, en, ar
    assert link.is_visible()
    assert phone.evaluate("document.documentElement.scrollWidth") <= 360
    assert_accessible(phone, "dossier-mine-ar-ready")
    with phone.expect_download() as download:
        link.click()
    assert download.value.suggested_filename.endswith("-ar.pdf")
    assert Path(download.value.path()).read_bytes()[:4] == b"%PDF"


def test_an_officer_exports_dossiers_of_two_programmes(desktop, live_server, worlds):
    alpha, beta = worlds["a"], worlds["b"]
    with scopes_disabled():
        beta.participant.municipality = alpha.municipality  # moved to Alphen
        beta.participant.save()
    consent_to_municipality(alpha.participant)
    consent_to_municipality(beta.participant)
    officer = alpha.users["municipality_officer"]
    secret = alpha.totp_secrets["municipality_officer"]
    log_in_with_totp(desktop, live_server, officer, secret)
    desktop.wait_for_url(f"{live_server.url}/municipality/")
    rows = desktop.locator("tbody tr")
    assert rows.count() == 2
    assert_accessible(desktop, "municipality-list")

    desktop.locator("input[name=participants]").nth(0).check()
    desktop.locator("input[name=participants]").nth(1).check()
    desktop.locator("form[action='/municipality/exports/'] > p > button[type=submit]").click()
    # An export asks for the password again, then carries on with the same choice.
    desktop.wait_for_url("**/reauthenticate/**")
    desktop.fill("input[name=password]", "correct horse battery")
    desktop.locator("main form button[type=submit]").first.click()
    desktop.wait_for_url("**/municipality/exports/*/")
    assert desktop.locator("progress").get_attribute("value") == "100"
    screenshot(desktop, "municipality-export")
    assert_accessible(desktop, "municipality-export")
    with desktop.expect_download() as download:
        desktop.locator("a[download]").click()
    with zipfile.ZipFile(io.BytesIO(Path(download.value.path()).read_bytes())) as archive:
        assert len([n for n in archive.namelist() if n.endswith(".pdf")]) == 2
