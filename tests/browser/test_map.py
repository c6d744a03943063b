"""The district map in a real Chromium: Leaflet draws a marker for every located place
under the strict CSP, axe finds nothing, and the keyboard gets past the map to the list."""

import base64
import datetime

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

WCAG = {"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]}}
# A one-pixel PNG, served in place of the tile server's tiles (the test machines are offline).
TILE = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8/5+hHgAHggJ/PchI7wAAAABJRU5ErkJggg=="
)


@pytest.fixture
def places(transactional_db):
    from django.utils import timezone

    from gnista.district.models import District
    from gnista.events import services
    from gnista.events.models import Event
    from gnista.portfolio.models import OrganisationKind, Outcome
    from tests import factories

    mindpark = factories.organisation(
        slug="mindpark",
        name_sv="Mindpark",
        kind=OrganisationKind.HUB,
        latitude="56.0465",
        longitude="12.6945",
    )
    factories.organisation(
        slug="hetch", name_sv="Hetch", kind=OrganisationKind.HUB, latitude="56.0478", longitude="12.6906"
    )
    factories.organisation(slug="sensorbolaget", name_sv="Sensorbolaget", latitude="56.05", longitude="12.70")
    factories.initiative(title_sv="Laddstolpar i hamnen", latitude="56.0400", longitude="12.6900")
    factories.initiative(
        title_sv="Ett stoppat test", outcome=Outcome.STOPPED, latitude="56.0520", longitude="12.7120"
    )
    factories.initiative(title_sv="Initiativ utan plats")
    starts = timezone.now() + datetime.timedelta(days=2)
    services.save_event(Event(title_sv="Frukost på Mindpark", hub=mindpark, starts_at=starts))
    District.objects.create(
        name_sv="Innovationsdistriktet",
        latitude="56.046",
        longitude="12.695",
        boundary={
            "type": "Polygon",
            "coordinates": [
                [[12.68, 56.035], [12.72, 56.035], [12.72, 56.06], [12.68, 56.06], [12.68, 56.035]]
            ],
        },
    )


@pytest.fixture
def no_tiles(settings):
    settings.MAP_TILE_URL = ""


def located(page, live_server, lang="sv") -> int:
    data = page.request.get(f"{live_server.url}/{lang}/map/features.geojson").json()
    return sum(1 for feature in data["features"] if feature["geometry"]["type"] == "Point")


def open_map(page, live_server, path="/sv/map/"):
    page.goto(live_server.url + path)
    page.wait_for_selector("#district-map[data-ready]")


def test_the_map_draws_a_marker_for_every_located_place(live_server, places, no_tiles, page):
    open_map(page, live_server)
    assert page.locator("#district-map").is_visible()
    assert page.locator(".leaflet-marker-icon").count() == located(page, live_server) == 6
    assert page.locator(".leaflet-tile").count() == 0, "no tile layer when MAP_TILE_URL is empty"
    assert page.locator("path.leaflet-interactive, .leaflet-overlay-pane path").count() == 1, "the boundary"
    # A marker is a button named by its kind and title; its popup links to the page.
    marker = page.get_by_role("button", name="Hubb: Mindpark")
    marker.click()
    popup = page.locator(".leaflet-popup")
    assert (
        popup.get_by_role("link", name="Mindpark", exact=True).get_attribute("href") == "/sv/hubs/mindpark/"
    )
    assert popup.get_by_role("link", name="Frukost på Mindpark").is_visible(), (
        "the hub's events share its spot"
    )
    assert page.console_errors == [], "no CSP or script errors"


def test_tiles_come_from_the_configured_server_under_the_csp(live_server, places, page):
    requested = []

    def tile(route):
        requested.append(route.request.url)
        route.fulfill(status=200, content_type="image/png", body=TILE)

    page.route("https://tile.openstreetmap.org/**", tile)
    open_map(page, live_server)
    page.wait_for_selector(".leaflet-tile-loaded")
    assert requested and all(url.endswith(".png") for url in requested)
    assert "OpenStreetMap" in page.locator(".leaflet-control-attribution").inner_text()
    assert page.console_errors == [], "the tile server is allowed by img-src"


