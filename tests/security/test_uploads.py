"""Uploads: size, real type, pictures saved again, PDFs checked, virus scan, safe downloads.

Through the applicant's education step (where a diploma scan is added) and the
reviewer's document download, on PostgreSQL as the app role.
"""

import io
import logging
import struct
import zlib
from pathlib import Path
from urllib.parse import quote

import pytest
from django.conf import settings as django_settings
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.files.uploadhandler import TemporaryFileUploadHandler
from django.test import Client
from django.urls import reverse
from django_scopes import scope, scopes_disabled
from PIL import Image

from participants.models import Intake, IntakeDocument
from portal import virus_scan
from tests.conftest import MINIMAL_PDF, log_in
from tests.factories import UserFactory
from tests.intake.applicant import step_url
from tests.intake.coordinator import intake_url, log_in_in_english
from tests.security.clamd_server import EICAR, FakeClamd, closed_port

GPS = {1: "N", 2: (52.0, 9.0, 30.0), 3: "E", 4: (4.0, 29.0, 10.0)}  # Leiden


@pytest.fixture
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "private-media"
    return settings.MEDIA_ROOT


@pytest.fixture
def coordinator(client, world):
    return log_in_in_english(client, world.users["coordinator"])


@pytest.fixture
def applicant(client, world, media):
    with scopes_disabled():
        user = UserFactory(email="yasmin@example.org")
    log_in(client, user)
    client.post(reverse("set_language"), {"language": "en", "next": "/"})
    client.get(reverse("participants:apply", kwargs={"programme": world.programme.slug}))
    return user


def add_diploma(client, world, upload):
    return client.post(
        step_url(world.programme, "education"),
        {
            "education_level": "higher",
            "diploma_country": "SY",
            "diploma_level": "Bachelor",
            "diploma_field": "Nursing",
            "diploma_year": "2015",
            "diploma_file": upload,
            "add_diploma": "1",
        },
    )


def documents(world, user):
    with scope(programme=world.programme):
        return list(
            IntakeDocument.objects.filter(intake__applicant=user).select_related(
                "intake__programme"
            )
        )


def refused(response, message):
    """The step is shown again with the message and what the person typed."""
    assert response.status_code == 200
    page = response.content.decode()
    assert message in page
    assert 'value="Nursing"' in page
    assert 'value="Bachelor"' in page
    return page


def jpeg_with_gps(size=(400, 200)) -> bytes:
    exif = Image.Exif()
    exif[0x0112] = 6  # orientation: turn 90 degrees to show upright
    exif[0x010F] = "PhoneMaker"
    exif[0x8825] = GPS
    out = io.BytesIO()
    Image.new("RGB", size, (200, 30, 30)).save(out, "JPEG", exif=exif)
    return out.getvalue()


def png(size=(10, 10)) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, (0, 90, 0)).save(out, "PNG")
    return out.getvalue()


def png_bomb(width=60_000, height=60_000) -> bytes:
    """A valid-looking PNG header claiming 3.6 billion pixels, in a few hundred bytes."""

    def chunk(kind, data):
        crc = zlib.crc32(kind + data) & 0xFFFFFFFF
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", crc)

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b"\0" * 100_000, 9))
        + chunk(b"IEND", b"")
    )


def pdf(body: bytes) -> bytes:
    return b"%PDF-1.7\n" + body + b"\ntrailer<< /Root 1 0 R >>\n%%EOF\n"


# Size and type ------------------------------------------------------------------------------


def test_a_file_over_the_limit_is_refused_and_the_typed_diploma_kept(client, world, applicant):
    big = SimpleUploadedFile("scan.jpg", jpeg_with_gps() + b"0" * (5 * 1024 * 1024))
    refused(add_diploma(client, world, big), "This file is too large. The limit is 5.0")
    assert documents(world, applicant) == []


def test_a_huge_file_is_not_read_past_the_limit(client, world, applicant, monkeypatch):
    written = []
    keep = TemporaryFileUploadHandler.receive_data_chunk

    def spy(handler, raw_data, start):
        written.append(start + len(raw_data))
        return keep(handler, raw_data, start)

    monkeypatch.setattr(TemporaryFileUploadHandler, "receive_data_chunk", spy)
    huge = SimpleUploadedFile("scan.pdf", MINIMAL_PDF + b"0" * (30 * 1024 * 1024))
    refused(add_diploma(client, world, huge), "This file is too large. The limit is 5.0")
    assert max(written) <= 5 * 1024 * 1024  # the rest was read and thrown away
    assert documents(world, applicant) == []


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("diploma.jpg", b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff" + b"\0" * 200),
        ("diploma.pdf", b"<!DOCTYPE html><html><script>alert(1)</script></html>"),
        (
            "diploma.png",
            b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
        ),
        ("diploma.svg", b'<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"/>'),
    ],
    ids=["exe-named-jpg", "html-named-pdf", "svg-named-png", "svg"],
)
def test_a_file_of_the_wrong_type_is_refused_whatever_its_name(
    client, world, applicant, name, content
):
    upload = SimpleUploadedFile(name, content, content_type="image/jpeg")
    refused(add_diploma(client, world, upload), "We cannot open this type of file")
    assert documents(world, applicant) == []


