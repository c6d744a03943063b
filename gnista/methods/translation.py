from modeltranslation.translator import TranslationOptions, register

from .models import Method


@register(Method)
class MethodTranslation(TranslationOptions):
    fields = ("title", "summary", "body")
    required_languages = {"sv": ("title", "summary")}
