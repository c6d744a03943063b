"""The OpenAPI schema is valid, and schemathesis, sending what the schema allows (and
what it does not), finds no server error on any endpoint."""

import datetime
import json

import pytest
import schemathesis
from django.core import signals
from django.core.wsgi import get_wsgi_application
from django.db import close_old_connections
from django.utils import timezone
from hypothesis import HealthCheck, settings
from ninja.responses import Response
from openapi_spec_validator import validate
from schemathesis.checks import not_a_server_error

from gnista.api.v1 import api
from gnista.events.models import Event

from .conftest import bearer

pytestmark = pytest.mark.django_db


def test_the_openapi_schema_validates(client):
    response = client.get("/api/v1/openapi.json")
    assert response.status_code == 200
    schema = response.json()
    validate(schema)
    paths = set(schema["paths"])
    assert {"/api/v1/initiatives", "/api/v1/initiatives/{slug}/gate", "/api/v1/events/{event_id}"} <= paths
    parameters = {p["name"] for p in schema["paths"]["/api/v1/initiatives"]["get"]["parameters"]}
    assert parameters >= {"stage", "outcome", "type", "area", "goal", "administration", "partner_sector"}
    assert parameters >= {"challenge", "q", "cursor", "limit", "lang"}
    assert "sort" not in parameters
    events = {p["name"] for p in schema["paths"]["/api/v1/events"]["get"]["parameters"]}
    assert {"from", "to", "hub", "organiser", "area", "q"} <= events
    create = schema["paths"]["/api/v1/initiatives"]["post"]
    assert create["security"] == [{"TokenAuth": []}]


def test_the_docs_page_is_served_locally(client):
    response = client.get("/api/v1/docs")
    assert response.status_code == 200
    assert "/static/ninja/swagger-ui-bundle.js" in response.text
    assert "cdn" not in response.text.lower()


def openapi_schema() -> dict:
    """The schema as served, without a request, so it can be read while tests are collected."""
    return json.loads(Response(api.get_openapi_schema()).content)


reads = schemathesis.openapi.from_dict(openapi_schema()).include(method="GET")
reads.app = get_wsgi_application()


@pytest.fixture
def wsgi_requests_keep_the_connection():
    """As in Django's test client: the test's transaction holds the data, so a request
    must not close the database connection when it finishes."""
    signals.request_started.disconnect(close_old_connections)
    signals.request_finished.disconnect(close_old_connections)
    yield
    signals.request_started.connect(close_old_connections)
    signals.request_finished.connect(close_old_connections)


@pytest.fixture
def calendar(portfolio):
    soon = (timezone.now() + datetime.timedelta(days=2)).replace(second=0, microsecond=0)
    return Event.objects.create(
        title_sv="Öppet hus", starts_at=soon, rrule="FREQ=WEEKLY;COUNT=3", hub=portfolio["hub"]
    )


@reads.parametrize()
@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[
        HealthCheck.function_scoped_fixture,
        HealthCheck.too_slow,
        HealthCheck.filter_too_much,
    ],
)
def test_no_input_makes_a_read_fail_on_our_side(case, calendar, wsgi_requests_keep_the_connection):
    case.call_and_validate(checks=[not_a_server_error])


writes = schemathesis.openapi.from_dict(openapi_schema()).exclude(method="GET")
writes.app = reads.app


@writes.parametrize()
@settings(
    max_examples=15,
    deadline=None,
    suppress_health_check=[
        HealthCheck.function_scoped_fixture,
        HealthCheck.too_slow,
        HealthCheck.filter_too_much,
    ],
)
def test_no_body_makes_a_write_fail_on_our_side(case, portfolio, coach, wsgi_requests_keep_the_connection):
    # Aimed at a real initiative and indicator, so that bodies reach the forms and services.
    case.path_parameters = (case.path_parameters or {}) | {"slug": "avlopp"}
    if "kpi_id" in case.path_parameters:
        case.path_parameters["kpi_id"] = portfolio["kpi"].pk
    case.call_and_validate(headers=bearer(coach), checks=[not_a_server_error])
