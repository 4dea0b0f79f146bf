"""The coordinator's housing forms: a change of someone's housing, support topics, a new home.

The forms only read the values; ``participants.housing`` checks the rules, so the page and
the tests give the same messages.
"""

from django import forms
from django.db.models import Exists, OuterRef
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from participants.housing import HOLDING, current_rows
from participants.models import HousingAllocation, HousingUnit
from portal.formtools import DATE_ERRORS, date_input, link_help_texts
from programmes.models import Municipality

Status = HousingAllocation.Status
DATE_WIDGET = date_input()


class UnitChoiceField(forms.ModelChoiceField):
    """Homes by building; a home someone else holds says so (offering it is refused)."""

    def label_from_instance(self, unit):
        if getattr(unit, "taken", False):
            return gettext("%(home)s (not free)") % {"home": unit}
        return str(unit)


def units_with_taken(programme):
    """The programme's homes, each with ``taken``: someone's latest row holds it."""
    holding = current_rows(programme).filter(unit=OuterRef("pk"), status__in=HOLDING)
    return (
        HousingUnit.objects.filter(programme=programme)
        .annotate(taken=Exists(holding))
        .order_by("complex", "label")
    )


class AllocationForm(forms.Form):
    """What happened with the participant's housing, on which date."""

    status = forms.ChoiceField(
        label=_("What happened?"),
        choices=Status.choices,
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose what happened.")},
    )
    unit = UnitChoiceField(
        label=_("Home"),
        queryset=HousingUnit.objects.none(),
        required=False,
        empty_label=_("Choose a home"),
        help_text=_("Only when you offer a home."),
        error_messages={"invalid_choice": _("Choose a home from the list.")},
    )
    since = forms.DateField(
        label=_("Date"),
        widget=DATE_WIDGET,
        help_text=_("The day it happened. Today or a day in the past."),
        error_messages={"required": _("Enter the date."), **DATE_ERRORS},
    )
    note = forms.CharField(
        label=_("Note"),
        required=False,
        max_length=300,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("For the regular housing process: where does it stand now?"),
    )

    def __init__(self, *args, programme, **kwargs):
        kwargs.setdefault("initial", {"since": timezone.localdate()})
        super().__init__(*args, **kwargs)
        self.fields["unit"].queryset = units_with_taken(programme)
        link_help_texts(self)


class SupportForm(forms.Form):
    """The support topics the participant gets help with."""

    support_money = forms.BooleanField(label=_("Money matters"), required=False)
    support_participation = forms.BooleanField(label=_("Taking part in society"), required=False)


class UnitForm(forms.ModelForm):
    """A new home of the programme."""

    class Meta:
        model = HousingUnit
        fields = ["complex", "label", "address", "municipality"]
        help_texts = {"complex": _("For example: Studio's next to the Alrijne hospital.")}
        error_messages = {
            "complex": {"required": _("Enter the building.")},
            "label": {"required": _("Enter the name of the home.")},
            "address": {"required": _("Enter the address.")},
            "municipality": {
                "required": _("Choose the municipality."),
                "invalid_choice": _("Choose a municipality from the list."),
            },
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["municipality"].queryset = Municipality.objects.order_by("name")
        self.fields["municipality"].empty_label = _("Choose a municipality")
        link_help_texts(self)

    def validate_unique(self):
        # The model's uniqueness includes the programme, which is not a field here;
        # ``housing.add_unit`` checks it and says which field is wrong.
        pass
