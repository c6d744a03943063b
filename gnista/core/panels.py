"""Extension points on pages: an app above another adds a section to its pages
(ideas and offers on a challenge page, say) without the lower app importing it.

A panel is a function (request, obj) -> HTML string or "" ; pages render them in order."""

from collections.abc import Callable

from django.utils.safestring import SafeString, mark_safe

Panel = Callable[..., str]
registry: dict[str, list[Panel]] = {}


def register(page: str, panel: Panel) -> None:
    registry.setdefault(page, []).append(panel)


def render(page: str, request, obj) -> SafeString:
    return mark_safe("".join(panel(request, obj) for panel in registry.get(page, [])))
