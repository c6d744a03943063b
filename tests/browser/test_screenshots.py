"""Full-page screenshots of the main pages at a phone's width (320 px) and a desktop's
(1280 px), kept in var/screens/<page>-<width>.png for people to look at (CI keeps the
folder as an artefact). At 320 px no page may scroll sideways."""

from pathlib import Path

import pytest
from django.conf import settings
from django.test import Client

from tests.conftest import make_staff

pytestmark = pytest.mark.browser

SCREENS = Path(settings.BASE_DIR) / "var" / "screens"
PHONE, DESKTOP = 320, 1280
PAGES = {
    "home": "/sv/",
    "initiatives": "/sv/initiatives/",
    "initiative": "/sv/initiatives/kallsorterande-avloppssystem/",
    "challenges": "/sv/challenges/",
    "challenge": "/sv/challenges/resurser-ur-avloppet/",
    "ideas": "/sv/ideas/",
    "idea": "/sv/ideas/{idea}/",
    "events": "/sv/events/",
    "district": "/sv/district/",
    "map": "/sv/map/",
    "impact": "/sv/impact/",
    "search": "/sv/search/?q=avlopp",
    "data": "/sv/data/",
}
STAFF_PAGES = {"back-office": "/sv/manage/"}


def signed_in_as_staff(context, live_server):
    """The browser gets the session of a staff member with two-factor authentication set
    up, as after signing in."""
    client = Client()
    client.force_login(make_staff())
    context.add_cookies(
        [
            {
                "name": settings.SESSION_COOKIE_NAME,
                "value": client.cookies[settings.SESSION_COOKIE_NAME].value,
                "url": live_server.url,
            }
        ]
    )


@pytest.mark.parametrize("width", [PHONE, DESKTOP])
def test_main_pages_fit_the_screen(live_server, demo, browser, width):
    from gnista.participation.models import Idea

    SCREENS.mkdir(parents=True, exist_ok=True)
    idea = Idea.objects.public().filter(comments__isnull=False).order_by("pk").first()
    context = browser.new_context(viewport={"width": width, "height": 800})
    page = context.new_page()
    overflowing = {}
    try:
        for pages in (PAGES, STAFF_PAGES):
            if pages is STAFF_PAGES:
                signed_in_as_staff(context, live_server)
            for name, path in pages.items():
                response = page.goto(live_server.url + path.format(idea=idea.pk))
                assert response.status == 200, f"{path} answers {response.status}"
                page.wait_for_load_state("networkidle")
                page.screenshot(path=SCREENS / f"{name}-{width}.png", full_page=True)
                scroll_width = page.evaluate("document.documentElement.scrollWidth")
                if scroll_width > width + 1:
                    overflowing[name] = scroll_width
    finally:
        context.close()
    assert not overflowing, f"pages wider than the {width} px screen (scroll width): {overflowing}"
