from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils.html import format_html
from django.utils.translation import get_language, get_language_info

register = template.Library()


@register.simple_tag
def lang_attr(obj, field: str):
    """`lang="sv"` when a translated field is shown in the fallback language because the
    current language has no text, so screen readers pronounce it right."""
    language = get_language()
    default = settings.MODELTRANSLATION_DEFAULT_LANGUAGE
    if language == default or getattr(obj, f"{field}_{language}", None):
        return ""
    return format_html(' lang="{}"', default)


@register.inclusion_tag("core/language_switcher.html", takes_context=True)
def language_switcher(context):
    """Links to the same page, with the same query, in every language."""
    request = context["request"]
    current = get_language()
    query = request.GET.urlencode()
    languages = []
    for code, _name in settings.LANGUAGES:
        url = translate_url(request.path, code)
        languages.append(
            {
                "code": code,
                "name": get_language_info(code)["name_local"],
                "url": f"{url}?{query}" if query else url,
                "current": code == current,
            }
        )
    return {"languages": languages}
