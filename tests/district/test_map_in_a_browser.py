"""The district map in a real Chromium when there are more places than it draws one by one:
groups with their counts, zooming into a group, asking again for the part shown, and many
places at one spot sharing a marker."""

import datetime

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

from gnista.district import geo

pytestmark = pytest.mark.browser

WCAG = {"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]}}


@pytest.fixture
def no_tiles(settings):
    settings.MAP_TILE_URL = ""


@pytest.fixture
def crowded(transactional_db, monkeypatch):
    """Four actors a few metres apart in the north-west, two initiatives far from them;
    the map draws at most three places one by one."""
    from tests import factories

    monkeypatch.setattr(geo, "MAX_PLACES", 3)
    for number in range(4):
        factories.organisation(
            name_sv=f"Trångt {number}", latitude=f"56.09{number * 2}", longitude=f"12.60{number * 2}"
        )
    factories.initiative(title_sv="Laddstolpar i hamnen", latitude="56.0400", longitude="12.6900")
    factories.initiative(title_sv="Solceller på taket", latitude="56.0100", longitude="12.7500")


def drawn(page) -> tuple[list[int], int]:
    """The counts of the groups on the map, and how many actors it draws one by one, once
    the map has its answer."""
    page.wait_for_selector("#district-map[data-ready]:not([aria-busy])")
    counts = [int(text) for text in page.locator(".map-marker--group .map-marker__count").all_inner_texts()]
    return counts, page.locator(".map-marker--actor").count()


def asks_for_a_box(response) -> bool:
    return "features.geojson" in response.url and "bbox=" in response.url


def test_groups_show_their_counts_and_open_when_chosen(live_server, crowded, no_tiles, page):
    # The first answer covers the whole map; fitted to it, the map asks for what it shows.
    with page.expect_response(asks_for_a_box):
        page.goto(live_server.url + "/sv/map/")
    groups, actors = drawn(page)
    assert groups and sum(groups) + actors == 4
    assert page.get_by_role("button", name="Initiativ: Laddstolpar i hamnen").count() == 1
    # Chosen from the keyboard, a group zooms the map into its places, which the map asks
    # for by the part it shows.
    for _ in range(5):
        with page.expect_response(asks_for_a_box):
            page.locator(".map-marker--group").first.focus()
            page.keyboard.press("Enter")
        groups, actors = drawn(page)
        if not groups:
            break
    assert not groups and actors >= 1
    assert page.get_by_role("button", name="Aktör: Trångt 0").is_visible()
    assert page.console_errors == []


def test_the_grouped_map_has_no_accessibility_violations(live_server, crowded, no_tiles, page):
    page.goto(live_server.url + "/en/map/")
    page.wait_for_selector("#district-map[data-ready]")
    results = Axe().run(page, options=WCAG)
    assert results.violations_count == 0, results.generate_report()


def test_many_places_at_one_spot_share_a_marker_that_lists_them(
    live_server, transactional_db, no_tiles, page
):
    from django.utils import timezone

    from gnista.events import services
    from gnista.events.models import Event
    from gnista.portfolio.models import OrganisationKind
    from tests import factories

    hub = factories.organisation(
        name_sv="Mindpark", kind=OrganisationKind.HUB, latitude="56.0465", longitude="12.6945"
    )
    for day in range(1, 11):
        starts = timezone.now() + datetime.timedelta(days=day)
        services.save_event(Event(title_sv=f"Möte {day}", hub=hub, starts_at=starts))
    factories.initiative(title_sv="Laddstolpar i hamnen", latitude="56.0400", longitude="12.6900")
    page.goto(live_server.url + "/sv/map/")
    page.wait_for_selector("#district-map[data-ready]")
    expect(page.locator(".leaflet-marker-icon")).to_have_count(2)
    spot = page.locator(".map-marker--counted")
    assert spot.locator(".map-marker__count").inner_text() == "11"
    spot.click()
    popup = page.locator(".leaflet-popup")
    expect(popup.get_by_role("link")).to_have_count(11)
    assert popup.get_by_role("link", name="Mindpark", exact=True).is_visible()
    assert page.console_errors == []
