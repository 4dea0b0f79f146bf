"""The intake form: one Django form per step, the programme's extra questions added in.

Answers are kept as JSON on the Intake (dates as ISO text, choices by value),
so the form can change per programme without a migration. A few answers are
copied to columns for the coordinator's queue (see ``copy_columns``).
"""

import datetime

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_countries import countries

from participants.models import CEFR, CEFR_ORDER, Intake
from participants.uploads import ACCEPTED_TYPES
from programmes.models import IntakeQuestion, Municipality, Step

YES_NO = [("yes", _("Yes")), ("no", _("No"))]
EDUCATION_LEVELS = [
    ("none", _("No school diploma")),
    ("primary", _("Primary school")),
    ("secondary", _("Secondary school")),
    ("vocational", _("Vocational training (like MBO)")),
    ("higher", _("College or university (like HBO or WO)")),
]
DUTCH_SKILLS = [
    ("dutch_listening", _("How well do you understand spoken Dutch?")),
    ("dutch_reading", _("How well do you read Dutch?")),
    ("dutch_speaking", _("How well do you speak Dutch?")),
    ("dutch_writing", _("How well do you write Dutch?")),
]
STEPS = [step.value for step in Step]


class DateInput(forms.DateInput):
    input_type = "date"

    def __init__(self, **kwargs):
        super().__init__(format="%Y-%m-%d", **kwargs)


class StepForm(forms.Form):
    """Base for every step: adds the programme's extra questions for this step."""

    step: str = ""

    def __init__(self, *args, programme, questions=(), **kwargs):
        self.programme = programme
        super().__init__(*args, **kwargs)
        self.questions = [q for q in questions if q.step == self.step]
        for question in self.questions:
            self.fields[f"q_{question.key}"] = question_field(question)
        for name, field in self.fields.items():
            if not isinstance(field.widget, forms.RadioSelect | forms.CheckboxInput):
                field.widget.attrs.setdefault("class", "utrecht-textbox")
            if field.help_text:
                field.widget.attrs["aria-describedby"] = f"id_{name}_help"

    def answers(self) -> dict:
        """The cleaned data as JSON-ready answers, extra questions under their own key."""
        result = {}
        for name, value in self.cleaned_data.items():
            key = name.removeprefix("q_")
            if isinstance(value, datetime.date):
                value = value.isoformat()
            elif isinstance(value, Municipality):
                value = value.code
            result[key] = value
        return result


def question_field(question: IntakeQuestion) -> forms.Field:
    common = {
        "label": question.label,
        "required": question.required,
        "help_text": question.help_text,
    }
    kind = IntakeQuestion.Kind
    if question.kind == kind.LONG_TEXT:
        return forms.CharField(widget=forms.Textarea(attrs={"rows": 4}), max_length=4000, **common)
    if question.kind == kind.YES_NO:
        return forms.ChoiceField(choices=YES_NO, widget=forms.RadioSelect, **common)
    if question.kind == kind.CHOICE:
        options = [(str(i), label) for i, label in enumerate(question.choice_list(), start=1)]
        return forms.ChoiceField(choices=options, widget=forms.RadioSelect, **common)
    if question.kind == kind.NUMBER:
        return forms.IntegerField(min_value=0, max_value=100000, **common)
    if question.kind == kind.DATE:
        return forms.DateField(widget=DateInput(), **common)
    return forms.CharField(max_length=300, **common)


def not_in_future(value):
    if value > timezone.localdate():
        raise forms.ValidationError(_("This date is in the future. Check the year."))