@pytest.mark.parametrize("lang", ["sv", "en", "da"])
def test_the_map_page_has_no_accessibility_violations(live_server, places, no_tiles, page, lang):
    axe = Axe()
    open_map(page, live_server, f"/{lang}/map/")
    results = axe.run(page, options=WCAG)
    assert results.violations_count == 0, results.generate_report()
    page.locator(".leaflet-marker-icon").first.click()
    expect(page.locator(".leaflet-popup")).to_have_css("opacity", "1")  # faded in
    results = axe.run(page, options=WCAG)
    assert results.violations_count == 0, "with a popup open: " + results.generate_report()
    assert page.console_errors == []


def test_tab_moves_past_the_map_to_the_list(live_server, places, no_tiles, page):
    open_map(page, live_server)
    page.focus("#district-map")
    stops = located(page, live_server) + 10  # markers, zoom buttons, attribution links
    for _ in range(stops):
        page.keyboard.press("Tab")
        if page.evaluate("!!document.activeElement.closest('#map-list')"):
            break
    assert page.evaluate("document.activeElement.closest('#map-list a')?.getAttribute('href')"), (
        "Tab leaves the map and reaches the links of the list"
    )


def test_a_marker_opens_its_popup_from_the_keyboard(live_server, places, no_tiles, page):
    open_map(page, live_server)
    page.get_by_role("button", name="Initiativ: Laddstolpar i hamnen").focus()
    page.keyboard.press("Enter")
    link = page.locator(".leaflet-popup").get_by_role("link", name="Laddstolpar i hamnen")
    assert link.is_visible()
    assert page.evaluate("document.activeElement.textContent") == "Laddstolpar i hamnen", "focus in the popup"
    page.keyboard.press("Escape")
    expect(page.locator(".leaflet-popup")).to_have_count(0)
    assert "Laddstolpar i hamnen" in page.evaluate("document.activeElement.textContent"), (
        "focus back on the marker"
    )


def test_the_skip_link_jumps_over_the_map(live_server, places, no_tiles, page):
    open_map(page, live_server)
    page.focus("form.map-filters button")
    page.keyboard.press("Tab")
    skip = page.locator(".map-skip")
    assert page.evaluate("document.activeElement.className") == "map-skip"
    assert skip.is_visible(), "it shows when focused"
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "map-list"


def test_without_javascript_the_list_has_everything(live_server, places, browser):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(live_server.url + "/sv/map/?kind=initiative&kind=hub")
    assert not page.locator("#district-map").is_visible(), "no empty map box"
    links = page.locator("#map-list a")
    assert links.count() == 4
    page.get_by_role("checkbox", name="Hubbar").uncheck()
    page.get_by_role("button", name="Visa").click()
    assert page.url.endswith("/sv/map/?kind=initiative")
    assert page.locator("#map-list a").count() == 2
    context.close()


def test_the_demo_map_has_a_marker_for_every_place_and_no_violations(live_server, demo, no_tiles, page):
    open_map(page, live_server, "/en/map/")
    assert page.locator(".leaflet-marker-icon").count() == located(page, live_server, "en")
    results = Axe().run(page, options=WCAG)
    assert results.violations_count == 0, results.generate_report()
    assert page.console_errors == []


def test_at_320_pixels_the_list_follows_the_map_without_horizontal_scrolling(
    live_server, places, no_tiles, browser
):
    context = browser.new_context(viewport={"width": 320, "height": 640})
    page = context.new_page()
    page.goto(live_server.url + "/sv/map/")
    page.wait_for_selector("#district-map[data-ready]")
    overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
    map_box = page.locator("#district-map").bounding_box()
    list_box = page.locator("#map-list").bounding_box()
    context.close()
    assert overflow <= 0
    assert list_box["y"] >= map_box["y"] + map_box["height"], "the list comes below the map"
