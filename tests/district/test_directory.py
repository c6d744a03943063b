"""The district's directory of actors and its hubs."""

import pytest
from django.db import connection

from gnista.portfolio.models import Area, Organisation, OrganisationKind, Sector
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


# ------------------------------------------------------------ long lists: the newest few


@pytest.fixture
def few(monkeypatch):
    """Pages show two of each list, so that a handful is 'many'."""
    from gnista.district import views

    monkeypatch.setattr(views, "ACTORS_SHOWN", 2)
    monkeypatch.setattr(views, "INITIATIVES_SHOWN", 2)
    monkeypatch.setattr(views, "AREA_INITIATIVES_SHOWN", 2)


def shown(response, name):
    return [item.name if hasattr(item, "name") else item.title for item in response.context[name].items]


def test_a_hub_shows_its_newest_actors_by_name_and_links_to_them_all(client, district, few):
    hub = district["hub"]
    factories.organisation(name_sv="Östra AB", hub=hub)
    factories.organisation(name_sv="Ankaret AB", hub=hub)
    response = client.get("/sv/hubs/mindpark/")
    members = response.context["members"]
    assert shown(response, "members") == ["Ankaret AB", "Östra AB"], "the two newest, by name"
    assert members.total == 3 and members.more
    assert members.url == "/sv/actors/?hub=mindpark"
    assert f'<a href="{members.url}">' in response.text
    assert len(names(client.get(members.url))) == 3, "the link lists them all"


def test_a_short_list_is_all_there_and_links_nowhere(client, district):
    response = client.get("/sv/hubs/mindpark/")
    assert shown(response, "members") == ["Sensorbolaget AB"]
    assert not response.context["members"].more
    assert "/sv/actors/?hub=mindpark" not in response.text


def test_a_cluster_links_to_its_members(client, district, few):
    cluster = Organisation.objects.get(slug="mobile-heights")
    for name in ["Alfa AB", "Beta AB"]:
        factories.organisation(name_sv=name).clusters.add(cluster)
    members = client.get("/sv/clusters/mobile-heights/").context["members"]
    assert [actor.name for actor in members.items] == ["Alfa AB", "Beta AB"]
    assert members.total == 3 and members.url == "/sv/actors/?cluster=mobile-heights"
    assert len(names(client.get(members.url))) == 3


def test_an_area_shows_its_newest_initiatives_and_actors_and_counts_them(client, district, few):
    area = Area.objects.get(slug="tech")
    for number in range(3):
        factories.initiative(title_sv=f"Initiativ {number}", starts_on=f"2025-0{number + 1}-01", areas=[area])
        factories.organisation(name_sv=f"Aktör {number}").areas.add(area)
    response = client.get("/sv/areas/tech/")
    initiatives, actors = response.context["initiatives"], response.context["actors"]
    assert shown(response, "initiatives") == ["Initiativ 2", "Initiativ 1"], "the newest first"
    assert initiatives.total == 3 and initiatives.url == "/sv/initiatives/?area=tech"
    assert shown(response, "actors") == ["Aktör 1", "Aktör 2"]
    assert actors.total == 4 and actors.url == "/sv/actors/?area=tech"
    html = response.text
    assert f'<a href="{initiatives.url}">' in html and f'<a href="{actors.url}">' in html
    assert len(names(client.get(actors.url))) == 4


def test_an_actor_shows_its_newest_initiatives_owned_or_as_partner(client, district, few):
    owner = factories.administration(slug="fritid", name_sv="Fritidsförvaltningen")
    startup = district["startup"]
    factories.initiative(title_sv="Äldst", starts_on="2024-01-01", owner=owner)
    factories.initiative(title_sv="Nyast", starts_on="2026-01-01", partners=[(owner, "Part")])
    # Owner and partner at once: counted once.
    factories.initiative(title_sv="Mitten", starts_on="2025-01-01", owner=owner, partners=[(owner, "Part")])
    factories.initiative(title_sv="Utan datum", owner=owner)
    response = client.get("/sv/actors/fritid/")
    initiatives = response.context["initiatives"]
    assert initiatives.total == 4 and initiatives.more
    assert [initiative.title for initiative in initiatives.items] == (
        ["Utan datum", "Nyast"] if connection.vendor == "postgresql" else ["Nyast", "Mitten"]
    ), "as the initiative list orders them"
    assert initiatives.url == "/sv/initiatives/?administration=fritid"
    assert f'<a href="{initiatives.url}">' in response.text
    # A company is a partner only; the initiative list cannot be narrowed to partners.
    for number in range(2):
        factories.initiative(title_sv=f"Partnerskap {number}", partners=[(startup, "Part")])
    initiatives = client.get("/sv/actors/sensorbolaget/").context["initiatives"]
    assert initiatives.total == 3 and initiatives.more and not initiatives.url


def test_detail_pages_run_a_bounded_number_of_queries(
    client, district, few, monkeypatch, django_assert_max_num_queries
):
    """The district's own queries (the sections other apps add have their own tests)."""
    from gnista.core import panels

    monkeypatch.setattr(panels, "registry", {})
    hub, area = district["hub"], Area.objects.get(slug="tech")
    owner = factories.administration(slug="fritid")

    def grow():
        for _ in range(4):
            factories.organisation(hub=hub).areas.add(area)
            factories.initiative(owner=owner, areas=[area], partners=[(hub, "Värd")])

    for path, most in [("/sv/hubs/mindpark/", 12), ("/sv/areas/tech/", 8), ("/sv/actors/fritid/", 9)]:
        grow()
        with django_assert_max_num_queries(most):
            client.get(path)
        grow()
        with django_assert_max_num_queries(most):
            client.get(path)


def test_the_directory_pages_through_actors_by_name(client, district):
    for number in range(13):
        factories.organisation(name_sv=f"Företag {number:02}")
    first = client.get("/sv/actors/?per_page=12").context["page"]
    second = client.get("/sv/actors/?per_page=12&page=2").context["page"]
    everyone = list(Organisation.objects.order_by("name_sv", "pk").values_list("name_sv", flat=True))
    assert first.paginator.count == len(everyone) == 18  # with the initiative's owner
    listed = [actor.name for actor in first.object_list] + [actor.name for actor in second.object_list]
    assert listed == everyone
    startup = next(actor for actor in second.object_list if actor.name == "Sensorbolaget AB")
    assert startup.hub.name == "Mindpark" and [area.slug for area in startup.areas.all()] == ["tech"]
