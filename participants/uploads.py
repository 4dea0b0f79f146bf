"""Every uploaded file passes here before it is stored.

In order: the size; the real type from the first bytes (not the name or the
browser's header); the optional virus scan; then the content itself: pictures
are decoded and saved again without metadata (participants/upload_images.py),
PDFs are checked for scripts and attachments (participants/upload_pdfs.py).
What is stored is the result, under a generated name (IntakeDocument).
"""

import logging
from dataclasses import dataclass

import filetype
from django import forms
from django.conf import settings
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _

from participants.upload_images import FORMATS, reencode_image
from participants.upload_pdfs import check_pdf
from portal import virus_scan
from portal.downloads import safe_filename

logger = logging.getLogger(__name__)

MAX_UPLOAD_BYTES = 5 * 1024 * 1024
ACCEPTED_TYPES = {
    "application/pdf": "PDF",
    "image/jpeg": "JPG",
    "image/png": "PNG",
}


@dataclass(frozen=True)
class CleanUpload:
    """What is stored: the checked (for pictures: re-encoded) bytes, their type and a safe name."""

    content: bytes
    content_type: str
    name: str

    @property
    def size(self) -> int:
        return len(self.content)


def accepted_types_text() -> str:
    return ", ".join(ACCEPTED_TYPES.values())


def too_large_error() -> forms.ValidationError:
    return forms.ValidationError(
        _("This file is too large. The limit is %(limit)s. Take a smaller photo or scan.")
        % {"limit": filesizeformat(MAX_UPLOAD_BYTES)}
    )


def check_upload(upload) -> str:
    """The file's real content type, or a ValidationError that says what to do."""
    if upload.size > MAX_UPLOAD_BYTES:
        raise too_large_error()
    if upload.size == 0:
        raise forms.ValidationError(_("This file is empty. Choose another file."))
    head = upload.read(262)
    upload.seek(0)
    kind = filetype.guess(head)
    if kind is None or kind.mime not in ACCEPTED_TYPES:
        raise forms.ValidationError(
            _("We cannot open this type of file. Send a %(types)s file.")
            % {"types": accepted_types_text()}
        )
    return kind.mime


def clean_upload(upload, *, context: str = "") -> CleanUpload:
    """The upload made safe to store, or a ValidationError in the user's language.

    ``context`` (an application's reference) goes into the log when a virus is found.
    """
    content_type = check_upload(upload)
    upload.seek(0)
    data = upload.read(MAX_UPLOAD_BYTES + 1)
    upload.seek(0)
    if len(data) > MAX_UPLOAD_BYTES:  # the size the client declared was wrong
        raise too_large_error()
    _scan(data, context)
    if content_type in FORMATS:
        data, content_type = reencode_image(data, content_type)
    else:
        check_pdf(data)
    return CleanUpload(data, content_type, safe_filename(upload.name, content_type))


def _scan(data: bytes, context: str) -> None:
    if not virus_scan.is_enabled():
        return
    try:
        found = virus_scan.scan(data)
    except virus_scan.ScannerUnavailableError as error:
        if settings.CLAMD_FAIL_OPEN:
            logger.error(
                "Virus scanner unavailable, upload accepted unscanned (%s): %s", context, error
            )
            return
        logger.error("Virus scanner unavailable, upload refused (%s): %s", context, error)
        raise forms.ValidationError(
            _("We cannot check files right now. Try again later.")
        ) from None
    if found:
        logger.warning("Virus scanner found %s in an upload, refused (%s)", found, context)
        raise forms.ValidationError(
            _("This file contains a virus or harmful code. We did not save it. Send another file.")
        )
