"""Fields that an admin writes in Dutch, English and Arabic (django-modeltranslation)."""

from modeltranslation.translator import TranslationOptions, register

from programmes.models import EligibilityRule, IntakeQuestion, Programme, SelectionCriterion, Stage


@register(Programme)
class ProgrammeTranslation(TranslationOptions):
    fields = (
        "name",
        "tagline",
        "description",
        "audience",
        "offer",
        "selection",
        "privacy_statement",
    )
    required_languages = ("nl",)


@register(Stage)
class StageTranslation(TranslationOptions):
    fields = ("name", "description", "goal")
    required_languages = ("nl",)


@register(IntakeQuestion)
class IntakeQuestionTranslation(TranslationOptions):
    fields = ("label", "help_text", "choices")
    required_languages = ("nl",)


@register(EligibilityRule)
class EligibilityRuleTranslation(TranslationOptions):
    fields = ("explanation",)
    required_languages = ("nl",)


@register(SelectionCriterion)
class SelectionCriterionTranslation(TranslationOptions):
    fields = ("name", "description")
    required_languages = ("nl",)
