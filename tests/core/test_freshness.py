"""Cached figures are served until a committed write to public content, then recomputed."""

import pytest
from django.contrib.sessions.models import Session
from django.core.cache import cache
from django.utils import timezone, translation

from gnista.core import freshness
from gnista.portfolio.models import Area
from tests import factories

pytestmark = pytest.mark.django_db


def count_areas() -> int:
    return Area.objects.count()


def test_a_cached_figure_is_reused_until_a_write_commits(django_capture_on_commit_callbacks):
    factories.area()
    assert freshness.cached("areas", (), count_areas) == 1
    Area.objects.create(slug="uncommitted", name_sv="Ej sparad ännu")
    assert freshness.cached("areas", (), count_areas) == 1, "the write has not been committed"
    with django_capture_on_commit_callbacks(execute=True):
        factories.area()
    assert freshness.cached("areas", (), count_areas) == 3


def test_deletes_and_relation_changes_move_the_version(django_capture_on_commit_callbacks):
    initiative = factories.initiative()
    area = factories.area()
    before = freshness.data_version()
    with django_capture_on_commit_callbacks(execute=True):
        initiative.areas.add(area)
    after_relation = freshness.data_version()
    with django_capture_on_commit_callbacks(execute=True):
        area.delete()
    assert len({before, after_relation, freshness.data_version()}) == 3


def test_writes_outside_the_public_content_leave_the_cache_alone(django_capture_on_commit_callbacks):
    before = freshness.data_version()
    with django_capture_on_commit_callbacks(execute=True):
        Session.objects.create(session_key="k" * 32, session_data="", expire_date=timezone.now())
    assert freshness.data_version() == before


def test_parameters_and_language_are_part_of_the_key():
    def compute():
        return (translation.get_language(), calls.append(1))[0]

    calls = []
    assert freshness.cached("figure", ("a",), compute) == "sv"
    assert freshness.cached("figure", ("a",), compute) == "sv"
    with translation.override("da"):
        assert freshness.cached("figure", ("a",), compute) == "da"
    freshness.cached("figure", ("b",), compute)
    assert len(calls) == 3


def test_the_database_cache_stores_the_figures(settings):
    settings.CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.db.DatabaseCache", "LOCATION": "gnista_cache"}
    }
    assert freshness.cached("rows", (), lambda: [{"year": 2026, "count": 3}]) == [{"year": 2026, "count": 3}]
    assert cache.get(freshness.VERSION_KEY) == freshness.data_version()
    assert freshness.cached("rows", (), lambda: pytest.fail("computed again")) == [{"year": 2026, "count": 3}]


def test_a_request_reads_the_version_once_and_sees_its_own_writes(django_capture_on_commit_callbacks):
    # The receivers themselves: sending request_started would also close the test's connection.
    freshness._request_started()
    try:
        first = freshness.data_version()
        cache.set(freshness.VERSION_KEY, "moved by another server")
        assert freshness.data_version() == first, "read once per request"
        with django_capture_on_commit_callbacks(execute=True):
            factories.area()
        assert freshness.data_version() not in (first, "moved by another server")
    finally:
        freshness._request_finished()
    cache.set(freshness.VERSION_KEY, "moved again")
    assert freshness.data_version() == "moved again", "outside a request every call reads the cache"
