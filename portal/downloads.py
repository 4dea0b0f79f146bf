"""Every file the site hands out goes through here: a safe name, always an attachment.

An applicant chooses their file's name, and a reviewer later downloads it. A name
like ``evil"\\r\\nX-Injected: 1`` could break the header, ``../../etc/passwd``
could ask the browser to save outside the downloads folder, and ``\\u202efdp.exe``
shows as ``exe.pdf`` while being saved as ``.exe``. So a download's name is
cleaned in one place: the last path part only, no control, format (bidi) or
quote characters, a capped length, and the extension of the file's real type.
The header carries an ASCII name for old clients and the real one (Arabic too)
as RFC 6266 / RFC 5987 ``filename*=UTF-8''...``.
"""

import re
import unicodedata
from urllib.parse import quote

from django.http import FileResponse

OCTET_STREAM = "application/octet-stream"
# The extension a download gets for each type the site serves; the name's own
# extension is replaced, so a PDF never downloads as ".exe".
EXTENSIONS = {
    "application/pdf": ".pdf",
    "image/jpeg": ".jpg",
    "image/png": ".png",
    "application/zip": ".zip",
    "text/csv": ".csv",
    "application/json": ".json",
    OCTET_STREAM: ".bin",
}
MAX_STEM = 100
# Characters Windows refuses in a name, and ones that mean something in a header or a shell.
_UNSAFE = re.compile(r'[\\/:*?"<>|;`\'$%]')
_SUFFIX = re.compile(r"\.[A-Za-z0-9]{1,5}$")
_WINDOWS_RESERVED = {"con", "prn", "aux", "nul"} | {
    f"{d}{n}" for d in ("com", "lpt") for n in "123456789"
}
_ASCII_UNSAFE = re.compile(r"[^A-Za-z0-9._()+ -]")


def _media_type(content_type: str | None) -> str:
    return (content_type or "").split(";", 1)[0].strip().lower()


def safe_filename(name, content_type=None, default="document") -> str:
    """A name that is safe to put in a header and to save on any system."""
    name = unicodedata.normalize("NFC", str(name or ""))
    name = re.split(r"[\\/]", name)[-1]
    # Control characters (CR, LF, NUL), format characters (U+202E and the other bidi
    # overrides, zero-width joiners), unassigned, private-use and surrogate code points.
    name = "".join(ch for ch in name if not unicodedata.category(ch).startswith("C"))
    name = _UNSAFE.sub("_", name)
    name = " ".join(name.split())  # tabs and runs of spaces become one space
    extension = EXTENSIONS.get(_media_type(content_type))
    if extension:
        name = _SUFFIX.sub("", name)
    else:
        match = _SUFFIX.search(name)
        extension = match.group(0).lower() if match else ""
        name = name[: match.start()] if match else name
    stem = name.strip(" ._-")[:MAX_STEM].strip(" ._-")
    if not stem:
        stem = default
    if stem.split(".")[0].lower() in _WINDOWS_RESERVED:
        stem = f"_{stem}"
    return f"{stem}{extension}"


def ascii_filename(name: str, default="document") -> str:
    """The same name in plain ASCII, for clients that do not read ``filename*``."""
    folded = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    folded = _ASCII_UNSAFE.sub("_", folded)
    stem, dot, extension = folded.rpartition(".")
    if not dot:
        stem, extension = folded, ""
    stem = re.sub(r"_+", "_", stem).strip(" .-")
    if not stem.strip("_"):
        stem = default
    return f"{stem}.{extension}" if extension else stem


def content_disposition(filename: str, content_type=None) -> str:
    """``attachment`` with the cleaned name; ``filename*`` only when it is not plain ASCII."""
    clean = safe_filename(filename, content_type)
    fallback = ascii_filename(clean)
    header = f'attachment; filename="{fallback}"'
    if clean != fallback:
        header += f"; filename*=UTF-8''{quote(clean, safe='')}"
    return header


def mark_as_download(response, filename: str, content_type=None):
    """Make ``response`` a download that no browser shows inline, sniffs or keeps."""
    response["Content-Disposition"] = content_disposition(filename, content_type)
    response["X-Content-Type-Options"] = "nosniff"
    response["Cache-Control"] = "no-store"
    return response


def file_download(file, filename: str, content_type: str) -> FileResponse:
    """A stored file as a download (intake documents, dossiers, ZIP exports)."""
    response = FileResponse(file, as_attachment=True, content_type=content_type)
    return mark_as_download(response, filename, content_type)
