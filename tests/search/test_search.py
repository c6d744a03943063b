"""Search across challenges, initiatives, ideas, events, actors and methods, in Swedish,
English and Danish, on SQLite and PostgreSQL: parts of compound words, inflected forms,
the person's language first, facets, only public things, safe snippets, and an answer
to every query. Messages are checked on English pages, their source language, so that
translating them cannot break these tests."""

import datetime
import re

import pytest
from django.core.management import call_command
from django.db import connection
from django.urls import reverse
from django.utils import timezone, translation
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from gnista.events.models import Event, EventStatus
from gnista.methods.models import Method
from gnista.participation import services as participation_services
from gnista.participation.models import ModerationAction
from gnista.portfolio import imports
from gnista.portfolio.models import ChallengeStatus, OrganisationKind
from gnista.search import engine, query
from gnista.search.models import Entry
from tests import factories
from tests.conftest import make_staff

pytestmark = pytest.mark.django_db

SQLITE_STEMMING = (
    "SQLite has no text search configurations: it matches the query word or its Snowball stem as "
    "part of a word, so an inflected form whose stem is not part of the text's word ('studies' → "
    "'studi', text 'study') is found on PostgreSQL only (README, Search)"
)


def found(text, language="sv", **options) -> list[tuple[str, str]]:
    """(kind, plain title) of each hit, best first."""
    results = engine.search(text, language=language, limit=50, **options)
    return [(hit.kind, re.sub(r"</?mark>", "", str(hit.title))) for hit in results.hits]


def titles(text, language="sv", **options) -> list[str]:
    return [title for _kind, title in found(text, language, **options)]


def in_future(days: int) -> datetime.datetime:
    return timezone.now() + datetime.timedelta(days=days)


@pytest.fixture
def corpus():
    hub = factories.organisation(
        slug="mindpark",
        name_sv="Mindpark",
        kind=OrganisationKind.HUB,
        description_sv="En mötesplats för entreprenörer och frilansare mitt i stan.",
        description_en="A meeting place for entrepreneurs and freelancers in the city centre.",
    )
    challenge = factories.challenge(
        title_sv="Hur kan resurserna i avloppet komma till nytta?",
        summary_sv="Vi söker avsättning för näringen i det källsorterade flödet.",
        title_en="How can the resources in our wastewater be put to use?",
        summary_en="We are looking for uses of the nutrients in the separated flows.",
    )
    draft = factories.challenge(
        title_sv="Hemlig utmaning om solpaneler", summary_sv="Ett utkast.", status=ChallengeStatus.DRAFT
    )
    sewage = factories.initiative(
        slug="kallsorterande-avloppssystem",
        title_sv="Källsorterande avloppssystem",
        summary_sv="I Oceanhamnen sorteras avloppet i tre rör. Systemet testas i RecoLab.",
        title_en="Source-separating sewage system",
        summary_en="In Oceanhamnen the sewage is separated into three pipes.",
        title_da="Kildesorterende kloaksystem",
        summary_da="I Oceanhamnen sorteres spildevandet i tre rør.",
    )
    preschool = factories.initiative(
        title_sv="AI-assistent som hjälper förskolelärare",
        summary_sv="Ett initiativ där en assistent tar över delar av dokumentationen.",
        title_en="AI assistant that helps pre-school teachers",
        summary_en="An initiative where an assistant takes over documentation.",
    )
    idea = factories.idea(
        title="Cykelgarage vid stationen", description="Låsbara platser för cyklar.", need="Stölder."
    )
    danish_idea = factories.idea(
        title="Bistader på kommunens tage",
        description="Honningbier på de flade tage giver bestøvning i byen.",
        need="Flere bestøvere.",
        language="da",
    )
    english_idea = factories.idea(
        title="Evening study spaces in empty classrooms",
        description="Students need a warm place to study in the evening.",
        need="Quiet rooms.",
        language="en",
    )
    event = Event.objects.create(
        title_sv="Frukostmöte om cirkulär ekonomi",
        description_sv="Vi pratar om återbruk och kretslopp.",
        place="Mindpark, Bredgatan 11",
        starts_at=in_future(10),
    )
    cancelled = Event.objects.create(
        title_sv="Workshop om vätgas",
        description_sv="Vätgas som bränsle för stadens bussar.",
        starts_at=in_future(20),
        status=EventStatus.CANCELLED,
    )
    method = Method.objects.create(
        slug="behovsintervjuer",
        title_sv="Behovsintervjuer",
        summary_sv="Så intervjuar du dem som har behovet.",
        body_sv="## Förbered\n\nSkriv **öppna** frågor om vardagen. [Mall](https://example.se/mall)",
        title_en="Needs interviews",
        summary_en="How to interview the people who have the need.",
    )
    unpublished = Method.objects.create(
        slug="dronare", title_sv="Drönare i staden", summary_sv="Ett utkast.", is_published=False
    )
    return locals()


