"""Helpers for the upload tests: an applicant on the education step, files to send."""

import io
import struct
import zlib

from django.urls import reverse
from django_scopes import scope, scopes_disabled
from PIL import Image

from participants.models import IntakeDocument
from tests.conftest import log_in
from tests.factories import UserFactory
from tests.intake.applicant import step_url

GPS = {1: "N", 2: (52.0, 9.0, 30.0), 3: "E", 4: (4.0, 29.0, 10.0)}  # Leiden


def start_applying(client, world):
    """A new applicant, logged in, reading English, with a draft application."""
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
