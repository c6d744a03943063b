"""The district's own page: its figures (entered by the district or counted from the
directory), its hubs, clusters and areas, and the peer sessions to come."""

import datetime

import pytest
from django.utils import timezone

from gnista.district.models import District, PeerDistrict, PeerSession, Theme
from gnista.events.models import Event, EventStatus
from gnista.portfolio.models import OrganisationKind, Sector
from tests import factories

pytestmark = pytest.mark.django_db


def session(title, days, theme=None, status=EventStatus.CONFIRMED, districts=(), lessons=""):
    starts = timezone.now() + datetime.timedelta(days=days)
    event = Event.objects.create(
        title_sv=title, starts_at=starts, ends_at=starts + datetime.timedelta(hours=1), status=status
    )
    theme = theme or Theme.objects.get_or_create(slug="talent", defaults={"name_sv": "Talang"})[0]
    peer_session = PeerSession.objects.create(event=event, theme=theme, lessons_sv=lessons)
    peer_session.districts.set(districts)
    return peer_session


@pytest.fixture
def directory():
    hub = factories.organisation(
        slug="mindpark",
        name_sv="Mindpark",
        kind=OrganisationKind.HUB,
        address="Bredgatan 11, Helsingborg",
        services_sv="Coworking och mötesrum.",
        employees=60,
    )
    cluster = factories.organisation(
        slug="mobile-heights", name_sv="Mobile Heights", kind=OrganisationKind.CLUSTER
    )
    area = factories.area(slug="tech", name_sv="Tech")
    cluster.areas.add(area)
    startup = factories.organisation(slug="sensorbolaget", name_sv="Sensorbolaget AB", hub=hub, employees=12)
    startup.clusters.add(cluster)
    startup.areas.add(area)
    factories.organisation(
        slug="campus",
        name_sv="Campus",
        sector=Sector.ACADEMIA,
        kind=OrganisationKind.UNIVERSITY,
        students=4000,
    )
    factories.administration(name_sv="Stadsledningsförvaltningen", employees=100)
    return {"hub": hub, "cluster": cluster, "area": area}


def figure(response, name):
    return response.context["figures"][name]


def test_figures_are_counted_from_the_directory_when_the_district_has_none(client, directory):
    response = client.get("/en/district/")
    assert response.status_code == 200
    actors = figure(response, "actors")
    assert (actors.value, actors.entered) == (4, False), (
        "the city's administrations are not counted as actors"
    )
    students = figure(response, "students")
    assert (students.value, students.entered, students.sources) == (4000, False, 1)
    employees = figure(response, "employees")
    assert (employees.value, employees.entered, employees.sources) == (172, False, 3)
    html = response.text
    assert "counted from 1 organisation<" in html and "counted from 3 organisations" in html
    assert "except the city's own administrations" in html
    assert "entered by the district" not in html


def test_figures_entered_by_the_district_win_and_the_rest_are_counted(client, directory):
    District.objects.create(name_sv="Helsingborg Innovation District", actors=300, students=4000)
    response = client.get("/en/district/")
    assert (figure(response, "actors").value, figure(response, "actors").entered) == (300, True)
    assert (figure(response, "students").value, figure(response, "students").entered) == (4000, True)
    assert (figure(response, "employees").value, figure(response, "employees").entered) == (172, False)
    html = response.text
    assert html.count("entered by the district") == 2 and "counted from 3 organisations" in html
    assert "except the city" not in html, "the counting rule is only explained when actors are counted"


def test_an_empty_directory_shows_zeros_not_errors(client):
    response = client.get("/sv/district/")
    assert response.status_code == 200
    assert [figure(response, name).value for name in ("actors", "students", "employees")] == [0, 0, 0]