@pytest.mark.parametrize(
    ("text", "kind", "title"),
    [
        ("avloppet", "challenge", "Hur kan resurserna i avloppet komma till nytta?"),
        ("oceanhamnen", "initiative", "Källsorterande avloppssystem"),
        ("cykelgarage", "idea", "Cykelgarage vid stationen"),
        ("kretslopp", "event", "Frukostmöte om cirkulär ekonomi"),
        ("entreprenörer", "actor", "Mindpark"),
        ("intervjuar", "method", "Behovsintervjuer"),
    ],
)
def test_each_kind_is_found(corpus, text, kind, title):
    assert (kind, title) in found(text)


def test_part_of_a_compound_word_finds_it(corpus):
    """PRODUCT.md: "avlopp" finds "källsorterande avloppssystem"."""
    assert found("avlopp")[0:3].count(("initiative", "Källsorterande avloppssystem")) == 1
    assert "Källsorterande avloppssystem" in titles("AVLOPP")


@pytest.mark.parametrize("text", ["förskol", "förskola", "FÖRSKOLA"])
def test_preschool_finds_preschool_teachers(corpus, text):
    assert "AI-assistent som hjälper förskolelärare" in titles(text)


def test_part_of_a_word_inside_a_compound(corpus):
    assert "Källsorterande avloppssystem" in titles("sorterande")
    assert "Behovsintervjuer" in titles("intervju")


def test_english_query_finds_english_text(corpus):
    results = engine.search("sewage", language="en")
    [hit] = results.hits
    assert hit.object == corpus["sewage"]
    assert hit.snippet_language == "en"
    with translation.override("en"):
        assert "Source-separating" in str(engine.search("sewage", language="en").hits[0].title)


def test_danish_query_finds_danish_text(corpus):
    results = engine.search("spildevandet", language="da")
    assert [hit.object for hit in results.hits] == [corpus["sewage"]]
    assert results.hits[0].snippet_language == "da"
    assert "<mark>spildevandet</mark>" in results.hits[0].snippet
    assert "Bistader på kommunens tage" in titles("honningbier", "da")


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("initiativet", "AI-assistent som hjälper förskolelärare"),
        ("initiativen", "AI-assistent som hjälper förskolelärare"),
        ("systemen", "Källsorterande avloppssystem"),
    ],
)
def test_inflected_forms_match_on_both_databases(corpus, text, title):
    """The query word's Snowball stem ("initiativ", "system") is searched for as part of a word."""
    assert title in titles(text)


def test_inflected_forms_by_text_search_configuration(corpus):
    """PostgreSQL stems the text too ('study' → 'studi'), so 'studies' finds it."""
    if connection.vendor != "postgresql":
        pytest.skip(SQLITE_STEMMING)
    assert "Evening study spaces in empty classrooms" in titles("studies", "en")


def test_results_in_the_persons_language_first(corpus):
    swedish_only = factories.initiative(title_sv="Vågkraft vid kajen", summary_sv="Energi ur vågor i hamnen.")
    english_too = factories.initiative(
        title_sv="Något helt annat",
        summary_sv="Ingenting här.",
        title_en="Wave power",
        summary_en="Vågkraft.",
    )
    swedish = [hit.object for hit in engine.search("vågkraft", language="sv").hits]
    english = [hit.object for hit in engine.search("vågkraft", language="en").hits]
    assert swedish == [swedish_only, english_too]
    assert english == [english_too, swedish_only]


def test_every_word_must_match(corpus):
    assert titles("avloppssystem oceanhamnen") == ["Källsorterande avloppssystem"]
    assert titles("avloppssystem förskolelärare") == []


def test_two_letter_words_match_the_start_of_a_word(corpus):
    assert "AI-assistent som hjälper förskolelärare" in titles("AI")
    assert "AI-assistent som hjälper förskolelärare" in titles("ai förskol")


