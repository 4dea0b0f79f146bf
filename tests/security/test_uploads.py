"""Uploads: size, real type, pictures saved again, PDFs checked, where files are stored.

Through the applicant's education step (where a diploma scan is added), on
PostgreSQL as the app role. Downloads: test_upload_downloads.py; the virus
scan: test_upload_virus_scan.py.
"""

import io
import zlib
from pathlib import Path

import pytest
from django.conf import settings as django_settings
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.files.uploadhandler import TemporaryFileUploadHandler
from django.test import Client
from PIL import Image

from tests.conftest import MINIMAL_PDF
from tests.intake.coordinator import intake_url
from tests.security.uploading import (
    add_diploma,
    documents,
    jpeg_with_gps,
    pdf,
    png,
    png_bomb,
    refused,
    start_applying,
)


@pytest.fixture
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "private-media"
    return settings.MEDIA_ROOT


@pytest.fixture
def applicant(client, world, media):
    return start_applying(client, world)


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
