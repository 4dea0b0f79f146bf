"""The two downloads of "All my data": a JSON document and a readable PDF.

Both are made from the same sections (``privacy.export_sections``), in the request,
not in a task: one participant's data is small, and nothing is stored, so nothing
lingers on disk to be deleted later. The PDF is rendered the way the skills dossier
is (``dossiers.render.html_to_pdf``): the bundled fonts, and a URL fetcher that
refuses everything except the dossier's own stylesheet and fonts.
"""

import json
import re

from django.template.loader import render_to_string
from django.utils import timezone, translation

from dossiers.render import DOSSIER_LANGUAGES, html_to_pdf, suggested_language
from privacy.export_data import FORMAT_VERSION, load
from privacy.export_sections import sections

TEMPLATE = "privacy/export_pdf.html"


def export_language(participant) -> str:
    """The participant's own language (nl, en or ar), as their dossier uses."""
    return suggested_language(participant)


def filename(participant, extension: str, *, at=None) -> str:
    """``zorgroute-<programme>-<number>-<date>.<ext>``: only letters, digits and dashes."""
    day = timezone.localdate(at or timezone.now()).isoformat()
    parts = [participant.programme.slug, participant.number]
    safe = "-".join(re.sub(r"[^A-Za-z0-9]+", "-", part).strip("-") for part in parts)
    return f"zorgroute-{safe}-{day}.{extension}"


def build(participant, language, *, generated_at=None):
    """(about, sections) of everything about ``participant``, words in ``language``."""
    if language not in DOSSIER_LANGUAGES:
        language = "nl"
    generated_at = generated_at or timezone.now()
    sources = load(participant)
    programme = participant.programme
    with translation.override(language):
        about = {
            "format": "zorgroute-personal-data",
            "format_version": FORMAT_VERSION,
            "generated_at": generated_at.isoformat(),
            "language": language,
            "programme": {
                "slug": programme.slug,
                "name": programme.name,
                "contact_email": programme.contact_email,
            },
            "participant_number": participant.number,
        }
        return about, sections(sources)


def as_json(participant, language) -> bytes:
    """The JSON document: an ``about`` block, then one key per section."""
    about, parts = build(participant, language)
    document = {"about": about, **{section.key: section.as_json() for section in parts}}
    return json.dumps(document, ensure_ascii=False, indent=2).encode("utf-8")


def as_html(participant, language) -> str:
    generated_at = timezone.now()
    about, parts = build(participant, language, generated_at=generated_at)
    language = about["language"]
    with translation.override(language):
        return render_to_string(
            TEMPLATE,
            {
                "about": about,
                "participant": participant,
                "sections": parts,
                "language": language,
                "direction": "rtl" if translation.get_language_bidi() else "ltr",
                "theme": participant.programme.theme,
                "generated_at": timezone.localtime(generated_at),
            },
        )


def as_pdf(participant, language) -> bytes:
    return html_to_pdf(as_html(participant, language))
