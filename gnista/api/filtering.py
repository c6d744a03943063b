"""The pages' own FilterSets filter the API's lists, so a filter means the same in both.
Unlike the pages, which drop values they do not understand and say so, the API refuses
them: a 400 naming the parameter.

The query parameters in the OpenAPI schema are made from the same FilterSets."""

import datetime
from typing import Literal

import django_filters
from django.utils import translation
from django.utils.translation import gettext as _
from pydantic import create_model

from .errors import ApiError, messages_by_field
from .pagination import PageQuery
from .schemas.common import absent

# Sorting would break the cursor's order by id.
NOT_IN_API = ("sort",)


def parameter(filter_: django_filters.Filter, alias: str | None):
    """The type and Field of the query parameter for one filter."""
    label = str(filter_.label or filter_.field_name)
    several = "; repeat the parameter for any of several."
    # The model filters first: they are choice filters too.
    if isinstance(filter_, django_filters.ModelMultipleChoiceFilter):
        key = filter_.extra.get("to_field_name") or "id"
        return list[str], absent(f"{label}, by {key}{several}", alias=alias)
    if isinstance(filter_, django_filters.ModelChoiceFilter):
        key = filter_.extra.get("to_field_name") or "id"
        return str, absent(f"{label}, by {key}.", alias=alias)
    if isinstance(filter_, django_filters.MultipleChoiceFilter):
        values = tuple(str(value) for value, _label in filter_.extra["choices"])
        return list[Literal[values]], absent(f"{label}{several}", alias=alias)
    if isinstance(filter_, django_filters.ChoiceFilter):
        values = tuple(str(value) for value, _label in filter_.extra["choices"])
        return Literal[values], absent(label, alias=alias)
    if isinstance(filter_, django_filters.DateFilter):
        return datetime.date, absent(f"{label} (YYYY-MM-DD).", alias=alias)
    return str, absent(label, alias=alias)


def query_schema(filterset_class, name: str, renamed: dict[str, str] | None = None, base=PageQuery):
    """A query schema with a parameter for each filter of the FilterSet (under another
    name where `renamed` says so), plus cursor, limit and lang."""
    renamed = renamed or {}
    with translation.override("en"):
        fields = {
            filter_name: parameter(filter_, renamed.get(filter_name))
            for filter_name, filter_ in filterset_class.base_filters.items()
            if filter_name not in NOT_IN_API
        }
    return create_model(name, __base__=base, **fields)


def filtered(request, filterset_class, queryset, renamed: dict[str, str] | None = None):
    """The queryset as the FilterSet filters it with the request's parameters; 400 if
    any value is not one the filter accepts."""
    data = request.GET.copy()
    for filter_name, public_name in (renamed or {}).items():
        data.setlist(filter_name, data.pop(public_name, []))
    filterset = filterset_class(data, queryset=queryset, request=request)
    if not filterset.is_valid():
        errors = messages_by_field(filterset.errors)
        for filter_name, public_name in (renamed or {}).items():
            if filter_name in errors:
                errors[public_name] = errors.pop(filter_name)
        raise ApiError(400, _("A filter has a value it does not accept; see errors."), errors)
    return filterset
