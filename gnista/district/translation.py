from modeltranslation.translator import TranslationOptions, register

from .models import District, PeerDistrict, PeerSession, Theme


@register(District)
class DistrictTranslation(TranslationOptions):
    fields = ("name", "description", "geography")
    required_languages = {"sv": ("name",)}


@register(Theme)
class ThemeTranslation(TranslationOptions):
    fields = ("name", "description")
    required_languages = {"sv": ("name",)}


@register(PeerDistrict)
class PeerDistrictTranslation(TranslationOptions):
    fields = ("name", "description")
    required_languages = {"sv": ("name",)}


@register(PeerSession)
class PeerSessionTranslation(TranslationOptions):
    fields = ("lessons",)
