"""The initiative list's filters: each alone, combined, bad input, query bounds."""

import pytest
from django.urls import reverse

from gnista.portfolio.models import InnovationType, OrganisationKind, Outcome, Sector, Stage
from tests import factories

pytestmark = pytest.mark.django_db

URL = "/sv/initiatives/"


@pytest.fixture
def portfolio():
    """Six initiatives that differ in one thing each, so every filter has one answer."""
    environment = factories.administration(slug="miljo", name_sv="Miljöförvaltningen")
    schools = factories.administration(slug="skola", name_sv="Skol- och fritidsförvaltningen")
    tech, cities = factories.area(slug="tech"), factories.area(slug="smarta-stader")
    water, climate = factories.goal(6), factories.goal(13)
    university = factories.organisation(slug="lu", sector=Sector.ACADEMIA, kind=OrganisationKind.UNIVERSITY)
    association = factories.organisation(
        slug="pro", sector=Sector.CIVIL_SOCIETY, kind=OrganisationKind.ASSOCIATION
    )
    sewage = factories.challenge(slug="avlopp", owner=environment)
    return {
        "sewage_system": factories.initiative(
            slug="avloppssystem",
            title_sv="Källsorterande avloppssystem",
            owner=environment,
            stage=Stage.SCALE,
            outcome=Outcome.SCALED,
            innovation_type=InnovationType.NEED,
            areas=[cities],
            goals=[water],
            challenges=[sewage],
            partners=[(university, "Forskning")],
            lessons_learned_sv="Skala tidigt.",
        ),
        "ai_assistant": factories.initiative(
            slug="ai-assistent",
            title_sv="AI-assistent för förskolelärare",
            owner=schools,
            stage=Stage.DEVELOP,
            innovation_type=InnovationType.OPPORTUNITY,
            areas=[tech],
        ),
        "activity_house": factories.initiative(
            slug="aktivitetshus",
            title_sv="Aktivitetshuset utan regelbok",
            owner=schools,
            stage=Stage.SCALE,
            innovation_type=InnovationType.IDEA,
            partners=[(association, "Medskapare")],
        ),
        "stopped_sensors": factories.initiative(
            slug="sensorer",
            title_sv="Sensorer i papperskorgar",
            owner=environment,
            stage=Stage.DEVELOP,
            outcome=Outcome.STOPPED,
            innovation_type=InnovationType.OPPORTUNITY,
            areas=[tech, cities],
            goals=[climate],
            lessons_learned_sv="Batterierna höll inte.",
        ),
        "paused_meals": factories.initiative(
            slug="maltider",
            title_sv="Smartare måltider",
            owner=schools,
            outcome=Outcome.PAUSED,
        ),
        "idea_bench": factories.initiative(
            slug="bank", title_sv="Den pratande parkbänken", owner=environment
        ),
    }


def slugs(response):
    return {initiative.slug for initiative in response.context["page"].object_list}


@pytest.mark.parametrize(
    "query, expected",
    [
        ("stage=3", {"avloppssystem", "aktivitetshus"}),
        ("stage=2&stage=3", {"avloppssystem", "aktivitetshus", "ai-assistent", "sensorer"}),
        ("outcome=stopped", {"sensorer"}),
        ("outcome=paused&outcome=scaled", {"maltider", "avloppssystem"}),
        ("type=need", {"avloppssystem"}),
        ("type=opportunity", {"ai-assistent", "sensorer"}),
        ("area=tech", {"ai-assistent", "sensorer"}),
        ("area=tech&area=smarta-stader", {"ai-assistent", "sensorer", "avloppssystem"}),
        ("goal=13", {"sensorer"}),
        ("administration=skola", {"ai-assistent", "aktivitetshus", "maltider"}),
        ("partner_sector=academia", {"avloppssystem"}),
        ("partner_sector=civil_society&partner_sector=academia", {"avloppssystem", "aktivitetshus"}),
        ("challenge=avlopp", {"avloppssystem"}),
        ("q=avlopp", {"avloppssystem"}),  # part of a compound word
        ("q=FÖRSKOL", {"ai-assistent"}),  # case-insensitive beyond ASCII
        ("q=batterierna", {"sensorer"}),  # lessons are searched too
        ("q=parkbänken+pratande", {"bank"}),  # every word must match
    ],
)
def test_each_filter_alone(client, portfolio, query, expected):
    response = client.get(f"{URL}?{query}")
    assert response.status_code == 200
    assert slugs(response) == expected
    assert response.context["notices"] == []


