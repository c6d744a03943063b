"""Loads the demo methods (data.py). Idempotent: methods are matched by slug and updated."""

from django.conf import settings
from django.db import transaction

from ..models import Method

LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]


def translated(field: str, texts: dict[str, str]) -> dict[str, str]:
    return {f"{field}_{code}": texts.get(code, "").strip() for code in LANGUAGE_CODES}


@transaction.atomic
def load() -> dict[str, int]:
    from . import data

    for item in data.METHODS:
        method = Method.objects.filter(slug=item["slug"]).first() or Method(slug=item["slug"])
        for name in ("title", "summary", "body"):
            for key, value in translated(name, item[name]).items():
                setattr(method, key, value)
        method.stage = item["stage"]
        method.position = item["position"]
        method.is_published = item.get("is_published", True)
        method.full_clean()
        method.save()
    return {"methods": len(data.METHODS)}
