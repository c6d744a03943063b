"""The language of translated fields in API responses: `?lang=`, else Accept-Language,
else Swedish. Cookies and sessions play no part, unlike on the pages."""

from django.conf import settings
from django.utils.translation import get_supported_language_variant
from django.utils.translation.trans_real import parse_accept_lang_header

CODES = [code for code, _name in settings.LANGUAGES]


def requested_language(request) -> str:
    asked = request.GET.get("lang")
    if asked in CODES:
        return asked
    for code, _quality in parse_accept_lang_header(request.headers.get("Accept-Language", "")):
        if code == "*":
            break
        try:
            return get_supported_language_variant(code)
        except LookupError:
            continue
    return settings.LANGUAGE_CODE
