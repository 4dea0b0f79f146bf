"""The platform admin lists the outbox and can send an unknown or failed email again."""

import datetime

import pytest
import time_machine
from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret
from django.urls import reverse
from django_scopes import scopes_disabled

from notifications.models import EmailStatus, EmailType, OutboxEmail
from notifications.outbox import AMSTERDAM
from tests.conftest import log_in
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def platform_admin(db):
    with scopes_disabled():
        user = UserFactory(
            email="platform@example.org", is_staff=True, is_superuser=True, language="en"
        )
        TOTP.activate(user, generate_totp_secret())
        return user


def email_with(status, key):
    return OutboxEmail.objects.create(
        to_email="someone@example.org",
        language="nl",
        subject="Onderwerp",
        body="Tekst",
        type=EmailType.SINGLE,
        status=status,
        attempts=3,
        idempotency_key=key,
    )


@time_machine.travel(datetime.datetime(2026, 11, 23, 23, 0, tzinfo=AMSTERDAM), tick=False)
def test_sending_again_puts_only_failed_and_unknown_emails_back_for_the_morning(
    client, platform_admin
):
    unknown = email_with(EmailStatus.UNKNOWN, "a")
    sent = email_with(EmailStatus.SENT, "b")
    log_in(client, platform_admin)
    url = reverse("admin:notifications_outboxemail_changelist")
    assert client.get(url).status_code == 200
    assert (
        client.get(reverse("admin:notifications_outboxemail_change", args=[unknown.pk])).status_code
        == 200
    )
    response = client.post(
        url, {"action": "send_again", "_selected_action": [unknown.pk, sent.pk]}, follow=True
    )
    assert "1 email will be sent again." in response.content.decode()
    unknown.refresh_from_db()
    sent.refresh_from_db()
    assert (unknown.status, unknown.attempts) == (EmailStatus.PENDING, 0)
    assert unknown.send_after == datetime.datetime(2026, 11, 24, 7, 0, tzinfo=AMSTERDAM)
    assert sent.status == EmailStatus.SENT
