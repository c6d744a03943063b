"""Cursor pagination: every item exactly once, whatever the page size; bad input is a 400."""

import pytest
from django.core import signing

from tests import factories

pytestmark = pytest.mark.django_db


def walk(client, url) -> list[dict]:
    items, pages = [], 0
    while url:
        response = client.get(url)
        assert response.status_code == 200, response.content
        body = response.json()
        items += body["items"]
        url = body["next"]
        pages += 1
        assert pages < 100
    return items


@pytest.mark.parametrize("limit", [1, 2, 3, 7, 200])
def test_a_walk_sees_every_item_exactly_once(client, db, limit):
    owner = factories.administration()
    created = [factories.initiative(owner=owner).slug for _ in range(7)]
    items = walk(client, f"/api/v1/initiatives?limit={limit}&administration={owner.slug}")
    assert [item["slug"] for item in items] == created
    first = client.get(f"/api/v1/initiatives?limit={limit}&administration={owner.slug}").json()
    assert len(first["items"]) == min(limit, 7)
    assert (first["next"] is None) == (limit >= 7)


def test_next_keeps_the_filters_and_items_added_during_a_walk_come_last(client, db):
    area = factories.area()
    factories.initiative()
    first = [factories.initiative(areas=[area]).slug for _ in range(3)]
    response = client.get(f"/api/v1/initiatives?area={area.slug}&limit=2&lang=en").json()
    assert f"area={area.slug}" in response["next"] and "lang=en" in response["next"]
    added = factories.initiative(areas=[area]).slug
    rest = walk(client, response["next"])
    assert [item["slug"] for item in response["items"] + rest] == [*first, added]


def test_default_page_size_is_50(client, db):
    area = factories.area()
    for _ in range(51):
        factories.organisation().areas.add(area)
    body = client.get(f"/api/v1/organisations?area={area.slug}").json()
    assert len(body["items"]) == 50 and body["next"]


@pytest.mark.parametrize(
    "query, parameter",
    [
        ("limit=0", "limit"),
        ("limit=201", "limit"),
        ("limit=many", "limit"),
        ("cursor=made-up", "cursor"),
        ("cursor=" + signing.dumps(5), "cursor"),  # signed, but not by this endpoint
        ("lang=fr", "lang"),
    ],
)
def test_bad_cursor_or_limit_is_a_400_naming_the_parameter(client, db, query, parameter):
    response = client.get(f"/api/v1/initiatives?{query}")
    assert response.status_code == 400
    body = response.json()
    assert set(body) == {"detail", "errors"}
    assert list(body["errors"]) == [parameter]


def test_a_cursor_works_only_on_the_list_that_gave_it(client, db):
    for _ in range(2):
        factories.organisation(kind="hub")
    cursor = client.get("/api/v1/hubs?limit=1").json()["next"].split("cursor=")[1].split("&")[0]
    assert client.get(f"/api/v1/hubs?cursor={cursor}").status_code == 200
    assert client.get(f"/api/v1/organisations?cursor={cursor}").status_code == 400
