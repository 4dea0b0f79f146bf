"""The email settings page: which kinds also come by email, and the daily digest."""

import pytest
from django.urls import reverse
from django_scopes import scopes_disabled

from notifications.models import NotificationPreference, OutboxEmail
from tests.conftest import log_in
from tests.reminders.notices import (
    EMAIL_KIND,
    INBOX_ONLY_KIND,
    reads_english,
    remind,
    temporary_kinds,
)

pytestmark = pytest.mark.django_db

URL = "/me/notifications/"


@pytest.fixture(autouse=True)
def _kinds():
    with temporary_kinds():
        yield


def preference_of(user):
    with scopes_disabled():
        return NotificationPreference.objects.filter(user=user).first()


def test_the_page_has_its_own_address():
    assert reverse("preferences:edit") == URL


def test_anonymous_visitors_go_to_login(client):
    response = client.get(URL)
    assert response.status_code == 302
    assert response.url.startswith(reverse("account_login"))


def test_by_default_every_kind_comes_by_email_one_by_one(client, world):
    log_in(client, reads_english(world.users["coordinator"]))
    response = client.get(URL)
    content = response.content.decode()
    assert response.status_code == 200
    assert "An appointment (test)" in content
    assert "Something for coordinators (test)" in content
    initial = response.context["form"].initial
    assert {EMAIL_KIND, INBOX_ONLY_KIND} <= set(initial["email_kinds"])
    assert initial["digest"] == "0"
    assert "22:00" in content
    assert "07:00" in content


def test_a_participant_sees_only_the_kinds_for_them(client, world):
    log_in(client, reads_english(world.users["participant"]))
    content = client.get(URL).content.decode()
    assert "An appointment (test)" in content
    assert "Something for coordinators (test)" not in content


def test_choosing_fewer_kinds_and_the_digest_is_saved_and_used(client, world):
    user = reads_english(world.users["coordinator"])
    log_in(client, user)
    response = client.post(URL, {"email_kinds": [INBOX_ONLY_KIND], "digest": "1"}, follow=True)
    assert "Your choices are saved." in response.content.decode()
    preference = preference_of(user)
    assert INBOX_ONLY_KIND in preference.email_kinds
    assert EMAIL_KIND not in preference.email_kinds
    assert preference.digest is True
    assert preference.digest_since is not None


def kinds_shown(client):
    return [code for code, _label in client.get(URL).context["form"].fields["email_kinds"].choices]


def test_turning_the_digest_off_again_sends_single_emails(client, world):
    user = world.users["participant"]
    log_in(client, user)
    every = kinds_shown(client)
    client.post(URL, {"email_kinds": every, "digest": "1"})
    client.post(URL, {"email_kinds": every, "digest": "0"})
    preference = preference_of(user)
    assert (preference.digest, preference.digest_since) == (False, None)
    assert preference.email_kinds is None  # everything, also kinds added later
    remind(world)
    assert OutboxEmail.objects.count() == 1


def test_kinds_not_shown_to_a_person_keep_their_earlier_choice(client, world):
    user = world.users["participant"]
    with scopes_disabled():
        NotificationPreference.objects.create(user=user, email_kinds=[INBOX_ONLY_KIND])
    log_in(client, user)
    client.post(URL, {"email_kinds": [EMAIL_KIND], "digest": "0"})
    assert sorted(preference_of(user).email_kinds) == [EMAIL_KIND, INBOX_ONLY_KIND]


def test_no_kind_at_all_means_no_email(client, world):
    user = world.users["participant"]
    log_in(client, user)
    client.post(URL, {"digest": "0"})
    chosen = preference_of(user).email_kinds
    assert EMAIL_KIND not in chosen
    assert INBOX_ONLY_KIND in chosen  # not shown to a participant: kept as it was
    remind(world)
    from notifications.models import OutboxEmail

    assert not OutboxEmail.objects.exists()


def test_the_header_links_to_the_email_settings(client, world):
    log_in(client, world.users["participant"])
    content = client.get("/alpha/notifications/").content.decode()
    assert f'href="{URL}"' in content
