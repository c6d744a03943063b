"""Content in sv/en/da, falling back to Swedish and marked with lang when it does."""

import pytest

from tests import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def bench():
    return factories.initiative(
        slug="parkbank",
        title_sv="Den pratande parkbänken",
        title_en="The talking park bench",
        summary_sv="En bänk som berättar om parken.",
    )


def test_translated_field_is_shown_in_the_page_language(client, bench):
    html = client.get("/en/initiatives/parkbank/").text
    assert "<h1>The talking park bench</h1>" in html


def test_missing_translation_falls_back_to_swedish_marked_with_lang(client, bench):
    english = client.get("/en/initiatives/parkbank/").text
    assert '<p class="lead" lang="sv">En bänk som berättar om parken.</p>' in english
    danish = client.get("/da/initiatives/parkbank/").text
    assert '<h1 lang="sv">Den pratande parkbänken</h1>' in danish


def test_swedish_page_needs_no_lang_marks(client, bench):
    html = client.get("/sv/initiatives/parkbank/").text
    assert (
        ' lang="sv"'
        not in html.split("<body>")[1].split('class="language-switcher"')[1].split("</nav>", 1)[1]
    )


def test_lists_fall_back_too(client, bench):
    html = client.get("/da/initiatives/").text
    assert 'lang="sv">Den pratande parkbänken</a>' in html
