"""The optional virus scan: clamd's INSTREAM protocol, FOUND refused, a scanner down refuses."""

import logging
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from portal import virus_scan
from tests.conftest import MINIMAL_PDF
from tests.security.clamd_server import EICAR, FakeClamd, closed_port
from tests.security.uploading import (
    add_diploma,
    documents,
    pdf,
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
