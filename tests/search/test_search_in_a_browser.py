"""The search page in Chromium: results follow typing and type choices without reloading,
focus stays where the person is, and the header's search box leads to the page."""

import re

import pytest
from playwright.sync_api import expect

from tests import factories

pytestmark = pytest.mark.browser


@pytest.fixture
def things(transactional_db):
    hub = factories.organisation(slug="recolab", name_sv="RecoLab", description_sv="Testbädd för avlopp.")
    factories.initiative(
        title_sv="Källsorterande avloppssystem", summary_sv="Avloppet sorteras i tre rör i Oceanhamnen."
    )
    factories.initiative(title_sv="AI-assistent som hjälper förskolelärare", summary_sv="Mer tid med barnen.")
    return hub


def test_results_follow_typing_and_type_choices(live_server, things, page):
    page.goto(live_server.url + "/sv/search/")
    status = page.locator("#search-status")
    page.fill("#search-q", "avlopp")
    expect(status).to_contain_text("2")
    expect(page.locator(".search-hit")).to_have_count(2)
    expect(page.locator(".search-hit mark").first).to_have_text(re.compile("avlopp", re.I))
    expect(page).to_have_url(re.compile(r"/sv/search/\?q=avlopp$"))
    expect(page.locator("#count-actor")).to_have_text("(1)")

    page.locator("#type-initiative").check()
    expect(page.locator(".search-hit")).to_have_count(1)
    expect(status).to_contain_text("1")
    assert page.evaluate("document.activeElement.id") == "type-initiative", "focus stays on the checkbox"
    expect(page).to_have_url(re.compile(r"q=avlopp&type=initiative"))

    page.fill("#search-q", "förskola")
    expect(page.locator(".search-hit h3")).to_have_text("AI-assistent som hjälper förskolelärare")
    assert page.evaluate("document.activeElement.id") == "search-q", "focus stays in the search box"
    assert page.console_errors == []


def test_the_header_search_box_leads_to_the_results(live_server, things, page):
    page.goto(live_server.url + "/en/initiatives/")
    page.fill("#site-search-q", "förskol")
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"/en/search/\?q=f"))
    expect(page.locator(".search-hit")).to_have_count(1)
    expect(page.locator("#search-q")).to_have_value("förskol")


def test_the_page_works_without_javascript(live_server, things, browser):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(live_server.url + "/sv/search/")
    page.fill("#search-q", "avlopp")
    page.locator("#type-actor").check()
    page.locator(".search-form button[type=submit]").click()
    expect(page).to_have_url(re.compile(r"q=avlopp&type=actor"))
    expect(page.locator(".search-hit h3")).to_have_text("RecoLab")
    context.close()
