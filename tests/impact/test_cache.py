"""The dashboard is computed once per filters and language and served from the cache until
a write to public content commits; the collaboration network's drawing is bounded, its
tables and downloads are not. On the hand-built world of conftest.py."""

import pytest

from gnista.impact import network as network_module
from gnista.impact import views
from gnista.impact.network import NetworkDrawing, network
from gnista.impact.scope import Filters
from gnista.portfolio.models import Initiative
from tests import factories

from .conftest import day
from .test_views import csv_rows

pytestmark = pytest.mark.django_db

SHARED = "{shared} of the {started} initiatives started from 2023 to 2025"


def results(page: str) -> str:
    return page[page.index('<div id="impact-results">') : page.index("</main>")]


def test_the_dashboard_is_served_from_the_cache_until_a_write_commits(
    client, world, django_capture_on_commit_callbacks, django_assert_max_num_queries
):
    assert SHARED.format(shared=2, started=6) in client.get("/en/impact/").text
    with django_assert_max_num_queries(5):  # the filters' choices, not the figures
        assert SHARED.format(shared=2, started=6) in client.get("/en/impact/").text
    # A write that sends no signal (and so does not move the data version) is not seen:
    # the page comes from the cache.
    Initiative.objects.filter(pk=world.i4.pk).update(starts_on=None)
    assert SHARED.format(shared=2, started=6) in client.get("/en/impact/").text
    # A committed save is: an initiative of two administrations, started in 2025.
    with django_capture_on_commit_callbacks(execute=True):
        factories.initiative(owner=world.a1, partners=[(world.a3, "")], starts_on=day("2025-05-05"))
    assert SHARED.format(shared=3, started=6) in client.get("/en/impact/").text  # I4 has no start now


def test_a_new_release_computes_afresh(client, world, monkeypatch):
    assert SHARED.format(shared=2, started=6) in client.get("/en/impact/").text
    Initiative.objects.filter(pk=world.i4.pk).update(starts_on=None)  # no signal: still cached
    assert SHARED.format(shared=2, started=6) in client.get("/en/impact/").text
    monkeypatch.setattr(views, "made_by", lambda: "the next release")
    assert SHARED.format(shared=2, started=5) in client.get("/en/impact/").text


def test_the_downloads_are_recomputed_after_a_write(client, world, django_capture_on_commit_callbacks):
    def totals():
        return csv_rows(client.get("/en/impact/internal-collaboration.csv"))[-1]

    assert totals() == ["Total", "6", "2", "33.3"]
    with django_capture_on_commit_callbacks(execute=True):
        factories.initiative(owner=world.a1, partners=[(world.a3, "")], starts_on=day("2025-05-05"))
    assert totals() == ["Total", "7", "3", "42.9"]


def test_each_language_and_set_of_filters_has_its_own_figures(client, world):
    assert SHARED.format(shared=2, started=6) in client.get("/en/impact/").text
    assert "Av de 6 initiativ som startade under 2023–2025 drivs 2 " in client.get("/sv/impact/").text
    in_2025 = client.get("/en/impact/?year=2025").text
    assert "1 of the 3 initiatives started in 2025" in in_2025
    htmx = client.get("/en/impact/?year=2025", headers={"HX-Request": "true"}).text
    assert "1 of the 3 initiatives started in 2025" in htmx and "<html" not in htmx


def test_notices_are_not_cached_with_the_figures(client, world):
    assert "is not recognised" in client.get("/en/impact/?area=nowhere").text
    assert "is not recognised" not in client.get("/en/impact/").text


def test_the_database_cache_holds_the_dashboard(client, world, settings, django_assert_max_num_queries):
    settings.CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.db.DatabaseCache", "LOCATION": "gnista_cache"}
    }
    first = client.get("/en/impact/?per=quarter").text
    with django_assert_max_num_queries(7):  # the filters' choices, the data version, the page
        second = client.get("/en/impact/?per=quarter").text
    assert results(second) == results(first)


# ------------------------------------------------------------------------ the network
@pytest.fixture
def three_drawn(monkeypatch):
    monkeypatch.setattr(network_module, "DRAWN", 3)


def test_a_large_network_draws_its_most_connected_organisations(world, three_drawn):
    whole = network(Filters())
    # The counts, the most connected and the bridges are over the whole network of 8
    # organisations and 12 links (test_network.py counts them by hand).
    assert (whole.organisations, whole.links, whole.cross_sector_share) == (8, 12, 58.3)
    assert [node.name.text for node in whole.most_connected][:3] == [
        "Betaförvaltningen",
        "Bolaget AB",
        "Alfaförvaltningen",
    ]
    assert len(whole.bridges) == 7 and whole.is_bounded
    # The drawing: the three most connected, and the links among them (A1-A2, A1-B1, A2-B1).
    assert {node.name.text for node in whole.nodes} == {
        "Betaförvaltningen",
        "Bolaget AB",
        "Alfaförvaltningen",
    }
    assert sorted(edge.weight for edge in whole.edges) == [1, 1, 2]
    drawing = NetworkDrawing(whole)
    assert len(drawing.nodes) == 3 and len(drawing.lines) == 3


def test_the_page_says_what_the_drawing_leaves_out(client, world, three_drawn):
    page = client.get("/en/impact/").text
    assert "The drawing shows the 3 most connected of the 8 organisations" in page
    assert "8 organisations are linked through the initiatives they share" in page


def test_the_network_downloads_hold_every_organisation_and_link(client, world, three_drawn):
    actors = csv_rows(client.get("/en/impact/network-actors.csv"))
    assert len(actors) == 1 + 8
    assert [row[0] for row in actors[1:]] == sorted(row[0] for row in actors[1:])
    links = csv_rows(client.get("/en/impact/network.csv"))
    assert len(links) == 1 + 12
    assert links[1] == ["Betaförvaltningen", "Public sector", "Bolaget AB", "Business", "2"]
    assert [int(row[-1]) for row in links[1:]] == sorted((int(row[-1]) for row in links[1:]), reverse=True)


def test_a_small_network_is_drawn_whole(world):
    whole = network(Filters())
    assert not whole.is_bounded and len(whole.nodes) == 8 and len(whole.edges) == 12
