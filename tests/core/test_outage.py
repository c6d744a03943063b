"""While the database is unreachable people get a clear 503 with Retry-After, pages in their
language and JSON under /api/; once it is back the same process serves again.

The outage is real: the connection is closed and its settings point at a PostgreSQL port
where nothing listens, or at a SQLite file in a directory that does not exist, so every
query fails the way it does when the server is down."""

import socket
from contextlib import contextmanager

import pytest
from django.core.handlers.exception import convert_exception_to_response
from django.db import IntegrityError, OperationalError, connection
from django.test import Client

from gnista.core.outage import RETRY_AFTER_SECONDS, DatabaseOutageMiddleware
from gnista.participation.models import Idea
from tests import factories

# Closing and reopening the connection does not mix with a test wrapped in a transaction.
pytestmark = pytest.mark.django_db(transaction=True)


def closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@contextmanager
def unreachable_database():
    settings_dict = connection.settings_dict
    saved = dict(settings_dict)
    connection.close()
    if connection.vendor == "postgresql":
        # Without the pool option Django connects directly, to a port nobody listens on.
        settings_dict.update(HOST="127.0.0.1", PORT=str(closed_port()), OPTIONS={"connect_timeout": 2})
    else:
        settings_dict.update(NAME="/nonexistent-directory/gnista.sqlite3")
    try:
        yield
    finally:
        connection.close()
        settings_dict.clear()
        settings_dict.update(saved)


@pytest.fixture
def visitor():
    # The test client re-raises a view's exception by default; a browser gets the response.
    return Client(raise_request_exception=False)


def test_pages_say_the_service_is_unavailable_in_the_visitors_language(visitor):
    factories.idea(title="Solceller på förskolor")
    with unreachable_database():
        response = visitor.get("/en/ideas/?page=1")
    assert response.status_code == 503
    assert response["Retry-After"] == str(RETRY_AFTER_SECONDS)
    assert response["Content-Type"].startswith("text/html")
    assert response["Cache-Control"] == "no-store"
    assert "Content-Security-Policy" in response
    html = response.content.decode()
    assert '<html lang="en">' in html
    assert "<h1>Temporarily unavailable</h1>" in html
    assert 'href="/en/ideas/?page=1">Try again</a>' in html

    with unreachable_database():
        assert '<html lang="sv">' in visitor.get("/sv/ideas/").content.decode()


def test_the_site_recovers_without_a_restart(visitor):
    factories.idea(title="Solceller på förskolor")
    with unreachable_database():
        assert visitor.get("/sv/ideas/").status_code == 503
    response = visitor.get("/sv/ideas/")
    assert response.status_code == 200
    assert "Solceller på förskolor" in response.content.decode()


def test_signed_in_people_get_the_page_although_their_session_cannot_be_read(visitor):
    visitor.force_login(factories.user())
    with unreachable_database():
        response = visitor.get("/sv/")
    assert response.status_code == 503
    assert "Tillfälligt otillgänglig" in response.content.decode(), "in the language of the address"
    assert visitor.get("/sv/").status_code == 200, "the session is still valid afterwards"


def test_a_form_sent_during_the_outage_is_refused_without_an_offer_to_resend(visitor):
    person = factories.user()
    visitor.force_login(person)
    data = {
        "title": "Cykelgarage",
        "description": "Låsbara.",
        "need": "Stölder.",
        "confirm_public_record": "on",
    }
    with unreachable_database():
        response = visitor.post("/sv/ideas/new/", data)
    assert response.status_code == 503
    assert "Try again" not in response.content.decode()
    assert not Idea.objects.exists()


def test_the_api_answers_with_its_json_error(visitor):
    with unreachable_database():
        response = visitor.get("/api/v1/ideas", headers={"Accept-Language": "en"})
    assert response.status_code == 503
    assert response["Retry-After"] == str(RETRY_AFTER_SECONDS)
    assert response["Content-Language"] == "en"
    body = response.json()
    assert body["errors"] == {}
    assert "temporarily unavailable" in body["detail"]


@pytest.mark.parametrize("error", [ValueError("a bug"), IntegrityError("duplicate key")])
def test_other_failures_stay_server_errors(rf, error):
    def failing_view(request):
        raise error

    handler = DatabaseOutageMiddleware(convert_exception_to_response(failing_view))
    assert handler(rf.get("/sv/ideas/")).status_code == 500


def test_an_operational_error_from_the_driver_is_an_outage(rf):
    def failing_view(request):
        raise OperationalError("server closed the connection unexpectedly")

    handler = DatabaseOutageMiddleware(convert_exception_to_response(failing_view))
    response = handler(rf.get("/da/ideas/"))
    assert response.status_code == 503
    assert '<html lang="da">' in response.content.decode()


def test_the_retry_link_stays_on_the_site(rf):
    def failing_view(request):
        raise OperationalError("server closed the connection unexpectedly")

    request = rf.get("/")
    request.path = request.path_info = "//evil.example/sv/"
    response = DatabaseOutageMiddleware(convert_exception_to_response(failing_view))(request)
    assert 'href="/%2Fevil.example/sv/"' in response.content.decode()


def test_developers_keep_the_debug_page_that_names_the_cause(rf, settings):
    settings.DEBUG = True

    def failing_view(request):
        raise OperationalError("no such table: participation_idea")

    response = DatabaseOutageMiddleware(convert_exception_to_response(failing_view))(rf.get("/sv/ideas/"))
    assert response.status_code == 500
    assert "no such table: participation_idea" in response.content.decode()
