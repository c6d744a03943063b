"""The district map: the GeoJSON endpoint, the page with the list beside the map (which
must carry everything without JavaScript), the tile server's place in the CSP, and the
vendored Leaflet."""

import datetime
import json
import math
import re

import pytest
from django.contrib.staticfiles import finders
from django.templatetags.static import static
from django.utils import timezone

from gnista.district import geo
from gnista.district.models import District
from gnista.events import services as event_services
from gnista.events.models import Event, EventStatus
from gnista.portfolio.models import OrganisationKind, Outcome, Stage
from gnista.settings import csp_origin
from tests import factories

pytestmark = pytest.mark.django_db

FEATURES = "/sv/map/features.geojson"
BOUNDARY = {
    "type": "Polygon",
    "coordinates": [[[12.69, 56.04], [12.71, 56.04], [12.71, 56.06], [12.69, 56.06], [12.69, 56.04]]],
}


def event(**fields) -> Event:
    starts = timezone.now() + datetime.timedelta(days=3)
    defaults = {
        "title_sv": "Frukostmöte",
        "starts_at": starts,
        "ends_at": starts + datetime.timedelta(hours=2),
    }
    return event_services.save_event(Event(**(defaults | fields)))


@pytest.fixture
def places():
    hub = factories.organisation(
        slug="mindpark",
        name_sv="Mindpark",
        name_en="Mindpark (en)",
        kind=OrganisationKind.HUB,
        address="Bredgatan 11",
        latitude="56.046500",
        longitude="12.694500",
    )
    hidden_hub = factories.organisation(
        slug="utan-plats", name_sv="Hubb utan plats", kind=OrganisationKind.HUB
    )
    factories.organisation(slug="sensorbolaget", name_sv="Sensorbolaget", latitude=56.05, longitude=12.70)
    factories.organisation(slug="okant-bolag", name_sv="Bolag utan plats")
    factories.initiative(
        slug="laddstolpar",
        title_sv="Laddstolpar i hamnen",
        stage=Stage.DEVELOP,
        latitude="56.040000",
        longitude="12.690000",
    )
    factories.initiative(
        slug="stoppat",
        title_sv="Ett stoppat test",
        outcome=Outcome.STOPPED,
        latitude="56.052",
        longitude="12.712",
    )
    factories.initiative(slug="overallt", title_sv="Initiativ överallt")
    event(title_sv="Frukost på Mindpark", hub=hub)
    start = timezone.now() - datetime.timedelta(days=30)
    event(
        title_sv="Veckomöte på Mindpark",
        hub=hub,
        starts_at=start,
        ends_at=start + datetime.timedelta(hours=1),
        rrule="FREQ=WEEKLY;COUNT=20",
    )
    event(title_sv="Möte i hubben utan plats", hub=hidden_hub)
    event(title_sv="Möte utan hubb", place="Dunkers kulturhus")
    event(
        title_sv="Långt fram", hub=hub, starts_at=timezone.now() + datetime.timedelta(days=90), ends_at=None
    )
    event(title_sv="Redan över", hub=hub, starts_at=timezone.now() - datetime.timedelta(days=5), ends_at=None)
    event(title_sv="Inställt", hub=hub, status=EventStatus.CANCELLED)
    District.objects.create(
        name_sv="Innovationsdistriktet", boundary=BOUNDARY, latitude=56.05, longitude=12.7
    )
    return hub


def collection(client, query=""):
    response = client.get(FEATURES + query)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/geo+json"
    return json.loads(response.content)


def titles(data, kind=None):
    return {
        feature["properties"]["title"]
        for feature in data["features"]
        if kind is None or feature["properties"]["kind"] == kind
    }


