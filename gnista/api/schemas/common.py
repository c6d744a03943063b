from typing import Literal

from django.conf import settings
from django.urls import reverse
from ninja import Field, Schema
from pydantic import create_model

Language = Literal[tuple(code for code, _name in settings.LANGUAGES)]


def choices(text_choices) -> type:
    """The values of a model's choices as a type, so the schema lists them."""
    return Literal[tuple(text_choices.values)]


def without_null_default(schema: dict) -> None:
    if schema.get("default", ...) is None:
        del schema["default"]


def absent(description: str, **options):
    """The Field of an optional query parameter, annotated without None: left out it is
    None all the same, while a union with None would show in the docs and make pydantic
    report each bad value twice."""
    return Field(None, description=description, json_schema_extra=without_null_default, **options)


class ErrorOut(Schema):
    detail: str
    errors: dict[str, list[str]]


class OrganisationRef(Schema):
    slug: str
    name: str


def page_of(item: type[Schema]) -> type[Schema]:
    return create_model(
        f"{item.__name__.removesuffix('Out')}Page",
        __base__=Schema,
        items=(list[item], ...),
        next=(str | None, ...),
    )


def absolute_url(context, instance) -> str:
    """The public page of the record, in the language of the response."""
    return context["request"].build_absolute_uri(instance.get_absolute_url())


def page_url(context, name: str, **kwargs) -> str:
    return context["request"].build_absolute_uri(reverse(name, kwargs=kwargs))


READ_ERRORS = {400: ErrorOut, 401: ErrorOut, 429: ErrorOut}
DETAIL_ERRORS = {400: ErrorOut, 401: ErrorOut, 404: ErrorOut, 429: ErrorOut}
WRITE_ERRORS = {400: ErrorOut, 401: ErrorOut, 403: ErrorOut, 404: ErrorOut, 429: ErrorOut}

# The largest id a database holds; larger numbers in an address find nothing.
MAX_ID = 2**63 - 1
