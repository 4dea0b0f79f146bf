"""Small helpers shared by forms."""

from django import forms
from django.utils.translation import gettext_lazy as _


def link_help_texts(form):
    """Let screen readers read a field's explanation with it (the include gives it this id).

    Uses the bound field's id, so it also works for forms with a prefix.
    """
    for name, form_field in form.fields.items():
        if form_field.help_text and not isinstance(form_field.widget, forms.RadioSelect):
            form_field.widget.attrs["aria-describedby"] = f"{form[name].auto_id}_help"


# The message for a date the browser could not send as a date (rare: pickers send ISO).
DATE_ERRORS = {"invalid": _("Enter a date, for example 2026-03-14.")}


def date_input(**attrs):
    """A date picker. Browsers send ISO dates (2026-03-14), which DateField always reads."""
    return forms.DateInput(attrs={"type": "date", **attrs}, format="%Y-%m-%d")
