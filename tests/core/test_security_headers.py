"""Security headers on public pages: strict CSP with a nonce, no framing, no sniffing."""

import re

import pytest

from tests import factories

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "path", ["/sv/", "/en/initiatives/", "/da/lessons/", "/sv/challenges/", "/sv/nowhere/"]
)
def test_pages_send_security_headers(client, path):
    factories.initiative()
    response = client.get(path)
    policy = response["Content-Security-Policy"]
    assert "default-src 'self'" in policy
    assert "frame-ancestors 'none'" in policy
    assert "unsafe-inline" not in policy and "unsafe-eval" not in policy
    nonce = re.search(r"'nonce-([^']+)'", policy).group(1)
    scripts = re.findall(r"<script[^>]*>", response.text)
    assert scripts, "htmx is loaded"
    assert all(f'nonce="{nonce}"' in tag for tag in scripts), "every script carries this response's nonce"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["X-Frame-Options"] == "DENY"
    assert response["Referrer-Policy"] == "same-origin"


def test_nonce_changes_with_every_response(client):
    first = client.get("/sv/")["Content-Security-Policy"]
    second = client.get("/sv/")["Content-Security-Policy"]
    assert first != second
