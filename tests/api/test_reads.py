"""The read endpoints give what the pages show, filtered the same way."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from gnista.participation.models import IdeaStatus
from tests import factories

pytestmark = pytest.mark.django_db


def api_slugs(client, url, key="slug") -> list:
    response = client.get(url)
    assert response.status_code == 200, response.content
    return sorted(item[key] for item in response.json()["items"])


def page_items(client, url) -> list:
    return list(client.get(url).context["page"].object_list)


@pytest.mark.parametrize(
    "query",
    [
        "",
        "stage=2",
        "stage=1&stage=3",
        "outcome=stopped",
        "type=need",
        "area=energi",
        "area=energi&area=vatten",
        "goal=6",
        "administration=skola",
        "partner_sector=academia",
        "partner_sector=business&stage=1",
        "challenge=rent-vatten",
        "q=avlopp",
        "q=SEWAGE",
    ],
)
def test_initiative_filters_match_the_page(client, portfolio, query):
    page = sorted(initiative.slug for initiative in page_items(client, f"/sv/initiatives/?{query}"))
    assert api_slugs(client, f"/api/v1/initiatives?{query}") == page


@pytest.mark.parametrize("query", ["", "status=open", "area=vatten", "area=energi"])
def test_challenge_filters_match_the_page_and_drafts_stay_out(client, portfolio, query):
    page = sorted(challenge.slug for challenge in page_items(client, f"/sv/challenges/?{query}"))
    found = api_slugs(client, f"/api/v1/challenges?{query}")
    assert found == page
    assert "utkast" not in found


@pytest.mark.parametrize("query", ["", "outcome=stopped", "outcome=scaled", "area=vatten"])
def test_lesson_filters_match_the_page(client, portfolio, query):
    page = sorted(initiative.slug for initiative in page_items(client, f"/sv/lessons/?{query}"))
    assert api_slugs(client, f"/api/v1/lessons?{query}") == page


@pytest.mark.parametrize(
    "query", ["", "sector=academia", "kind=hub", "kind=company&kind=university", "hub=navet", "q=bolaget"]
)
def test_organisation_filters_match_the_actors_page(client, portfolio, query):
    page = sorted(
        organisation.slug for organisation in page_items(client, f"/sv/actors/?{query}&per_page=96")
    )
    assert api_slugs(client, f"/api/v1/organisations?{query}") == page


def test_ideas_are_the_public_ones_filtered_as_on_the_page(client, portfolio):
    shown = factories.idea(challenge=portfolio["challenge"])
    shown.areas.set([portfolio["water"]])
    factories.idea(status=IdeaStatus.ACCEPTED)
    draft = factories.idea(status=IdeaStatus.DRAFT)
    hidden = factories.idea(is_hidden=True)
    for query in [
        "",
        "challenge=rent-vatten",
        "area=vatten",
        "status=accepted",
        "status=submitted&status=accepted",
    ]:
        page = sorted(idea.pk for idea in page_items(client, f"/sv/ideas/?{query}"))
        assert api_slugs(client, f"/api/v1/ideas?{query}", key="id") == page, query
    assert client.get(f"/api/v1/ideas/{shown.pk}").json()["challenge"] == "rent-vatten"
    for private in (draft, hidden):
        assert client.get(f"/api/v1/ideas/{private.pk}").status_code == 404


def test_event_filters_match_the_page(client, portfolio, event):
    other = factories.organisation(slug="annan")
    from gnista.events.models import Event

    Event.objects.create(title_sv="Hackathon", starts_at=event.starts_at, organiser=other)
    Event.objects.create(title_sv="Förra året", starts_at=timezone.now() - datetime.timedelta(days=400))
    today = timezone.localdate()
    until = today + datetime.timedelta(days=60)
    for query in ["", "hub=navet", "organiser=annan", "area=energi", "q=hackathon"]:
        page = sorted(
            {o.event.pk for o in page_items(client, f"/sv/events/?{query}&start={today}&end={until}")}
        )
        assert api_slugs(client, f"/api/v1/events?{query}&from={today}&to={until}", key="id") == page, query
    assert len(api_slugs(client, "/api/v1/events", key="id")) == 3, "without a range, every event"


def test_events_in_a_range_carry_their_occurrences_there(client, portfolio):
    from gnista.events.models import Event

    start = (timezone.now() + datetime.timedelta(days=1)).replace(second=0, microsecond=0)
    weekly = Event.objects.create(title_sv="Fika", starts_at=start, rrule="FREQ=WEEKLY;COUNT=10")
    today = timezone.localdate()
    items = client.get(f"/api/v1/events?from={today}&to={today + datetime.timedelta(days=20)}").json()[
        "items"
    ]
    assert [item["id"] for item in items] == [weekly.pk]
    assert len(items[0]["occurrences"]) == 3
    detail = client.get(f"/api/v1/events/{weekly.pk}").json()
    assert detail["rrule"] == "FREQ=WEEKLY;COUNT=10" and len(detail["occurrences"]) == 10


def test_initiative_detail_has_partners_history_kpis_and_lessons(client, portfolio):
    data = client.get("/api/v1/initiatives/avlopp").json()
    assert data["title"] == "Källsorterande avloppssystem"
    assert sorted((p["organisation"]["slug"], p["role"]) for p in data["partners"]) == [
        ("bolaget", "Leverantör"),
        ("universitet", "Forskningspartner"),
    ]
    assert data["history"] == [
        {
            "decided_on": timezone.localdate().isoformat(),
            "stage": 1,
            "outcome": "active",
            "rationale": "Start",
            "evidence": "",
            "measurements": [],
        }
    ]
    [kpi] = data["kpis"]
    assert kpi["name"] == "Andel nöjda brukare"
    assert kpi["baseline"] == 40 and kpi["target"] == 80
    assert kpi["measurements"][0]["value"] == 55
    assert data["challenges"] == ["rent-vatten"], "draft challenges stay out of sight"
    assert data["url"] == "http://testserver/sv/initiatives/avlopp/"
    assert client.get("/api/v1/initiatives/avlopp/kpis").json()[0]["id"] == portfolio["kpi"].pk
    lessons = client.get("/api/v1/lessons?outcome=stopped").json()["items"]
    assert [(item["slug"], item["lessons_learned"]) for item in lessons] == [("laxhjalp", "Börja smått.")]


def test_detail_endpoints_answer_404_in_json(client, portfolio):
    for url in [
        "/api/v1/initiatives/finns-inte",
        "/api/v1/challenges/utkast",
        "/api/v1/organisations/finns-inte",
        "/api/v1/ideas/999999",
        "/api/v1/events/999999",
    ]:
        response = client.get(url, headers={"Accept-Language": "en"})
        assert response.status_code == 404, url
        assert response.json() == {"detail": "Not found.", "errors": {}}
    assert client.get("/api/v1/initiatives/finns-inte").json()["detail"] != "Not found.", "in Swedish"


def test_directory_lists(client, portfolio):
    assert api_slugs(client, "/api/v1/hubs") == ["navet"]
    assert client.get("/api/v1/hubs").json()["items"][0]["member_count"] == 1
    assert client.get("/api/v1/organisations/bolaget").json()["hub"] == "navet"
    assert api_slugs(client, "/api/v1/areas") == ["energi", "vatten"]
    assert api_slugs(client, "/api/v1/goals", key="number") == [6, 11]
    challenge = client.get("/api/v1/challenges/rent-vatten").json()
    assert [initiative["slug"] for initiative in challenge["initiatives"]] == ["avlopp"]


@pytest.mark.parametrize(
    "headers, query, language, title",
    [
        ({}, "", "sv", "Källsorterande avloppssystem"),
        ({}, "?lang=en", "en", "Source-separating sewage"),
        ({"Accept-Language": "en-GB,en;q=0.8"}, "", "en", "Source-separating sewage"),
        ({"Accept-Language": "da"}, "", "da", "Källsorterande avloppssystem"),
        ({"Accept-Language": "en"}, "?lang=da", "da", "Källsorterande avloppssystem"),
        ({"Accept-Language": "fr-FR,fr"}, "", "sv", "Källsorterande avloppssystem"),
    ],
)
def test_language_of_translated_fields(client, portfolio, headers, query, language, title):
    response = client.get(f"/api/v1/initiatives/avlopp{query}", headers=headers)
    assert response["Content-Language"] == language
    assert response.json()["title"] == title
    assert response.json()["url"] == f"http://testserver/{language}/initiatives/avlopp/"


def test_language_cookie_plays_no_part(client, portfolio):
    client.cookies["django_language"] = "en"
    assert client.get("/api/v1/initiatives/avlopp")["Content-Language"] == "sv"


def test_lists_take_a_fixed_number_of_queries(client, portfolio):
    def count(url):
        with CaptureQueriesContext(connection) as queries:
            assert client.get(url).status_code == 200
        # The rate limit's counter in the database cache costs a varying few.
        return len(
            [
                query
                for query in queries
                if query["sql"].startswith("SELECT") and "gnista_cache" not in query["sql"]
            ]
        )

    factories.idea()
    urls = ["/api/v1/initiatives", "/api/v1/organisations", "/api/v1/challenges", "/api/v1/ideas"]
    before = {url: count(url) for url in urls}
    for _number in range(8):
        factories.initiative(areas=[portfolio["water"]], partners=[(factories.organisation(), "Partner")])
        factories.challenge(areas=[portfolio["energy"]])
        factories.idea()
    assert {url: count(url) for url in urls} == before
    assert count("/api/v1/initiatives/avlopp") <= 15
