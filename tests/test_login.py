"""Login through allauth: by code for participants, password plus TOTP for staff."""

import re
import time

from allauth.mfa.totp.internal.auth import format_hotp_value, hotp_value
from django.core import mail
from django.urls import reverse


def current_code(secret):
    return format_hotp_value(hotp_value(secret, int(time.time()) // 30))


def test_a_participant_logs_in_by_code_without_a_password(client, world):
    email = world.users["participant"].email
    response = client.post(reverse("account_request_login_code"), {"email": email})
    assert response.status_code == 302
    code = re.search(r"^([A-Z0-9]{4}-[A-Z0-9]{4})$", mail.outbox[-1].body, re.M).group(1)
    response = client.post(reverse("account_confirm_login_code"), {"code": code}, follow=True)
    assert response.redirect_chain[-1][0] == reverse(
        "participants:home", kwargs={"programme": "alpha"}
    )
    assert response.status_code == 200


def test_an_unknown_email_looks_the_same_as_a_known_one(client, world):
    known = client.post(
        reverse("account_request_login_code"), {"email": world.users["participant"].email}
    )
    unknown = client.post(reverse("account_request_login_code"), {"email": "nobody@example.org"})
    assert known.status_code == unknown.status_code == 302
    assert known.url == unknown.url


def test_staff_log_in_with_password_and_then_a_totp_code(client, world):
    coordinator = world.users["coordinator"]
    response = client.post(
        reverse("account_login"), {"login": coordinator.email, "password": "correct horse battery"}
    )
    assert response.url == reverse("mfa_authenticate")
    # Without the second factor no participant data is shown.
    listing = reverse("participants:list", kwargs={"programme": "alpha"})
    assert client.get(listing).status_code == 302
    response = client.post(
        reverse("mfa_authenticate"), {"code": current_code(world.totp_secrets["coordinator"])}
    )
    assert response.status_code == 302
    assert client.get(listing).status_code == 200


def test_a_wrong_totp_code_is_refused(client, world):
    coordinator = world.users["coordinator"]
    client.post(
        reverse("account_login"), {"login": coordinator.email, "password": "correct horse battery"}
    )
    response = client.post(reverse("mfa_authenticate"), {"code": "000000"})
    assert response.status_code == 200
    assert response.context["form"].errors


def test_the_admin_login_goes_through_allauth(client, db):
    response = client.get(reverse("admin:login"))
    assert response.status_code == 302
    assert response.url.startswith(reverse("account_login"))


def test_the_code_mail_names_zorgroute_in_the_readers_language(client, world):
    client.post(reverse("set_language"), {"language": "en", "next": "/"})
    client.post(reverse("account_request_login_code"), {"email": world.users["participant"].email})
    message = mail.outbox[-1]
    assert message.subject.startswith("Zorgroute: ")
    assert "Zorgroute" in message.body
    assert "testserver" not in message.body.splitlines()[0]
