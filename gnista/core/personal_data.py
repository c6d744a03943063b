"""Each app registers how to export and erase the personal data it holds, so that the
accounts app can serve a person's data rights without importing the apps above it."""

from collections.abc import Callable
from typing import Any

Exporter = Callable[[Any], Any]
Eraser = Callable[[Any], None]

exporters: dict[str, Exporter] = {}
erasers: dict[str, Eraser] = {}


def register(name: str, *, export: Exporter, erase: Eraser | None = None) -> None:
    exporters[name] = export
    if erase is not None:
        erasers[name] = erase


def export_for(user) -> dict[str, Any]:
    return {name: export(user) for name, export in sorted(exporters.items())}


def erase_for(user) -> None:
    """Anonymise what stays as public record and delete the rest, app by app."""
    for erase in erasers.values():
        erase(user)
