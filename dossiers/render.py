"""The skills dossier as PDF bytes (WeasyPrint), and a fingerprint of the data behind it.

Callers run inside ``scope(programme=...)``: the Celery task and the views do.
WeasyPrint fetches through ``DossierURLFetcher`` only, so a dossier reads the
dossier's own stylesheet and fonts and nothing else.
"""

import atexit
import datetime
import functools
import hashlib
import json
import logging
import threading

from django.conf import settings
from django.template.loader import render_to_string
from django.utils import timezone, translation

from dossiers.content import dossier_data, fingerprint_payload, load

DOSSIER_LANGUAGES = ("nl", "en", "ar")
TEMPLATE = "dossiers/pdf.html"
# Part of the fingerprint: raise it when the template shows other data, so every
# stored dossier counts as outdated and is made again.
LAYOUT_VERSION = 1

# Pango's font map is not thread-safe, so dossiers render one at a time per process
# (a Celery prefork worker renders one anyway).
_RENDER_LOCK = threading.Lock()

# WeasyPrint logs every rendering step, and fontTools every font table it subsets, at
# INFO: a line flood per dossier in the worker's log. Quiet them unless settings chose.
for _name in ("weasyprint.progress", "fontTools"):
    if logging.getLogger(_name).level == logging.NOTSET:
        logging.getLogger(_name).setLevel(logging.WARNING)


def suggested_language(participant) -> str:
    """The language to offer first: the participant's own, else the site's default (nl)."""
    user = participant.user
    language = getattr(user, "language", "") if user is not None else ""
    if language in DOSSIER_LANGUAGES:
        return language
    default = settings.LANGUAGE_CODE
    return default if default in DOSSIER_LANGUAGES else DOSSIER_LANGUAGES[0]


@functools.cache
def _weasyprint():
    """WeasyPrint and this process's one font configuration, on the first dossier.

    Web processes that only compare fingerprints never import WeasyPrint (about a
    second and 40 MB). The shared font configuration keeps the bundled @font-face
    fonts after the first dossier instead of loading them for every one.
    """
    from weasyprint import HTML
    from weasyprint.text.fonts import FontConfiguration

    # Let it remove its temporary font folder while the interpreter is still whole.
    atexit.register(_weasyprint.cache_clear)
    return HTML, FontConfiguration()


def html_to_pdf(html: str, *, url_fetcher=None) -> bytes:
    """Any HTML to PDF with the dossier's fonts, behind the deny-all fetcher.

    ``url_fetcher`` is for tests (a ``DossierURLFetcher`` that records what it saw).
    """
    from dossiers import fetcher  # imports WeasyPrint: see _weasyprint()

    html_class, font_config = _weasyprint()
    url_fetcher = url_fetcher if url_fetcher is not None else fetcher.DossierURLFetcher()
    document = html_class(string=html, base_url=fetcher.ASSET_BASE_URL, url_fetcher=url_fetcher)
    with _RENDER_LOCK:
        return document.write_pdf(
            font_config=font_config,
            pdf_tags=True,  # headings, tables and reading order for screen readers
        )


def dossier_html(
    participant, language, *, version: int, generated_at: datetime.datetime, sources=None
) -> str:
    """The dossier as HTML, before WeasyPrint (also handy to look at in a browser)."""
    if language not in DOSSIER_LANGUAGES:
        raise ValueError(f"No dossier in {language!r}; choose one of {DOSSIER_LANGUAGES}.")
    sources = sources or load(participant)
    data = dossier_data(participant, language, sources=sources)
    with translation.override(language):
        return render_to_string(
            TEMPLATE,
            {
                "dossier": data,
                "version": version,
                "generated_at": timezone.localtime(generated_at),
                "contact_email": sources.programme.contact_email,
            },
        )


def render_dossier(
    participant, language, *, version: int, generated_at: datetime.datetime, sources=None
) -> bytes:
    """The participant's skills dossier in ``language`` (nl, en or ar) as PDF bytes.

    Pass ``sources`` (from ``content.load``) when the caller has loaded them
    already, for its fingerprint: the task then reads the data once.
    """
    return html_to_pdf(
        dossier_html(
            participant, language, version=version, generated_at=generated_at, sources=sources
        )
    )


def data_fingerprint(participant, *, sources=None) -> str:
    """A sha256 (hex) of all data a dossier is made from, the same in every language.

    It changes when a row in the dossier changes, is added or removed (a barrier
    shared or no longer shared included), and when ``LAYOUT_VERSION`` is raised.
    Eleven queries, however many rows.
    """
    payload = fingerprint_payload(sources or load(participant))
    canonical = json.dumps(
        {"layout": LAYOUT_VERSION, "data": payload},
        sort_keys=True,
        separators=(",", ":"),
        ensure_ascii=False,
        default=str,  # dates, times and decimals as their ISO text
    )
    return hashlib.sha256(canonical.encode()).hexdigest()
