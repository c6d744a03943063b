"""Rate limits must count the real client, also behind reverse proxies, and never trust
what the client itself wrote into X-Forwarded-For."""

import pytest
from django.test import RequestFactory

from gnista.core.client_ip import client_ip


@pytest.mark.parametrize(
    "proxies, forwarded, expected",
    [
        (0, "6.6.6.6", "10.0.0.1"),  # no proxy trusted: the header is ignored
        (1, "203.0.113.7", "203.0.113.7"),
        (1, "6.6.6.6, 203.0.113.7", "203.0.113.7"),  # a spoofed entry on the left is ignored
        (2, "6.6.6.6, 203.0.113.7, 10.1.1.1", "203.0.113.7"),
        (2, "203.0.113.7", "10.0.0.1"),  # fewer entries than proxies: fall back to the socket
        (1, "", "10.0.0.1"),
    ],
)
def test_client_ip(settings, proxies, forwarded, expected):
    settings.TRUSTED_PROXY_COUNT = proxies
    request = RequestFactory().get("/", REMOTE_ADDR="10.0.0.1", HTTP_X_FORWARDED_FOR=forwarded)
    assert client_ip(request) == expected


@pytest.mark.parametrize(
    "forwarded, remote", [("not-an-address", "10.0.0.1"), ("", ""), ("999.1.1.1", "junk")]
)
def test_unreadable_addresses_never_break_the_rate_limit(client, db, settings, forwarded, remote):
    settings.TRUSTED_PROXY_COUNT = 1
    from tests import factories

    client.force_login(factories.user())
    challenge = factories.challenge()
    response = client.post(
        f"/sv/challenges/{challenge.slug}/offers/new/",
        {"message": "Vi hjälper till."},
        REMOTE_ADDR=remote,
        HTTP_X_FORWARDED_FOR=forwarded,
    )
    assert response.status_code in (200, 302, 429)
    request = RequestFactory().get("/", REMOTE_ADDR=remote, HTTP_X_FORWARDED_FOR=forwarded)
    assert client_ip(request) in ("10.0.0.1", "0.0.0.0")