def test_the_geojson_is_a_valid_feature_collection(client, places):
    data = collection(client)
    assert data["type"] == "FeatureCollection"
    assert data["features"]
    for feature in data["features"]:
        assert feature["type"] == "Feature"
        properties = feature["properties"]
        assert set(properties) >= {"kind", "title", "url", "subtitle"}
        geometry = feature["geometry"]
        if properties["kind"] == "district":
            assert geometry == BOUNDARY
            continue
        assert properties["kind"] in {"hub", "actor", "initiative", "event"}
        assert properties["url"].startswith("/sv/")
        assert geometry["type"] == "Point"
        longitude, latitude = geometry["coordinates"]
        assert all(isinstance(number, float) for number in (longitude, latitude))
        assert -180 <= longitude <= 180 and -90 <= latitude <= 90
        # RFC 7946 order: longitude first (Helsingborg is at 12.7 E, 56.0 N).
        assert 12 < longitude < 13 and 56 < latitude < 57


def test_located_places_are_on_the_map_and_the_rest_are_not(client, places):
    data = collection(client)
    assert titles(data, "hub") == {"Mindpark"}
    assert titles(data, "actor") == {"Sensorbolaget"}
    assert titles(data, "initiative") == {"Laddstolpar i hamnen", "Ett stoppat test"}
    assert titles(data, "event") == {"Frukost på Mindpark", "Veckomöte på Mindpark"}
    assert titles(data, "district") == {"Innovationsdistriktet"}


def test_places_carry_their_pages_and_a_short_description(client, places):
    features = {feature["properties"]["title"]: feature for feature in collection(client)["features"]}
    hub = features["Mindpark"]
    assert hub["geometry"]["coordinates"] == [12.6945, 56.0465]
    assert hub["properties"]["url"] == "/sv/hubs/mindpark/"
    assert hub["properties"]["subtitle"] == "Bredgatan 11"
    assert features["Sensorbolaget"]["properties"]["url"] == "/sv/actors/sensorbolaget/"
    initiative = features["Laddstolpar i hamnen"]["properties"]
    assert initiative["url"] == "/sv/initiatives/laddstolpar/"
    assert initiative["subtitle"].startswith("2.")
    assert "Stoppat" in features["Ett stoppat test"]["properties"]["subtitle"]
    # An event sits at its hub and says when it next happens.
    weekly = features["Veckomöte på Mindpark"]
    assert weekly["geometry"]["coordinates"] == hub["geometry"]["coordinates"]
    assert weekly["properties"]["url"].startswith("/sv/events/")
    assert "Mindpark" in weekly["properties"]["subtitle"]
    starts = datetime.datetime.fromisoformat(weekly["properties"]["starts_at"])
    assert timezone.now() <= starts <= timezone.now() + datetime.timedelta(days=7)


def test_titles_follow_the_language_and_fall_back_to_swedish(client, places):
    data = json.loads(client.get("/en/map/features.geojson").content)
    hub = next(feature for feature in data["features"] if feature["properties"]["kind"] == "hub")
    assert hub["properties"]["title"] == "Mindpark (en)"
    assert hub["properties"]["lang"] == "en"
    assert hub["properties"]["url"] == "/en/hubs/mindpark/"
    assert "Laddstolpar i hamnen" in titles(data, "initiative")
    initiative = next(
        feature for feature in data["features"] if feature["properties"]["kind"] == "initiative"
    )
    assert initiative["properties"]["lang"] == "sv"


def test_the_kind_filter_picks_kinds(client, places):
    data = collection(client, "?kind=hub&kind=initiative")
    assert {feature["properties"]["kind"] for feature in data["features"]} == {
        "hub",
        "initiative",
        "district",
    }
    data = collection(client, "?kind=event")
    assert titles(data) - {"Innovationsdistriktet"} == {"Frukost på Mindpark", "Veckomöte på Mindpark"}
    data = collection(client, "?kind=actor")
    assert titles(data) - {"Innovationsdistriktet"} == {"Sensorbolaget"}


