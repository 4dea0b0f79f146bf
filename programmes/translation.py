"""Fields that an admin writes in Dutch, English and Arabic (django-modeltranslation)."""

from modeltranslation.translator import TranslationOptions, register

from programmes.models import Programme, Stage


@register(Programme)
class ProgrammeTranslation(TranslationOptions):
    fields = ("name", "tagline", "description", "audience", "offer", "selection")
    required_languages = ("nl",)


@register(Stage)
class StageTranslation(TranslationOptions):
    fields = ("name", "description", "goal")
    required_languages = ("nl",)
