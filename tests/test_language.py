"""Three languages: the switcher keeps you on the page and remembers your choice."""

from django.urls import reverse

from portal.models import User
from tests.conftest import log_in


def test_switching_keeps_the_page_and_sets_the_direction(client, world):
    page = reverse("programmes:public", kwargs={"programme": world.programme.slug})
    response = client.post(reverse("set_language"), {"language": "ar", "next": page})
    assert response.status_code == 302
    assert response.url == page
    content = client.get(page).content.decode()
    assert '<html lang="ar" dir="rtl"' in content
    client.post(reverse("set_language"), {"language": "en", "next": page})
    assert '<html lang="en" dir="ltr"' in client.get(page).content.decode()


def test_dutch_is_the_default(client, world):
    content = client.get(reverse("home")).content.decode()
    assert '<html lang="nl" dir="ltr"' in content


def test_the_choice_is_stored_on_the_profile_and_follows_the_user(client, world):
    user = world.users["participant"]
    log_in(client, user)
    client.post(reverse("set_language"), {"language": "ar", "next": "/"})
    user.refresh_from_db()
    assert user.language == "ar"
    # Another device, no language cookie: the profile decides.
    other_device = client.__class__()
    log_in(other_device, user)
    home = reverse("participants:home", kwargs={"programme": world.programme.slug})
    assert 'dir="rtl"' in other_device.get(home).content.decode()


def test_an_unknown_language_or_a_foreign_next_url_is_ignored(client, world):
    response = client.post(
        reverse("set_language"), {"language": "xx", "next": "https://evil.example/"}
    )
    assert response.url == "/"
    assert '<html lang="nl"' in client.get("/").content.decode()


def test_translated_programme_texts_follow_the_language(client, world):
    page = reverse("programmes:public", kwargs={"programme": world.programme.slug})
    client.post(reverse("set_language"), {"language": "en", "next": page})
    assert "Programme alpha" in client.get(page).content.decode()
    client.post(reverse("set_language"), {"language": "nl", "next": page})
    assert "Programma alpha" in client.get(page).content.decode()


def test_new_accounts_start_in_the_language_being_read(client, db):
    client.post(reverse("set_language"), {"language": "ar", "next": "/"})
    client.post(
        reverse("account_signup"),
        {
            "email": "new@example.org",
            "password1": "a long enough pass 42",
            "password2": "a long enough pass 42",
        },
    )
    assert User.objects.get(email="new@example.org").language == "ar"
