"""Small helpers shared by forms."""

from django import forms


def link_help_texts(form):
    """Let screen readers read a field's explanation with it (the include gives it this id).

    Uses the bound field's id, so it also works for forms with a prefix.
    """
    for name, form_field in form.fields.items():
        if form_field.help_text and not isinstance(form_field.widget, forms.RadioSelect):
            form_field.widget.attrs["aria-describedby"] = f"{form[name].auto_id}_help"
