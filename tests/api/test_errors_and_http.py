"""What every answer under /api/ shares: JSON errors with the right status, bad filter
values refused (unlike the pages), ETags, CORS for reads, rate limits."""

import pytest

from gnista.api import ratelimits
from tests import factories

from .conftest import bearer

pytestmark = pytest.mark.django_db


def assert_error(response, status: int) -> dict:
    assert response.status_code == status, response.content
    assert response["Content-Type"].startswith("application/json")
    body = response.json()
    assert set(body) == {"detail", "errors"} and body["detail"]
    return body


@pytest.mark.parametrize(
    "url, parameter",
    [
        ("/api/v1/initiatives?stage=9", "stage"),
        ("/api/v1/initiatives?stage=1&stage=x", "stage"),
        ("/api/v1/initiatives?area=finns-inte", "area"),
        ("/api/v1/initiatives?goal=99", "goal"),
        ("/api/v1/initiatives?challenge=utkast", "challenge"),
        ("/api/v1/initiatives?administration=bolaget", "administration"),
        ("/api/v1/challenges?status=draft", "status"),
        ("/api/v1/lessons?outcome=active", "outcome"),
        ("/api/v1/ideas?status=draft", "status"),
        ("/api/v1/events?hub=bolaget", "hub"),
        ("/api/v1/events?from=2026-13-01", "from"),
        ("/api/v1/events?from=2026-05-01&to=2026-04-01", "to"),
        ("/api/v1/events?from=2020-01-01&to=2026-01-01", "to"),
        ("/api/v1/organisations?kind=castle", "kind"),
        ("/api/v1/organisations?cluster=navet", "cluster"),
        ("/api/v1/ideas/abc", "idea_id"),
        ("/api/v1/events/99999999999999999999999", "event_id"),
    ],
)
def test_bad_filter_values_are_refused_naming_the_parameter(client, portfolio, url, parameter):
    body = assert_error(client.get(url), 400)
    assert list(body["errors"]) == [parameter], body


def test_the_page_ignores_what_the_api_refuses(client, portfolio):
    page = client.get("/sv/initiatives/?stage=9")
    assert page.status_code == 200 and page.context["notices"]


def test_nul_characters_are_refused_before_they_reach_the_database(client, portfolio):
    assert_error(client.get("/api/v1/initiatives?q=a%00b"), 400)
    assert_error(client.get("/api/v1/initiatives/a%00b"), 400)


def test_unknown_addresses_and_methods_answer_json(client, db):
    assert_error(client.get("/api/v1/nothing-here"), 404)
    assert_error(client.get("/api/v1/initiatives/"), 404)
    response = client.delete("/api/v1/initiatives")
    assert_error(response, 405)
    assert "GET" in response["Allow"]
    assert_error(client.post("/api/v1/areas", {}, content_type="application/json"), 405)
    assert_error(client.put("/api/v1/nothing-here"), 404)


def test_etag_and_304(client, portfolio):
    first = client.get("/api/v1/initiatives")
    etag = first["ETag"]
    assert etag.startswith('W/"')
    again = client.get("/api/v1/initiatives", headers={"If-None-Match": etag})
    assert again.status_code == 304 and again.content == b""
    assert client.get("/api/v1/initiatives?lang=en", headers={"If-None-Match": etag}).status_code == 200
    factories.initiative()
    changed = client.get("/api/v1/initiatives", headers={"If-None-Match": etag})
    assert changed.status_code == 200 and changed["ETag"] != etag
    detail = client.get("/api/v1/initiatives/avlopp")
    assert (
        client.get("/api/v1/initiatives/avlopp", headers={"If-None-Match": detail["ETag"]}).status_code == 304
    )


def test_head_answers_as_get_without_a_body(client, portfolio):
    response = client.head("/api/v1/areas")
    assert response.status_code == 200 and response.content == b"" and response["ETag"]


def test_reads_allow_any_origin_and_writes_do_not(client, portfolio, coach):
    origin = {"Origin": "https://example.org"}
    assert client.get("/api/v1/initiatives", headers=origin)["Access-Control-Allow-Origin"] == "*"
    assert client.get("/api/v1/nothing", headers=origin)["Access-Control-Allow-Origin"] == "*"
    preflight = client.options(
        "/api/v1/initiatives", headers=origin | {"Access-Control-Request-Method": "GET"}
    )
    assert preflight.status_code == 204
    assert preflight["Access-Control-Allow-Origin"] == "*"
    assert "GET" in preflight["Access-Control-Allow-Methods"]
    assert "POST" not in preflight["Access-Control-Allow-Methods"]
    assert "Access-Control-Allow-Credentials" not in preflight
    write = client.post("/api/v1/initiatives", {}, content_type="application/json", headers=bearer(coach))
    assert "Access-Control-Allow-Origin" not in write
    assert "Access-Control-Allow-Origin" not in client.get("/sv/initiatives/")


def test_rate_limit_per_address(client, db, monkeypatch):
    monkeypatch.setattr(ratelimits, "ADDRESS_RATE", "3/m")
    for _ in range(3):
        assert client.get("/api/v1/areas").status_code == 200
    body = assert_error(client.get("/api/v1/areas"), 429)
    assert body["detail"]
    assert int(client.get("/api/v1/goals")["Retry-After"]) > 0
    assert client.get("/api/v1/areas", REMOTE_ADDR="10.0.0.7").status_code == 200


def test_rate_limit_per_token(client, db, coach, monkeypatch):
    monkeypatch.setattr(ratelimits, "TOKEN_RATE", "2/m")
    headers = bearer(coach)
    for _ in range(2):
        assert client.get("/api/v1/areas", headers=headers).status_code == 200
    response = client.get("/api/v1/areas", headers=headers)
    assert_error(response, 429)
    assert int(response["Retry-After"]) > 0
    assert client.get("/api/v1/areas").status_code == 200, "the address's own allowance is untouched"


def test_an_unknown_token_is_refused_even_for_reads(client, db):
    response = client.get("/api/v1/areas", headers={"Authorization": "Bearer gnista_nonsense"})
    assert_error(response, 401)
    assert "Bearer" in response["WWW-Authenticate"]


@pytest.mark.parametrize("forwarded", ["", "garbage", "1.2.3.4, not-an-address", "::1"])
def test_odd_client_addresses_do_not_break_the_rate_limit(client, db, settings, forwarded):
    settings.TRUSTED_PROXY_COUNT = 1
    response = client.get("/api/v1/areas", headers={"X-Forwarded-For": forwarded}, REMOTE_ADDR="")
    assert response.status_code == 200


def test_the_api_never_reads_the_session(client, portfolio, django_user_model):
    answer = client.get("/api/v1/initiatives")
    assert "Cookie" not in answer.get("Vary", "")
    # A staff member who has not set up two-factor authentication yet is sent to do so on
    # the site, but the API does not know sessions and answers as to anyone else.
    client.force_login(django_user_model.objects.create_user("newstaff", is_staff=True))
    assert client.get("/sv/").status_code == 302
    assert client.get("/api/v1/initiatives").status_code == 200
