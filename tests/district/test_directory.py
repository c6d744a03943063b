"""The district's directory of actors and its hubs."""

import pytest

from gnista.portfolio.models import OrganisationKind, Sector
from tests import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def district():
    hub = factories.organisation(
        slug="mindpark", name_sv="Mindpark", kind=OrganisationKind.HUB, address="Bredgatan 11"
    )
    cluster = factories.organisation(
        slug="mobile-heights", name_sv="Mobile Heights", kind=OrganisationKind.CLUSTER
    )
    area = factories.area(slug="tech")
    startup = factories.organisation(
        slug="sensorbolaget", name_sv="Sensorbolaget AB", hub=hub, description_sv="Sensorer för städer."
    )
    startup.clusters.add(cluster)
    startup.areas.add(area)
    factories.organisation(
        slug="lu", name_sv="Lunds universitet", sector=Sector.ACADEMIA, kind=OrganisationKind.UNIVERSITY
    )
    factories.initiative(title_sv="Sensorer i parken", partners=[(startup, "Leverantör")])
    return {"hub": hub, "startup": startup}


def names(response):
    return {actor.name for actor in response.context["page"].object_list}


@pytest.mark.parametrize(
    "query, expected",
    [
        ("sector=academia", {"Lunds universitet"}),
        ("kind=hub", {"Mindpark"}),
        ("hub=mindpark", {"Sensorbolaget AB"}),
        ("cluster=mobile-heights", {"Sensorbolaget AB"}),
        ("area=tech", {"Sensorbolaget AB"}),
        ("q=sensorer", {"Sensorbolaget AB"}),
        ("sector=business&hub=mindpark&area=tech", {"Sensorbolaget AB"}),
    ],
)
def test_directory_filters(client, district, query, expected):
    assert names(client.get(f"/sv/actors/?{query}")) == expected


def test_bad_filters_are_ignored_with_a_notice(client, district):
    response = client.get("/sv/actors/?hub=nowhere&sector=pirates")
    assert response.status_code == 200 and len(response.context["notices"]) == 2


def test_actor_page_shows_hub_clusters_and_initiatives(client, district):
    html = client.get("/sv/actors/sensorbolaget/").text
    for text in ["Sensorbolaget AB", "Mindpark", "Mobile Heights", "Sensorer i parken"]:
        assert text in html
    assert client.get("/sv/actors/finns-inte/").status_code == 404


def test_hub_pages_list_the_hubs_and_their_actors(client, district):
    assert "Bredgatan 11" in client.get("/sv/hubs/").text
    assert "Sensorbolaget AB" in client.get("/sv/hubs/mindpark/").text


def test_directory_runs_a_bounded_number_of_queries(client, django_assert_max_num_queries):
    hub = factories.organisation(kind=OrganisationKind.HUB)
    area = factories.area()
    for _ in range(30):
        factories.organisation(hub=hub).areas.add(area)
    with django_assert_max_num_queries(12):
        client.get("/sv/actors/?per_page=48")


def test_cluster_and_area_pages(client, district):
    assert "Mobile Heights" in client.get("/sv/clusters/").text
    assert "Sensorbolaget AB" in client.get("/sv/clusters/mobile-heights/").text
    html = client.get("/sv/areas/tech/").text
    assert "Sensorbolaget AB" in html
    assert client.get("/sv/areas/finns-inte/").status_code == 404
