"""Whole journeys with the keyboard alone, in a real Chromium: Tab, Enter, Space
and typing, never the mouse.

At every Tab the newly focused element must show a visible focus indicator (a computed
outline or box shadow) and must be one not focused before on that page, so focus always
moves forward and is never trapped; walking a page ends in its footer.
"""

import re

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

MAX_TABS = 400

# The focused element as the page sees it; each element gets a number the first time it is
# focused, so revisiting one is noticed.
FOCUSED = """() => {
  const element = document.activeElement;
  window.seenByKeyboard = window.seenByKeyboard || new WeakMap();
  if (!window.seenByKeyboard.has(element)) {
    window.focusCount = (window.focusCount || 0) + 1;
    window.seenByKeyboard.set(element, window.focusCount);
  }
  const style = getComputedStyle(element);
  return {
    number: window.seenByKeyboard.get(element),
    tag: element.tagName.toLowerCase(),
    id: element.id,
    name: element.getAttribute("name") || "",
    type: element.getAttribute("type") || "",
    href: element.getAttribute("href") || "",
    classes: element.className || "",
    text: (element.innerText || element.value || "").trim().slice(0, 80),
    outline: style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0,
    shadow: style.boxShadow !== "none",
    inFooter: !!element.closest("footer"),
    inResults: !!element.closest("#results"),
    inSummary: element.tagName === "SUMMARY",
    summaryOf: element.tagName === "SUMMARY" ? element.innerText.trim() : "",
  };
}"""


class Keyboard:
    """Tabs through a page, checking every stop."""

    def __init__(self, page):
        self.page = page
        self.visited: set[int] = set()

    def new_page(self):
        """After a navigation the numbering starts again."""
        self.visited = set()

    def tab(self) -> dict:
        self.page.keyboard.press("Tab")
        focused = self.page.evaluate(FOCUSED)
        assert focused["tag"] != "body", "focus left the page instead of moving to the next element"
        assert focused["outline"] or focused["shadow"], f"no visible focus indicator on {focused}"
        assert focused["number"] not in self.visited, f"focus came back to {focused}: trapped"
        self.visited.add(focused["number"])
        return focused

    def tab_to(self, wanted, what: str) -> dict:
        for _step in range(MAX_TABS):
            focused = self.tab()
            if wanted(focused):
                return focused
        raise AssertionError(f"{MAX_TABS} Tabs did not reach {what}")

    def walk_to_footer(self) -> int:
        """Tabs from where focus is to the footer; the number of stops."""
        for step in range(1, MAX_TABS + 1):
            if self.tab()["inFooter"]:
                return step
        raise AssertionError(f"{MAX_TABS} Tabs did not reach the footer")


def test_skip_link_filters_and_an_initiative_with_the_keyboard(live_server, demo, page):
    keys = Keyboard(page)
    page.goto(live_server.url + "/sv/initiatives/")
    first = keys.tab()
    assert "skip-link" in first["classes"], "the skip link is the first stop"
    assert page.locator(".skip-link").is_visible(), "the skip link shows when it has focus"
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main", "the skip link moves focus to the content"

    total = page.locator("#result-count").inner_text()
    keys.tab_to(lambda focused: focused["summaryOf"].startswith("Steg"), "the stage filter")
    page.keyboard.press("Enter")  # opens the group
    stage = keys.tab()
    assert stage["type"] == "checkbox" and stage["name"] == "stage"
    page.keyboard.press("Space")
    keys.tab_to(lambda focused: focused["summaryOf"].startswith("Område"), "the area filter")
    page.keyboard.press("Enter")
    area = keys.tab()
    assert area["type"] == "checkbox" and area["name"] == "area"
    page.keyboard.press("Space")
    keys.tab_to(lambda focused: focused["text"] == "Visa resultat", "the button that shows the results")
    with page.expect_response(re.compile(r"/sv/initiatives/\?.*stage=.*area=")):
        page.keyboard.press("Enter")
    expect(page.locator(".htmx-request")).to_have_count(0)
    assert re.search(r"stage=\d", page.url) and "area=" in page.url, "the filters are in the address"
    expect(page.locator("#result-count")).not_to_have_text(total)
    filtered = page.locator("#results .card").count()
    assert filtered > 0, "the demo has initiatives in the first stage of the first area"

    link = keys.tab_to(
        lambda focused: focused["inResults"] and focused["href"].startswith("/sv/initiatives/"),
        "the first initiative in the results",
    )
    page.keyboard.press("Enter")
    page.wait_for_url(live_server.url + link["href"])
    assert page.locator("h1").inner_text() == link["text"]
    keys.new_page()
    assert keys.walk_to_footer() > 5, "the initiative page has more than a handful of stops"


