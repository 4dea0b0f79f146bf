"""On a phone, the participant adds a barrier to their dossier and takes it out again."""

import pytest
from django_scopes import scopes_disabled

from barriers.models import ParticipantBarrier
from tests.browser.test_accessibility import assert_accessible
from tests.browser.test_phone import log_in_by_code

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def in_dossier(barrier):
    with scopes_disabled():
        return ParticipantBarrier.objects.get(pk=barrier.pk).in_dossier


def test_a_participant_shares_a_barrier_in_the_dossier_and_takes_it_back(
    phone, live_server, worlds
):
    world = worlds["a"]
    user = world.users["participant"]
    with scopes_disabled():
        user.language = "en"
        user.save(update_fields=["language"])
    log_in_by_code(phone, live_server, user.email)
    phone.wait_for_url(f"{live_server.url}/alpha/me/")
    phone.goto(f"{live_server.url}/alpha/me/barriers/")

    assert phone.get_by_text("You choose what goes into your skills dossier.").is_visible()
    assert phone.get_by_text("This is not in your dossier.").is_visible()
    assert_accessible(phone, "barriers-dossier-choice-en")

    phone.get_by_role("button", name="Add it to my dossier").click()
    phone.wait_for_load_state()
    assert phone.get_by_text("“Learning Dutch” is now in your dossier.").is_visible()
    assert phone.get_by_text("This is in your dossier.").is_visible()
    assert in_dossier(world.participant_barrier) is True
    assert phone.evaluate("document.documentElement.scrollWidth") <= 360
    assert_accessible(phone, "barriers-dossier-choice-shared-en")

    phone.get_by_role("button", name="Take it out of my dossier").click()
    phone.wait_for_load_state()
    assert phone.get_by_text("This is not in your dossier.").is_visible()
    assert in_dossier(world.participant_barrier) is False
