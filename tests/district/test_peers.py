"""Peer districts: the GIID network's members and our partners, the themes they share,
the peer sessions they took part in; and the district's demo data."""

import datetime
import itertools

import pytest
from django.core.management import call_command
from django.utils import timezone
from django.utils.html import escape

from gnista.district.models import District, PeerDistrict, PeerSession, Theme
from gnista.events.models import Event
from gnista.portfolio.models import Organisation, OrganisationKind

pytestmark = pytest.mark.django_db


def peer(slug, name, relation="member", themes=(), **fields):
    defaults = {"city": "Galway", "country": "Ireland", "relation": relation}
    district = PeerDistrict.objects.create(slug=slug, name_sv=name, **(defaults | fields))
    district.themes.set(themes)
    return district


def session(title, days, theme, districts, lessons=""):
    starts = timezone.now() + datetime.timedelta(days=days)
    event = Event.objects.create(
        title_sv=title, starts_at=starts, ends_at=starts + datetime.timedelta(hours=1)
    )
    peer_session = PeerSession.objects.create(event=event, theme=theme, lessons_sv=lessons)
    peer_session.districts.set(districts)
    return peer_session


@pytest.fixture
def network():
    talent = Theme.objects.create(slug="talent", name_sv="Talang", name_en="Talent")
    startups = Theme.objects.create(slug="start-ups", name_sv="Start-ups", name_en="Start-ups")
    galway = peer(
        "galway",
        "Galway City Innovation District",
        themes=[startups],
        website="https://galway.example",
        description_sv="Ett distrikt i Galway.",
    )
    monash = peer(
        "monash", "Monash Technology Precinct", themes=[talent], city="Melbourne", country="Australia"
    )
    lyngby = peer(
        "science-city-lyngby",
        "Science City Lyngby",
        relation="partner",
        themes=[talent, startups],
        city="Kongens Lyngby",
        country="Denmark",
        website="https://lyngby.example",
    )
    past = session(
        "Peer session om start-ups",
        -30,
        startups,
        [galway, lyngby],
        lessons="Kapital räcker inte; första kunden.",
    )
    upcoming = session("Peer session om talang", 20, talent, [monash, lyngby])
    return {"galway": galway, "monash": monash, "lyngby": lyngby, "past": past, "upcoming": upcoming}


def names(response):
    return [peer.name for group in response.context["groups"] for peer in group["peers"]]


def test_peers_are_grouped_by_relation(client, network):
    response = client.get("/en/peers/")
    assert response.status_code == 200
    groups = {
        group["relation"]: [peer.name for peer in group["peers"]] for group in response.context["groups"]
    }
    assert groups == {
        "member": ["Galway City Innovation District", "Monash Technology Precinct"],
        "partner": ["Science City Lyngby"],
    }
    html = response.text
    assert html.index("Members of the GIID network") < html.index("Partners")
    for text in ["Kongens Lyngby, Denmark", "Melbourne, Australia", "Ett distrikt i Galway.", "Talent"]:
        assert text in html, text
    assert '<a href="https://galway.example" rel="noopener">galway.example</a>' in html


def test_peer_list_shows_the_sessions_each_took_part_in(client, network):
    html = client.get("/sv/peers/").text
    past, upcoming = network["past"].event, network["upcoming"].event
    assert f'href="{past.get_absolute_url()}"' in html and f'href="{upcoming.get_absolute_url()}"' in html
    assert "Kapital räcker inte; första kunden." in html
    assert html.count("Peer session om talang") == 2, "Monash and Lyngby both took part"


@pytest.mark.parametrize(
    "query, expected",
    [
        ("theme=talent", ["Monash Technology Precinct", "Science City Lyngby"]),
        ("theme=start-ups", ["Galway City Innovation District", "Science City Lyngby"]),
        ("", ["Galway City Innovation District", "Monash Technology Precinct", "Science City Lyngby"]),
    ],
)
def test_the_theme_filter(client, network, query, expected):
    response = client.get(f"/en/peers/?{query}")
    assert names(response) == expected
    assert not response.context["notices"]


def test_the_chosen_theme_is_marked_and_the_count_says_so(client, network):
    html = client.get("/en/peers/?theme=talent").text
    assert '<a href="/en/peers/?theme=talent" aria-current="page">Talent</a>' in html
    assert "2 peer districts on Talent" in html


@pytest.mark.parametrize(
    "query",
    ["theme=pirates", "theme=%00", "theme=talent&theme=nope", "theme[]=x", "theme=" + "x" * 2000, "page=-1"],
)
def test_bad_theme_values_are_ignored_with_a_notice(client, network, query):
    response = client.get(f"/en/peers/?{query}")
    assert response.status_code == 200
    assert names(response)


def test_an_unknown_theme_is_reported(client, network):
    response = client.get("/en/peers/?theme=pirates")
    assert len(response.context["notices"]) == 1 and len(names(response)) == 3


def test_peer_page_shows_everything_about_the_district(client, network):
    response = client.get("/sv/peers/science-city-lyngby/")
    assert response.status_code == 200
    html = response.text
    for text in [
        "Science City Lyngby",
        "Kongens Lyngby",
        'rel="noopener"',
        "Peer session om start-ups",
        "Peer session om talang",
        "Kapital räcker inte; första kunden.",
        "Galway City Innovation District",
        "Monash Technology Precinct",
        'href="/sv/peers/?theme=talent"',
    ]:
        assert text in html, text
    sessions = response.context["sessions"]
    assert [s.event.title for s in sessions] == ["Peer session om talang", "Peer session om start-ups"]
    assert [s.upcoming for s in sessions] == [True, False]
    assert network["lyngby"].get_absolute_url() == "/sv/peers/science-city-lyngby/"
    assert client.get("/sv/peers/finns-inte/").status_code == 404


