"""Checking an uploaded file: its size, and its type by its content (not by its name)."""

import filetype
from django import forms
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _

MAX_UPLOAD_BYTES = 5 * 1024 * 1024
ACCEPTED_TYPES = {
    "application/pdf": "PDF",
    "image/jpeg": "JPG",
    "image/png": "PNG",
}


def accepted_types_text() -> str:
    return ", ".join(ACCEPTED_TYPES.values())


def check_upload(upload) -> str:
    """The file's real content type, or a ValidationError that says what to do."""
    if upload.size > MAX_UPLOAD_BYTES:
        raise forms.ValidationError(
            _("This file is %(size)s. The limit is %(limit)s. Take a smaller photo or scan.")
            % {"size": filesizeformat(upload.size), "limit": filesizeformat(MAX_UPLOAD_BYTES)}
        )
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