@pytest.mark.parametrize(
    "query, kinds",
    [
        ("?kind=nonsense", {"hub", "actor", "initiative", "event", "district"}),
        ("?kind=nonsense&kind=hub", {"hub", "district"}),
        ("?kind=%3Cscript%3E&kind=&kind=" + "x" * 3000, {"hub", "actor", "initiative", "event", "district"}),
        ("?kind=HUB", {"hub", "actor", "initiative", "event", "district"}),
    ],
)
def test_bad_filter_values_are_ignored(client, places, query, kinds):
    data = collection(client, query)
    assert {feature["properties"]["kind"] for feature in data["features"]} == kinds
    response = client.get("/sv/map/" + query)
    assert response.status_code == 200
    if "nonsense" in query:
        assert "nonsense" in response.content.decode(), "the page says what it ignored"


def test_a_boundary_that_is_not_geojson_is_left_out(client, places):
    for boundary in [{"type": "Point", "coordinates": [12.7, 56]}, {"type": "Polygon"}, "nonsense", [1, 2]]:
        District.objects.update(boundary=boundary)
        assert "district" not in {f["properties"]["kind"] for f in collection(client)["features"]}
    feature = {"type": "Feature", "properties": {}, "geometry": BOUNDARY}
    District.objects.update(boundary=feature)
    assert titles(collection(client), "district") == {"Innovationsdistriktet"}


def test_no_district_means_no_boundary_and_the_default_view(client, places):
    District.objects.all().delete()
    assert "district" not in {f["properties"]["kind"] for f in collection(client)["features"]}
    response = client.get("/sv/map/")
    assert response.status_code == 200
    assert response.context["view"] == {"latitude": 56.0465, "longitude": 12.6945, "zoom": 13}


def test_the_geojson_may_be_cached_for_five_minutes(client, places):
    response = client.get(FEATURES)
    assert "max-age=300" in response["Cache-Control"]


def test_the_number_of_queries_does_not_grow_with_the_places(
    client, places, django_assert_max_num_queries, django_capture_on_commit_callbacks
):
    # Organisations and initiatives: how many and where, then the places; events: the
    # plain ones, then the series with its changes; the district.
    with django_assert_max_num_queries(8):
        client.get(FEATURES)
    with django_capture_on_commit_callbacks(execute=True):  # committed: the data version moves
        for number in range(8):
            hub = factories.organisation(
                kind=OrganisationKind.HUB, latitude=56.0 + number / 100, longitude=12.7
            )
            event(title_sv=f"Möte {number}", hub=hub)
            factories.initiative(latitude=f"56.0{number}", longitude="12.6")
            factories.organisation(latitude=56.0 + number / 100, longitude=12.65)
    with django_assert_max_num_queries(8):
        data = collection(client)
    # The district, Mindpark, Sensorbolaget, two initiatives and two events, then 4 per round.
    assert len(data["features"]) == 7 + 4 * 8
    with django_assert_max_num_queries(8):
        data = collection(client, "?bbox=12.5,55.9,12.8,56.2")
    assert len(data["features"]) == 7 + 4 * 8
    with django_assert_max_num_queries(14):
        assert client.get("/sv/map/").status_code == 200


def links_in_the_list(html: str) -> set[str]:
    section = re.search(r'<section id="map-list".*?</section>', html, re.S).group(0)
    return set(re.findall(r'<a href="([^"]+)"', section))


def test_the_page_lists_every_place_on_the_map_without_javascript(client, places, settings):
    response = client.get("/sv/map/")
    assert response.status_code == 200
    html = response.content.decode()
    urls = {
        feature["properties"]["url"]
        for feature in collection(client)["features"]
        if feature["geometry"]["type"] == "Point"
    }
    assert links_in_the_list(html) == urls
    assert len(urls) == 6
    for label in geo.KINDS.values():
        assert f"{label} <span" in html, "a heading for each kind"
    assert "Hubb utan plats" not in html and "Möte utan hubb" not in html
    # The map: a labelled region, hidden until the script shows it, configured by data-.
    map_tag = re.search(r'<div id="district-map"[^>]*>', html).group(0)
    assert 'role="region"' in map_tag and "aria-label=" in map_tag and " hidden" in map_tag
    assert 'data-features-url="/sv/map/features.geojson"' in map_tag
    assert f'data-tile-url="{settings.MAP_TILE_URL}"' in map_tag
    assert 'data-latitude="56.05"' in map_tag and 'data-zoom="14"' in map_tag, "numbers are not localised"
    # No inline script (the CSP forbids it): every script is a file.
    assert all("src=" in tag for tag in re.findall(r"<script[^>]*>", html))
    assert static("district/map.js") in html and static("vendor/leaflet-1.9.4/leaflet.js") in html


