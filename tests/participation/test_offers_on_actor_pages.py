"""An organisation's offers of help appear on its page in the district directory, but only
where the person offering agreed to show the organisation publicly, and never the message."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from gnista.participation.models import Affiliation, AffiliationStatus, Offer
from tests import factories

pytestmark = pytest.mark.django_db


def offer(organisation, challenge, affiliated=True, **fields):
    """An offer by a person whose affiliation with the organisation staff approved,
    unless affiliated=False."""
    person = factories.user()
    if affiliated:
        Affiliation.objects.create(user=person, organisation=organisation, status=AffiliationStatus.APPROVED)
    defaults = {
        "user": person,
        "message": "Vi kan bidra med mätdata.",
        "contributions": ["data", "time"],
        "show_organisation": True,
    }
    return Offer.objects.create(organisation=organisation, challenge=challenge, **(defaults | fields))


def test_offers_in_an_organisations_name_need_an_approved_affiliation(client):
    company = factories.organisation(slug="namnbolaget", name_sv="Namnbolaget AB")
    offer(company, factories.challenge(title_sv="Utan intyg"), affiliated=False)
    offer(company, factories.challenge(title_sv="Med intyg"))
    html = client.get("/sv/actors/namnbolaget/").text
    assert "Med intyg" in html
    assert "Utan intyg" not in html, "anyone can name any organisation; only approved members speak for it"


def test_public_offers_are_shown_and_private_ones_not(client):
    company = factories.organisation(slug="sensorbolaget", name_sv="Sensorbolaget AB")
    public = factories.challenge(title_sv="Renare luft i city")
    private = factories.challenge(title_sv="Hemlig utmaning")
    hidden = factories.challenge(title_sv="Dold av moderator")
    draft = factories.challenge(title_sv="Utkastet", status="draft")
    someone_else = factories.challenge(title_sv="Någon annans erbjudande")
    offer(company, public, message="Privat meddelande till staden")
    offer(company, private, show_organisation=False)
    offer(company, hidden, is_hidden=True)
    offer(company, draft)
    offer(factories.organisation(), someone_else)

    html = client.get("/sv/actors/sensorbolaget/").text
    assert "Renare luft i city" in html and public.get_absolute_url() in html
    for title in ["Hemlig utmaning", "Dold av moderator", "Utkastet", "Någon annans erbjudande"]:
        assert title not in html, title
    assert "Privat meddelande" not in html, "the message stays private"


def test_an_actor_without_public_offers_shows_no_section(client):
    company = factories.organisation(slug="tyst-ab")
    offer(company, factories.challenge(), show_organisation=False)
    assert "actor-offers-heading" not in client.get("/sv/actors/tyst-ab/").text


def test_the_panel_shows_a_bounded_list_in_a_fixed_number_of_queries(client):
    company = factories.organisation(slug="flitiga-ab")
    for _ in range(3):
        offer(company, factories.challenge())
    with CaptureQueriesContext(connection) as few:
        client.get("/sv/actors/flitiga-ab/")
    for _ in range(12):
        offer(company, factories.challenge())
    with CaptureQueriesContext(connection) as many:
        html = client.get("/sv/actors/flitiga-ab/").text
    assert len(many) == len(few)
    panel = html.split('id="actor-offers-heading"')[1].split("</section>")[0]
    assert panel.count('href="/sv/challenges/') == 10
    assert "15" in panel, "the count says how many there are in all"
