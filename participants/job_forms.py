"""The coordinator's job forms: a new job placement, and one follow-up of a placement.

The forms only read the values; ``participants.jobs`` checks the rules, so the page and
the tests give the same messages.
"""

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from participants.housing_forms import DATE_ERRORS, DATE_WIDGET
from participants.models import JobPlacement
from portal.formtools import link_help_texts
from programmes.models import Organisation

HOURS = (1, 40)
SATISFACTION_LABELS = [
    (1, _("1 = very unhappy")),
    (2, _("2 = unhappy")),
    (3, _("3 = okay")),
    (4, _("4 = happy")),
    (5, _("5 = very happy")),
]


class PlacementForm(forms.Form):
    """The job: where, what, which contract, how many hours, from when; the klikgesprek."""

    employer = forms.ModelChoiceField(
        label=_("Employer"),
        queryset=Organisation.objects.none(),
        empty_label=_("Choose an organisation"),
        error_messages={
            "required": _("Choose the employer."),
            "invalid_choice": _("Choose an employer from the list."),
        },
    )
    role = forms.CharField(
        label=_("Job"),
        max_length=120,
        help_text=_("For example: Helpende Zorg en Welzijn."),
        error_messages={"required": _("Write the job.")},
    )
    contract = forms.ChoiceField(
        label=_("Contract"),
        choices=JobPlacement.Contract.choices,
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose the contract.")},
    )
    hours_per_week = forms.IntegerField(
        label=_("Hours per week"),
        min_value=HOURS[0],
        max_value=HOURS[1],
        error_messages={
            "required": _("Enter the hours per week."),
            "invalid": _("Enter a whole number of hours, from 1 to 40."),
            "min_value": _("Enter a whole number of hours, from 1 to 40."),
            "max_value": _("Enter a whole number of hours, from 1 to 40."),
        },
    )
    klikgesprek_on = forms.DateField(
        label=_("Date of the klikgesprek"),
        required=False,
        widget=DATE_WIDGET,
        help_text=_("The first talk with the employer, before the job starts."),
        error_messages=DATE_ERRORS,
    )
    klikgesprek = forms.ChoiceField(
        label=_("How did the klikgesprek go?"),
        choices=JobPlacement.Klik.choices,
        initial=JobPlacement.Klik.PLANNED,
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose how the klikgesprek went.")},
    )
    starts_on = forms.DateField(
        label=_("Start date of the job"),
        widget=DATE_WIDGET,
        help_text=_("The follow-ups are 3, 6 and 12 months after this date."),
        error_messages={"required": _("Enter the start date."), **DATE_ERRORS},
    )

    def __init__(self, *args, programme, **kwargs):
        super().__init__(*args, prefix="job", **kwargs)
        self.fields["employer"].queryset = Organisation.objects.filter(programme=programme)
        link_help_texts(self)


class FollowUpForm(forms.Form):
    """What the follow-up found: still working there, how happy, what is difficult."""

    done_on = forms.DateField(
        label=_("Date of the follow-up"),
        widget=DATE_WIDGET,
        error_messages={"required": _("Enter the date."), **DATE_ERRORS},
    )
    still_employed = forms.TypedChoiceField(
        label=_("Does the participant still work there?"),
        choices=[("yes", _("Yes")), ("no", _("No"))],
        coerce=lambda value: value == "yes",
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose yes or no.")},
    )
    satisfaction = forms.TypedChoiceField(
        label=_("How happy is the participant with the job?"),
        choices=SATISFACTION_LABELS,
        coerce=int,
        empty_value=None,
        required=False,
        widget=forms.RadioSelect,
        error_messages={"invalid_choice": _("Choose a number from 1 to 5.")},
    )
    issues = forms.CharField(
        label=_("Issues"),
        required=False,
        max_length=4000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("What is difficult, and what was agreed."),
    )

    def __init__(self, *args, placement_id, month, **kwargs):
        kwargs.setdefault("initial", {"done_on": timezone.localdate()})
        super().__init__(*args, prefix=follow_up_prefix(placement_id, month), **kwargs)
        link_help_texts(self)


def follow_up_prefix(placement_id, month) -> str:
    return f"follow-up-{placement_id}-{month}"