def test_the_filter_form_works_without_javascript(client, places):
    response = client.get("/sv/map/?kind=initiative")
    html = response.content.decode()
    assert links_in_the_list(html) == {"/sv/initiatives/laddstolpar/", "/sv/initiatives/stoppat/"}
    assert re.search(r'<input type="checkbox" name="kind" value="initiative"[^>]*checked', html)
    assert not re.search(r'<input type="checkbox" name="kind" value="hub"[^>]*checked', html)
    assert 'data-features-url="/sv/map/features.geojson?kind=initiative"' in html


def test_the_page_marks_titles_shown_in_swedish_on_other_languages(client, places):
    html = client.get("/en/map/").content.decode()
    assert '<a href="/en/initiatives/laddstolpar/" lang="sv">Laddstolpar i hamnen</a>' in html
    assert '<a href="/en/hubs/mindpark/">Mindpark (en)</a>' in html


def test_the_map_is_in_the_main_navigation(client, places):
    html = client.get("/sv/map/").content.decode()
    assert re.search(r'<a href="/sv/map/" aria-current="page">', html)
    assert '<a href="/sv/map/"' in client.get("/sv/").content.decode()


def test_an_empty_tile_url_draws_no_tiles(client, places, settings):
    settings.MAP_TILE_URL = ""
    assert 'data-tile-url=""' in client.get("/sv/map/").content.decode()


def test_the_csp_lets_the_map_load_tiles_from_the_tile_server(client, settings):
    response = client.get("/sv/map/")
    img_src = re.search(r"img-src ([^;]*)", response["Content-Security-Policy"]).group(1).split()
    expected = csp_origin(settings.MAP_TILE_URL)
    if expected:
        assert expected in img_src
    assert "'self'" in img_src
    script_src = re.search(r"script-src ([^;]*)", response["Content-Security-Policy"]).group(1)
    assert "unsafe-inline" not in script_src and "http" not in script_src, "scripts only from the site"


@pytest.mark.parametrize(
    "url, origin",
    [
        ("https://tile.openstreetmap.org/{z}/{x}/{y}.png", "https://tile.openstreetmap.org"),
        ("https://{s}.tile.example.se/{z}/{x}/{y}.png", "https://*.tile.example.se"),
        ("https://tiles.example.se:8443/v1/{z}/{x}/{y}.png?key=abc", "https://tiles.example.se:8443"),
        ("/tiles/{z}/{x}/{y}.png", None),
        ("", None),
    ],
)
def test_the_tile_servers_origin_is_taken_from_its_url(url, origin):
    assert csp_origin(url) == origin


@pytest.mark.parametrize(
    "path",
    [
        "vendor/leaflet-1.9.4/leaflet.js",
        "vendor/leaflet-1.9.4/leaflet.js.map",
        "vendor/leaflet-1.9.4/leaflet.css",
        "vendor/leaflet-1.9.4/images/marker-icon.png",
        "vendor/leaflet-1.9.4/images/layers.png",
        "vendor/leaflet-1.9.4/LICENSE",
        "vendor/leaflet-1.9.4/README",
        "district/map.js",
    ],
)
def test_leaflet_and_the_map_script_are_served_as_static_files(path):
    assert finders.find(path), path


