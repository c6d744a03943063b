from modeltranslation.translator import TranslationOptions, register

from .models import Area, Challenge, Goal, Initiative, Kpi, Organisation, Partnership, StageChange


@register(Organisation)
class OrganisationTranslation(TranslationOptions):
    fields = ("name", "description", "services")
    required_languages = ("sv",)


@register(Area)
class AreaTranslation(TranslationOptions):
    fields = ("name", "description")
    required_languages = ("sv",)


@register(Goal)
class GoalTranslation(TranslationOptions):
    fields = ("name",)
    required_languages = ("sv",)


@register(Challenge)
class ChallengeTranslation(TranslationOptions):
    fields = ("title", "summary", "body")
    required_languages = {"sv": ("title", "summary")}


@register(Initiative)
class InitiativeTranslation(TranslationOptions):
    fields = ("title", "summary", "what", "why", "how", "lessons_learned", "image_description")
    required_languages = {"sv": ("title", "summary")}


@register(Partnership)
class PartnershipTranslation(TranslationOptions):
    fields = ("role",)


@register(StageChange)
class StageChangeTranslation(TranslationOptions):
    fields = ("rationale", "evidence")


@register(Kpi)
class KpiTranslation(TranslationOptions):
    fields = ("name",)
    required_languages = ("sv",)
