"""Forms of the erasure pages: the participant's optional reason, a coordinator's decision."""

from django import forms
from django.utils.translation import gettext_lazy as _

from privacy.erasure_requests import REASON_LENGTH


class AskForm(forms.Form):
    reason = forms.CharField(
        label=_("Why do you want this? (you do not have to say)"),
        required=False,
        max_length=REASON_LENGTH,
        widget=forms.Textarea(attrs={"rows": 3, "class": "utrecht-textarea", "dir": "auto"}),
    )


class CarryOutForm(forms.Form):
    """The coordinator types the participant's number: erasure cannot be undone."""

    number = forms.CharField(
        label=_("Type the participant number to confirm"),
        help_text=_("This removes the data for good. It cannot be undone."),
        max_length=20,
        widget=forms.TextInput(attrs={"class": "utrecht-textbox", "autocomplete": "off"}),
    )

    def __init__(self, *args, expected, **kwargs):
        super().__init__(*args, **kwargs)
        self.expected = expected

    def clean_number(self):
        number = self.cleaned_data["number"].strip()
        if number.casefold() != self.expected.casefold():
            raise forms.ValidationError(
                _("This is not the number of this participant. Nothing was removed.")
            )
        return number


class RefuseForm(forms.Form):
    note = forms.CharField(
        label=_("Why do you refuse?"),
        help_text=_(
            "The participant reads this. Use plain words. For example: your route is still "
            "running and the municipality pays for it, so we must keep your data until it ends."
        ),
        max_length=REASON_LENGTH,
        widget=forms.Textarea(attrs={"rows": 4, "class": "utrecht-textarea", "dir": "auto"}),
    )
