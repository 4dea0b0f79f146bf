"""Filters for the PDF dossier: keep Latin names, numbers and free text readable in Arabic.

WeasyPrint ignores the CSS ``unicode-bidi`` property (so ``<bdi>`` alone does not
isolate), but it does honour the ``dir`` attribute of a block, and Pango applies
the Unicode isolate characters inside a line. Hence two filters: ``isolate`` for
a value inside a sentence, ``text_block`` for free text that fills its own block
and may wrap over several lines.
"""

import unicodedata

from django import template
from django.utils.html import conditional_escape, format_html
from django.utils.safestring import mark_safe
from django.utils.translation import get_language_bidi

register = template.Library()

# FIRST STRONG ISOLATE ... POP DIRECTIONAL ISOLATE: the value keeps its own direction,
# and the punctuation around it stays where the sentence puts it.
FSI, PDI = "\u2068", "\u2069"


def direction_of(text) -> str:
    """ "rtl" or "ltr" from the first letter with a strong direction (as dir="auto" does)."""
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind in ("R", "AL"):
            return "rtl"
        if kind == "L":
            return "ltr"
    return "ltr"


@register.filter
def isolate(value):
    """Escape ``value`` and, in a right-to-left document or for right-to-left text, wrap
    it as a bidi isolate: ``<bdi>`` for readers of the HTML, FSI/PDI for the PDF."""
    text = "" if value is None else str(value)
    if not text:
        return ""
    escaped = conditional_escape(text)
    if not get_language_bidi() and direction_of(text) == "ltr":
        return escaped
    return mark_safe(f"<bdi>{FSI}{escaped}{PDI}</bdi>")  # noqa: S308 -- escaped above


@register.filter
def text_block(value):
    """Free text as its own block in its own direction, escaped, line breaks kept.

    Each wrapped line of a Dutch note in an Arabic dossier then still ends with its
    full stop on the right.
    """
    text = "" if value is None else str(value).strip()
    if not text:
        return ""
    lines = conditional_escape(text).replace("\r\n", "\n").replace("\n", "<br>")
    escaped = mark_safe(lines)  # noqa: S308 -- escaped first, then only <br> added
    return format_html('<div class="free" dir="{}">{}</div>', direction_of(text), escaped)
