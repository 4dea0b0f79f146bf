"""Adding a diploma photo on a phone, in Arabic: a refused file says why and keeps the typing."""

import io
import struct
import zlib

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.test import Client
from django_scopes import scopes_disabled
from PIL import Image

from participants.models import IntakeDocument
from tests.browser.conftest import screenshot
from tests.conftest import log_in
from tests.factories import UserFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

axe = Axe()


def bomb_png() -> bytes:
    def chunk(kind, data):
        return (
            struct.pack(">I", len(data))
            + kind
            + data
            + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
        )

    header = struct.pack(">IIBBBBB", 60_000, 60_000, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IEND", b"")


def photo() -> bytes:
    exif = Image.Exif()
    exif[0x8825] = {1: "N", 2: (52.0, 9.0, 30.0), 3: "E", 4: (4.0, 29.0, 10.0)}
    out = io.BytesIO()
    Image.new("RGB", (800, 600), (230, 230, 240)).save(out, "JPEG", exif=exif)
    return out.getvalue()


def test_a_refused_photo_says_why_and_a_good_one_is_added(
    phone, live_server, worlds, settings, tmp_path
):
    settings.MEDIA_ROOT = tmp_path
    with scopes_disabled():
        user = UserFactory(email="amal@example.org")
    session = log_in(Client(), user).cookies[settings.SESSION_COOKIE_NAME].value
    phone.context.add_cookies(
        [{"name": settings.SESSION_COOKIE_NAME, "value": session, "url": live_server.url}]
    )
    phone.goto(f"{live_server.url}/alpha/apply/")
    phone.locator("button[name=language][value=ar]").click()
    phone.wait_for_load_state()
    phone.goto(f"{live_server.url}/alpha/apply/education/")
    assert phone.locator("html").get_attribute("dir") == "rtl"
    file_input = phone.locator("input[name=diploma_file]")
    assert file_input.get_attribute("accept") == "application/pdf,image/jpeg,image/png"

    phone.locator("input[name=education_level]").first.check()
    phone.fill("input[name=diploma_field]", "تمريض")
    file_input.set_input_files({"name": "شهادة.png", "mimeType": "image/png", "buffer": bomb_png()})
    phone.locator("button[name=add_diploma]").click()
    phone.wait_for_load_state()
    error = phone.locator(".utrecht-form-field-error-message")
    assert error.count() >= 1
    assert "البكسلات" in error.first.inner_text()  # "too many pixels", in Arabic
    assert phone.input_value("input[name=diploma_field]") == "تمريض"
    assert phone.evaluate("document.documentElement.scrollWidth") <= 360
    screenshot(phone, "upload-refused-ar")
    results = axe.run(phone)
    assert results.violations_count == 0, results.generate_report()

    phone.locator("input[name=diploma_file]").set_input_files(
        {"name": "شهادة.jpg", "mimeType": "image/jpeg", "buffer": photo()}
    )
    phone.locator("button[name=add_diploma]").click()
    phone.wait_for_load_state()
    assert "تمريض" in phone.locator("main").inner_text()
    screenshot(phone, "upload-added-ar")
    with scopes_disabled():
        document = IntakeDocument.objects.get(intake__applicant=user)
    assert document.content_type == "image/jpeg"
    assert not Image.open(document.file.path).getexif()
