"""The fund's staff pages in real Chromium: accessibility (axe) and saving one criterion
in place with htmx under the content security policy."""

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.conf import settings
from django.test import Client

from gnista.funding.models import Assessment, Verdict
from tests import factories

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
WCAG_AA = {"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]}}


def sign_in(page, live_server, user):
    client = Client()
    client.force_login(user)
    page.context.add_cookies(
        [
            {
                "name": settings.SESSION_COOKIE_NAME,
                "value": client.cookies[settings.SESSION_COOKIE_NAME].value,
                "url": live_server.url,
            }
        ]
    )


def test_the_pages_have_no_accessibility_violations(live_server, page, world):
    factories.assessment(world.submitted, verdicts={world.criteria[0]: Verdict.NOT_APPLICABLE})
    factories.assessment(world.submitted, verdicts={world.criteria[1]: Verdict.NOT_MET}, default=None)
    sign_in(page, live_server, world.administrator)
    paths = [
        "/en/manage/applications/",
        f"/en/manage/applications/{world.submitted.pk}/",
        f"/en/manage/applications/{world.granted.pk}/",
        f"/en/manage/initiatives/{world.initiative.slug}/apply/",
        f"/en/manage/rounds/{world.round.pk}/",
        "/en/manage/funds/",
        f"/en/manage/funds/{world.fund.slug}/",
        f"/en/manage/applications/{world.submitted.pk}/grant/",
        f"/en/manage/grants/{world.grant.pk}/spending/",
        "/en/manage/criteria/",
        f"/en/manage/criteria/{world.criteria[0].pk}/revise/",
    ]
    for path in paths:
        page.goto(live_server.url + path)
        results = Axe().run(page, options=WCAG_AA)
        assert results.violations_count == 0, f"{path}: {results.generate_report()}"
    page.get_by_label("Criterion in Swedish").fill("")
    page.get_by_role("button", name="Save the new version").click()
    assert Axe().run(page, options=WCAG_AA).violations_count == 0, "a form with errors"
    assert page.console_errors == [], "no CSP or script errors"


def test_an_assessor_saves_one_criterion_in_place(live_server, page, world):
    sign_in(page, live_server, world.assessor)
    path = f"/en/manage/applications/{world.submitted.pk}/assess/"
    for visited in ["/en/manage/assessments/", path]:
        page.goto(live_server.url + visited)
        assert Axe().run(page, options=WCAG_AA).violations_count == 0, visited

    second = page.locator(f"#criterion-{world.criteria[1].pk}")
    second.get_by_label("Not met").check()
    second.get_by_label("Comment").fill("Saknar mätbara mål.")
    second.get_by_role("button", name="Save criterion 2").click()

    page.get_by_text("Criterion 2 is saved. 1 of 9 criteria answered.").wait_for()
    assert page.url == live_server.url + path, "no page load"
    assert page.locator(f"#criterion-{world.criteria[1].pk}").get_by_text("Saved").is_visible()
    answer = Assessment.objects.get(assessor=world.assessor).answers.get()
    assert (answer.criterion, answer.verdict, answer.comment) == (
        world.criteria[1],
        Verdict.NOT_MET,
        "Saknar mätbara mål.",
    )
    assert page.evaluate("document.activeElement.id") == f"save-criterion-{world.criteria[1].pk}"
    assert page.console_errors == [], "no CSP or script errors"
