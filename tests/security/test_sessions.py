"""Sessions: a user sees and ends their logins; account changes end the other ones.

Two browsers of one person are two test clients with their own cookies and User-Agent.
"Logged out" means what the person sees: the next page sends them to the login page,
and the session no longer exists on the server.
"""

import re

import pytest
from allauth.mfa.models import Authenticator
from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret
from allauth.usersessions.models import UserSession
from django.conf import settings
from django.contrib.sessions.models import Session
from django.core import mail
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation
from django_scopes import scopes_disabled

from portal.devices import describe
from tests.conftest import log_in, reauthenticate
from tests.factories import UserFactory
from tests.test_login import current_code

PASSWORD = "correct horse battery"
PHONE = (
    "Mozilla/5.0 (Linux; Android 13; SM-A135F) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/120.0.0.0 Mobile Safari/537.36"
)
LAPTOP = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:121.0) Gecko/20100101 Firefox/121.0"
IPHONE = (
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_1 like Mac OS X) AppleWebKit/605.1.15 "
    "(KHTML, like Gecko) Version/17.1 Mobile/15E148 Safari/604.1"
)
SESSIONS = reverse("account_sessions:list")


@pytest.fixture
def person(world):
    """A participant who reads English (the page's words are checked), with a password."""
    user = world.users["participant"]
    with scopes_disabled():
        user.language = "en"
        user.save()
    return user


def browser(user_agent, user=None):
    client = Client(HTTP_USER_AGENT=user_agent)
    return log_in(client, user) if user is not None else client


def logged_out(client) -> bool:
    response = client.get(SESSIONS)
    return response.status_code == 302 and response.url.startswith(reverse("account_login"))


def session_exists(client) -> bool:
    return Session.objects.filter(session_key=client.session.session_key).exists()


def row_of(client) -> UserSession:
    return UserSession.objects.get(session_key=client.session.session_key)


# The page


def test_the_page_lists_each_device_in_plain_words_and_marks_this_one(person):
    phone, _laptop = browser(PHONE, person), browser(LAPTOP, person)
    response = phone.get(SESSIONS)
    assert response.status_code == 200
    content = response.content.decode()
    assert [(row["device"], row["current"]) for row in response.context["rows"]] == [
        ("Chrome on Android", True),  # this device first
        ("Firefox on Windows", False),
    ]
    assert content.count("This device") == 1
    assert "127.0.0.1" in content
    assert "Log out all other devices" in content
    assert PHONE not in content  # no raw header


def test_alone_there_is_nothing_else_to_log_out(person):
    phone = browser(PHONE, person)
    content = phone.get(SESSIONS).content.decode()
    assert "You are not logged in anywhere else." in content
    assert reverse("account_sessions:end_others") not in content


def test_the_account_menu_links_to_the_page(person):
    phone = browser(PHONE, person)
    assert f'href="{SESSIONS}"' in phone.get(reverse("home")).content.decode()


def test_anonymous_visitors_go_to_login(client, db):
    assert logged_out(client)
    response = client.post(reverse("account_sessions:end_others"))
    assert response.status_code == 302
    assert response.url.startswith(reverse("account_login"))


def test_the_page_runs_as_many_queries_for_two_devices_as_for_five(person):
    phone = browser(PHONE, person)
    browser(LAPTOP, person)

    def count():
        with CaptureQueriesContext(connection) as queries:
            assert phone.get(SESSIONS).status_code == 200
        return len(queries), "\n".join(query["sql"] for query in queries.captured_queries)

    few, _sql = count()
    for _ in range(3):
        browser(IPHONE, person)
    many, sql = count()
    # session, user, rows of ended sessions deleted, the user's rows.
    assert few == many == 4, sql


def test_a_session_that_ended_elsewhere_is_not_listed(person):
    phone, laptop = browser(PHONE, person), browser(LAPTOP, person)
    Session.objects.filter(session_key=laptop.session.session_key).delete()  # e.g. it expired
    rows = phone.get(SESSIONS).context["rows"]
    assert [row["device"] for row in rows] == ["Chrome on Android"]


# Ending sessions from the page


def test_ending_the_other_device_logs_it_out(person):
    phone, laptop = browser(PHONE, person), browser(LAPTOP, person)
    response = phone.post(reverse("account_sessions:end", kwargs={"pk": row_of(laptop).pk}))
    assert response.status_code == 302
    assert response.url == SESSIONS
    assert "That device is logged out." in phone.get(SESSIONS).content.decode()
    assert logged_out(laptop)
    assert not session_exists(laptop)
    assert not logged_out(phone)


def test_log_out_all_other_devices(person):
    phone, laptop, iphone = browser(PHONE, person), browser(LAPTOP, person), browser(IPHONE, person)
    phone.post(reverse("account_sessions:end_others"))
    assert logged_out(laptop)
    assert logged_out(iphone)
    assert not logged_out(phone)
    assert UserSession.objects.filter(user=person).count() == 1


