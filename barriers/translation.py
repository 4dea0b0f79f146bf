"""Barrier texts in Dutch, English and Arabic (django-modeltranslation)."""

from modeltranslation.translator import TranslationOptions, register

from barriers.models import BarrierType


@register(BarrierType)
class BarrierTypeTranslation(TranslationOptions):
    fields = ("name", "description", "solutions")
    required_languages = ("nl",)
