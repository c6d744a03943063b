"""Languages: URL prefixes, the redirect from /, the switcher, complete translations."""

from pathlib import Path

import polib
import pytest
from django.conf import settings

pytestmark = pytest.mark.django_db

LOCALE = Path(settings.BASE_DIR) / "locale"


@pytest.mark.parametrize(
    "accept_language, expected",
    [("", "/sv/"), ("da-DK,da;q=0.9", "/da/"), ("en-GB,en;q=0.8", "/en/"), ("fr-FR", "/sv/"), ("sv", "/sv/")],
)
def test_root_redirects_by_the_browser_language(client, accept_language, expected):
    headers = {"Accept-Language": accept_language} if accept_language else {}
    response = client.get("/", headers=headers)
    assert response.status_code == 302
    assert response["Location"] == expected


@pytest.mark.parametrize("language", ["sv", "en", "da"])
def test_html_lang_matches_the_url(client, language):
    assert f'<html lang="{language}">' in client.get(f"/{language}/initiatives/").text


def test_language_switcher_keeps_the_page_and_the_query(client):
    html = client.get("/sv/initiatives/?stage=2&area=tech").text
    assert 'href="/en/initiatives/?stage=2&amp;area=tech" hreflang="en" lang="en"' in html
    assert 'href="/da/initiatives/?stage=2&amp;area=tech" hreflang="da" lang="da"' in html
    assert 'href="/sv/initiatives/?stage=2&amp;area=tech" hreflang="sv" lang="sv" aria-current="true"' in html


def test_interface_is_translated(client):
    assert "Hoppa till innehållet" in client.get("/sv/initiatives/").text
    assert "Spring til indholdet" in client.get("/da/initiatives/").text
    assert "Skip to content" in client.get("/en/initiatives/").text


@pytest.mark.parametrize("language", ["sv", "da"])
def test_every_interface_string_is_translated(language):
    po_file = LOCALE / language / "LC_MESSAGES" / "django.po"
    catalogue = polib.pofile(str(po_file))
    missing = [entry.msgid for entry in catalogue.untranslated_entries() + catalogue.fuzzy_entries()]
    assert missing == []
    compiled = polib.mofile(str(po_file.with_suffix(".mo")))
    assert {entry.msgid for entry in compiled} >= {entry.msgid for entry in catalogue.translated_entries()}, (
        "django.mo is older than django.po: run make messages"
    )


def test_every_string_in_the_code_is_in_the_catalogues(tmp_path):
    """Extract the strings afresh into a copy of the catalogues: nothing may be new or
    untranslated, so a string added without `make messages` fails here."""
    import os
    import shutil
    import subprocess
    import sys
    from pathlib import Path

    # makemessages writes next to the sources it scans, so it scans a copy.
    shutil.copytree(LOCALE, tmp_path / "locale")
    sources = Path(settings.BASE_DIR) / "gnista"
    shutil.copytree(sources, tmp_path / "gnista", ignore=shutil.ignore_patterns("__pycache__"))
    gnista = str(Path(sys.executable).parent / "gnista")
    environment = os.environ | {"DEBUG": "true", "LOCALE_DIR": str(tmp_path / "locale")}
    command = [gnista, "makemessages", "-l", "sv", "-l", "da", "--no-obsolete", "--no-location"]
    subprocess.run(command, cwd=tmp_path, env=environment, check=True, capture_output=True, timeout=300)
    for language in ("sv", "da"):
        catalogue = polib.pofile(str(tmp_path / "locale" / language / "LC_MESSAGES" / "django.po"))
        missing = [entry.msgid for entry in catalogue.untranslated_entries() + catalogue.fuzzy_entries()]
        assert missing == [], f"run make messages and translate these ({language})"
