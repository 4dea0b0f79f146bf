"""The form a programme admin fills in to publish a new version of a consent text."""

from django import forms
from django.utils.translation import gettext_lazy as _

from participants.consent_texts import LANGUAGES, normalised

LABELS = {
    "nl": _("Text in Dutch"),
    "en": _("Text in English"),
    "ar": _("Text in Arabic"),
}


class ConsentTextForm(forms.Form):
    """The text in Dutch, English and Arabic (all required), and the version it is based on."""

    based_on = forms.IntegerField(widget=forms.HiddenInput, min_value=0)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for language in LANGUAGES:
            attrs = {"lang": language, "rows": 8}
            if language == "ar":
                attrs["dir"] = "rtl"
            self.fields[f"text_{language}"] = forms.CharField(
                label=LABELS[language],
                widget=forms.Textarea(attrs=attrs),
                error_messages={"required": _("Write the text in this language.")},
            )

    def clean(self):
        data = super().clean()
        for language in LANGUAGES:
            if data.get(f"text_{language}"):
                data[f"text_{language}"] = normalised(data[f"text_{language}"])
        return data

    def texts(self) -> dict[str, str]:
        """The cleaned text per language: ``{"nl": ..., "en": ..., "ar": ...}``."""
        return {language: self.cleaned_data[f"text_{language}"] for language in LANGUAGES}