def test_the_vendored_leaflet_is_the_pinned_version_with_its_licence():
    with open(finders.find("vendor/leaflet-1.9.4/leaflet.js"), encoding="utf-8") as script:
        assert 't.version="1.9.4"' in script.read()
    with open(finders.find("vendor/leaflet-1.9.4/LICENSE"), encoding="utf-8") as licence:
        assert "BSD 2-Clause License" in licence.read()
    with open(finders.find("vendor/leaflet-1.9.4/README"), encoding="utf-8") as readme:
        text = readme.read()
    assert "leaflet@1.9.4" in text
    assert (
        "sha512-nxS1ynzJOmOlHp+iL3FyWqK89GtNL8U8rvlMOsQdTTssxZwCXh8N2NB3GDQOL+YR3XnWyZAxwQixURb+FA74PA=="
        in text
    )


def test_the_list_is_in_kind_order_by_title_and_events_by_time(places):
    listings = geo.listed(list(geo.KINDS))
    assert [listing.kind for listing in listings] == ["hub", "actor", "initiative", "event"]
    initiatives = listings[2]
    assert [place.title for place in initiatives.places] == ["Ett stoppat test", "Laddstolpar i hamnen"]
    starts = [place.when for place in listings[3].places]
    assert len(starts) == 2 and starts == sorted(starts), "events in time order"
    assert not any(listing.more for listing in listings)


# ------------------------------------------------------------ a part of the map, and groups


def points(data):
    return [feature for feature in data["features"] if feature["geometry"]["type"] == "Point"]


def test_a_bounding_box_limits_the_places_to_that_part_of_the_map(client, places):
    # West, south, east, north: around the port (Laddstolpar at 56.04 N, 12.69 E) only.
    data = collection(client, "?bbox=12.685,56.035,12.695,56.045")
    assert titles(data) - {"Innovationsdistriktet"} == {"Laddstolpar i hamnen"}
    assert data["total"] == 1 and data["grouped"] is False
    # Mindpark's spot holds the hub and its two upcoming events.
    data = collection(client, "?bbox=12.69,56.045,12.70,56.048&kind=hub&kind=event")
    assert titles(data) - {"Innovationsdistriktet"} == {
        "Mindpark",
        "Frukost på Mindpark",
        "Veckomöte på Mindpark",
    }
    assert collection(client, "?bbox=13,57,14,58")["total"] == 0
    assert titles(collection(client, "?bbox=13,57,14,58"), "district") == {"Innovationsdistriktet"}


@pytest.mark.parametrize(
    "bbox",
    ["", "1,2,3", "a,b,c,d", "12.8,56,12.6,56.1", "12.6,56.1,12.8,56", "nan,56,12.8,56.1", "1e999,0,1,1"],
)
def test_a_bounding_box_that_is_not_one_means_the_whole_map(client, places, bbox):
    assert len(points(collection(client, f"?bbox={bbox}"))) == 6


def test_a_bounding_box_is_clamped_to_the_world():
    assert geo.Box.parse("-200,-100,200,100") == geo.Box(-180, -90, 180, 90)
    assert geo.Box.parse("12.6,56.0,12.8,56.1") == geo.Box(12.6, 56.0, 12.8, 56.1)
    assert geo.Box.parse("12.6,56.0,12.8," + "1" * 300) is None


@pytest.fixture
def crowded(monkeypatch, places):
    """More places than the map draws one by one: eight actors in the north-west corner,
    within a few metres of each other, and the fixture's places."""
    monkeypatch.setattr(geo, "MAX_PLACES", 5)
    for number in range(8):
        factories.organisation(
            name_sv=f"Trångt {number}", latitude=f"56.0990{number}", longitude=f"12.6010{number}"
        )