def test_a_file_that_claims_to_be_a_picture_but_does_not_open_is_refused(client, world, applicant):
    broken = jpeg_with_gps()[:300]  # a JPEG cut off after its header
    upload = SimpleUploadedFile("photo.jpg", broken)
    refused(add_diploma(client, world, upload), "We cannot open this picture")
    assert documents(world, applicant) == []


# Pictures are saved again -------------------------------------------------------------------


def test_a_photo_is_stored_upright_without_exif_or_location(client, world, applicant):
    original = jpeg_with_gps()
    assert Image.open(io.BytesIO(original)).getexif().get_ifd(0x8825)  # the location is there
    response = add_diploma(client, world, SimpleUploadedFile("photo.jpg", original))
    assert response.status_code == 302
    [document] = documents(world, applicant)
    stored = Path(document.file.path).read_bytes()
    assert stored != original
    assert b"PhoneMaker" not in stored
    assert b"Exif" not in stored
    picture = Image.open(io.BytesIO(stored))
    assert picture.format == "JPEG"
    assert not picture.getexif()  # no EXIF at all, so no GPS position
    assert picture.size == (200, 400)  # turned as the phone meant it
    assert document.content_type == "image/jpeg"
    assert document.size == len(stored)


def test_a_big_photo_is_made_smaller(client, world, applicant):
    out = io.BytesIO()
    Image.new("RGB", (4000, 3000), (10, 10, 200)).save(out, "JPEG", quality=50)
    add_diploma(client, world, SimpleUploadedFile("photo.jpg", out.getvalue()))
    [document] = documents(world, applicant)
    assert Image.open(document.file.path).size == (3000, 2250)


def test_a_decompression_bomb_is_refused_without_decoding_it(client, world, applicant):
    bomb = png_bomb()
    assert len(bomb) < 2000
    response = add_diploma(client, world, SimpleUploadedFile("scan.png", bomb))
    refused(response, "This picture has too many pixels")
    assert documents(world, applicant) == []


# PDFs ---------------------------------------------------------------------------------------


def _object_stream(objects: bytes) -> bytes:
    packed = zlib.compress(objects)
    return (
        b"1 0 obj\n<< /Type /ObjStm /N 1 /First 4 /Filter /FlateDecode /Length "
        + str(len(packed)).encode()
        + b" >>\nstream\n"
        + packed
        + b"\nendstream\nendobj"
    )


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (
            pdf(b"1 0 obj << /OpenAction << /S /JavaScript /JS (app.alert(1)) >> >> endobj"),
            "script",
        ),
        (pdf(b"1 0 obj << /OpenAction << /S /J#61vaScript /J#53 (x) >> >> endobj"), "script"),
        (pdf(b"1 0 obj << /S /Launch /F (cmd.exe) >> endobj"), "script"),
        (pdf(b"1 0 obj << /Names << /EmbeddedFiles 2 0 R >> >> endobj"), "another file"),
        (pdf(_object_stream(b"2 0 << /S /JavaScript /JS (app.alert(1)) >>")), "script"),
        (pdf(b"1 0 obj << >> endobj\n<< /Encrypt 3 0 R >>"), "locked with a password"),
        (b"%PDF-1.4\n1 0 obj<<>>endobj\n" + b"x" * 5000, "damaged or not complete"),
    ],
    ids=["javascript", "hex-escaped", "launch", "attachment", "object-stream", "encrypted", "cut"],
)
def test_a_pdf_with_scripts_attachments_or_damage_is_refused(
    client, world, applicant, content, message
):
    response = add_diploma(client, world, SimpleUploadedFile("diploma.pdf", content))
    refused(response, message)
    assert documents(world, applicant) == []


def test_a_plain_pdf_is_stored_as_it_is(client, world, applicant):
    response = add_diploma(client, world, SimpleUploadedFile("diploma.pdf", MINIMAL_PDF))
    assert response.status_code == 302
    [document] = documents(world, applicant)
    assert Path(document.file.path).read_bytes() == MINIMAL_PDF
    assert document.content_type == "application/pdf"


# Where files are stored ---------------------------------------------------------------------