def test_ending_this_device_is_logging_out(person):
    phone = browser(PHONE, person)
    response = phone.post(reverse("account_sessions:end", kwargs={"pk": row_of(phone).pk}))
    assert response.url == reverse("account_logout")


def test_someone_else_cannot_end_my_session(person, world):
    mine = browser(PHONE, person)
    other = browser(LAPTOP, world.users["coordinator"])
    my_row = row_of(mine)
    response = other.post(reverse("account_sessions:end", kwargs={"pk": my_row.pk}))
    assert response.status_code == 404
    assert not logged_out(mine)
    assert session_exists(mine)
    # "Log out all other devices" only reaches the user's own devices.
    other.post(reverse("account_sessions:end_others"))
    assert not logged_out(mine)


def test_ending_takes_a_post(person):
    phone, laptop = browser(PHONE, person), browser(LAPTOP, person)
    url = reverse("account_sessions:end", kwargs={"pk": row_of(laptop).pk})
    assert phone.get(url).status_code == 405
    assert phone.get(reverse("account_sessions:end_others")).status_code == 405
    assert not logged_out(laptop)


# What ends sessions by itself


def test_logging_out_deletes_the_session_on_the_server(person):
    phone = browser(PHONE, person)
    old_key = phone.session.session_key
    phone.post(reverse("account_logout"))
    assert not Session.objects.filter(session_key=old_key).exists()
    assert not UserSession.objects.filter(session_key=old_key).exists()
    # A copy of the old cookie (a stolen one) opens nothing.
    thief = Client()
    thief.cookies["sessionid"] = old_key
    assert logged_out(thief)


def test_deactivating_an_account_ends_every_session(person):
    phone, laptop = browser(PHONE, person), browser(LAPTOP, person)
    with scopes_disabled():
        person.is_active = False
        person.save()
    assert not session_exists(phone)
    assert not session_exists(laptop)
    assert logged_out(phone)
    assert logged_out(laptop)
    assert not UserSession.objects.filter(user=person).exists()


def test_a_platform_admin_deactivating_someone_ends_their_sessions(person):
    phone = browser(PHONE, person)
    with scopes_disabled():
        admin = UserFactory(email="platform@example.org", is_staff=True, is_superuser=True)
        TOTP.activate(admin, generate_totp_secret())
    desk = log_in(Client(), admin)
    url = reverse("admin:portal_user_change", args=[person.pk])
    # The admin's form without "active" ticked.
    response = desk.post(url, {"email": person.email, "name": person.name, "language": "en"})
    assert response.status_code == 302, response.content.decode()[:2000]
    assert not session_exists(phone)
    assert logged_out(phone)


def test_saving_an_active_user_ends_nothing(person):
    phone = browser(PHONE, person)
    with scopes_disabled():
        person.name = "Amina Y."
        person.save()
    assert not logged_out(phone)


def test_changing_the_password_ends_the_other_sessions_but_not_this_one(person):
    phone, laptop = browser(PHONE, person), browser(LAPTOP, person)
    response = phone.post(
        reverse("account_change_password"),
        {
            "oldpassword": PASSWORD,
            "password1": "a new long passphrase",
            "password2": "a new long passphrase",
        },
    )
    assert response.status_code == 302
    assert not session_exists(laptop)  # gone on the server, not only refused later
    assert logged_out(laptop)
    assert not logged_out(phone)
    # And a mail says so, in case it was not them.
    assert mail.outbox[-1].to == [person.email]


def test_resetting_the_password_ends_every_session(person):
    phone, laptop = browser(PHONE, person), browser(LAPTOP, person)
    stranger = Client()  # the reset is done from a browser that is not logged in
    stranger.post(reverse("account_reset_password"), {"email": person.email})
    link = re.search(r"https?://[^/\s]+(/accounts/password/reset/key/\S+)", mail.outbox[-1].body)
    form = stranger.get(link.group(1))
    response = stranger.post(
        form.url, {"password1": "a new long passphrase", "password2": "a new long passphrase"}
    )
    assert response.status_code == 302
    assert logged_out(phone)
    assert logged_out(laptop)
    assert not session_exists(phone)
    assert not session_exists(laptop)


# allauth signals "authenticator added" when the transaction commits, as in production.
@pytest.mark.django_db(transaction=True)
def test_adding_and_removing_an_authenticator_ends_the_other_sessions(person):
    phone, laptop = browser(PHONE, person), browser(LAPTOP, person)
    reauthenticate(phone)
    phone.get(reverse("mfa_activate_totp"))
    secret = phone.session["mfa.totp.secret"]
    response = phone.post(reverse("mfa_activate_totp"), {"code": current_code(secret)})
    assert response.status_code == 302
    assert Authenticator.objects.filter(user=person, type="totp").exists()
    assert logged_out(laptop)
    assert not logged_out(phone)

    laptop = browser(LAPTOP, person)
    reauthenticate(phone)
    response = phone.post(reverse("mfa_deactivate_totp"))
    assert response.status_code == 302
    assert not Authenticator.objects.filter(user=person, type="totp").exists()
    assert logged_out(laptop)
    assert not logged_out(phone)


