"""How a programme selects: its extra intake questions, eligibility rules and criteria.

All of it is data that a programme admin edits in three languages; a new
programme needs no deploy.
"""

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from django_scopes import ScopedManager


class Step(models.TextChoices):
    """The steps of the intake form, in order."""

    PERSONAL = "personal", _("About you")
    HOUSEHOLD = "household", _("Your household")
    RESIDENCE = "residence", _("Where you live")
    LANGUAGES = "languages", _("Languages")
    EDUCATION = "education", _("School and diplomas")
    WORK = "work", _("Work experience")
    MOTIVATION = "motivation", _("Motivation")
    AVAILABILITY = "availability", _("When you can start")
    CONSENT = "consent", _("Permission")


class IntakeQuestion(models.Model):
    """An extra question a programme adds to one step of its intake form."""

    class Kind(models.TextChoices):
        TEXT = "text", _("Short text")
        LONG_TEXT = "long_text", _("Long text")
        YES_NO = "yes_no", _("Yes or no")
        CHOICE = "choice", _("One choice from a list")
        NUMBER = "number", _("Number")
        DATE = "date", _("Date")

    programme = models.ForeignKey(
        "programmes.Programme", on_delete=models.CASCADE, related_name="intake_questions"
    )
    step = models.CharField(_("step"), max_length=20, choices=Step.choices)
    key = models.SlugField(
        _("key"), max_length=60, help_text=_("Used in eligibility rules. Letters, digits, dashes.")
    )
    position = models.PositiveSmallIntegerField(_("position"), default=1)
    kind = models.CharField(_("kind of answer"), max_length=12, choices=Kind.choices)
    label = models.CharField(_("question"), max_length=200)
    help_text = models.CharField(_("explanation"), max_length=300, blank=True)
    choices = models.TextField(
        _("choices"), blank=True, help_text=_("For a choice: one option per line.")
    )
    required = models.BooleanField(_("required"), default=True)

    objects = ScopedManager(programme="programme")

    class Meta:
        ordering = ["step", "position"]
        constraints = [
            models.UniqueConstraint(fields=["programme", "key"], name="intake_question_key_unique")
        ]
        verbose_name = _("intake question")
        verbose_name_plural = _("intake questions")

    def __str__(self):
        return self.label

    def choice_list(self):
        return [line.strip() for line in (self.choices or "").splitlines() if line.strip()]


class EligibilityRule(models.Model):
    """A condition an applicant must meet, with a plain explanation of why."""

    class Operator(models.TextChoices):
        EQUALS = "equals", _("is")
        ONE_OF = "one_of", _("is one of")
        AT_LEAST = "at_least", _("is at least (language level)")

    programme = models.ForeignKey(
        "programmes.Programme", on_delete=models.CASCADE, related_name="eligibility_rules"
    )
    position = models.PositiveSmallIntegerField(_("position"), default=1)
    answer = models.CharField(
        _("answer"),
        max_length=60,
        help_text=_(
            "The key of an answer: household, residence_type, municipality, worked_in_care, "
            "dutch_level, or the key of an extra question."
        ),
    )
    operator = models.CharField(_("test"), max_length=10, choices=Operator.choices)
    value = models.CharField(
        _("value"), max_length=300, help_text=_("For 'is one of': values separated by commas.")
    )
    explanation = models.CharField(
        _("explanation for the applicant"),
        max_length=300,
        help_text=_("Plain words: who the programme is for, and why."),
    )

    objects = ScopedManager(programme="programme")

    class Meta:
        ordering = ["position"]
        verbose_name = _("eligibility rule")
        verbose_name_plural = _("eligibility rules")

    def __str__(self):
        return self.explanation


class SelectionCriterion(models.Model):
    """What reviewers score an applicant on, with its weight in the total."""

    programme = models.ForeignKey(
        "programmes.Programme", on_delete=models.CASCADE, related_name="selection_criteria"
    )
    position = models.PositiveSmallIntegerField(_("position"), default=1)
    name = models.CharField(_("name"), max_length=120)
    description = models.CharField(_("what to look at"), max_length=300, blank=True)
    weight = models.PositiveSmallIntegerField(
        _("weight"), default=1, validators=[MinValueValidator(1), MaxValueValidator(10)]
    )
    scale_max = models.PositiveSmallIntegerField(
        _("highest score"), default=5, validators=[MinValueValidator(2), MaxValueValidator(10)]
    )

    objects = ScopedManager(programme="programme")

    class Meta:
        ordering = ["position"]
        verbose_name = _("selection criterion")
        verbose_name_plural = _("selection criteria")

    def __str__(self):
        return self.name
