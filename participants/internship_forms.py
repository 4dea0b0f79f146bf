"""The forms of internships: a coordinator adds one; a mentor records attendance and evaluations.

The forms only read the values; ``participants.internships`` checks the rules, so the
tests and the pages give the same messages.
"""

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from participants.internships import (
    SCORE_LABELS,
    SKILL_SCORES,
    InternshipError,
    check_period,
    mentors_of,
)
from participants.models import SOFT_SKILLS, Attendance, Internship
from portal.formtools import DATE_ERRORS, link_help_texts
from portal.formtools import date_input as _date_input
from programmes.models import Organisation

Presence = Attendance.Presence


class UserChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj):
        return str(obj)


class InternshipForm(forms.Form):
    """A new internship: where, with whom, from when to when."""

    kind = forms.ChoiceField(label=_("Kind of internship"), choices=Internship.Kind.choices)
    organisation = forms.ModelChoiceField(
        label=_("Organisation"),
        queryset=None,
        empty_label=_("Choose an organisation"),
        error_messages={
            "required": _("Choose an organisation."),
            "invalid_choice": _("Choose an organisation of this programme."),
        },
    )
    department = forms.CharField(label=_("Department"), required=False, max_length=120)
    address = forms.CharField(
        label=_("Address"),
        required=False,
        max_length=200,
        help_text=_("Where the participant goes on internship days."),
    )
    mentor = UserChoiceField(
        label=_("Mentor (work supervisor)"),
        queryset=None,
        required=False,
        empty_label=_("No mentor yet"),
        help_text=_("Only people with the mentor role in this programme are on the list."),
        error_messages={
            "invalid_choice": _(
                "Choose a mentor of this programme: someone with the mentor role here."
            )
        },
    )
    mentor_phone = forms.CharField(label=_("Mentor's phone"), required=False, max_length=30)
    tutor = forms.CharField(label=_("School tutor"), required=False, max_length=120)
    starts_on = forms.DateField(
        label=_("Starts on"),
        widget=_date_input(),
        error_messages={**DATE_ERRORS, "required": _("Enter the first day.")},
    )
    ends_on = forms.DateField(
        label=_("Ends on"),
        required=False,
        widget=_date_input(),
        help_text=_("Leave empty if the end is not known yet."),
        error_messages=DATE_ERRORS,
    )
    evaluation_every_weeks = forms.IntegerField(
        label=_("Evaluation every … weeks"),
        min_value=1,
        max_value=52,
        initial=6,
        help_text=_("How often the mentor writes an evaluation."),
    )

    def __init__(self, *args, programme, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["organisation"].queryset = Organisation.objects.filter(programme=programme)
        self.fields["mentor"].queryset = mentors_of(programme)
        link_help_texts(self)

    def clean(self):
        # Also here, so all messages show at once; add_internship checks it again.
        cleaned = super().clean()
        try:
            check_period(cleaned.get("starts_on"), cleaned.get("ends_on"))
        except InternshipError as refusal:
            self.add_error(refusal.field, refusal.message)
        return cleaned


class AttendanceForm(forms.Form):
    """Was the participant there on one day?"""

    date = forms.DateField(
        label=_("Day"),
        widget=_date_input(),
        error_messages={**DATE_ERRORS, "required": _("Enter the day.")},
    )
    presence = forms.ChoiceField(
        label=_("Was the participant there?"),
        choices=[
            (Presence.PRESENT.value, _("Yes, present")),
            (Presence.ABSENT_EXCUSED.value, _("No, absent with notice")),
            (Presence.ABSENT.value, _("No, absent without notice")),
        ],
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose if the participant was there.")},
    )
    note = forms.CharField(
        label=_("Note"),
        required=False,
        max_length=300,
        help_text=_("For example: came an hour late, was ill."),
    )

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("initial", {"date": timezone.localdate()})
        super().__init__(*args, **kwargs)
        # Helps the phone's date picker; the server checks it again.
        self.fields["date"].widget.attrs["max"] = timezone.localdate().isoformat()
        link_help_texts(self)


def skill_field_name(key) -> str:
    return f"skill_{key}"


class EvaluationForm(forms.Form):
    """A mentor's evaluation: a score from 1 to 4 per soft skill, and a few words."""

    date = forms.DateField(
        label=_("Date of the evaluation"),
        widget=_date_input(),
        error_messages={**DATE_ERRORS, "required": _("Enter the date.")},
    )
    going_well = forms.CharField(
        label=_("What goes well?"),
        required=False,
        max_length=4000,
        widget=forms.Textarea(attrs={"rows": 4}),
    )
    to_improve = forms.CharField(
        label=_("What can the participant work on?"),
        required=False,
        max_length=4000,
        widget=forms.Textarea(attrs={"rows": 4}),
    )
    shared = forms.TypedChoiceField(
        label=_("May the participant read this evaluation?"),
        choices=[("yes", _("Yes")), ("no", _("No, only the coordinator"))],
        coerce=lambda value: value == "yes",
        widget=forms.RadioSelect,
        initial="yes",
        error_messages={"required": _("Choose if the participant may read it.")},
    )

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("initial", {"date": timezone.localdate(), "shared": "yes"})
        super().__init__(*args, **kwargs)
        self.fields["date"].widget.attrs["max"] = timezone.localdate().isoformat()
        for key, label in SOFT_SKILLS:
            self.fields[skill_field_name(key)] = forms.TypedChoiceField(
                label=label,
                required=False,
                coerce=int,
                empty_value=None,
                choices=[("", _("Not seen"))]
                + [(value, SCORE_LABELS[value]) for value in SKILL_SCORES],
                widget=forms.RadioSelect,
                error_messages={"invalid_choice": _("Choose a score from 1 to 4.")},
            )
        self.order_fields(
            ["date", *(skill_field_name(key) for key, _label in SOFT_SKILLS), "going_well"]
        )
        link_help_texts(self)

    def skill_fields(self):
        return [self[skill_field_name(key)] for key, _label in SOFT_SKILLS]

    def soft_skills(self) -> dict[str, int]:
        """skill key -> score, for the skills the mentor scored."""
        return {
            key: self.cleaned_data[skill_field_name(key)]
            for key, _label in SOFT_SKILLS
            if self.cleaned_data.get(skill_field_name(key)) is not None
        }
