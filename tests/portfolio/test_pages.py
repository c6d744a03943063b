"""The public portfolio pages: home, initiative, lessons, challenges, 404s."""

import pytest

from gnista.portfolio import services
from gnista.portfolio.models import ChallengeStatus, Outcome, Sector, Stage
from tests import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def sewage():
    owner = factories.administration(name_sv="Miljöförvaltningen")
    university = factories.organisation(name_sv="Lunds universitet", sector=Sector.ACADEMIA)
    challenge = factories.challenge(slug="resurser-ur-avloppet", title_sv="Resurser ur avloppet", owner=owner)
    initiative = factories.initiative(
        slug="kallsorterande-avloppssystem",
        title_sv="Källsorterande avloppssystem",
        summary_sv="Svartvatten, gråvatten och matavfall i tre rör.",
        what_sv="Tre rör i stället för ett.",
        owner=owner,
        challenges=[challenge],
        partners=[(university, "Forskningspartner")],
        contact_name="Lisa Olsson",
        contact_email="lisa.olsson@helsingborg.example",
        starts_on="2019-03-01",
    )
    initiative.stage = Stage.DEVELOP
    services.save_initiative(initiative, rationale="Testbädden är klar.", decided_on="2020-05-01")
    initiative.stage = Stage.SCALE
    services.save_initiative(initiative, rationale="Fungerar i Oceanhamnen.", decided_on="2021-09-01")
    kpi = factories.kpi(initiative, name_sv="Återvunnen fosfor", unit="kg", baseline=0, target=500)
    factories.measurement(kpi, measured_on="2022-06-30", value=410, source="Mätning av NSVA")
    initiative.outcome = Outcome.SCALED
    initiative.lessons_learned_sv = "Bygg in systemet från början i nya stadsdelar."
    services.save_initiative(initiative, rationale="Gav mätbar nytta.", decided_on="2023-01-15")
    return initiative


def test_initiative_page_shows_timeline_partners_lessons_and_contact(client, sewage):
    response = client.get("/sv/initiatives/kallsorterande-avloppssystem/")
    assert response.status_code == 200
    html = response.text
    assert "<h1>Källsorterande avloppssystem</h1>" in html
    for text in [
        "Tre rör i stället för ett.",
        "Lunds universitet",
        "Forskningspartner",
        "Bygg in systemet från början",
        "Lisa Olsson",
        "mailto:lisa.olsson@helsingborg.example",
        "Testbädden är klar.",
        "Gav mätbar nytta.",
        "Resurser ur avloppet",
    ]:
        assert text in html
    assert html.index("Testbädden är klar.") < html.index("Gav mätbar nytta."), "timeline in date order"
    assert '<time datetime="2023-01-15">' in html


def test_initiative_page_runs_a_bounded_number_of_queries(client, sewage, django_assert_max_num_queries):
    with django_assert_max_num_queries(11):
        client.get("/sv/initiatives/kallsorterande-avloppssystem/")


def test_initiative_page_hides_draft_challenges(client, sewage):
    draft = factories.challenge(title_sv="Hemlig utkastutmaning", status=ChallengeStatus.DRAFT)
    sewage.challenges.add(draft)
    assert "Hemlig utkastutmaning" not in client.get(sewage.get_absolute_url()).text


def test_home_shows_open_challenges_featured_and_key_numbers(client, sewage, django_assert_max_num_queries):
    factories.initiative(title_sv="Utvalt initiativ", is_featured=True)
    factories.initiative(title_sv="Stoppat initiativ", outcome=Outcome.STOPPED)
    factories.challenge(title_sv="Stängd utmaning", status=ChallengeStatus.CLOSED)
    with django_assert_max_num_queries(15):  # including the ideas and events sections
        response = client.get("/sv/")
    assert response.status_code == 200
    counts = response.context["counts"]
    assert (counts["total"], counts["scaled"], counts["stopped"], counts["open_challenges"]) == (3, 1, 1, 1)
    assert counts["partners"] == 1
    assert "Utvalt initiativ" in response.text
    assert "Resurser ur avloppet" in response.text
    assert "Stängd utmaning" not in response.text


def test_lessons_page_lists_stopped_and_scaled_with_their_lessons(client, sewage):
    factories.initiative(
        title_sv="Sensorer", outcome=Outcome.STOPPED, lessons_learned_sv="Batterierna höll inte."
    )
    factories.initiative(title_sv="Pågående initiativ")
    response = client.get("/sv/lessons/")
    assert "Batterierna höll inte." in response.text
    assert "Bygg in systemet från början" in response.text
    assert "Pågående initiativ" not in response.text
    stopped_only = client.get("/sv/lessons/?outcome=stopped")
    assert "Batterierna höll inte." in stopped_only.text
    assert "Bygg in systemet" not in stopped_only.text


def test_lessons_page_filters_by_area(client):
    water = factories.area(slug="vatten")
    factories.initiative(title_sv="Med område", outcome=Outcome.STOPPED, areas=[water])
    factories.initiative(title_sv="Utan område", outcome=Outcome.STOPPED)
    titles = [i.title for i in client.get("/sv/lessons/?area=vatten").context["page"].object_list]
    assert titles == ["Med område"]


def test_challenge_list_shows_public_challenges_open_first(client):
    factories.challenge(title_sv="Stängd", status=ChallengeStatus.CLOSED)
    factories.challenge(title_sv="Öppen", status=ChallengeStatus.OPEN)
    factories.challenge(title_sv="Utkast", status=ChallengeStatus.DRAFT)
    response = client.get("/sv/challenges/")
    titles = [challenge.title for challenge in response.context["page"].object_list]
    assert titles == ["Öppen", "Stängd"]