def test_facets_count_each_kind_and_types_limit_the_hits(corpus):
    results = engine.search("oceanhamnen mindpark avloppet kretslopp", language="sv")
    assert results.total == 0
    results = engine.search("mindpark", language="sv")
    counts = {facet.kind: facet.count for facet in results.facets}
    assert counts == {"challenge": 0, "initiative": 0, "idea": 0, "event": 1, "actor": 1, "method": 0}
    assert results.total == 2
    only_events = engine.search("mindpark", language="sv", types=["event", "nonsense"])
    assert [hit.kind for hit in only_events.hits] == ["event"]
    assert only_events.total == 1
    assert {facet.kind: facet.count for facet in only_events.facets} == counts
    assert [facet.kind for facet in only_events.facets if facet.selected] == ["event"]


def test_facets_on_the_page_are_checkboxes_with_counts(client, corpus):
    response = client.get("/sv/search/?q=mindpark&type=actor")
    html = response.content.decode()
    assert 'name="type" value="actor" id="type-actor" checked' in html
    assert 'name="type" value="event" id="type-event">' in html
    assert '<span id="count-event" class="search-types__count">(1)</span>' in html
    assert [hit.kind for hit in response.context["results"].hits] == ["actor"]


def test_a_hidden_idea_is_not_found_and_a_restored_one_is_again(corpus):
    idea = corpus["idea"]
    moderator = make_staff()
    assert "Cykelgarage vid stationen" in titles("cykelgarage")
    participation_services.moderate(idea, ModerationAction.HIDE, by=moderator, reason="Spam")
    assert titles("cykelgarage") == []
    assert not Entry.objects.filter(kind="idea", object_id=idea.pk).exists()
    participation_services.moderate(idea, ModerationAction.RESTORE, by=moderator, reason="Misstag")
    assert titles("cykelgarage") == ["Cykelgarage vid stationen"]


def test_a_draft_challenge_is_not_found_until_it_is_published(corpus):
    draft = corpus["draft"]
    assert titles("solpaneler") == []
    draft.status = ChallengeStatus.OPEN
    draft.save()
    assert titles("solpaneler") == ["Hemlig utmaning om solpaneler"]


def test_an_unpublished_method_is_not_found(corpus):
    assert titles("drönare") == []
    corpus["unpublished"].is_published = True
    corpus["unpublished"].save()
    assert titles("drönare") == ["Drönare i staden"]


def test_method_markdown_is_searched_as_text(corpus):
    [hit] = engine.search("öppna frågor", language="sv").hits
    assert "**" not in hit.snippet and "https" not in hit.snippet
    assert "<mark>öppna</mark>" in hit.snippet


def test_a_cancelled_event_is_found_with_a_mark(client, corpus):
    response = client.get("/sv/search/?q=vätgas")
    assert [hit.object for hit in response.context["results"].hits] == [corpus["cancelled"]]
    assert 'class="badge badge--stopped"' in response.content.decode()


def test_a_deleted_object_is_no_longer_found(corpus):
    corpus["event"].delete()
    assert titles("kretslopp") == []


def test_an_edit_is_found_at_once(corpus):
    initiative = corpus["sewage"]
    initiative.summary_sv = "Nu även med urinsortering."
    initiative.save()
    assert "Källsorterande avloppssystem" in titles("urinsortering")
    assert titles("rör") == []


def test_initiatives_created_by_an_import_are_found(corpus):
    owner = corpus["sewage"].owner
    data = (
        "external_id,title_sv,summary_sv,innovation_type,stage,outcome,owner\n"
        f"HBG-1,Solceller på skolans tak,Taket ger el.,idea,1,active,{owner.slug}\n"
    ).encode()
    result = imports.import_portfolio(data, name="portfolio.csv")
    assert result.ok and result.created == 1
    assert titles("solceller") == ["Solceller på skolans tak"]