@pytest.mark.parametrize(
    "query, expected",
    [
        ("stage=3&administration=skola", {"aktivitetshus"}),
        ("area=tech&outcome=stopped", {"sensorer"}),
        (
            "area=smarta-stader&goal=6&type=need&stage=3&challenge=avlopp&partner_sector=academia",
            {"avloppssystem"},
        ),
        ("administration=miljo&type=opportunity&q=sensorer", {"sensorer"}),
        ("administration=miljo&stage=1", {"bank"}),
        ("type=idea&outcome=scaled", set()),
    ],
)
def test_filters_combine(client, portfolio, query, expected):
    assert slugs(client.get(f"{URL}?{query}")) == expected


def test_no_filter_lists_everything_newest_first(client, portfolio):
    response = client.get(URL)
    assert len(slugs(response)) == 6
    assert response.context["page"].paginator.count == 6


def test_sort_by_title_uses_the_shown_language(client, portfolio):
    portfolio["idea_bench"].title_en = "A talking park bench"
    portfolio["idea_bench"].save()
    titles = [i.title for i in client.get("/en/initiatives/?sort=title").context["page"].object_list]
    assert titles[0] == "A talking park bench"
    assert titles == sorted(titles, key=str.casefold)


@pytest.mark.parametrize(
    "query, kept",
    [
        ("stage=7", None),
        ("stage=abc&outcome=stopped", {"sensorer"}),
        ("area=no-such-area&area=tech", {"ai-assistent", "sensorer"}),
        ("goal=99", None),
        ("goal=-1", None),
        ("administration=%00", None),
        ("challenge=%27%3B+DROP+TABLE", None),
        ("sort=sideways", None),
        ("type=" + "x" * 5000, None),
        ("partner_sector=space", None),
        ("page=9999", None),
        ("page=-3", None),
        ("per_page=100000", None),
        ("per_page=0", None),
    ],
)
def test_bad_filter_values_are_ignored_with_a_notice(client, portfolio, query, kept):
    response = client.get(f"{URL}?{query}")
    assert response.status_code == 200
    assert response.context["notices"], "the visitor is told what was ignored"
    assert slugs(response) == (kept if kept is not None else slugs(client.get(URL)))
    assert "notice" in response.text


def test_htmx_request_gets_only_the_results(client, portfolio):
    response = client.get(f"{URL}?stage=3", headers={"HX-Request": "true"})
    assert response.status_code == 200
    assert "<html" not in response.text
    assert 'id="results"' in response.text
    assert 'hx-swap-oob="innerHTML"' in response.text
    assert "Aktivitetshuset utan regelbok" in response.text
    assert "AI-assistent" not in response.text


@pytest.mark.parametrize("per_page", [12, 96])
def test_list_runs_a_bounded_number_of_queries(client, django_assert_max_num_queries, per_page):
    owner = factories.administration()
    areas = [factories.area() for _ in range(3)]
    partner = factories.organisation()
    for _number in range(per_page + 5):
        factories.initiative(owner=owner, areas=areas, partners=[(partner, "Partner")])
    with django_assert_max_num_queries(14):
        response = client.get(
            f"{URL}?per_page={per_page}&area={areas[0].slug}&partner_sector=business&q=initiativ"
        )
    assert len(response.context["page"].object_list) == per_page


def test_filter_links_keep_the_query_in_pagination(client):
    owner = factories.administration(slug="adm")
    for _ in range(13):
        factories.initiative(owner=owner)
    response = client.get(f"{URL}?administration=adm&per_page=12")
    assert "?administration=adm&amp;per_page=12&amp;page=2" in response.text


def test_list_url_is_reversible():
    assert reverse("portfolio:initiative-list") == URL


