"""Request bodies made from the back office's forms, which then validate them: the API
accepts what the pages accept, field for field, and says no the way they do."""

import datetime
import decimal
from typing import Annotated, Literal

from django import forms
from django.utils import translation
from ninja import Field, Schema
from pydantic import AfterValidator, ConfigDict, StringConstraints, create_model


def storable(value: str) -> str:
    """Text a database can store: no NUL characters, no unpaired surrogates."""
    if "\x00" in value:
        raise ValueError("Text may not contain NUL characters.")
    try:
        value.encode()
    except UnicodeEncodeError:
        raise ValueError("Text must be valid Unicode.") from None
    return value


Text = Annotated[str, AfterValidator(storable)]
# Numbers a database column can be compared with.
Integer = Annotated[int, Field(ge=-(2**63), le=2**63 - 1)]


def field_type(field: forms.Field, related_by: str | None):
    if isinstance(field, forms.ModelMultipleChoiceField):
        return list[Integer] if related_by in ("number", "pk", None) else list[Text]
    if isinstance(field, forms.ModelChoiceField):
        return Integer if related_by in ("number", "pk", None) else Text
    if isinstance(field, forms.ChoiceField):
        return Literal[tuple(str(value) for value, _label in field.choices if value != "")]
    if isinstance(field, forms.BooleanField):
        return bool
    if isinstance(field, forms.DateField):
        return datetime.date
    if isinstance(field, forms.DecimalField):
        return decimal.Decimal
    if isinstance(field, forms.IntegerField):
        return Integer
    if getattr(field, "max_length", None):
        return Annotated[Text, StringConstraints(max_length=field.max_length)]
    return Text


def body_schema(
    form_class: type[forms.BaseForm],
    name: str,
    *,
    exclude: tuple[str, ...] = (),
    related_by: dict[str, str] | None = None,
    all_optional: bool = False,
) -> type[Schema]:
    """A schema with the form's fields. The schema lists the fields the form requires
    (unless `all_optional`, for changes, where what is left out stays as it is), but
    leaves it to the form to say which are missing, so that every problem with a body is
    reported at once."""
    related_by = related_by or {}
    fields, required = {}, []
    with translation.override("en"):
        for field_name, field in form_class.base_fields.items():
            if field_name in exclude:
                continue
            annotation = field_type(field, related_by.get(field_name))
            description = " ".join(str(text) for text in (field.label, field.help_text) if text)
            fields[field_name] = (annotation | None, Field(None, description=description))
            if field.required and not all_optional:
                required.append(field_name)

    class Body(Schema):
        model_config = ConfigDict(json_schema_extra={"required": required} if required else None)

    return create_model(name, __base__=Body, **fields)
