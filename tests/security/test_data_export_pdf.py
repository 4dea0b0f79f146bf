"""The readable PDF of "All my data", and the emailed code that participants without a
password type before either download."""

import os
import re
import subprocess
import time

import pytest
from django.core import mail
from django.urls import reverse
from django_scopes import scopes_disabled

from audit.models import Action, AuditEntry
from tests.security.test_data_export_world import build_full, reauthenticated, url

pytestmark = pytest.mark.django_db


@pytest.fixture
def full(world, other_world):
    return build_full(world, other_world)


def pdf_text(content: bytes, tmp_path, name="export.pdf") -> str:
    path = tmp_path / name
    path.write_bytes(content)
    if os.environ.get("KEEP_EXPORT_PDF"):  # to look at the pages: pdftoppm -r 60 -png
        (tmp_path.parent / name).write_bytes(content)
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def test_the_pdf_holds_the_key_facts_in_dutch(client, full, tmp_path):
    reauthenticated(client, full.users["participant"])
    response = client.get(url(full, "privacy:my_data_pdf"))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert re.fullmatch(
        r'attachment; filename="zorgroute-alpha-ALP-0001-\d{4}-\d{2}-\d{2}\.pdf"',
        response["Content-Disposition"],
    )
    assert "no-store" in response["Cache-Control"]
    text = pdf_text(response.content, tmp_path, "export-nl.pdf")
    for fact in (
        "Amina",
        "ALP-0001",
        "participant@alpha.example",
        "staff note mine",
        "hidden barrier mine",
        "motivation mine",
        "diploma-mine.pdf",
        "going well mine",
    ):
        assert fact in text, fact
    assert re.search(r"Pagina 1 van \d+", text) or re.search(r"Page 1 of \d+", text)
    for other in ("Zainab", "neighbour", "beta"):
        assert other not in text


def test_the_pdf_is_in_arabic_for_an_arabic_reader(client, full, tmp_path):
    user = full.users["participant"]
    user.language = "ar"
    user.save()
    reauthenticated(client, user)
    response = client.get(url(full, "privacy:my_data_pdf"))
    text = pdf_text(response.content, tmp_path, "export-ar.pdf")
    assert "ALP-0001" in text
    assert "staff note mine" in text
    assert re.search(r"[\u0600-\u06FF]", text)  # Arabic headings and labels


@pytest.fixture
def code_only(full):
    """The participant logs in by emailed code, as in real life: no password."""
    user = full.users["participant"]
    with scopes_disabled():
        user.set_unusable_password()
        user.save()
    return user


def logged_in_by_code(client, user, *, minutes_ago):
    client.force_login(user)
    session = client.session
    session["account_authentication_methods"] = [
        {"method": "code", "at": time.time() - 60 * minutes_ago, "email": user.email}
    ]
    session["account_authentication_methods_user"] = str(user.pk)
    session.save()


def test_just_logged_in_by_code_may_download_at_once(client, full, code_only):
    logged_in_by_code(client, code_only, minutes_ago=1)
    assert client.get(url(full, "privacy:my_data_json")).status_code == 200


def test_an_old_code_login_must_type_a_fresh_code_first(client, full, code_only):
    logged_in_by_code(client, code_only, minutes_ago=30)
    target = url(full, "privacy:my_data_json")
    response = client.get(target)
    confirm = reverse("account_confirm_code")
    assert response.status_code == 302
    assert response.url.startswith(confirm)
    with scopes_disabled():
        assert not AuditEntry.objects.filter(action=Action.DATA_DOWNLOADED).exists()

    client.post(confirm, {"action": "send", "next": target})
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == [code_only.email]
    code = re.search(r"^\s*([A-Z0-9]{4,}(?:-[A-Z0-9]+)*)\s*$", mail.outbox[0].body, re.M).group(1)

    wrong = client.post(confirm, {"action": "check", "code": "WRONG1", "next": target})
    assert wrong.status_code == 400
    assert "WRONG1" in wrong.content.decode()  # what they typed stays
    assert client.get(target).status_code == 302  # still not confirmed

    right = client.post(confirm, {"action": "check", "code": code.lower(), "next": target})
    assert right.status_code == 302
    assert right.url == target
    assert client.get(target).status_code == 200


def test_a_code_is_dropped_after_too_many_wrong_tries(client, full, code_only):
    logged_in_by_code(client, code_only, minutes_ago=30)
    confirm = reverse("account_confirm_code")
    client.post(confirm, {"action": "send"})
    code = re.search(r"^\s*([A-Z0-9]{4,}(?:-[A-Z0-9]+)*)\s*$", mail.outbox[0].body, re.M).group(1)
    for _ in range(3):
        client.post(confirm, {"action": "check", "code": "NOPE00"})
    response = client.post(confirm, {"action": "check", "code": code})
    assert response.status_code == 400
    assert client.get(url(full, "privacy:my_data_json")).status_code == 302