@pytest.mark.parametrize(
    "language, expected",
    [
        ("sv", ["apa", "Zebra", "Åker", "Äpple", "Ödla", "Ølbryggeri"]),
        ("da", ["apa", "Zebra", "Äpple", "Ödla", "Ølbryggeri", "Åker"]),
        ("en", ["Åker", "apa", "Äpple", "Ödla", "Ølbryggeri", "Zebra"]),
    ],
)
def test_title_sort_follows_the_alphabet_of_the_language(client, language, expected):
    for title in ["Ödla", "Äpple", "Åker", "Zebra", "apa", "Ølbryggeri"]:
        factories.initiative(title_sv=title)
    titles = [i.title for i in client.get(f"/{language}/initiatives/?sort=title").context["page"].object_list]
    assert titles == expected


@pytest.mark.parametrize("language", ["sv", "en", "da"])
def test_title_sort_reads_the_first_page_from_an_index(language):
    """On PostgreSQL an index holds the very expression the list sorts by in each language
    (migration 0006): the first page is read from it, not sorted from every initiative."""
    from django.db import connection, transaction
    from django.utils import translation

    from gnista.portfolio.filters import in_language_or_default
    from gnista.portfolio.models import Initiative

    if connection.vendor != "postgresql":
        pytest.skip("SQLite sorts with collations registered on the connection; it has no such index")
    factories.initiative(title_sv="Äpple")
    with translation.override(language):
        queryset = Initiative.objects.order_by(in_language_or_default("title"), "slug")[:24]
        with transaction.atomic(), connection.cursor() as cursor:
            cursor.execute("SET LOCAL enable_seqscan = off")
            sql, params = queryset.query.sql_with_params()
            cursor.execute(f"EXPLAIN {sql}", params)
            plan = "\n".join(row[0] for row in cursor.fetchall())
    assert f"initiative_title_{language}" in plan
    assert "Sort" not in plan.split("initiative_title_")[0]


def test_more_than_the_count_limit_says_so(client, monkeypatch):
    from gnista.portfolio import counting

    monkeypatch.setattr(counting, "COUNT_LIMIT", 3)
    for _ in range(4):
        factories.initiative()
    response = client.get(f"{URL}?per_page=12")
    assert response.context["page"].paginator.count == 4  # the limit and one more
    assert "Fler än 3 initiativ" in response.text
    assert len(response.context["page"].object_list) == 4
    monkeypatch.setattr(counting, "COUNT_LIMIT", 4)
    response = client.get(f"{URL}?per_page=12")
    assert response.context["page"].paginator.count == 4
    assert "Fler än" not in response.text


def test_the_count_is_kept_until_the_next_write(client, django_capture_on_commit_callbacks):
    factories.initiative(stage=Stage.DEVELOP)
    assert client.get(f"{URL}?stage=2").context["page"].paginator.count == 1
    factories.initiative(stage=Stage.DEVELOP)  # no commit: the cached figure stands
    assert client.get(f"{URL}?stage=2").context["page"].paginator.count == 1
    with django_capture_on_commit_callbacks(execute=True):
        factories.initiative(stage=Stage.DEVELOP)
    assert client.get(f"{URL}?stage=2").context["page"].paginator.count == 3
    assert client.get(f"{URL}?stage=1").context["page"].paginator.count == 0


def test_filter_choices_are_kept_until_the_next_write(client, django_capture_on_commit_callbacks):
    """The choices are read once and kept; a committed write shows a new challenge."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    factories.challenge(slug="energi", title_sv="Energi")
    assert 'value="energi" id=' in client.get(URL).text
    with CaptureQueriesContext(connection) as queries:
        assert 'value="energi" id=' in client.get(URL).text
    assert not any("portfolio_challenge" in query["sql"] for query in queries.captured_queries)
    assert 'value="energi" id="id_challenge_0" checked' in client.get(f"{URL}?challenge=energi").text
    with django_capture_on_commit_callbacks(execute=True):
        factories.challenge(slug="vatten", title_sv="Vatten")
    assert 'value="vatten"' in client.get(URL).text


def test_kept_filter_choices_speak_the_language_of_the_page(client):
    factories.challenge(slug="energi", title_sv="Spara energi", title_en="Save energy")
    assert ">Spara energi</label>" in client.get(URL).text
    assert ">Save energy</label>" in client.get("/en/initiatives/").text
    assert ">Spara energi</label>" in client.get(URL).text