def test_too_many_places_are_grouped_by_the_cells_of_a_grid(client, crowded):
    data = collection(client)
    assert data["grouped"] is True
    assert data["total"] == 6 + 8
    groups = [feature for feature in points(data) if feature["properties"]["kind"] == "group"]
    alone = [feature for feature in points(data) if feature["properties"]["kind"] != "group"]
    assert sum(group["properties"]["count"] for group in groups) + len(alone) == data["total"]
    corner = next(group for group in groups if group["properties"]["counts"] == {"actor": 8})
    properties = corner["properties"]
    assert properties["title"] == "8 platser"
    assert properties["url"] is None and properties["kind_name"] == "Grupp av platser"
    west, south, east, north = properties["bounds"]
    assert (west, south) == (12.601, 56.099) and (east, north) == (12.60107, 56.09907)
    longitude, latitude = corner["geometry"]["coordinates"]
    assert west <= longitude <= east and south <= latitude <= north
    # Places alone in their cell are themselves, with their pages.
    assert "Laddstolpar i hamnen" in {feature["properties"]["title"] for feature in alone}
    assert all(feature["properties"]["url"].startswith("/sv/") for feature in alone)


def test_zoomed_in_the_places_of_a_group_come_one_by_one(client, crowded):
    data = collection(client, "?bbox=12.6,56.098,12.602,56.1")
    assert data["grouped"] is True and len(points(data)) < 8
    data = collection(client, "?bbox=12.601,56.099,12.60103,56.09903")
    assert data["grouped"] is False
    assert {feature["properties"]["title"] for feature in points(data)} == {f"Trångt {n}" for n in range(4)}


def test_a_grouped_answer_keeps_to_the_kinds_and_the_box(client, crowded):
    data = collection(client, "?kind=initiative&kind=event")
    assert data["grouped"] is False and data["total"] == 4
    data = collection(client, "?kind=actor&bbox=12.5,56.0,12.8,56.2")
    assert data["grouped"] is True and data["total"] == 9
    assert {feature["properties"]["kind"] for feature in points(data)} <= {"actor", "group"}


def test_the_grid_is_aligned_so_that_groups_stay_put_while_the_map_moves():
    box = geo.Box(12.68, 56.03, 12.72, 56.05)
    grid = geo.Grid.over(box)
    assert geo.GRID <= (box.east - box.west) / grid.width < 2 * geo.GRID
    assert grid.height == grid.width / 2, "about square on the map at 56 degrees north"
    assert 360 / grid.width == 2 ** round(math.log2(360 / grid.width)), "a whole fraction of the world"
    assert geo.Grid.over(geo.Box(12.681, 56.031, 12.721, 56.051)) == grid
    assert geo.Grid.over(geo.Box(12.7, 56.04, 12.7, 56.04)).width > 0, "one spot"


# ------------------------------------------------------------ caching


def test_the_answer_has_an_etag_and_a_time_and_answers_304_while_they_hold(
    client, places, django_capture_on_commit_callbacks
):
    response = client.get(FEATURES)
    etag, modified = response["ETag"], response["Last-Modified"]
    assert client.get(FEATURES, headers={"If-None-Match": etag}).status_code == 304
    assert client.get(FEATURES, headers={"If-Modified-Since": modified}).status_code == 304
    assert client.get(FEATURES + "?kind=hub", headers={"If-None-Match": etag}).status_code == 200
    assert client.get(FEATURES + "?bbox=12,56,13,57", headers={"If-None-Match": etag}).status_code == 200
    with django_capture_on_commit_callbacks(execute=True):
        factories.initiative(title_sv="Nytt på kartan", latitude="56.05", longitude="12.70")
    response = client.get(FEATURES, headers={"If-None-Match": etag})
    assert response.status_code == 200 and response["ETag"] != etag
    assert "Nytt på kartan" in titles(json.loads(response.content))


def test_the_whole_map_is_computed_once_until_the_data_changes(
    client, places, django_assert_max_num_queries, django_capture_on_commit_callbacks
):
    first = collection(client)
    with django_assert_max_num_queries(1):  # the district's boundary
        assert collection(client) == first
    with django_capture_on_commit_callbacks(execute=True):
        factories.organisation(name_sv="Ny aktör", latitude="56.05", longitude="12.70")
    assert "Ny aktör" in titles(collection(client), "actor")


