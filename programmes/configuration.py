"""What a programme admin edits without a deploy: settings, stages, questions, rules, criteria.

Each kind is a ModelForm over the Dutch, English and Arabic columns that
django-modeltranslation adds; the programme is set by the view, never posted.
"""

from dataclasses import dataclass

from django import forms
from django.utils.translation import gettext_lazy as _

from barriers.models import BarrierType
from participants.models import Skill
from programmes.models import EligibilityRule, IntakeQuestion, Programme, SelectionCriterion, Stage

LANGUAGES = ("nl", "en", "ar")


def translated(*names):
    return [f"{name}_{language}" for name in names for language in LANGUAGES]


class LabelledForm(forms.ModelForm):
    """Adds the language to each translated field's label: "Name (Arabic)"."""

    LANGUAGE_NAMES = {"nl": _("Dutch"), "en": _("English"), "ar": _("Arabic")}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name, field in self.fields.items():
            base, _sep, language = name.rpartition("_")
            if language in self.LANGUAGE_NAMES and base:
                model_field = self._meta.model._meta.get_field(base)
                field.label = (
                    f"{model_field.verbose_name.capitalize()} ({self.LANGUAGE_NAMES[language]})"
                )
                if language == "ar":
                    field.widget.attrs.update({"dir": "rtl", "lang": "ar"})
                if language != "nl":
                    field.required = False


class ProgrammeSettingsForm(LabelledForm):
    class Meta:
        model = Programme
        fields = [
            "intake_open",
            "decision_weeks",
            "requires_two_reviewers",
            "retention_years",
            "contact_email",
            *translated("privacy_statement"),
        ]


class StageForm(LabelledForm):
    class Meta:
        model = Stage
        fields = ["key", "position", "expected_months", *translated("name", "description", "goal")]


class QuestionForm(LabelledForm):
    class Meta:
        model = IntakeQuestion
        fields = [
            "step",
            "key",
            "position",
            "kind",
            "required",
            *translated("label", "help_text", "choices"),
        ]

    def clean(self):
        data = super().clean()
        if data.get("kind") == IntakeQuestion.Kind.CHOICE and not data.get("choices_nl"):
            self.add_error("choices_nl", _("A question with choices needs at least one choice."))
        return data


class RuleForm(LabelledForm):
    class Meta:
        model = EligibilityRule
        fields = ["position", "answer", "operator", "value", *translated("explanation")]


class BarrierForm(LabelledForm):
    class Meta:
        model = BarrierType
        fields = ["code", "position", "is_active", *translated("name", "description", "solutions")]


class SkillForm(LabelledForm):
    class Meta:
        model = Skill
        fields = ["kind", "position", *translated("name", "description")]


class CriterionForm(LabelledForm):
    class Meta:
        model = SelectionCriterion
        fields = ["position", "weight", "scale_max", *translated("name", "description")]


@dataclass(frozen=True)
class Kind:
    slug: str
    model: type
    form: type
    title: object
    add_title: object  # a whole sentence per kind: translators need no grammar puzzles
    unique_key: str | None = None  # a field that must be unique within the programme


KINDS = {
    kind.slug: kind
    for kind in (
        Kind("stages", Stage, StageForm, _("Stages of the route"), _("Add a stage"), "key"),
        Kind(
            "questions",
            IntakeQuestion,
            QuestionForm,
            _("Extra intake questions"),
            _("Add a question"),
            "key",
        ),
        Kind("rules", EligibilityRule, RuleForm, _("Eligibility rules"), _("Add a rule")),
        Kind(
            "criteria",
            SelectionCriterion,
            CriterionForm,
            _("Selection criteria"),
            _("Add a criterion"),
        ),
        Kind(
            "barriers",
            BarrierType,
            BarrierForm,
            _("Barriers (switch off the ones you do not use)"),
            _("Add a barrier"),
            "code",
        ),
        Kind("skills", Skill, SkillForm, _("Skills framework"), _("Add a skill")),
    )
}


def check_unique(kind, form, programme, instance):
    """Uniqueness per programme: the form cannot see the programme, so check it here."""
    checks = [kind.unique_key] if kind.unique_key else []
    if kind.model is Stage:
        checks.append("position")
    for field in checks:
        value = form.cleaned_data.get(field)
        clash = kind.model.objects.filter(programme=programme, **{field: value})
        if instance.pk:
            clash = clash.exclude(pk=instance.pk)
        if value is not None and clash.exists():
            form.add_error(field, _("This programme already has one with this value."))
    return not form.errors
