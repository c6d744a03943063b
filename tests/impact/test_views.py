"""The dashboard page and its CSV downloads, on the demo data (loaded once for the module:
the tests on other data are in test_views_small.py)."""

import csv
import html
import io
import re

import pytest

from gnista.impact.figures import BY_KEY, FIGURES, NETWORK_TABLES

pytestmark = pytest.mark.django_db

COORDINATES = re.compile(r'\s(?:x|y|x1|x2|y1|y2|cx|cy|r|width|height|stroke-width|viewBox)="([^"]*)"')


def figure_html(page: str, key: str) -> str:
    start = page.index(f'<figure class="impact-figure" id="{key}"')
    return page[start : page.index("</figure>", start)]


def table_rows(fragment: str) -> list[list[str]]:
    """The body and footer rows of the first table in the fragment, as cell texts."""
    table = fragment[fragment.index("<tbody>") : fragment.index("</table>")]
    return [
        [
            html.unescape(re.sub(r"<[^>]+>", "", cell)).strip()
            for cell in re.findall(r"<t[hd][^>]*>(.*?)</t[hd]>", row)
        ]
        for row in re.findall(r"<tr>(.*?)</tr>", table, re.S)
    ]


def as_number(text: str) -> float | None:
    """A Swedish table cell as a number: "1 234 kr" -> 1234, "52,4 %" -> 52.4."""
    text = text.replace("\xa0", "").replace(" ", "").replace("kr", "").replace("%", "").replace(",", ".")
    return None if text in ("", "–") else float(text)


def csv_rows(response) -> list[list[str]]:
    content = b"".join(response.streaming_content)
    assert content.startswith(b"\xef\xbb\xbf"), "UTF-8 with a byte order mark"
    return list(csv.reader(io.StringIO(content.decode("utf-8-sig"))))


# ------------------------------------------------------------------------- the demo data
@pytest.mark.parametrize("language", ["sv", "en", "da"])
def test_the_page_renders_in_every_language(client, demo, language):
    response = client.get(f"/{language}/impact/")
    assert response.status_code == 200
    page = response.text
    assert f'<html lang="{language}">' in page
    assert page.count('<figure class="impact-figure"') == len(FIGURES)
    assert page.count("<svg") >= len(FIGURES) + 1  # and the network
    assert f'href="/{language}/impact/" aria-current="page"' in page
    for figure in FIGURES:
        fragment = figure_html(page, figure.key)
        assert f'id="{figure.key}-heading"' in fragment
        assert 'class="impact-figure__takeaway"' in fragment
        assert f'<caption id="{figure.key}-caption">' in fragment
        assert 'scope="col"' in fragment and 'scope="row"' in fragment
        assert f'href="/{language}/impact/{figure.key}.csv?per=year"' in fragment


def test_svg_coordinates_never_have_decimal_commas(client, demo):
    for query in ("", "?per=quarter", "?year=2025&area=tech"):
        page = client.get(f"/sv/impact/{query}").text
        values = COORDINATES.findall(page[page.index('<svg class="chart') :])
        assert len(values) > 500
        assert [value for value in values if "," in value] == []
        assert any("." in value for value in values), "some coordinates have decimals, with a point"


def test_csv_downloads_hold_the_tables_rows(client, demo):
    page = client.get("/sv/impact/?area=tech").text
    for figure in FIGURES:
        rows = table_rows(figure_html(page, figure.key))
        response = client.get(f"/sv/impact/{figure.key}.csv?area=tech")
        assert response.status_code == 200
        assert response["Content-Type"] == "text/csv; charset=utf-8"
        assert f'filename="gnista-impact-{figure.key}-tech.csv"' in response["Content-Disposition"]
        header, *data = csv_rows(response)
        assert header == [str(column.label) for column in figure.columns]
        assert len(data) == len(rows), figure.key
        for shown, downloaded in zip(rows, data, strict=True):
            if not figure.key.endswith(
                ("-over-time", "collaboration", "partners", "use", "progress", "outcomes")
            ):
                assert shown[0] == downloaded[0], figure.key  # names as shown (periods are 2025 or 2025-Q3)
            assert [as_number(cell) for cell in shown[1:]] == [
                float(cell) if cell else None for cell in downloaded[1:]
            ], figure.key


def test_the_network_downloads(client, demo):
    for key, columns in NETWORK_TABLES.items():
        header, *data = csv_rows(client.get(f"/en/impact/{key}.csv"))
        assert header == [str(column.label) for column in columns]
        assert len(data) == {"network": 132, "network-actors": 30, "network-bridges": 6}[key]


def test_filters_change_the_figures(client, demo):
    everything = client.get("/en/impact/").text
    assert "22 of the 42 initiatives started from 2018 to 2026 (52.4\xa0%)" in everything
    in_2025 = client.get("/en/impact/?year=2025").text
    assert "7 of the 9 initiatives started in 2025 (77.8\xa0%)" in in_2025
    assert '<option value="2025" selected>' in in_2025
    assert '<option value="quarter" selected>' in in_2025  # a year is shown per quarter
    rows = table_rows(figure_html(in_2025, "internal-collaboration"))
    assert [row[0] for row in rows] == ["Q1 2025", "Q2 2025", "Q3 2025", "Q4 2025", "Total"]
    environment = client.get("/en/impact/?administration=miljoforvaltningen&per=year").text
    assert "4 of the 7 initiatives" in environment


def test_htmx_filtering_answers_with_the_figures_and_the_filter_actions_only(client, demo):
    response = client.get("/en/impact/?year=2025", headers={"HX-Request": "true"})
    fragment = response.text
    assert "<html" not in fragment and "<form" not in fragment
    assert fragment.lstrip().startswith('<div id="impact-results">')
    assert "7 of the 9 initiatives started in 2025 (77.8\xa0%)" in fragment
    assert 'id="impact-filter-actions" hx-swap-oob="innerHTML"' in fragment
    assert "Clear the filters" in fragment
    assert "The figures were updated." in fragment
    page = client.get("/en/impact/?year=2025").text
    assert 'hx-target="#impact-results"' in page and "The figures were updated." not in page


def test_bad_filter_values_are_ignored(client, demo):
    response = client.get("/en/impact/?year=1066&area=nowhere&administration=hetch&per=decade")
    assert response.status_code == 200
    page = response.text
    assert page.count("is not recognised and was ignored") == 4
    assert "22 of the 42 initiatives started from 2018 to 2026" in page
    for query in ("?year=abc", "?year=2025&year=x", "?area=%00", "?per=", "?administration=" + "x" * 500):
        assert client.get("/sv/impact/" + query).status_code == 200
        assert client.get("/sv/impact/funnel.csv" + query).status_code == 200


def test_unknown_downloads_are_not_found(client, demo):
    assert client.get("/sv/impact/nothing.csv").status_code == 404


@pytest.mark.parametrize(
    "query", ["", "?per=quarter", "?year=2025", "?area=tech&administration=miljoforvaltningen&year=2024"]
)
def test_the_page_takes_a_bounded_number_of_queries(client, demo, django_assert_max_num_queries, query):
    with django_assert_max_num_queries(40):
        assert client.get(f"/sv/impact/{query}").status_code == 200


def test_every_download_takes_a_few_queries(client, demo, django_assert_max_num_queries):
    for key in [*BY_KEY, *NETWORK_TABLES]:
        with django_assert_max_num_queries(10, info=key):
            b"".join(client.get(f"/sv/impact/{key}.csv?year=2025").streaming_content)
