"""Writing to the audit log. Services call `record` inside their transaction, so an
entry exists exactly when the change it describes was committed."""

import datetime
import decimal
from collections.abc import Iterable

from django.db import models
from django.db.models.fields.files import FieldFile

from .models import AuditEntry


def snapshot(instance: models.Model, fields: list[str] | None = None, related: Iterable[str] = ()) -> dict:
    """The instance's concrete field values as JSON-safe data (foreign keys as ids), and
    the ids of the many-to-many relations named in `related` (one query each)."""
    data = {name: sorted(getattr(instance, name).values_list("pk", flat=True)) for name in related}
    for field in instance._meta.concrete_fields:
        if fields is not None and field.name not in fields and field.attname not in fields:
            continue
        if field.name in ("search_text",):
            continue
        value = getattr(instance, field.attname)
        data[field.name] = jsonable(value)
    return data


def jsonable(value):
    if isinstance(value, (datetime.date, datetime.datetime, datetime.time)):
        return value.isoformat()
    if isinstance(value, decimal.Decimal):
        return str(value)
    if isinstance(value, FieldFile):
        return value.name or ""
    if isinstance(value, (list, tuple, set)):
        return sorted(jsonable(item) for item in value)
    return value


def entry(actor, action: str, instance: models.Model, before: dict | None, after: dict | None) -> AuditEntry:
    """An unsaved entry, for bulk writers such as the import."""
    return AuditEntry(
        actor=actor if getattr(actor, "is_authenticated", False) else None,
        action=action,
        object_type=instance._meta.label_lower,
        object_id=str(instance.pk),
        object_repr=str(instance)[:300],
        before=before,
        after=after,
    )


def record(actor, action: str, instance: models.Model, before: dict | None = None, after: dict | None = None):
    """Log one change. Pass before=None for a creation and after=None for a deletion."""
    if before is not None and after is not None and before == after:
        return None
    log_entry = entry(actor, action, instance, before, after)
    log_entry.save()
    return log_entry
