"""An admin publishes a new consent text on a desktop; the participant reads it on a phone in Arabic."""

import pytest
from django_scopes import scope, scopes_disabled

from participants.consent import answer
from participants.models import ConsentText
from programmes.demo.consent import TEXTS
from tests.browser.test_accessibility import assert_accessible, log_in_with_totp
from tests.browser.test_phone import log_in_by_code

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_a_new_version_is_published_and_the_participant_is_asked_again(
    desktop, phone, live_server, worlds
):
    world = worlds["a"]
    participant = world.users["participant"]
    with scopes_disabled():
        for purpose, texts in TEXTS.items():
            ConsentText.objects.create(
                programme=world.programme,
                purpose=purpose,
                version=1,
                **{f"text_{language}": text for language, text in texts.items()},
            )
        participant.language = "ar"
        participant.save(update_fields=["language"])
    with scope(programme=world.programme):
        answer(world.participant, "municipality", True, by=participant)

    log_in_with_totp(desktop, live_server, world.users["admin"], world.totp_secrets["admin"])
    desktop.wait_for_load_state()
    desktop.goto(f"{live_server.url}/alpha/settings/")
    desktop.locator("a[href='/alpha/settings/consent/']").click()
    desktop.wait_for_url("**/alpha/settings/consent/")
    assert_accessible(desktop, "consent-texts")

    desktop.goto(f"{live_server.url}/alpha/settings/consent/municipality/new/")
    assert desktop.locator("textarea[name=text_ar]").input_value() == TEXTS["municipality"]["ar"]
    desktop.fill(
        "textarea[name=text_nl]", TEXTS["municipality"]["nl"] + " Je kunt altijd nee zeggen."
    )
    desktop.fill("textarea[name=text_ar]", "")
    desktop.locator("main form button[type=submit]").click()
    desktop.wait_for_load_state()
    assert desktop.locator(".utrecht-form-field-error-message").count() == 1
    assert "Je kunt altijd nee zeggen." in desktop.locator("textarea[name=text_nl]").input_value()
    assert_accessible(desktop, "consent-text-new-errors")

    desktop.fill("textarea[name=text_ar]", TEXTS["municipality"]["ar"] + " يمكنك دائمًا أن تقول لا.")
    desktop.locator("main form button[type=submit]").click()
    desktop.wait_for_url("**/alpha/settings/consent/")
    desktop.locator("#purpose-municipality ~ details summary").click()
    assert_accessible(desktop, "consent-texts-v2")

    log_in_by_code(phone, live_server, participant.email)
    phone.wait_for_url(f"{live_server.url}/alpha/me/")
    phone.goto(f"{live_server.url}/alpha/me/permissions/")
    assert phone.locator("html").get_attribute("dir") == "rtl"
    assert phone.get_by_text("يمكنك دائمًا أن تقول لا.").is_visible()
    card = phone.locator(".zr-card").filter(has=phone.locator("#purpose-municipality"))
    assert card.locator(".zr-alert--warning").is_visible()
    assert card.locator("button[value=yes]").is_visible()
    assert phone.evaluate("document.documentElement.scrollWidth") <= 360
    assert_accessible(phone, "consent-renewal-ar")