def test_a_past_session_without_lessons_says_so(client, network):
    network["past"].lessons_sv = ""
    network["past"].save()
    assert "No lessons recorded yet." in client.get("/en/peers/galway/").text


def test_peer_pages_run_a_bounded_number_of_queries(client, network, django_assert_max_num_queries):
    themes = list(Theme.objects.all())
    many = [peer(f"peer-{n}", f"Peer {n}", themes=themes) for n in range(20)]
    for n in range(6):
        session(f"Session {n}", n - 3, themes[n % 2], many)
    with django_assert_max_num_queries(8):
        assert client.get("/sv/peers/?theme=talent").status_code == 200
    with django_assert_max_num_queries(8):
        assert client.get("/sv/peers/peer-1/").status_code == 200


# ------------------------------------------------------------------------- demo data


def inside(point, polygon):
    """Ray casting: is (longitude, latitude) inside the ring?"""
    x, y = point
    result = False
    for (x1, y1), (x2, y2) in itertools.pairwise(polygon):
        if (y1 > y) != (y2 > y) and x < (x2 - x1) * (y - y1) / (y2 - y1) + x1:
            result = not result
    return result


def district_counts():
    return [
        model.objects.count() for model in (District, Theme, PeerDistrict, PeerSession, Organisation, Event)
    ] + [PeerSession.districts.through.objects.count(), Organisation.clusters.through.objects.count()]


def test_demo_has_the_district_its_hubs_clusters_and_peers():
    call_command("demo")
    assert Organisation.objects.filter(kind=OrganisationKind.HUB).count() == 5
    assert Organisation.objects.filter(kind=OrganisationKind.CLUSTER).count() == 7
    assert Organisation.objects.count() >= 40
    district = District.objects.get()
    assert (district.students, district.employees, district.actors) == (4000, 5500, None)
    assert all(getattr(district, f"geography_{code}") for code in ("sv", "en", "da"))
    ring = district.boundary["coordinates"][0]
    assert district.boundary["type"] == "Polygon" and ring[0] == ring[-1]
    assert inside((float(district.longitude), float(district.latitude)), ring)
    for hub in Organisation.objects.filter(kind=OrganisationKind.HUB):
        assert hub.address and hub.has_location, hub.slug
        assert all(getattr(hub, f"services_{code}") for code in ("sv", "en", "da")), hub.slug
        assert hub.hub_members.exists(), hub.slug
    for cluster in Organisation.objects.filter(kind=OrganisationKind.CLUSTER):
        assert cluster.areas.exists() and cluster.cluster_members.exists() and cluster.services_en, (
            cluster.slug
        )
    located = Organisation.objects.filter(latitude__isnull=False)
    assert located.count() >= 20
    for organisation in located:
        point = (float(organisation.longitude), float(organisation.latitude))
        assert inside(point, ring), f"{organisation.slug} lies outside the district"
    assert Organisation.objects.filter(students__isnull=False).exists()
    assert Organisation.objects.filter(employees__isnull=False).count() >= 10
    members = PeerDistrict.objects.filter(relation="member")
    partners = set(PeerDistrict.objects.filter(relation="partner").values_list("slug", flat=True))
    assert members.count() == 12 and partners == {"science-city-lyngby", "lund-brunnshog"}
    assert set(Theme.objects.values_list("slug", flat=True)) == {
        "start-ups",
        "critical-mass",
        "talent",
        "social-inclusion",
    }
    for peer_district in PeerDistrict.objects.all():
        assert peer_district.themes.exists() and peer_district.latitude is not None, peer_district.slug
        assert all(getattr(peer_district, f"description_{code}") for code in ("sv", "en", "da"))
    sessions = PeerSession.objects.select_related("event")
    assert 4 <= sessions.count() <= 6
    assert len({s.theme_id for s in sessions}) == 4
    assert all(s.districts.exists() for s in sessions)
    with_lessons = [s for s in sessions if s.lessons_sv]
    assert len(with_lessons) >= 2 and all(s.lessons_en and s.lessons_da for s in with_lessons)
    assert all(s.event.uid.endswith("@demo.gnista") for s in sessions)


def test_demo_district_loads_twice_without_duplicating():
    call_command("demo")
    before = district_counts()
    sequences = sorted(PeerSession.objects.values_list("event__uid", "event__sequence"))
    call_command("demo")
    assert district_counts() == before
    assert sorted(PeerSession.objects.values_list("event__uid", "event__sequence")) == sequences


def test_demo_district_pages_render(client):
    call_command("demo")
    for path in ["/sv/district/", "/en/peers/", "/da/peers/?theme=talent", "/en/hubs/", "/en/clusters/"]:
        assert client.get(path).status_code == 200, path
    for peer_district in PeerDistrict.objects.all():
        assert client.get(peer_district.get_absolute_url()).status_code == 200
    for hub in Organisation.objects.filter(kind=OrganisationKind.HUB):
        html = client.get(f"/en/hubs/{hub.slug}/").text
        assert escape(hub.address) in html and escape(hub.services_en) in html
