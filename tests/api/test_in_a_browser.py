"""The API's docs page in real Chromium, under the site's strict Content Security Policy,
and the token pages of the profile with axe."""

import re

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.conf import settings
from django.test import Client

from gnista.portfolio.models import Role
from tests import factories

pytestmark = pytest.mark.browser
WCAG_AA = {"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]}}


def test_docs_render_and_try_a_request_without_csp_errors(live_server, transactional_db, page):
    factories.area(slug="energi", name_sv="Energi")
    violations = []
    page.on(
        "console",
        lambda message: violations.append(message.text) if "Content Security" in message.text else None,
    )
    page.goto(live_server.url + "/api/v1/docs")
    page.wait_for_selector(".swagger-ui .info .title")
    assert "gnista API" in page.locator(".swagger-ui .info .title").inner_text()
    operation = page.locator("[id$='-list_areas']").first
    operation.locator(".opblock-summary").click()
    page.get_by_role("button", name="Try it out").click()
    page.get_by_role("button", name="Execute").click()
    status = page.locator(".live-responses-table tbody .response-col_status").first
    status.wait_for()
    assert status.inner_text().strip().startswith("200")
    assert (
        "energi" in page.locator(".live-responses-table tbody .response-col_description").first.inner_text()
    )
    page.screenshot(path="/tmp/gnista-api-docs.png")
    assert violations == []
    assert page.console_errors == []


def test_token_pages_have_no_accessibility_violations(live_server, transactional_db, page):
    person = factories.staff(Role.COACH)
    client = Client()
    client.force_login(person)
    cookie = client.cookies[settings.SESSION_COOKIE_NAME].value
    page.context.add_cookies(
        [{"name": settings.SESSION_COOKIE_NAME, "value": cookie, "url": live_server.url}]
    )
    axe = Axe()
    for lang in ("sv", "en", "da"):
        page.goto(f"{live_server.url}/{lang}/accounts/profile/")
        assert page.locator("#api-tokens-heading").is_visible()
        results = axe.run(page, options=WCAG_AA)
        assert results.violations_count == 0, results.generate_report()
    page.goto(f"{live_server.url}/en/accounts/api-tokens/")
    page.get_by_label("Name of the new token").fill("Export")
    page.get_by_role("button", name="Create a token").click()
    secret = page.get_by_label("Token").input_value()
    assert secret.startswith("gnista_")
    results = axe.run(page, options=WCAG_AA)
    assert results.violations_count == 0, results.generate_report()
    page.goto(f"{live_server.url}/en/accounts/api-tokens/")
    page.get_by_role("button", name=re.compile(r"^Revoke\W+Export$")).click()
    assert page.get_by_role("cell", name=re.compile(r"^Revoked \d")).is_visible()
    assert page.console_errors == []