def test_the_rebuild_command_rebuilds_the_index(corpus):
    Entry.objects.all().delete()
    assert titles("avlopp") == []
    call_command("rebuild_search_index", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert "Källsorterande avloppssystem" in titles("avlopp")
    assert not Entry.objects.filter(kind="challenge", object_id=corpus["draft"].pk).exists()


def test_snippets_and_titles_escape_html(client):
    factories.initiative(
        title_sv="<img src=x onerror=alert(1)> Avloppsrör",
        summary_sv='Avlopp <script>alert("x")</script> & "citat" <b>fet</b>',
    )
    response = client.get("/sv/search/?q=avlopp")
    html = response.content.decode()
    start = html.index('<div id="search-results">')
    results = html[start : html.index("</section>", start)]
    assert "<script>alert" not in results and "<img src=x" not in results and "<b>" not in results
    assert "&lt;script&gt;" in results
    assert "&lt;img src=x onerror=alert(1)&gt; <mark>Avloppsrör</mark>" in results
    assert "<mark>Avlopp</mark> &lt;script&gt;" in results
    assert set(re.findall(r"<(/?\w+)", results)) <= {
        "div", "/div", "ol", "/ol", "li", "/li", "p", "/p", "span", "/span", "h3", "/h3", "a", "/a",
        "mark", "/mark", "nav", "/nav", "ul", "/ul", "time", "/time",
    }  # fmt: skip


def test_a_query_with_html_is_escaped_everywhere(client, corpus):
    response = client.get("/sv/search/", {"q": '"><script>alert(1)</script> avlopp'})
    html = response.content.decode()
    assert "<script>alert(1)" not in html
    assert "&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt; avlopp" in html


def test_fallback_text_is_marked_with_its_language(client, corpus):
    """A Swedish-only title on the English page, a Danish idea on the Swedish page."""
    html = client.get("/en/search/?q=cykelgarage").content.decode()
    assert 'lang="sv"><mark>Cykelgarage</mark> vid stationen</a>' in html  # an idea has one language
    html = client.get("/en/search/?q=frukostmöte").content.decode()
    assert 'lang="sv"><mark>Frukostmöte</mark> om cirkulär ekonomi</a>' in html
    assert 'class="search-hit__snippet" lang="sv"' in html
    html = client.get("/sv/search/?q=honningbier").content.decode()
    assert 'lang="da">Bistader på kommunens tage</a>' in html


def test_an_empty_query_explains_and_finds_nothing(client, corpus):
    response = client.get("/en/search/")
    assert response.status_code == 200
    assert response.context["results"].hits == []
    assert "Type what you are looking for" in response.content.decode()
    assert client.get("/en/search/?q=+++").context["results"].hits == []


@pytest.mark.parametrize("text", ["a", "Å", "a b c", "1"])
def test_one_letter_asks_for_more(client, corpus, text):
    response = client.get("/en/search/", {"q": text})
    assert response.status_code == 200
    assert response.context["results"].hits == []
    assert "Type at least 2 letters or digits." in response.content.decode()


@pytest.mark.parametrize("text", ['"', "*", "-", "()", '"*" -( ) ^ : {} <-> :*', "…!?", "\x00"])
def test_punctuation_only_says_so(client, corpus, text):
    response = client.get("/en/search/", {"q": text})
    assert response.status_code == 200
    assert "punctuation and symbols alone match nothing" in response.content.decode()


@pytest.mark.parametrize(
    "text",
    [
        'avlopp OR "',
        'avlopp" OR "förskol',
        "NEAR(avlopp förskol, 2)",
        "avlopp*",
        "-avlopp",
        "title:avlopp",
        "avlopp AND NOT x",
        "a'vlopp",
        "avlopp & | ! :* <->",
        "avlopp\\",
        "%avlopp_",
        "OR AND NOT NEAR",
        "or and not near",
    ],
)
def test_full_text_syntax_is_searched_as_words_never_as_syntax(client, corpus, text):
    response = client.get("/sv/search/", {"q": text})
    assert response.status_code == 200


def test_full_text_syntax_around_words_still_finds_them(corpus):
    """Operators typed in capitals are left out; the words around them are searched for."""
    assert "Källsorterande avloppssystem" in titles('"avlopp*" OR -(')
    assert "Källsorterande avloppssystem" in titles("NEAR(avlopp, oceanhamnen)")
    assert [term.text for term in query.parse("OR AND").terms] == ["or", "and"]


def test_a_very_long_query_is_shortened_with_a_notice(client, corpus):
    text = "avlopp " + "x" * 500
    response = client.get("/en/search/", {"q": text})
    assert response.status_code == 200
    assert len(response.context["query"].text) == query.MAX_LENGTH
    assert "only its beginning was used" in response.content.decode()
    many_words = " ".join(f"ord{number}" for number in range(30))
    assert len(query.parse(many_words).terms) == query.MAX_TERMS


def test_bad_page_and_type_values_give_notices_not_errors(client, corpus):
    for params in (
        {"q": "avlopp", "page": "x"},
        {"q": "avlopp", "page": "99"},
        {"q": "avlopp", "page": "²"},
        {"q": "avlopp", "type": "<x>"},
    ):
        response = client.get("/sv/search/", params)
        assert response.status_code == 200
        assert response.context["notices"]


def test_pagination_keeps_the_query_and_the_types(client):
    for number in range(25):
        factories.initiative(title_sv=f"Solceller {number}", summary_sv="Taket ger el.")
    response = client.get("/sv/search/?q=solceller&type=initiative")
    assert len(response.context["results"].hits) == 20
    assert "?q=solceller&amp;type=initiative&amp;page=2" in response.content.decode()
    second = client.get("/sv/search/?q=solceller&type=initiative&page=2")
    assert len(second.context["results"].hits) == 5
    first_ids = {hit.object.pk for hit in response.context["results"].hits}
    assert first_ids.isdisjoint({hit.object.pk for hit in second.context["results"].hits})


def test_the_page_makes_a_bounded_number_of_queries(client, corpus, django_assert_max_num_queries):
    for number in range(30):
        factories.initiative(title_sv=f"Avloppsprojekt {number}", summary_sv="Avlopp.")
        factories.idea(title=f"Avloppsidé {number}")
    client.get("/sv/search/?q=avlopp")  # sessions, caches, translations warmed up
    with django_assert_max_num_queries(8):  # facets, hits, and one per kind on the page
        response = client.get("/sv/search/?q=avlopp")
    assert len(response.context["results"].hits) == 20


def test_htmx_gets_the_results_with_count_and_facet_updates(client, corpus):
    response = client.get("/en/search/?q=mindpark", headers={"HX-Request": "true"})
    html = response.content.decode()
    assert html.lstrip().startswith('<div id="search-results">')
    assert '<p id="search-status" hx-swap-oob="innerHTML">2 results for “mindpark”</p>' in html
    assert '<span id="count-actor" hx-swap-oob="innerHTML">(1)</span>' in html
    assert "<html" not in html


def test_the_page_works_without_javascript(client, corpus):
    html = client.get("/sv/search/?q=avlopp").content.decode()
    assert 'method="get" action="/sv/search/"' in html
    assert '<label for="search-q">' in html and 'type="search" id="search-q" name="q" value="avlopp"' in html
    assert 'role="status"' in html
    assert 'href="/sv/initiatives/kallsorterande-avloppssystem/"' in html


def test_every_page_has_a_search_box_in_its_header(client, db):
    html = client.get("/en/").content.decode()
    header = html[html.index('<header class="site-header">') : html.index("</header>")]
    assert 'role="search"' in header and 'action="/en/search/"' in header
    assert '<label for="site-search-q"' in header and 'type="search" id="site-search-q" name="q"' in header
    with translation.override("da"):
        assert reverse("search:results") == "/da/search/"


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.text(max_size=300), types=st.lists(st.sampled_from(["idea", "event", "x", ""]), max_size=3))
def test_any_text_never_fails(client, corpus, text, types):
    response = client.get("/sv/search/", {"q": text, "type": types})
    assert response.status_code == 200
    results = engine.search(text, language="da", types=types, limit=5, offset=0)
    assert results.total >= len(results.hits)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    text=st.text(
        alphabet=st.characters(codec="utf-8", categories=["L", "N", "P", "S", "Zs"]), min_size=1, max_size=40
    )
)
def test_any_words_never_fail(corpus, text):
    """Letters, digits, punctuation and symbols of every script, so that terms reach the database."""
    results = engine.search(text, language="sv")
    assert results.total >= len(results.hits)


