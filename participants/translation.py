"""Skill texts in Dutch, English and Arabic (django-modeltranslation)."""

from modeltranslation.translator import TranslationOptions, register

from participants.models import ConsentText, Skill


@register(Skill)
class SkillTranslation(TranslationOptions):
    fields = ("name", "description")
    required_languages = ("nl",)


@register(ConsentText)
class ConsentTextTranslation(TranslationOptions):
    fields = ("text",)
    required_languages = ("nl",)
