"""The one choice a reader makes before a dossier is made: its language."""

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _


class LanguageForm(forms.Form):
    language = forms.ChoiceField(
        label=_("Language of the dossier"),
        choices=settings.LANGUAGES,
        widget=forms.RadioSelect,
        error_messages={
            "required": _("Choose a language."),
            "invalid_choice": _("Choose a language."),
        },
    )


class BulkExportForm(LanguageForm):
    participants = forms.TypedMultipleChoiceField(
        label=_("Participants"),
        coerce=int,
        widget=forms.CheckboxSelectMultiple,
        error_messages={
            "required": _("Choose at least one person."),
            "invalid_choice": _("One of the people you chose is no longer on your list."),
        },
    )

    def __init__(self, *args, allowed_ids=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["participants"].choices = [(pk, pk) for pk in allowed_ids]
