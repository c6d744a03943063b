"""Organisation editors' pages and the .ics upload in real Chromium with the demo data:
no WCAG 2.1 A/AA violation, forms with errors included, and no script or CSP error."""

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.conf import settings
from django.test import Client

from gnista.district import services
from gnista.portfolio.models import Organisation, OrganisationKind
from tests import factories
from tests.conftest import make_staff

pytestmark = pytest.mark.browser
WCAG_AA = {"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]}}


def sign_in(page, live_server, user):
    page.context.clear_cookies()
    client = Client()
    client.force_login(user)
    cookie = client.cookies[settings.SESSION_COOKIE_NAME].value
    page.context.add_cookies(
        [{"name": settings.SESSION_COOKIE_NAME, "value": cookie, "url": live_server.url}]
    )


def check(page, axe, url):
    page.goto(url)
    results = axe.run(page, options=WCAG_AA)
    assert results.violations_count == 0, f"{url}: {results.generate_report()}"


@pytest.mark.parametrize("lang", ["sv", "en", "da"])
def test_editor_pages_have_no_accessibility_violations(live_server, demo, page, lang):
    axe = Axe()
    base = f"{live_server.url}/{lang}"
    company = Organisation.objects.filter(kind=OrganisationKind.COMPANY).first()
    other = Organisation.objects.filter(kind=OrganisationKind.COMPANY).exclude(pk=company.pk).first()
    editor = factories.user()
    services.decide(services.request_editing(editor, company, "Jag är vd."), grant=True, by=None)
    services.request_editing(factories.user(), other, "Jag jobbar där.")

    sign_in(page, live_server, editor)
    for path in [
        f"/actors/{company.slug}/",
        f"/actors/{company.slug}/edit/",
        f"/actors/{company.slug}/events/",
        f"/actors/{company.slug}/events/new/",
        f"/actors/{other.slug}/edit-request/",
        "/accounts/profile/",
    ]:
        check(page, axe, base + path)
    page.goto(f"{base}/actors/{company.slug}/events/new/")
    page.locator("form.stacked-form button[type=submit]").click()
    assert page.locator(".error-summary").is_visible()
    assert page.evaluate("document.activeElement.classList.contains('error-summary')"), "focus on the summary"
    assert axe.run(page, options=WCAG_AA).violations_count == 0, "the event form with errors"

    sign_in(page, live_server, make_staff())
    check(page, axe, f"{base}/manage/editors/")
    check(page, axe, f"{base}/manage/events/import/")
    page.locator("form.stacked-form button[type=submit]").click()
    assert axe.run(page, options=WCAG_AA).violations_count == 0, "the upload form with errors"
    scripts_and_policy = [error for error in page.console_errors if "status of 400" not in error]
    assert scripts_and_policy == [], "no CSP or script errors (forms with errors answer 400)"
