"""The back office in real Chromium with the demo data: no WCAG 2.1 A/AA violation on
the main staff pages in Swedish, English and Danish, and no script or CSP error."""

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.conf import settings
from django.test import Client

from gnista.funding.models import Application, ApplicationStatus, Fund, FundingRound
from gnista.portfolio.models import Initiative, Outcome
from tests.conftest import make_staff

pytestmark = pytest.mark.browser
WCAG_AA = {"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]}}


def sign_in(page, live_server, user):
    client = Client()
    client.force_login(user)
    cookie = client.cookies[settings.SESSION_COOKIE_NAME].value
    page.context.add_cookies(
        [{"name": settings.SESSION_COOKIE_NAME, "value": cookie, "url": live_server.url}]
    )


@pytest.mark.parametrize("lang", ["sv", "en", "da"])
def test_staff_pages_have_no_accessibility_violations(live_server, demo, page, lang):
    sign_in(page, live_server, make_staff())
    scaled = Initiative.objects.filter(outcome=Outcome.SCALED, kpis__isnull=False).first()
    active = Initiative.objects.filter(outcome=Outcome.ACTIVE).first()
    submitted = Application.objects.filter(status=ApplicationStatus.SUBMITTED).first()
    granted = Application.objects.filter(status=ApplicationStatus.GRANTED).first()
    paths = [
        "/manage/",
        "/manage/portfolio/?stage=2",
        "/manage/board/",
        "/manage/mine/",
        "/manage/challenges/",
        f"/manage/initiatives/{active.slug}/",
        f"/manage/initiatives/{active.slug}/gate/",
        f"/manage/initiatives/{scaled.slug}/effects/",
        f"/initiatives/{scaled.slug}/",
        "/manage/audit/",
        "/manage/roles/",
        "/manage/transfer/",
        "/manage/applications/",
        f"/manage/applications/{submitted.pk}/",
        f"/manage/applications/{granted.pk}/",
        f"/manage/rounds/{FundingRound.objects.first().pk}/",
        "/manage/funds/",
        f"/manage/funds/{Fund.objects.first().slug}/",
        "/manage/criteria/",
    ]
    axe = Axe()
    for path in paths:
        page.goto(f"{live_server.url}/{lang}{path}")
        results = axe.run(page, options=WCAG_AA)
        assert results.violations_count == 0, f"{path}: {results.generate_report()}"
    page.goto(f"{live_server.url}/{lang}/manage/initiatives/{active.slug}/gate/")
    page.locator("form.stacked-form button[type=submit]").click()
    assert axe.run(page, options=WCAG_AA).violations_count == 0, "the gate form with errors"
    assert page.console_errors == [], "no CSP or script errors"