def test_setting_up_an_authenticator_asks_for_the_password_again(person):
    phone = browser(PHONE, person)
    response = phone.get(reverse("mfa_activate_totp"))
    assert response.status_code == 302
    assert response.url.startswith(reverse("account_reauthenticate"))


def test_adding_an_email_address_asks_for_the_password_again_then_ends_the_others(person):
    phone, laptop = browser(PHONE, person), browser(LAPTOP, person)
    new = {"email": "amina.new@example.org", "action_add": ""}
    response = phone.post(reverse("account_email"), new)
    assert response.status_code == 302
    assert response.url.startswith(reverse("account_reauthenticate"))
    assert not person.emailaddress_set.filter(email=new["email"]).exists()
    assert not logged_out(laptop)

    # The password again, then allauth goes on with the change that waited: a code
    # to the new address, which the person types in.
    response = phone.post(response.url, {"password": PASSWORD})
    assert not logged_out(laptop)
    code = re.search(r"^\s*([A-Z0-9-]{6,})\s*$", mail.outbox[-1].body, re.M).group(1)
    response = phone.post(reverse("account_email_verification_sent"), {"code": code})
    assert person.emailaddress_set.filter(email=new["email"], verified=True).exists()
    assert logged_out(laptop)
    assert not logged_out(phone)


def test_removing_an_email_address_ends_the_other_sessions(person):
    person.emailaddress_set.create(email="amina.old@example.org", verified=True, primary=False)
    phone, laptop = browser(PHONE, person), browser(LAPTOP, person)
    reauthenticate(phone)
    phone.post(reverse("account_email"), {"email": "amina.old@example.org", "action_remove": ""})
    assert not person.emailaddress_set.filter(email="amina.old@example.org").exists()
    assert logged_out(laptop)
    assert not logged_out(phone)


# Activity


def test_activity_is_written_once_per_period_not_on_every_page(person, settings):
    phone = Client(HTTP_USER_AGENT=PHONE)
    phone.force_login(person)  # a login outside allauth: no row yet
    phone.get(reverse("home"))
    row = row_of(phone)
    assert row.user_agent == PHONE
    with CaptureQueriesContext(connection) as queries:
        phone.get(reverse("home"))
    assert not [q for q in queries.captured_queries if "usersessions" in q["sql"]]
    # Once the period has passed, the next page writes where the session is now.
    settings.USERSESSIONS_ACTIVITY_SECONDS = 0
    phone.get(reverse("home"), REMOTE_ADDR="192.0.2.7")
    row.refresh_from_db()
    assert row.ip == "192.0.2.7"


def test_login_through_allauth_records_the_device(world):
    phone = Client(HTTP_USER_AGENT=IPHONE)
    coordinator = world.users["coordinator"]
    phone.post(reverse("account_login"), {"login": coordinator.email, "password": PASSWORD})
    phone.post(
        reverse("mfa_authenticate"), {"code": current_code(world.totp_secrets["coordinator"])}
    )
    rows = phone.get(SESSIONS).context["rows"]
    # The coordinator reads Dutch: "Safari on iPhone".
    assert [(row["device"], row["current"]) for row in rows] == [("Safari op iPhone", True)]


@pytest.mark.parametrize(
    ("user_agent", "words"),
    [
        (PHONE, "Chrome on Android"),
        (LAPTOP, "Firefox on Windows"),
        (IPHONE, "Safari on iPhone"),
        ("Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) Edg/120.0 Chrome/120.0", "Edge on Mac"),
        ("curl/8.0", "Unknown device"),
        ("", "Unknown device"),
    ],
)
def test_devices_are_named_in_plain_words(user_agent, words):
    with translation.override("en"):
        assert describe(user_agent) == words


@pytest.mark.django_db
def test_a_login_is_never_remembered_after_the_browser_closes(client, world):
    page = client.get(reverse("account_login")).content.decode()
    assert 'name="remember"' not in page  # no "Remember me" box to tick on a shared phone
    coordinator = world.users["coordinator"]
    # Even a hand-made "remember" field is not followed.
    client.post(
        reverse("account_login"),
        {"login": coordinator.email, "password": PASSWORD, "remember": "on"},
    )
    cookie = client.cookies[settings.SESSION_COOKIE_NAME]
    assert cookie["max-age"] == ""  # a browser-session cookie: gone when the browser closes
    assert cookie["expires"] == ""
