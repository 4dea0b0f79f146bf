"""Skill texts in Dutch, English and Arabic (django-modeltranslation)."""

from modeltranslation.translator import TranslationOptions, register

from participants.models import Skill


@register(Skill)
class SkillTranslation(TranslationOptions):
    fields = ("name", "description")
    required_languages = ("nl",)
