from modeltranslation.translator import TranslationOptions, register

from .models import Criterion, Fund, FundingRound


@register(Criterion)
class CriterionTranslation(TranslationOptions):
    fields = ("title", "description")
    required_languages = {"sv": ("title",)}


@register(Fund)
class FundTranslation(TranslationOptions):
    fields = ("name", "description")
    required_languages = {"sv": ("name",)}


@register(FundingRound)
class FundingRoundTranslation(TranslationOptions):
    fields = ("name",)
    required_languages = ("sv",)
