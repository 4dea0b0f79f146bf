"""The forms of a page, read from its HTML as a browser would send them.

Each POST form with its action (resolved to a URL name) and its fields: their kind
(input type, "select", "textarea", "submit" for named buttons), the value the page
would send as it is, and the options of choices.
"""

from dataclasses import dataclass, field
from html.parser import HTMLParser
from urllib.parse import urlsplit

from django.urls import Resolver404, resolve


@dataclass
class Field:
    name: str
    kind: str  # input type, "select", "textarea", or "submit" for a named button
    value: str | None  # what the page sends as it is (None: nothing, like an unticked box)
    options: list = field(default_factory=list, repr=False)


@dataclass
class PageForm:
    action: str  # path
    view_name: str | None
    fields: dict = field(default_factory=dict, repr=False)

    def _repr_pretty_(self, printer, cycle):  # short in hypothesis' failure reports
        printer.text(f"PageForm({self.action!r}, fields={sorted(self.fields)!r})")


class _FormParser(HTMLParser):
    """The POST forms of a page with their fields and the values a browser would send."""

    def __init__(self, page_path):
        super().__init__(convert_charrefs=True)
        self.page_path = page_path
        self.forms: list[PageForm] = []
        self._form = None
        self._select = None
        self._textarea = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form":
            if (attrs.get("method") or "get").lower() == "post":
                action = urlsplit(attrs.get("action") or self.page_path).path
                self._form = PageForm(action, _view_name(action))
            return
        form = self._form
        if tag == "option" and self._select is not None:
            self._select.options.append(attrs.get("value", ""))
            if "selected" in attrs:
                self._select.value = attrs.get("value", "")
            return
        if form is None or not attrs.get("name"):
            return
        name = attrs["name"]
        if tag == "button" or (tag == "input" and attrs.get("type") in ("submit", "image")):
            if (attrs.get("type") or "submit").lower() != "submit" and tag == "button":
                return
            # A named submit button says which action: one of its values, or none (Enter).
            known = form.fields.setdefault(name, Field(name, "submit", None))
            known.options.append(attrs.get("value", ""))
            if known.value is None:
                known.value = attrs.get("value", "")
            return
        if tag == "input":
            kind = (attrs.get("type") or "text").lower()
            if kind in ("button", "reset"):
                return
            if kind in ("radio", "checkbox"):
                known = form.fields.setdefault(name, Field(name, kind, None))
                known.options.append(attrs.get("value", "on"))
                if "checked" in attrs and known.value is None:
                    known.value = attrs.get("value", "on")
                return
            form.fields[name] = Field(name, kind, attrs.get("value", ""))
        elif tag == "select":
            self._select = form.fields[name] = Field(name, "select", None)
        elif tag == "textarea":
            self._textarea = form.fields[name] = Field(name, "textarea", "")

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)

    def handle_data(self, data):
        if self._textarea is not None:
            self._textarea.value += data

    def handle_endtag(self, tag):
        if tag == "form" and self._form is not None:
            self.forms.append(self._form)
            self._form = None
        elif tag == "select" and self._select is not None:
            select = self._select
            if select.value is None and select.options:
                select.value = select.options[0]
            self._select = None
        elif tag == "textarea":
            self._textarea = None


def _view_name(path):
    try:
        return resolve(path).view_name
    except Resolver404:
        return None


def page_forms(content: bytes, page_path: str) -> list[PageForm]:
    parser = _FormParser(page_path)
    parser.feed(content.decode())
    parser.close()
    return parser.forms
