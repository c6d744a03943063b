"""Real Chromium against the live server: accessibility, keyboard, small screens, htmx."""

import re

import pytest
from axe_playwright_python.sync_playwright import Axe

from tests.conftest import current_totp_code, make_staff

pytestmark = pytest.mark.browser

PAGES = [
    "/{lang}/",
    "/{lang}/initiatives/",
    "/{lang}/initiatives/?stage=2&area=tech&sort=title",
    "/{lang}/initiatives/kallsorterande-avloppssystem/",
    "/{lang}/initiatives/aktivitetshuset-utan-regelbok/",
    "/{lang}/lessons/",
    "/{lang}/challenges/",
    "/{lang}/challenges/resurser-ur-avloppet/",
    "/{lang}/initiatives/finns-inte/",
    "/{lang}/ideas/",
    "/{lang}/ideas/{idea}/",
    "/{lang}/privacy/",
    "/{lang}/accounts/login/",
    "/{lang}/accounts/signup/",
    "/{lang}/events/",
    "/{lang}/events/2026/12/",
    "/{lang}/events/{event}/",
    "/{lang}/actors/?sector=business",
    "/{lang}/hubs/",
    "/{lang}/hubs/mindpark/",
    "/{lang}/actors/lunds-universitet/",
    "/{lang}/clusters/",
    "/{lang}/areas/tech/",
    "/{lang}/search/?q=avlopp",
    "/{lang}/district/",
    "/{lang}/peers/",
    "/{lang}/peers/science-city-lyngby/",
    "/{lang}/methods/",
    "/{lang}/methods/effektmatning-med-indikatorer/",
    "/{lang}/impact/",
    "/{lang}/data/",
]


@pytest.mark.parametrize("lang", ["sv", "en", "da"])
def test_pages_have_no_accessibility_violations(live_server, demo, page, lang):
    from gnista.participation.models import Idea

    axe = Axe()
    from gnista.events.models import Event

    idea = Idea.objects.public().filter(comments__parent__isnull=False).first().pk
    event = Event.objects.exclude(rrule="").first().pk
    for path in PAGES:
        page.goto(live_server.url + path.format(lang=lang, idea=idea, event=event))
        results = axe.run(
            page, options={"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]}}
        )
        assert results.violations_count == 0, f"{path}: {results.generate_report()}"
        assert page.locator("html").get_attribute("lang") == lang
    assert [error for error in page.console_errors if "404" not in error] == [], "no CSP or script errors"


def test_skip_link_is_first_and_moves_focus_to_main(live_server, demo, page):
    page.goto(live_server.url + "/sv/initiatives/")
    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.className")
    assert focused == "skip-link"
    assert page.locator(".skip-link").is_visible(), "the skip link shows when focused"
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"


@pytest.mark.parametrize(
    "path", ["/sv/", "/sv/initiatives/", "/sv/initiatives/kallsorterande-avloppssystem/"]
)
def test_no_horizontal_scrolling_at_320_pixels(live_server, demo, browser, path):
    context = browser.new_context(viewport={"width": 320, "height": 640})
    page = context.new_page()
    page.goto(live_server.url + path)
    overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
    context.close()
    assert overflow <= 0


def test_filters_update_the_results_in_place_and_the_url(live_server, demo, page):
    page.goto(live_server.url + "/sv/initiatives/")
    total = page.locator("#result-count").inner_text()
    page.locator("summary", has_text="Utfall").click()
    with page.expect_response(re.compile(r"/sv/initiatives/\?.*outcome=stopped")):
        page.get_by_label("Stoppat").check()
    page.wait_for_function("!document.querySelector('.htmx-request')")
    assert "outcome=stopped" in page.url, "the filtered view is shareable"
    assert page.locator("#result-count").inner_text() != total
    stopped = page.locator("#results .badge--stopped").count()
    assert stopped == page.locator("#results .card").count() > 0
    page.reload()
    assert page.get_by_label("Stoppat").is_checked(), "the URL restores the filters"


def test_filters_work_without_javascript(live_server, demo, browser):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(live_server.url + "/en/initiatives/")
    page.locator("summary", has_text="Outcome").click()
    page.get_by_label("Stopped").check()
    with page.expect_navigation():  # counting before the page has loaded would find too few
        page.get_by_role("button", name="Show results").click()
    assert "outcome=stopped" in page.url
    assert page.locator("#results .card").count() == page.locator("#results .badge--stopped").count() > 0
    context.close()


def test_admin_works_under_the_content_security_policy(live_server, demo, page):
    from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret

    user = make_staff()
    secret = generate_totp_secret()
    user.authenticator_set.all().delete()
    TOTP.activate(user, secret)
    page.goto(live_server.url + "/sv/accounts/login/")
    page.get_by_label("E-post").fill(user.email)
    page.get_by_label("Lösenord").fill("a-long-password-1")
    page.get_by_role("button", name="Logga in").click()
    page.get_by_label("Kod").fill(current_totp_code(secret))
    page.get_by_role("button", name="Logga in").click()
    page.goto(live_server.url + "/sv/admin/portfolio/initiative/")
    page.get_by_role("link", name="Källsorterande avloppssystem i Oceanhamnen").click()
    assert page.get_by_label("Lärdomar [sv]").input_value().startswith("Det avgörande")
    assert page.console_errors == [], "no script or style blocked by the policy"
