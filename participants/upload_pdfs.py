"""A cheap check that a PDF is a plain document: no scripts, no launch actions, no attachments.

A reviewer opens an applicant's PDF on their work computer. A PDF can carry
JavaScript, an action that starts a program, or other files inside it; a diploma
scan needs none of that, so such a PDF is refused. The check reads the names in
the file's dictionaries, including those packed in compressed object streams,
and decodes ``#xx`` escapes (``/J#61vaScript`` is ``/JavaScript``). It is not a
full parser (none is installed): it refuses what it can see, and the optional
virus scan (portal/virus_scan.py) looks further.
"""

import re
import zlib

from django import forms
from django.utils.translation import gettext_lazy as _

# Names of what can run or carry code when a PDF is opened.
ACTIVE_NAMES = {
    b"JavaScript",
    b"JS",
    b"Launch",
    b"EmbeddedFile",
    b"EmbeddedFiles",
    b"RichMedia",
    b"XFA",
    b"SubmitForm",
    b"ImportData",
}
# Decompress at most this much of object streams: a small "zip bomb" PDF stays cheap.
MAX_INFLATED = 20 * 1024 * 1024
_NAME = re.compile(rb"/([A-Za-z0-9#_.+-]+)")
_HEX_ESCAPE = re.compile(rb"#([0-9A-Fa-f]{2})")
_STREAM = re.compile(rb"stream\r?\n")


def _not_a_pdf():
    return forms.ValidationError(
        _("This PDF file is damaged or not complete. Save it again as PDF, or send a photo.")
    )


def check_pdf(data: bytes) -> None:
    """Nothing when the PDF looks like a plain document; else a ValidationError."""
    if not data.startswith(b"%PDF-") or b"%%EOF" not in data[-1024:]:
        raise _not_a_pdf()
    names = _names(data) | _names(_object_streams(data))
    if b"Encrypt" in names:
        raise forms.ValidationError(
            _("This PDF is locked with a password. Send a PDF without a lock, or a photo.")
        )
    if names & ACTIVE_NAMES:
        raise forms.ValidationError(
            _(
                "This PDF contains a script or another file. We do not accept that, "
                "to keep everyone safe. Print it to a new PDF, or send a photo."
            )
        )


def _names(data: bytes) -> set[bytes]:
    return {_HEX_ESCAPE.sub(lambda m: bytes([int(m.group(1), 16)]), n) for n in _NAME.findall(data)}


def _object_streams(data: bytes) -> bytes:
    """The inflated content of the compressed object streams, where dictionaries can hide."""
    inflated = []
    budget = MAX_INFLATED
    for match in _STREAM.finditer(data):
        header = data[max(0, match.start() - 300) : match.start()]
        if b"/ObjStm" not in header and b"/Type#" not in header:
            continue
        end = data.find(b"endstream", match.end())
        body = data[match.end() : end if end != -1 else len(data)]
        try:
            chunk = zlib.decompressobj().decompress(body, budget)
        except zlib.error:
            continue
        inflated.append(chunk)
        budget -= len(chunk)
        if budget <= 0:
            raise forms.ValidationError(
                _("This PDF file is too complex to check. Save it again as PDF, or send a photo.")
            )
    return b"\n".join(inflated)