def test_sign_in_and_submit_an_idea_with_the_keyboard(live_server, demo, page):
    from allauth.account.models import EmailAddress

    from gnista.participation.models import Idea
    from tests import factories

    person = factories.user(email="tangentbord@example.se")
    EmailAddress.objects.create(user=person, email=person.email, verified=True, primary=True)
    keys = Keyboard(page)
    page.goto(live_server.url + "/sv/accounts/login/")
    keys.tab_to(lambda focused: focused["name"] == "login", "the email field")
    page.keyboard.type(person.email)
    keys.tab_to(lambda focused: focused["name"] == "password", "the password field")
    page.keyboard.type("ett-långt-lösenord-42")
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"/sv/$"))

    page.goto(live_server.url + "/sv/ideas/")
    keys.new_page()
    keys.tab_to(lambda focused: focused["href"] == "/sv/ideas/new/", "the link to a new idea")
    page.keyboard.press("Enter")
    page.wait_for_url(live_server.url + "/sv/ideas/new/")
    keys.new_page()
    keys.tab_to(lambda focused: focused["name"] == "title", "the title")
    page.keyboard.type("Tangentbordets idé: parkbänkar med laddning")
    keys.tab_to(lambda focused: focused["name"] == "description", "the description")
    page.keyboard.type("Bänkar i parken där man kan ladda telefonen.")
    keys.tab_to(lambda focused: focused["name"] == "need", "the need")
    page.keyboard.type("Den som väntar på bussen har ofta slut på batteri.")
    keys.tab_to(lambda focused: focused["name"] == "areas", "the first area")
    page.keyboard.press("Space")
    keys.tab_to(lambda focused: focused["name"] == "confirm_public_record", "the public record confirmation")
    page.keyboard.press("Space")
    keys.tab_to(lambda focused: focused["text"] == "Skicka in idén", "the submit button")
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"/sv/ideas/\d+/$"))
    idea = Idea.objects.get(author=person)
    assert idea.title == "Tangentbordets idé: parkbänkar med laddning"
    assert idea.areas.count() == 1 and idea.public_record_confirmed_at is not None
    expect(page.locator("h1")).to_have_text(idea.title)


def test_subscribe_to_the_calendar_with_the_keyboard(live_server, demo, page):
    keys = Keyboard(page)
    page.goto(live_server.url + "/sv/events/")
    link = keys.tab_to(
        lambda focused: focused["text"] == "Prenumerera på kalendern (iCalendar)", "the calendar subscription"
    )
    assert link["href"] == "/calendar.ics"
    with page.expect_download() as download:
        page.keyboard.press("Enter")
    calendar = download.value.path().read_text(encoding="utf-8")
    assert calendar.startswith("BEGIN:VCALENDAR")
    assert calendar.count("BEGIN:VEVENT") >= 10, "the demo's events are in the calendar"
    assert download.value.suggested_filename == "gnista-calendar.ics"


@pytest.mark.parametrize("path", ["/sv/", "/sv/initiatives/", "/sv/events/", "/sv/ideas/", "/sv/map/"])
def test_tab_reaches_the_footer_of_every_main_page(live_server, demo, page, path):
    page.goto(live_server.url + path)
    Keyboard(page).walk_to_footer()
