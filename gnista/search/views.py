from django.core.paginator import Paginator
from django.shortcuts import render
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from . import engine, query, sources

PAGE_SIZE = 20
MAX_PAGE = 500


def chosen_types(values: list[str], notices: list[str]) -> list[str]:
    known = sources.by_kind()
    types = []
    for value in values:
        if value in known:
            if value not in types:
                types.append(value)
        elif value:
            notices.append(
                _("The type “%(value)s” is not recognised and was ignored.") % {"value": value[:50]}
            )
    return types


def page_number(raw: str, notices: list[str]) -> int:
    if raw.isascii() and raw.isdigit() and 1 <= int(raw) <= MAX_PAGE:
        return int(raw)
    if raw:
        notices.append(
            _("There is no page “%(value)s”; showing page %(page)s.") % {"value": raw[:20], "page": 1}
        )
    return 1


def results(request):
    """The search page. Every query has an answer: an explanation when it is empty, a hint
    when it has no word to search for, a notice when it was shortened; never an error."""
    parsed = query.parse(request.GET.get("q", ""))
    notices = list(parsed.notices)
    types = chosen_types(request.GET.getlist("type"), notices)
    number = page_number(request.GET.get("page", ""), notices)
    language = get_language()
    found = engine.search(
        parsed, language=language, types=types, limit=PAGE_SIZE, offset=(number - 1) * PAGE_SIZE, cached=True
    )
    page = Paginator(range(found.total), PAGE_SIZE).get_page(number)
    if page.number != number:
        notices.append(
            _("There is no page “%(value)s”; showing page %(page)s.") % {"value": number, "page": page.number}
        )
        found = engine.search(
            parsed,
            language=language,
            types=types,
            limit=PAGE_SIZE,
            offset=(page.number - 1) * PAGE_SIZE,
            cached=True,
        )
    page.elided_range = list(page.paginator.get_elided_page_range(page.number, on_each_side=2, on_ends=1))
    context = {"query": parsed, "results": found, "page": page, "notices": notices}
    template = "search/results.html"
    if request.htmx and not request.htmx.boosted:
        template += "#htmx_response"
    return render(request, template, context)