class PersonalForm(StepForm):
    step = Step.PERSONAL
    given_name = forms.CharField(label=_("First name"), max_length=80)
    family_name = forms.CharField(label=_("Last name"), max_length=80)
    date_of_birth = forms.DateField(
        label=_("Date of birth"), widget=DateInput(), validators=[not_in_future]
    )
    country_of_origin = forms.ChoiceField(label=_("Country where you were born"), choices=())
    phone = forms.CharField(
        label=_("Phone number"),
        max_length=30,
        required=False,
        help_text=_("Not required. We only use it to reach you about your application."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["country_of_origin"].choices = [("", "—"), *countries]

    def clean_date_of_birth(self):
        born = self.cleaned_data["date_of_birth"]
        today = timezone.localdate()
        age = today.year - born.year - ((today.month, today.day) < (born.month, born.day))
        if age < 16:
            raise forms.ValidationError(_("You must be 16 or older to apply."))
        if age > 100:
            raise forms.ValidationError(_("This date is more than 100 years ago. Check the year."))
        return born


class HouseholdForm(StepForm):
    step = Step.HOUSEHOLD
    household = forms.ChoiceField(
        label=_("Who do you live with?"), choices=Intake.Household.choices, widget=forms.RadioSelect
    )


class ResidenceForm(StepForm):
    step = Step.RESIDENCE
    residence_type = forms.ChoiceField(
        label=_("Where do you live now?"),
        choices=Intake.Residence.choices,
        widget=forms.RadioSelect,
    )
    azc_location = forms.CharField(
        label=_("Which reception centre (AZC)?"),
        max_length=120,
        required=False,
        help_text=_("Only if you live in a reception centre. For example: AZC Katwijk."),
    )
    municipality = forms.ModelChoiceField(
        label=_("In which municipality is your home?"),
        queryset=Municipality.objects.all(),
        required=False,
        to_field_name="code",
        help_text=_("Only if you have your own home."),
    )

    def clean(self):
        data = super().clean()
        kind = data.get("residence_type")
        if kind == Intake.Residence.AZC and not data.get("azc_location"):
            self.add_error("azc_location", _("Please write the name of your reception centre."))
        if kind == Intake.Residence.OWN_HOME and not data.get("municipality"):
            self.add_error("municipality", _("Please choose the municipality where you live."))
        return data


class LanguagesForm(StepForm):
    step = Step.LANGUAGES
    languages_spoken = forms.CharField(
        label=_("Which languages do you speak?"),
        max_length=200,
        help_text=_("For example: Arabic, English, Tigrinya."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name, label in DUTCH_SKILLS:
            self.fields[name] = forms.ChoiceField(
                label=label,
                choices=[("", "—"), *CEFR.choices],
                help_text=_("Your own guess is fine. We do not test you now."),
            )
            self.fields[name].widget.attrs.update(
                {"class": "utrecht-select", "aria-describedby": f"id_{name}_help"}
            )


class EducationForm(StepForm):
    step = Step.EDUCATION
    education_level = forms.ChoiceField(
        label=_("What is your highest school or training?"),
        choices=EDUCATION_LEVELS,
        widget=forms.RadioSelect,
    )


class DiplomaForm(forms.Form):
    """One diploma, added on the education step. All fields empty: nothing is added."""

    diploma_country = forms.ChoiceField(
        label=_("Country of the diploma"), choices=(), required=False
    )
    diploma_level = forms.CharField(
        label=_("Level"),
        max_length=100,
        required=False,
        help_text=_("For example: secondary school, nursing school, bachelor."),
    )
    diploma_field = forms.CharField(
        label=_("Subject"), max_length=100, required=False, help_text=_("For example: nursing.")
    )
    diploma_year = forms.IntegerField(label=_("Year you got it"), required=False)
    diploma_file = forms.FileField(
        label=_("Photo or scan of the diploma"),
        required=False,
        # Phones then offer the camera and matching files; the server still checks the content.
        widget=forms.FileInput(attrs={"accept": ",".join(ACCEPTED_TYPES)}),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["diploma_country"].choices = [("", "—"), *countries]

    @property
    def is_empty(self):
        return not any(self.data.get(name) for name in self.fields if name != "diploma_file") and (
            not self.files.get("diploma_file")
        )

    def clean_diploma_year(self):
        year = self.cleaned_data.get("diploma_year")
        if year is not None and not 1940 <= year <= timezone.localdate().year:
            raise forms.ValidationError(
                _("Write a year between 1940 and %(year)s.") % {"year": timezone.localdate().year}
            )
        return year

    def clean(self):
        data = super().clean()
        if not self.is_empty and not data.get("diploma_level") and not data.get("diploma_field"):
            self.add_error("diploma_level", _("Write the level or the subject of the diploma."))
        return data


class WorkForm(StepForm):
    step = Step.WORK
    worked_in_care = forms.ChoiceField(
        label=_("Have you worked in care before?"),
        choices=YES_NO,
        widget=forms.RadioSelect,
        help_text=_("Paid or unpaid, in the Netherlands or in another country."),
    )
    work_experience = forms.CharField(
        label=_("Tell us about your work"),
        widget=forms.Textarea(attrs={"rows": 5}),
        max_length=4000,
        required=False,
        help_text=_("Which work, where, and for how long. You may write in your own language."),
    )


class MotivationForm(StepForm):
    step = Step.MOTIVATION
    motivation = forms.CharField(
        label=_("Why do you want to work in care?"),
        widget=forms.Textarea(attrs={"rows": 6}),
        min_length=20,
        max_length=4000,
        help_text=_("You may write in any language. A few sentences is enough."),
    )


class AvailabilityForm(StepForm):
    step = Step.AVAILABILITY
    available_from = forms.DateField(label=_("From when can you start?"), widget=DateInput())
    hours_per_week = forms.IntegerField(
        label=_("How many hours a week can you learn and work?"),
        min_value=8,
        max_value=40,
        help_text=_("Between 8 and 40 hours."),
    )

    def clean_available_from(self):
        start = self.cleaned_data["available_from"]
        today = timezone.localdate()
        if start < today:
            raise forms.ValidationError(_("This date has passed. Choose today or a later date."))
        if start > today + datetime.timedelta(days=2 * 365):
            raise forms.ValidationError(_("This date is more than two years away. Check the year."))
        return start


class ConsentForm(StepForm):
    step = Step.CONSENT
    consent = forms.BooleanField(
        label=_("I agree that the programme uses my data to select participants."),
        error_messages={
            "required": _(
                "You can only apply if you agree. Without it we cannot read your application."
            )
        },
    )


FORMS = {
    Step.PERSONAL: PersonalForm,
    Step.HOUSEHOLD: HouseholdForm,
    Step.RESIDENCE: ResidenceForm,
    Step.LANGUAGES: LanguagesForm,
    Step.EDUCATION: EducationForm,
    Step.WORK: WorkForm,
    Step.MOTIVATION: MotivationForm,
    Step.AVAILABILITY: AvailabilityForm,
    Step.CONSENT: ConsentForm,
}


def questions_for(programme):
    return list(IntakeQuestion.objects.filter(programme=programme).order_by("step", "position"))


def stored_initial(form_class, intake):
    """The saved answers of one step, as the form's initial values."""
    return {
        name: intake.answers.get(name.removeprefix("q_"))
        for name in _field_names(form_class, intake)
    }


def _field_names(form_class, intake):
    form = form_class(programme=intake.programme, questions=questions_for(intake.programme))
    return list(form.fields)


def step_is_complete(step, intake, questions) -> bool:
    """Do the saved answers of this step pass its form (all required answered, all valid)?"""
    form_class = FORMS[step]
    probe = form_class(programme=intake.programme, questions=questions)
    data = {}
    for name in probe.fields:
        value = intake.answers.get(name.removeprefix("q_"))
        if value is True:
            value = "on"
        if value not in (None, False):
            data[name] = value
    return form_class(data, programme=intake.programme, questions=questions).is_valid()


def copy_columns(intake):
    """Copy the answers the queue filters on into the Intake's own columns."""
    answers = intake.answers
    intake.given_name = (answers.get("given_name") or "")[:80]
    intake.family_name = (answers.get("family_name") or "")[:80]
    intake.household = answers.get("household") or ""
    intake.residence_type = answers.get("residence_type") or ""
    code = answers.get("municipality")
    intake.municipality = Municipality.objects.filter(code=code).first() if code else None
    levels = [answers.get(name) for name, _label in DUTCH_SKILLS]
    if all(level in CEFR_ORDER for level in levels):
        intake.dutch_level = min(levels, key=CEFR_ORDER.index)
    else:
        intake.dutch_level = ""


def _display(field, value):
    if value in (None, ""):
        return "—"
    if isinstance(value, bool):
        return _("Yes") if value else _("No")
    if isinstance(field, forms.ModelChoiceField):
        return str(Municipality.objects.filter(code=value).first() or value)
    if isinstance(field, forms.ChoiceField):
        return str(dict(field.choices).get(value, value))
    if isinstance(field, forms.DateField):
        return datetime.date.fromisoformat(value).strftime("%d-%m-%Y")
    return str(value)


def answer_rows(intake, questions=None):
    """[(step label, step key, [(question label, shown answer), ...]), ...] for reading back."""
    questions = questions if questions is not None else questions_for(intake.programme)
    rows = []
    for step in Step:
        form = FORMS[step](programme=intake.programme, questions=questions)
        items = [
            (field.label, _display(field, intake.answers.get(name.removeprefix("q_"))))
            for name, field in form.fields.items()
        ]
        if step == Step.EDUCATION:
            for diploma in intake.answers.get("diplomas", []):
                items.append((_("Diploma"), diploma_summary(diploma)))
        rows.append((step.label, step.value, items))
    return rows


def diploma_summary(diploma) -> str:
    country = dict(countries).get(diploma.get("country") or "", diploma.get("country") or "")
    parts = [diploma.get("level"), diploma.get("field"), country, str(diploma.get("year") or "")]
    return ", ".join(part for part in parts if part)
