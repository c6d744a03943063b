"""From application to stage 2 in a real browser: an administration editor applies for
money, two assessors assess, the fund manager grants, and the editor moves the
initiative to stage 2 of the innovation model. Each person has their own browser
context, signed in with two-factor authentication as staff must be."""

import datetime

import pytest
from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret

from gnista.funding.models import ApplicationStatus, Assessment, Grant
from gnista.portfolio.models import Initiative, Role
from tests import factories
from tests.conftest import current_totp_code

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
PASSWORD = "ett-långt-lösenord-42"


def signed_in(browser, base, role, organisation=None):
    """A browser of its own for one person, signed in with password and TOTP code."""
    person = factories.staff(role, organisation=organisation)
    secret = generate_totp_secret()
    person.authenticator_set.all().delete()
    TOTP.activate(person, secret)
    page = browser.new_context().new_page()
    page.set_default_timeout(10_000)
    page.goto(base + "/en/accounts/login/")
    page.get_by_label("Email").fill(person.email)
    page.locator("input[name=password]").fill(PASSWORD)
    page.get_by_role("button", name="Sign In").click()
    page.get_by_label("Code").fill(current_totp_code(secret))
    page.get_by_role("button", name="Sign In").click()
    page.wait_for_url(lambda url: "/accounts/" not in url)
    return page


def test_editor_applies_assessors_assess_fund_manager_grants_editor_moves_to_stage_2(live_server, browser):
    base = live_server.url
    administration = factories.administration(
        name_sv="Miljöförvaltningen", name_en="Environment Administration"
    )
    criteria = factories.criteria()
    today = datetime.date.today()
    fund = factories.fund(name_sv="Innovationsfonden", budget=5_000_000)
    factories.funding_round(
        fund,
        name_sv="Höstens omgång",
        opens_on=today - datetime.timedelta(days=10),
        closes_on=today + datetime.timedelta(days=30),
    )
    initiative = factories.initiative(
        title_sv="Smarta papperskorgar",
        title_en="Smart litter bins",
        owner=administration,
        slug="smarta-papperskorgar",
    )

    # The editor applies for money for the administration's initiative and submits.
    editor = signed_in(browser, base, Role.EDITOR, administration)
    editor.goto(base + "/en/manage/initiatives/smarta-papperskorgar/")
    editor.get_by_role("link", name="Apply for money").click()
    assert editor.get_by_label("Funding round").input_value(), "the only open round is chosen"
    editor.get_by_label("Amount requested").fill("400000")
    editor.get_by_label("Co-funding").fill("100000")
    editor.get_by_label("Plan").fill(
        "Sensors in 40 bins in the city centre; emptying routes follow the fill level."
    )
    editor.get_by_label("Period from").fill(str(today))
    editor.get_by_label("Period until").fill(str(today + datetime.timedelta(days=300)))
    editor.get_by_role("button", name="Save the draft").click()
    editor.get_by_role("button", name="Submit for assessment").click()
    application = initiative.funding_applications.get()
    assert application.status == ApplicationStatus.SUBMITTED
    assert application.criteria.count() == len(criteria)

    # Two assessors assess: one finds every criterion met, the other all but two.
    for not_met in (0, 2):
        assessor = signed_in(browser, base, Role.ASSESSOR)
        assessor.goto(base + "/en/manage/assessments/")
        assessor.get_by_role("link", name="Smart litter bins").first.click()
        if "/assess/" not in assessor.url:
            assessor.get_by_role("link", name="Assess the application").click()
        for index, fieldset in enumerate(assessor.locator("fieldset.criterion").all()):
            verdict = "Not met" if index < not_met else "Met"
            fieldset.get_by_label(verdict, exact=True).check()
            fieldset.get_by_label("Comment").fill(f"Bedömning av kriterium {index + 1}.")
        assessor.get_by_label("Overall comment").fill("Ett lovande initiativ.")
        assessor.get_by_role("button", name="Save the assessment").click()
        assessor.wait_for_load_state()
        assessor.context.close()
    assessments = Assessment.objects.filter(application=application)
    assert assessments.count() == 2 and all(assessment.completed_at for assessment in assessments)

    # The fund manager sees both views with the mean and the disagreement, and grants.
    manager = signed_in(browser, base, Role.FUND_MANAGER)
    manager.goto(base + application.get_absolute_url().replace("/sv/", "/en/"))
    assert manager.get_by_text("8").first.is_visible()
    manager.get_by_role("link", name="Grant money").click()
    manager.get_by_label("Amount granted").fill("350000")
    manager.get_by_label("Decided on").fill(str(today))
    manager.get_by_label("Decision").fill("Beviljas 350 000 kr för test i innerstaden.")
    manager.get_by_role("button", name="Grant").click()
    grant = Grant.objects.get(application=application)
    assert grant.amount == 350_000 and grant.fund == fund

    # The editor moves the initiative to stage 2 with a gate decision.
    editor.goto(base + "/en/manage/initiatives/smarta-papperskorgar/gate/")
    editor.get_by_label("2. Develop and test").check()
    editor.get_by_label("Rationale").fill("Funding granted; the need is confirmed by the clean-up crews.")
    editor.get_by_role("button", name="Record the decision").click()
    editor.get_by_text("The decision was recorded").wait_for()
    initiative = Initiative.objects.get(pk=initiative.pk)
    assert initiative.stage == 2

    # The public page shows the decision.
    public = browser.new_context().new_page()
    public.goto(base + "/en/initiatives/smarta-papperskorgar/")
    assert public.get_by_text("Funding granted; the need is confirmed").is_visible()