def test_the_moment_is_the_start_of_five_minutes():
    now = datetime.datetime(2026, 11, 24, 12, 34, 56, 789, tzinfo=datetime.UTC)
    assert geo.moment(now) == datetime.datetime(2026, 11, 24, 12, 30, tzinfo=datetime.UTC)


# ------------------------------------------------------------ events


def test_upcoming_events_agree_with_the_calendar():
    """Single events are placed without the calendar; what they get must be what the
    calendar says (the expansion every other event goes through)."""
    from gnista.events import ical
    from gnista.events.models import ChangedOccurrence

    hub = factories.organisation(kind=OrganisationKind.HUB, latitude="56.05", longitude="12.70")
    now = geo.moment()
    hour = datetime.timedelta(hours=1)
    day = datetime.timedelta(days=1)
    cases = {
        "going on": (now - hour, now + hour),
        "just over": (now - 2 * hour, now - hour),
        "ends now": (now - hour, now),
        "starts now": (now, now + hour),
        "later": (now + 3 * day, now + 3 * day + hour),
        "after the window": (now + 61 * day, now + 61 * day + hour),
        "no end, begun": (now - hour, None),
        "no end, to come": (now + hour, None),
        "days long": (now - 3 * day, now + 2 * day),
    }
    for title, (starts, ends) in cases.items():
        event(title_sv=title, hub=hub, starts_at=starts, ends_at=ends)
    event(title_sv="all day today", hub=hub, starts_at=now, ends_at=None, all_day=True)
    moved = event(title_sv="moved", hub=hub, starts_at=now + day, ends_at=now + day + hour)
    ChangedOccurrence.objects.create(
        event=moved, recurrence_id=moved.starts_at, starts_at=now + 2 * day, ends_at=now + 2 * day + hour
    )
    series = event(title_sv="weekly", hub=hub, starts_at=now - 20 * day, ends_at=now - 20 * day + hour)
    series.rrule = "FREQ=WEEKLY;COUNT=10"
    event_services.save_event(series)

    found = [(place.title, place.when) for place in geo.events(now)]
    end = now + datetime.timedelta(days=geo.EVENT_DAYS)
    expected, seen = [], set()
    for occurrence in ical.occurrences(Event.objects.all(), now, end):
        if not occurrence.cancelled and occurrence.event.pk not in seen:
            seen.add(occurrence.event.pk)
            expected.append((occurrence.event.title, occurrence.starts_at))
    assert found == expected
    assert {"going on", "later", "moved", "weekly", "all day today"} <= {title for title, _when in found}


# ------------------------------------------------------------ the list beside the map


def test_the_list_shows_the_first_of_each_kind_and_links_to_the_rest(client, places, monkeypatch):
    monkeypatch.setattr(geo, "LIST_SHOWN", 1)
    response = client.get("/sv/map/")
    html = response.content.decode()
    initiatives = next(listing for listing in response.context["listings"] if listing.kind == "initiative")
    assert [place.title for place in initiatives.places] == ["Ett stoppat test"], "by title"
    assert initiatives.total == 2 and initiatives.more
    events = next(listing for listing in response.context["listings"] if listing.kind == "event")
    assert events.places == geo.events(geo.moment())[:1], "the next to come"
    links = links_in_the_list(html)
    assert {"/sv/initiatives/", "/sv/events/"} <= links
    assert "/sv/hubs/" not in links and "/sv/actors/" not in links, "one of each: it is all there"
    assert len(links) == 4 + 2
    assert response.context["place_count"] == 6


def test_the_map_page_draws_groups_with_their_own_style(client, places):
    html = client.get("/sv/map/").content.decode()
    assert static("district/map.css") in html
    assert finders.find("district/map.css")
    assert 'data-spot="' in html
