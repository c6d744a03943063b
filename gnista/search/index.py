"""Keeping the search index in step with the things it finds.

Saving or deleting a searchable object updates its rows at once, in the same
transaction (receivers.py). Writes that send no signals (bulk_create, queryset.update)
need `update_many()` or `gnista rebuild-search-index`."""

from collections.abc import Iterable
from itertools import batched

from django.db import transaction

from gnista.core import freshness

from . import sources
from .models import Entry

# PostgreSQL's tsvector holds at most 1 MB; no page of the site is anywhere near this long.
MAX_TEXT = 100_000
BATCH = 500


def entries_of(source: sources.Source, obj) -> list[Entry]:
    entries = []
    for document in source.documents(obj):
        title = document.title[:MAX_TEXT]
        body = document.body[:MAX_TEXT]
        entries.append(
            Entry(
                kind=source.kind,
                object_id=obj.pk,
                language=document.language,
                title=title,
                body=body,
                folded_title=sources.fold(title),
                folded=sources.fold(f"{title}\n{body}"),
            )
        )
    return entries


def store(kind: str, pks: list, entries: list[Entry]) -> None:
    """Make `entries` the rows of the objects `pks`. Rows are written with an upsert, so
    that two transactions indexing the same object at once cannot collide."""
    if pks:
        kept = {(entry.object_id, entry.language) for entry in entries}
        stored = Entry.objects.filter(kind=kind, object_id__in=pks).values_list("pk", "object_id", "language")
        Entry.objects.filter(pk__in=[pk for pk, *key in stored if tuple(key) not in kept]).delete()
    Entry.objects.bulk_create(
        entries,
        batch_size=BATCH,
        update_conflicts=True,
        unique_fields=["kind", "object_id", "language"],
        update_fields=["title", "body", "folded_title", "folded"],
    )


def update(obj) -> None:
    """Index a searchable object as it is now, or take it out when it is not public (a
    draft challenge, a hidden idea, an unpublished method)."""
    source = sources.for_model(type(obj))
    if source is None or obj.pk is None:
        return
    with transaction.atomic():
        store(source.kind, [obj.pk], entries_of(source, obj) if source.is_public(obj) else [])


def remove(obj) -> None:
    source = sources.for_model(type(obj))
    if source is not None and obj.pk is not None:
        Entry.objects.filter(kind=source.kind, object_id=obj.pk).delete()


def update_many(objects: Iterable) -> None:
    """Index objects written in bulk (the portfolio import creates initiatives this way),
    a few queries for each BATCH of them."""
    by_source: dict[str, tuple[sources.Source, list]] = {}
    for obj in objects:
        source = sources.for_model(type(obj))
        if source is not None and obj.pk is not None:
            by_source.setdefault(source.kind, (source, []))[1].append(obj)
    with transaction.atomic():
        freshness.changed()  # rankings kept in the cache (engine.search) are out of date
        for source, items in by_source.values():
            for chunk in batched(items, BATCH, strict=False):
                pks = [obj.pk for obj in chunk]
                public = set(source.public_objects().filter(pk__in=pks).values_list("pk", flat=True))
                entries = [entry for obj in chunk if obj.pk in public for entry in entries_of(source, obj)]
                store(source.kind, pks, entries)


def rebuild() -> dict[str, int]:
    """Build the whole index anew; returns how many objects of each kind it holds."""
    counts = {}
    with transaction.atomic():
        freshness.changed()  # rankings kept in the cache (engine.search) are out of date
        Entry.objects.all().delete()
        for source in sources.installed():
            batch, count = [], 0
            for obj in source.public_objects().order_by("pk").iterator(chunk_size=BATCH):
                batch.extend(entries_of(source, obj))
                count += 1
                if len(batch) >= BATCH:
                    store(source.kind, [], batch)
                    batch = []
            store(source.kind, [], batch)
            counts[source.kind] = count
    return counts


def is_empty() -> bool:
    return not Entry.objects.exists()
