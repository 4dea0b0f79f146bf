"""Downloads: a safe file name in Content-Disposition, always an attachment, never sniffed."""

from pathlib import Path
from urllib.parse import quote

import pytest
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django_scopes import scopes_disabled

from participants.models import Intake, IntakeDocument
from tests.conftest import MINIMAL_PDF
from tests.intake.coordinator import intake_url, log_in_in_english
from tests.security.uploading import (
    add_diploma,
    documents,
    png,
    start_applying,
)


@pytest.fixture
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "private-media"
    return settings.MEDIA_ROOT


@pytest.fixture
def applicant(client, world, media):
    return start_applying(client, world)


@pytest.fixture
def coordinator(client, world):
    return log_in_in_english(client, world.users["coordinator"])


# Downloads ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("original_name", "content_type", "expected"),
    [
        ("../../etc/passwd", "application/pdf", 'attachment; filename="passwd.pdf"'),
        (
            'evil"\r\nX-Injected: 1.pdf',
            "application/pdf",
            'attachment; filename="evil_X-Injected_ 1.pdf"',
        ),
        ("\u202efdp.exe", "application/pdf", 'attachment; filename="fdp.pdf"'),
        ("..\\..\\windows\\win.ini", "image/png", 'attachment; filename="win.png"'),
        (
            "شهادة التمريض.pdf",
            "application/pdf",
            "attachment; filename=\"document.pdf\"; filename*=UTF-8''"
            + quote("شهادة التمريض.pdf", safe=""),
        ),
        ("scan.exe", "image/jpeg", 'attachment; filename="scan.jpg"'),
        ("a" * 190 + ".pdf", "application/pdf", f'attachment; filename="{"a" * 100}.pdf"'),
    ],
    ids=["path", "header-injection", "rtl-override", "windows-path", "arabic", "wrong-ext", "long"],
)
def test_a_download_carries_a_safe_name(
    client, world, media, coordinator, original_name, content_type, expected
):
    with scopes_disabled():
        document = IntakeDocument.objects.create(
            programme=world.programme,
            intake=world.intake,
            file=ContentFile(MINIMAL_PDF, name="x"),
            original_name=original_name,
            content_type=content_type,
            size=len(MINIMAL_PDF),
        )
    response = client.get(intake_url("document", world.intake, document=document.pk))
    assert response.status_code == 200
    header = response["Content-Disposition"]
    assert header == expected
    for unsafe in ("\r", "\n", "\u202e", "/", "\\"):
        assert unsafe not in header
    assert "X-Injected" not in response.headers  # no header was smuggled in
    assert response["X-Content-Type-Options"] == "nosniff"
    assert "no-store" in response["Cache-Control"]
    assert response["Content-Type"] == content_type


def test_a_stored_file_of_an_unexpected_type_downloads_as_plain_bytes(
    client, world, media, coordinator
):
    with scopes_disabled():
        document = IntakeDocument.objects.create(
            programme=world.programme,
            intake=world.intake,
            file=ContentFile(b"<script>alert(1)</script>", name="x"),
            original_name="page.html",
            content_type="text/html",
            size=25,
        )
    response = client.get(intake_url("document", world.intake, document=document.pk))
    assert response["Content-Type"] == "application/octet-stream"
    assert response["Content-Disposition"] == 'attachment; filename="page.bin"'


def test_an_arabic_file_name_survives_from_upload_to_download(client, world, applicant):
    add_diploma(client, world, SimpleUploadedFile("شهادة.png", png()))
    with scopes_disabled():
        Intake.objects.filter(applicant=applicant).update(status=Intake.Status.SUBMITTED)
    [document] = documents(world, applicant)
    reviewer = log_in_in_english(Client(), world.users["coordinator"])
    response = reviewer.get(intake_url("document", document.intake, document=document.pk))
    assert response["Content-Disposition"] == (
        "attachment; filename=\"document.png\"; filename*=UTF-8''" + quote("شهادة.png")
    )


def test_every_file_download_goes_through_the_one_safe_helper():
    root = Path(__file__).resolve().parents[2]
    skip = {".venv", ".git", "tests", "bench", "staticfiles", "static", "locale", "node_modules"}
    offenders = []
    for folder in root.iterdir():
        if not folder.is_dir() or folder.name in skip or folder.is_symlink():
            continue
        for path in folder.rglob("*.py"):
            text = path.read_text(encoding="utf-8")
            if path.name != "downloads.py" and (
                "FileResponse(" in text or "Content-Disposition" in text
            ):
                offenders.append(str(path.relative_to(root)))
    assert offenders == []