def test_a_bulk_import_is_indexed_in_a_few_queries_per_batch(corpus, django_assert_max_num_queries):
    from gnista.portfolio.models import Initiative
    from gnista.search import index

    owner = corpus["sewage"].owner
    created = Initiative.objects.bulk_create(
        Initiative(
            slug=f"b-{n}", external_id=f"B-{n}", title_sv=f"B {n}", summary_sv="Vindkraft.", owner=owner
        )
        for n in range(30)
    )
    assert titles("vindkraft") == []
    with django_assert_max_num_queries(8):
        index.update_many([*created, corpus["draft"]])
    assert len(titles("vindkraft")) == 30
    assert titles("solpaneler") == [], "a draft stays out"


def test_a_common_word_ranks_a_bounded_number_of_texts_per_kind(client, corpus, monkeypatch):
    """However many texts match, each kind ranks at most PER_KIND of them; its count then
    says "at least" and the results page through those ranked."""
    monkeypatch.setattr(engine, "PER_KIND", 3)
    for number in range(5):
        factories.initiative(title_sv=f"Solceller {number}", summary_sv="Taket ger el.")
    factories.idea(title="Solceller på förskolor")
    results = engine.search("solceller", language="sv")
    counts = {facet.kind: (facet.count, facet.more) for facet in results.facets}
    assert counts["initiative"] == (4, True), "three and one more ranked, and more exist"
    assert counts["idea"] == (1, False)
    assert (results.total, results.more) == (5, True)
    assert len(results.hits) == 5
    only_ideas = engine.search("solceller", language="sv", types=["idea"])
    assert (only_ideas.total, only_ideas.more) == (1, False)
    html = client.get("/en/search/?q=solceller").content.decode()
    assert "At least 5 results for “solceller”" in html
    assert '<span id="count-initiative" class="search-types__count">(at least 4)</span>' in html
    assert '<span id="count-idea" class="search-types__count">(1)</span>' in html
    html = client.get("/en/search/?q=solceller&type=idea").content.decode()
    assert "1 result for “solceller”" in html


