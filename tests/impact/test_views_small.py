"""The dashboard page on small data: the hand-built world of conftest.py, and nothing."""

import pytest

from .test_views import csv_rows

pytestmark = pytest.mark.django_db


def test_the_same_queries_for_a_small_world(client, world, django_assert_max_num_queries):
    with django_assert_max_num_queries(40):
        assert client.get("/sv/impact/?per=quarter").status_code == 200


def test_a_spreadsheet_formula_in_a_name_stays_text(client, world):
    type(world.b1).objects.filter(pk=world.b1.pk).update(name_sv="=HYPERLINK(1)", name_en="=HYPERLINK(1)")
    rows = csv_rows(client.get("/en/impact/network-actors.csv"))
    assert ["'=HYPERLINK(1)", "Business", "2", "3", "4", "1"] in rows


def test_names_in_the_default_language_are_marked(client, world):
    page = client.get("/en/impact/").text
    assert '<th scope="row" lang="sv"><a href="/en/challenges/ch1/">A-utmaningen</a></th>' in page


def test_an_empty_site_shows_an_empty_dashboard(client, db):
    response = client.get("/en/impact/")
    assert response.status_code == 200
    assert "Nothing matches the filters." in response.text
