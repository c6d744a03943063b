"""Cached answers that stay correct: a figure that is costly to compute (a count over a
million ideas, the impact dashboard) is kept in the shared cache under the current *data
version*, a value that changes after every committed write to the public content. A write
makes every cached figure stale at once, on every app server, with no per-figure
invalidation to forget.

Apps that hold public content call `watch(app_config)` in their ready(); a save, delete or
many-to-many change of any of their models moves the version when its transaction commits.
Writes that send no signals (bulk_create, queryset.update) call `changed()` themselves."""

import hashlib
import threading
import time
from collections.abc import Callable, Hashable
from typing import Any

from django.core.cache import cache
from django.core.signals import request_finished, request_started
from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.utils import translation

VERSION_KEY = "gnista:data-version"
# A stale entry is never read (its key names an old version); the timeout only frees room.
ENTRY_SECONDS = 24 * 60 * 60
_watched_apps: set[str] = set()
# A page asks for several cached figures: within one request the version is read once.
_this_request = threading.local()


def data_version() -> str:
    version = getattr(_this_request, "version", None)
    if version is None:
        version = cache.get(VERSION_KEY)
        if version is None:
            cache.add(VERSION_KEY, str(time.time_ns()), None)
            version = cache.get(VERSION_KEY)
        if getattr(_this_request, "active", False):
            _this_request.version = version
    return version


def _move_version() -> None:
    _this_request.version = None
    cache.set(VERSION_KEY, str(time.time_ns()), None)


def changed() -> None:
    """The public content changed: move the version once the transaction commits (before
    that, other connections still read the old rows and must not cache them as new)."""
    transaction.on_commit(_move_version)


def _request_started(**kwargs) -> None:
    _this_request.active, _this_request.version = True, None


def _request_finished(**kwargs) -> None:
    _this_request.active, _this_request.version = False, None


request_started.connect(_request_started, dispatch_uid="gnista.freshness.request_started")
request_finished.connect(_request_finished, dispatch_uid="gnista.freshness.request_finished")


def cached(name: str, parameters: Hashable, compute: Callable[[], Any], *, per_language: bool = True) -> Any:
    """compute(), or what it returned for the same name and parameters since the last write.
    The result must pickle (plain data, not querysets)."""
    language = translation.get_language() if per_language else ""
    digest = hashlib.sha256(repr((parameters, language)).encode()).hexdigest()[:32]
    key = f"gnista:{name}:{data_version()}:{digest}"
    value = cache.get(key)
    if value is None:
        value = compute()
        cache.set(key, value, ENTRY_SECONDS)
    return value


def _written(sender, **kwargs) -> None:
    if sender._meta.app_label in _watched_apps:
        changed()


def _relations_changed(sender, action, **kwargs) -> None:
    if action.startswith("post_") and sender._meta.app_label in _watched_apps:
        changed()


def watch(app_config) -> None:
    _watched_apps.add(app_config.label)
    post_save.connect(_written, dispatch_uid="gnista.freshness.save")
    post_delete.connect(_written, dispatch_uid="gnista.freshness.delete")
    m2m_changed.connect(_relations_changed, dispatch_uid="gnista.freshness.m2m")