def test_the_page_shows_the_profile_hubs_clusters_areas_and_the_map(client, directory):
    District.objects.create(
        name_sv="Helsingborg Innovation District",
        description_sv="En samverkansplattform.",
        geography_sv="Från centralstationen genom Oceanhamnen till RecoLab.",
    )
    html = client.get("/sv/district/").text
    for text in [
        "Helsingborg Innovation District",
        "En samverkansplattform.",
        "Från centralstationen genom Oceanhamnen till RecoLab.",
        "Mindpark",
        "Bredgatan 11, Helsingborg",
        "Coworking och mötesrum.",
        "Mobile Heights",
        'href="/sv/areas/tech/"',
        'href="/sv/hubs/mindpark/"',
        'href="/sv/clusters/mobile-heights/"',
        'href="/sv/peers/"',
        'href="/sv/map/"',
    ]:
        assert text in html, text


def test_only_upcoming_confirmed_peer_sessions_are_shown(client):
    lyngby = PeerDistrict.objects.create(
        slug="science-city-lyngby",
        name_sv="Science City Lyngby",
        city="Lyngby",
        country="Denmark",
        relation="partner",
    )
    session("Kommande session", 10, districts=[lyngby])
    session("Pågående session", 0)
    session("Tidigare session", -10)
    session("Inställd session", 12, status=EventStatus.CANCELLED)
    response = client.get("/sv/district/")
    titles = [s.event.title for s in response.context["sessions"]]
    assert titles == ["Pågående session", "Kommande session"]
    html = response.text
    assert "Science City Lyngby" in html and "Talang" in html
    assert "Tidigare session" not in html and "Inställd session" not in html


def test_odd_query_values_never_break_the_page(client, directory):
    for query in ["?theme=%00", "?page=abc", "?x=<script>", "?" + "a" * 3000]:
        assert client.get("/en/district/" + query).status_code == 200


def test_the_district_page_runs_a_bounded_number_of_queries(client, django_assert_max_num_queries):
    District.objects.create(name_sv="Distriktet")
    theme = Theme.objects.create(slug="talent", name_sv="Talang")
    peers = [
        PeerDistrict.objects.create(
            slug=f"peer-{n}", name_sv=f"Peer {n}", city="X", country="Y", relation="member"
        )
        for n in range(5)
    ]
    area = factories.area()
    for _ in range(8):
        hub = factories.organisation(kind=OrganisationKind.HUB, address="Gatan 1", services_sv="Allt.")
        cluster = factories.organisation(kind=OrganisationKind.CLUSTER)
        cluster.areas.add(area)
        factories.organisation(hub=hub).clusters.add(cluster)
    for n in range(6):
        session(f"Session {n}", n + 1, theme=theme, districts=peers)
    with django_assert_max_num_queries(10):
        response = client.get("/sv/district/")
    assert response.status_code == 200 and len(response.context["sessions"]) == 4


def test_hub_and_cluster_pages_show_address_and_what_they_offer(client, directory):
    directory["cluster"].address = "Ideon Science Park, Lund"
    directory["cluster"].services_sv = "Innovationsprogram inom AI."
    directory["cluster"].save()
    hubs = client.get("/sv/hubs/").text
    assert "Bredgatan 11, Helsingborg" in hubs and "Coworking och mötesrum." in hubs
    hub = client.get("/sv/hubs/mindpark/").text
    assert (
        "Bredgatan 11, Helsingborg" in hub and "Coworking och mötesrum." in hub and "Sensorbolaget AB" in hub
    )
    clusters = client.get("/sv/clusters/").text
    assert "Ideon Science Park, Lund" in clusters and "Innovationsprogram inom AI." in clusters
    for path in ("/sv/actors/", "/sv/hubs/", "/sv/clusters/"):
        html = client.get(path).text
        assert 'href="/sv/district/"' in html and 'href="/sv/peers/"' in html, path


def test_the_admin_keeps_the_district_to_one_row(staff_client):
    assert staff_client.get("/sv/admin/district/district/add/").status_code == 200
    District.objects.create(name_sv="Distriktet")
    assert staff_client.get("/sv/admin/district/district/add/").status_code == 403
    for path in ("district", "theme", "peerdistrict", "peersession"):
        assert staff_client.get(f"/sv/admin/district/{path}/").status_code == 200, path
        if path != "district":
            assert staff_client.get(f"/sv/admin/district/{path}/add/").status_code == 200, path
