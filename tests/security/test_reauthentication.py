"""Re-authentication: exports of many people's data and account changes ask again who you are.

allauth asks for the password or an authenticator code (ACCOUNT_REAUTHENTICATION_TIMEOUT,
five minutes); people who log in by code only must have logged in by code that recently
(portal/reauth.py).
"""

import re

import pytest
from django.core import mail
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from django.utils.http import urlencode
from django_scopes import scopes_disabled

from tests.security.test_sessions import LAPTOP, PASSWORD, PHONE, browser


@pytest.fixture
def person(world):
    """A participant who reads English (the page's words are checked)."""
    user = world.users["participant"]
    with scopes_disabled():
        user.language = "en"
        user.save()
    return user


# Re-authentication before exports


def test_the_applications_csv_asks_for_the_password_again_then_downloads(world, time_machine):
    time_machine.move_to(timezone.now(), tick=False)
    coordinator = browser(LAPTOP, world.users["coordinator"])
    export = reverse("participants:intake_export", kwargs={"programme": world.programme.slug})
    response = coordinator.get(export)
    assert response.status_code == 302
    assert response.url.startswith(reverse("account_reauthenticate"))
    response = coordinator.post(response.url, {"password": PASSWORD})
    assert response.status_code == 302
    assert response.url == export
    assert coordinator.get(export)["Content-Type"] == "text/csv; charset=utf-8"
    # Five minutes later it asks again.
    time_machine.shift(301)
    assert coordinator.get(export).status_code == 302


def test_the_municipalitys_bulk_download_asks_for_the_password_again(world):
    officer = browser(LAPTOP, world.users["municipality_officer"])
    response = officer.post(reverse("municipality:new_export"), {"participants": []})
    assert response.status_code == 302
    assert response.url.startswith(reverse("account_reauthenticate"))


# People who log in by code only: a recent code login is their confirmation


def log_in_by_code(client, email):
    client.post(reverse("account_request_login_code"), {"email": email})
    code = re.search(r"^([A-Z0-9]{4}-[A-Z0-9]{4})$", mail.outbox[-1].body, re.M).group(1)
    response = client.post(reverse("account_confirm_login_code"), {"code": code})
    assert response.status_code == 302
    return client


@pytest.fixture
def code_only(person):
    with scopes_disabled():
        person.set_unusable_password()
        person.save()
    return person


def test_a_code_only_user_changes_email_only_soon_after_a_code_login(code_only, time_machine):
    time_machine.move_to(timezone.now(), tick=False)
    phone = log_in_by_code(Client(HTTP_USER_AGENT=PHONE), code_only.email)
    new = {"email": "amina.new@example.org", "action_add": ""}
    response = phone.post(reverse("account_email"), new)
    assert response.status_code == 302
    assert response.url == reverse("account_email_verification_sent")  # the code to the new address

    time_machine.shift(301)
    # The page itself sends them to check it is them first, before they type anything.
    response = phone.get(reverse("account_email"))
    assert response.status_code == 302
    assert response.url == confirm_url(reverse("account_email"))
    response = phone.post(reverse("account_email"), {**new, "email": "someone@example.org"})
    assert response.status_code == 302
    with scopes_disabled():
        assert not code_only.emailaddress_set.filter(email="someone@example.org").exists()

    # A fresh code from the email, and they are back on the page.
    confirm_by_code(phone, reverse("account_email"))
    assert phone.get(reverse("account_email")).status_code == 200


def test_a_code_only_user_sets_up_an_authenticator_only_soon_after_a_code_login(
    code_only, time_machine
):
    time_machine.move_to(timezone.now(), tick=False)
    phone = log_in_by_code(Client(HTTP_USER_AGENT=PHONE), code_only.email)
    assert phone.get(reverse("mfa_activate_totp")).status_code == 200
    time_machine.shift(301)
    response = phone.get(reverse("mfa_activate_totp"))
    assert response.status_code == 302
    assert response.url == confirm_url(reverse("mfa_activate_totp"))
    confirm_by_code(phone, reverse("mfa_activate_totp"))
    assert phone.get(reverse("mfa_activate_totp")).status_code == 200


def confirm_url(next_path):
    return f"{reverse('account_confirm_code')}?{urlencode({'next': next_path})}"


def confirm_by_code(phone, next_path):
    """Ask for a code on *Check that it is you*, type it, and land on ``next_path``."""
    confirm = reverse("account_confirm_code")
    phone.post(confirm, {"action": "send", "next": next_path})
    code = re.search(r"^\s*([A-Z0-9]{4}-[A-Z0-9]{4})\s*$", mail.outbox[-1].body, re.M).group(1)
    wrong = phone.post(confirm, {"action": "check", "code": "WRONG1", "next": next_path})
    assert wrong.status_code == 400
    assert "WRONG1" in wrong.content.decode()  # what they typed stays
    right = phone.post(confirm, {"action": "check", "code": code, "next": next_path})
    assert right.status_code == 302
    assert right.url == next_path


def test_the_code_page_sends_on_only_to_a_page_of_this_site(code_only):
    phone = log_in_by_code(Client(HTTP_USER_AGENT=PHONE), code_only.email)
    confirm = reverse("account_confirm_code")
    for evil in ("https://evil.example/", "//evil.example/", "javascript:alert(1)"):
        page = phone.get(f"{confirm}?{urlencode({'next': evil})}").content.decode()
        nexts = set(re.findall(r'name="next" value="([^"]*)" data-next', page))
        assert nexts == {reverse("home")}, evil
    page = phone.get(f"{confirm}?next=/accounts/email/").content.decode()
    assert set(re.findall(r'name="next" value="([^"]*)" data-next', page)) == {"/accounts/email/"}