def test_challenge_list_filters_by_status_and_area(client):
    area = factories.area(slug="tech")
    factories.challenge(title_sv="Teknik", areas=[area])
    factories.challenge(title_sv="Annat", status=ChallengeStatus.CLOSED)
    assert [c.title for c in client.get("/sv/challenges/?area=tech").context["page"].object_list] == [
        "Teknik"
    ]
    assert [c.title for c in client.get("/sv/challenges/?status=closed").context["page"].object_list] == [
        "Annat"
    ]
    response = client.get("/sv/challenges/?status=draft")
    assert response.context["notices"]
    assert len(response.context["page"].object_list) == 2


def test_challenge_page_lists_the_initiatives_that_answer_it(client, sewage):
    response = client.get("/sv/challenges/resurser-ur-avloppet/")
    assert response.status_code == 200
    assert "Källsorterande avloppssystem" in response.text


@pytest.mark.parametrize(
    "path",
    [
        "/sv/initiatives/finns-inte/",
        "/en/challenges/finns-inte/",
        "/da/initiatives/%C3%A5%C3%A4%C3%B6/",
        "/sv/nowhere/",
    ],
)
def test_unknown_pages_get_a_proper_404_page(client, path):
    response = client.get(path)
    assert response.status_code == 404
    assert '<a class="skip-link"' in response.text, "the 404 page uses the site layout"
    assert 'href="/' in response.text


def test_404_page_speaks_the_language_of_the_url(client):
    assert '<html lang="da">' in client.get("/da/initiatives/finns-ikke/").text
    assert '<html lang="en">' in client.get("/en/initiatives/nope/").text


def test_draft_challenge_is_not_public(client):
    draft = factories.challenge(slug="utkast", status=ChallengeStatus.DRAFT)
    assert client.get(draft.get_absolute_url()).status_code == 404


def test_challenge_page_shows_the_newest_answers_and_links_to_all(client, django_assert_max_num_queries):
    """A challenge answered by many initiatives shows the newest few and a link to the
    initiative list filtered by the challenge, in the same few queries however many there are."""
    from gnista.portfolio.views import CHALLENGE_INITIATIVES_SHOWN

    challenge = factories.challenge(slug="energi")
    for number in range(CHALLENGE_INITIATIVES_SHOWN + 3):
        factories.initiative(
            title_sv=f"Svar {number:02}", challenges=[challenge], starts_on=f"2020-01-{number + 1:02}"
        )
    with django_assert_max_num_queries(14):
        response = client.get("/sv/challenges/energi/")
    shown = [initiative.title for initiative in response.context["initiatives"]]
    assert shown == [f"Svar {number:02}" for number in range(CHALLENGE_INITIATIVES_SHOWN + 2, 2, -1)]
    assert response.context["initiative_count"] == CHALLENGE_INITIATIVES_SHOWN + 3
    assert "Svar 00" not in response.text
    assert 'href="/sv/initiatives/?challenge=energi"' in response.text
    listed = client.get("/sv/initiatives/?challenge=energi&per_page=48").context["page"]
    assert listed.paginator.count == CHALLENGE_INITIATIVES_SHOWN + 3


def test_challenge_page_with_few_answers_has_no_link_to_more(client):
    challenge = factories.challenge(slug="energi")
    factories.initiative(title_sv="Enda svaret", challenges=[challenge])
    response = client.get("/sv/challenges/energi/")
    assert response.context["initiative_count"] == 1
    assert "Enda svaret" in response.text
    assert "/sv/initiatives/?challenge=energi" not in response.text


def test_challenge_cards_count_the_initiatives_that_answer(client):
    answered = factories.challenge(title_sv="Besvarad")
    factories.challenge(title_sv="Obesvarad")
    for _ in range(3):
        factories.initiative(challenges=[answered])
    counts = {c.title: c.initiative_count for c in client.get("/sv/challenges/").context["page"].object_list}
    assert counts == {"Besvarad": 3, "Obesvarad": 0}
    assert {c.title: c.initiative_count for c in client.get("/sv/").context["open_challenges"]} == counts


def test_home_numbers_are_cached_until_the_next_write(client, sewage, django_capture_on_commit_callbacks):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    first = client.get("/sv/").context["counts"]
    with CaptureQueriesContext(connection) as queries:
        assert client.get("/sv/").context["counts"] == first
    assert not any("portfolio_partnership" in query["sql"] for query in queries.captured_queries)
    with django_capture_on_commit_callbacks(execute=True):
        factories.initiative(outcome=Outcome.STOPPED, lessons_learned_sv="Lärdom.")
        factories.initiative(partners=[(factories.organisation(), "Partner")])
    counts = client.get("/sv/").context["counts"]
    assert (counts["total"], counts["stopped"], counts["partners"]) == (
        first["total"] + 2,
        first["stopped"] + 1,
        first["partners"] + 1,
    )


def test_home_numbers_count_each_stage_and_partners_once(client):
    city = factories.administration()
    company = factories.organisation()
    factories.initiative(stage=Stage.UNDERSTAND, partners=[(company, "A"), (city, "B")])
    factories.initiative(stage=Stage.DEVELOP, partners=[(company, "A")])
    factories.initiative(stage=Stage.DEVELOP, outcome=Outcome.PAUSED)
    factories.initiative(stage=Stage.SCALE, outcome=Outcome.SCALED)
    factories.challenge(status=ChallengeStatus.DRAFT)
    factories.challenge(status=ChallengeStatus.OPEN)
    counts = client.get("/sv/").context["counts"]
    assert counts == {
        "total": 4,
        "stage_1": 1,
        "stage_2": 2,
        "stage_3": 0,
        "scaled": 1,
        "stopped": 0,
        "open_challenges": 1,
        "partners": 1,
    }