def test_a_file_is_stored_under_a_generated_name_outside_any_public_url(
    client, world, applicant, media
):
    name = "Yasmin Al-Khatib diploma.png"
    add_diploma(client, world, SimpleUploadedFile(name, png()))
    [document] = documents(world, applicant)
    assert document.original_name == name  # shown to the reviewer, never used on disk
    path = Path(document.file.path).resolve()
    assert path.is_relative_to(Path(media).resolve())
    assert "Yasmin" not in document.file.name
    assert "diploma" not in document.file.name
    assert document.file.name.startswith(f"intake/{world.programme.pk}/")
    assert len(path.name) == 32  # a random uuid4 hex
    assert not path.is_relative_to(Path(django_settings.STATIC_ROOT).resolve())
    assert not django_settings.MEDIA_URL.strip("/")
    # Nothing serves the folder: neither its path nor a guess under /media/ or /static/.
    anonymous = Client()
    for guess in (document.file.name, f"media/{document.file.name}", f"static/{path.name}"):
        assert anonymous.get(f"/{guess}").status_code == 404
    # Only through the reviewer's view, which checks who asks.
    download = intake_url("document", document.intake, document=document.pk)
    assert anonymous.get(download).status_code == 302


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


# Virus scan ---------------------------------------------------------------------------------


@pytest.fixture
def clamd(settings):
    with FakeClamd() as server:
        settings.CLAMD_HOST = "127.0.0.1"
        settings.CLAMD_PORT = server.port
        settings.CLAMD_TIMEOUT = 2
        yield server


def test_the_test_clamd_finds_eicar_over_the_real_protocol(clamd):
    assert virus_scan.scan(b"%PDF-1.4 " + EICAR) == "Eicar-Test-Signature"
    assert virus_scan.scan(b"x" * 200_000) is None  # more than one chunk
    assert clamd.scanned[-1] == b"x" * 200_000


def test_the_scan_works_over_a_unix_socket(settings, tmp_path):
    with FakeClamd(unix_path=tmp_path / "clamd.sock"):
        settings.CLAMD_HOST = ""
        settings.CLAMD_SOCKET = str(tmp_path / "clamd.sock")
        assert virus_scan.scan(EICAR) == "Eicar-Test-Signature"
        assert virus_scan.scan(MINIMAL_PDF) is None


def test_a_file_with_a_virus_is_refused_logged_and_not_stored(
    client, world, applicant, clamd, caplog, media
):
    infected = pdf(b"%" + EICAR)
    with caplog.at_level(logging.WARNING, logger="participants.uploads"):
        response = add_diploma(client, world, SimpleUploadedFile("diploma.pdf", infected))
    refused(response, "This file contains a virus")
    assert documents(world, applicant) == []
    assert not [p for p in Path(media).rglob("*") if p.is_file()]
    assert "Eicar-Test-Signature" in caplog.text
    assert clamd.scanned == [infected]


def test_a_clean_file_is_scanned_then_stored(client, world, applicant, clamd):
    response = add_diploma(client, world, SimpleUploadedFile("diploma.pdf", MINIMAL_PDF))
    assert response.status_code == 302
    assert clamd.scanned == [MINIMAL_PDF]
    assert len(documents(world, applicant)) == 1


@pytest.mark.parametrize("failure", ["down", "error", "silent"])
def test_when_the_scanner_fails_the_upload_is_refused(client, world, applicant, settings, failure):
    settings.CLAMD_HOST, settings.CLAMD_TIMEOUT = "127.0.0.1", 1
    if failure == "down":
        settings.CLAMD_PORT = closed_port()
        response = add_diploma(client, world, SimpleUploadedFile("diploma.pdf", MINIMAL_PDF))
    else:
        with FakeClamd(mode=failure) as server:
            settings.CLAMD_PORT = server.port
            response = add_diploma(client, world, SimpleUploadedFile("diploma.pdf", MINIMAL_PDF))
    refused(response, "We cannot check files right now. Try again later.")
    assert documents(world, applicant) == []


def test_with_fail_open_a_file_is_stored_when_the_scanner_is_down(
    client, world, applicant, settings
):
    settings.CLAMD_HOST, settings.CLAMD_PORT = "127.0.0.1", closed_port()
    settings.CLAMD_FAIL_OPEN = True
    response = add_diploma(client, world, SimpleUploadedFile("diploma.pdf", MINIMAL_PDF))
    assert response.status_code == 302
    assert len(documents(world, applicant)) == 1


def test_without_clamd_settings_nothing_is_scanned(client, world, applicant, settings):
    settings.CLAMD_HOST = settings.CLAMD_SOCKET = ""
    assert not virus_scan.is_enabled()
    response = add_diploma(client, world, SimpleUploadedFile("diploma.pdf", MINIMAL_PDF))
    assert response.status_code == 302
