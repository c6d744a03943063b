"""Atom feeds of the newest public things, in the language of the address."""

import datetime
import xml.etree.ElementTree as ET

import pytest
from django.utils import timezone

from gnista.events.models import Event
from gnista.opendata.feeds import NEWEST
from gnista.portfolio.models import Challenge
from tests import factories

pytestmark = pytest.mark.django_db

ATOM = "{http://www.w3.org/2005/Atom}"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def feed(client, path: str) -> ET.Element:
    response = client.get(path)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    root = ET.fromstring(response.content)
    assert root.tag == f"{ATOM}feed"
    assert root.findtext(f"{ATOM}updated")
    return root


def entries(root: ET.Element) -> dict[str, ET.Element]:
    return {entry.findtext(f"{ATOM}title"): entry for entry in root.findall(f"{ATOM}entry")}


@pytest.mark.parametrize("kind", ["challenges", "initiatives", "ideas", "events"])
@pytest.mark.parametrize("language", ["sv", "en", "da"])
def test_every_feed_is_atom_in_the_language_of_its_address(client, published, kind, language):
    root = feed(client, f"/{language}/feeds/{kind}.atom")
    assert root.get(XML_LANG) == language
    assert root.find(f"{ATOM}entry") is not None
    for entry in root.findall(f"{ATOM}entry"):
        link = entry.find(f"{ATOM}link").get("href")
        assert link.startswith(f"http://testserver/{language}/"), link
        assert entry.findtext(f"{ATOM}updated")


def test_titles_are_translated_and_fall_back_to_swedish_marked_as_swedish(client, published):
    english = entries(feed(client, "/en/feeds/challenges.atom"))
    assert "Clean water" in english and "Rent vatten" not in english
    assert english["Clean water"].get(XML_LANG) is None
    factories.challenge(title_sv="Bara på svenska")
    english = entries(feed(client, "/en/feeds/challenges.atom"))
    assert english["Bara på svenska"].get(XML_LANG) == "sv"
    assert "Rent vatten" in entries(feed(client, "/sv/feeds/challenges.atom"))


def test_what_is_not_public_stays_out(client, published):
    assert "Hemligt utkast" not in entries(feed(client, "/sv/feeds/challenges.atom"))
    ideas = entries(feed(client, "/sv/feeds/ideas.atom"))
    assert published["idea"].title in ideas
    assert "Dold idé" not in ideas and "Utkast till idé" not in ideas
    assert ideas[published["idea"].title].findtext(f"{ATOM}author/{ATOM}name") == "Kim"


@pytest.mark.parametrize("kind", ["challenges", "initiatives", "ideas", "events"])
def test_the_newest_fifty_in_a_few_queries(client, published, kind, django_assert_max_num_queries):
    owner = published["owner"]
    start = timezone.now() + datetime.timedelta(days=1)
    Challenge.objects.bulk_create(
        Challenge(slug=f"ny-{number}", title_sv=f"Ny {number}", summary_sv="Ny.", status="open", owner=owner)
        for number in range(NEWEST)
    )
    Event.objects.bulk_create(Event(title_sv=f"Möte {number}", starts_at=start) for number in range(NEWEST))
    for _number in range(NEWEST):
        factories.initiative(owner=owner)
        factories.idea()
    with django_assert_max_num_queries(2):
        root = feed(client, f"/sv/feeds/{kind}.atom")
    assert len(root.findall(f"{ATOM}entry")) == NEWEST