def test_the_page_keeps_a_ranking_until_the_next_write(client, corpus, django_capture_on_commit_callbacks):
    assert len(client.get("/sv/search/?q=vindkraft").context["results"].hits) == 0
    factories.initiative(title_sv="Vindkraft i hamnen")  # no commit: the kept ranking stands
    assert len(client.get("/sv/search/?q=vindkraft").context["results"].hits) == 0
    with django_capture_on_commit_callbacks(execute=True):
        factories.initiative(title_sv="Vindkraft på taket")
    assert len(client.get("/sv/search/?q=vindkraft").context["results"].hits) == 2


def test_each_kind_has_its_own_full_text_indexes(corpus):
    """PostgreSQL asks each kind for its matches through indexes of its own (migration 0002)."""
    from gnista.search import sources

    if connection.vendor != "postgresql":
        pytest.skip("SQLite searches its FTS5 table")
    with connection.cursor() as cursor:
        cursor.execute("SELECT indexname FROM pg_indexes WHERE tablename = 'search_entry'")
        names = {row[0] for row in cursor.fetchall()}
    for kind in sources.by_kind():
        assert {f"search_entry_{kind}_vector", f"search_entry_{kind}_trgm"} <= names
    sql, params = engine.best_rows_sql(engine.matching(query.parse("avlopp")), "sv", ["initiative"])
    with engine.index_scans(), connection.cursor() as cursor:
        # Enough other texts of the kind that reading them all would cost more than the index.
        cursor.execute(
            "INSERT INTO search_entry (kind, object_id, language, title, body, folded_title, folded) "
            "SELECT 'initiative', 1000000 + n, 'sv', 'Sol', 'Vind', ' sol ', ' sol vind ' "
            "FROM generate_series(1, 5000) AS n"
        )
        for index in ("search_entry_initiative_vector", "search_entry_initiative_trgm"):
            cursor.execute("SELECT gin_clean_pending_list(%s::regclass)", [index])  # as autovacuum would
        cursor.execute("ANALYZE search_entry")
        cursor.execute(f"EXPLAIN {sql}", params)
        plan = "\n".join(row[0] for row in cursor.fetchall())
    assert "search_entry_initiative_vector" in plan and "search_entry_initiative_trgm" in plan


def test_rebuilding_the_index_refreshes_the_kept_rankings(client, corpus, django_capture_on_commit_callbacks):
    from gnista.search import index

    Entry.objects.filter(kind="initiative").delete()
    kinds = [hit.kind for hit in client.get("/sv/search/?q=oceanhamnen").context["results"].hits]
    assert "initiative" not in kinds
    with django_capture_on_commit_callbacks(execute=True):
        index.rebuild()
    kinds = [hit.kind for hit in client.get("/sv/search/?q=oceanhamnen").context["results"].hits]
    assert "initiative" in kinds
