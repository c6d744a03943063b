"""Every public dataset downloads as CSV, JSON and XLSX with exactly its public rows."""

import codecs
import csv
import datetime
import io
import json

import openpyxl
import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from gnista.opendata.registry import BY_SLUG, DATASETS
from tests import factories

pytestmark = pytest.mark.django_db

SLUGS = [dataset.slug for dataset in DATASETS]


def download(client, slug: str, extension: str, language: str = "sv"):
    response = client.get(f"/{language}/data/{slug}.{extension}")
    assert response.status_code == 200, response
    return response, b"".join(response.streaming_content) if response.streaming else response.getvalue()


def csv_rows(client, slug: str) -> list[dict]:
    response, body = download(client, slug, "csv")
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert body.startswith(codecs.BOM_UTF8), "Excel needs the byte order mark to read the letters right"
    return list(csv.DictReader(io.StringIO(body.decode("utf-8-sig"), newline="")))


def json_rows(client, slug: str) -> list[dict]:
    response, body = download(client, slug, "json")
    assert response["Content-Type"] == "application/json; charset=utf-8"
    return json.loads(body)


def xlsx_rows(client, slug: str) -> list[tuple]:
    _response, body = download(client, slug, "xlsx")
    workbook = openpyxl.load_workbook(io.BytesIO(body), read_only=True)
    return list(workbook.worksheets[0].iter_rows(values_only=True))


@pytest.mark.parametrize("slug", SLUGS)
def test_each_format_has_exactly_the_public_rows_and_the_registered_columns(client, published, slug):
    dataset = BY_SLUG[slug]
    expected = dataset.public().count()
    assert expected > 0, "the fixture puts something in every dataset"
    from_csv, from_json, from_xlsx = csv_rows(client, slug), json_rows(client, slug), xlsx_rows(client, slug)
    assert len(from_csv) == len(from_json) == len(from_xlsx) - 1 == expected
    assert list(from_csv[0]) == list(from_json[0]) == list(from_xlsx[0]) == dataset.header


def test_drafts_hidden_and_unpublished_rows_stay_out(client, published):
    challenges = {row["slug"] for row in csv_rows(client, "challenges")}
    assert challenges == {"rent-vatten"}
    ideas = {row["id"] for row in json_rows(client, "ideas")}
    assert ideas == {published["idea"].pk}
    methods = {row["slug"] for row in json_rows(client, "methods")}
    assert methods == {"intervjuer"}
    initiative = next(row for row in json_rows(client, "initiatives") if row["slug"] == "avlopp")
    assert initiative["challenges"] == ["rent-vatten"], "a draft challenge is not named either"


def test_only_the_public_author_name_and_no_contact_details_leave(client, published):
    idea = json_rows(client, "ideas")[0]
    assert idea["author"] == "Kim"
    everything = b"".join(download(client, slug, "json")[1] for slug in SLUGS)
    assert b"kim.privat@example.se" not in everything
    assert b"utmaning@stad.example" not in everything


def test_translated_text_has_a_column_per_language_and_relations_their_identifiers(client, published):
    challenge = json_rows(client, "challenges")[0]
    assert (challenge["title_sv"], challenge["title_en"], challenge["title_da"]) == (
        "Rent vatten",
        "Clean water",
        "",
    )
    assert challenge["owner"] == "miljo"
    assert challenge["areas"] == ["vatten"]
    assert challenge["url"] == "http://testserver/sv/challenges/rent-vatten/"
    initiative = next(row for row in csv_rows(client, "initiatives") if row["slug"] == "avlopp")
    assert initiative["partners"] == "bolaget"
    assert initiative["stage"] == "1"
    assert initiative["is_city_wide"] == "false"


def test_the_address_column_follows_the_language_of_the_download(client, published):
    challenge = json_rows(client, "challenges")[0]
    _response, body = download(client, "challenges", "json", language="en")
    assert json.loads(body)[0]["url"] == challenge["url"].replace("/sv/", "/en/")


def test_organisations_name_their_hub_and_clusters_and_hubs_count_their_members(client, published):
    member = next(row for row in json_rows(client, "organisations") if row["slug"] == "medlem")
    assert (member["hub"], member["clusters"]) == ("navet", ["klustret"])
    assert [(row["slug"], row["member_count"]) for row in json_rows(client, "hubs")] == [("navet", 1)]


def test_kpis_measurements_and_funds_carry_their_numbers(client, published):
    kpi = json_rows(client, "kpis")[0]
    assert (kpi["initiative"], kpi["name_sv"], kpi["baseline"], kpi["target"]) == (
        "avlopp",
        "Andel nöjda brukare",
        40.0,
        80.0,
    )
    measurements = json_rows(client, "kpi-measurements")
    assert sorted(row["value"] for row in measurements) == [55.0, 60.0]
    assert {row["kpi"] for row in measurements} == {kpi["id"]}
    fund = json_rows(client, "funds")[0]
    assert (fund["budget"], fund["granted"], fund["spent"]) == (2_000_000, 250_000, 0)


def test_a_text_that_looks_like_a_formula_stays_text_in_csv_and_unchanged_in_json(client, published):
    assert csv_rows(client, "ideas")[0]["title"].startswith("'=HYPERLINK")
    assert json_rows(client, "ideas")[0]["title"].startswith("=HYPERLINK")
    title_cell = xlsx_rows(client, "ideas")[1][1]
    assert title_cell.startswith("=HYPERLINK"), "openpyxl reads back the text, not a formula"


def test_times_dates_and_lists_are_typed_in_xlsx_and_iso_in_csv(client, published):
    header, *rows = xlsx_rows(client, "events")
    event = dict(zip(header, rows[0], strict=True))
    assert isinstance(event["starts_at"], datetime.datetime)
    starts_at = csv_rows(client, "events")[0]["starts_at"]
    assert datetime.datetime.fromisoformat(starts_at).utcoffset() is not None
    assert event["rrule"] == "FREQ=WEEKLY;COUNT=4"
    assert event["hub"] == "navet"


def test_an_empty_dataset_is_an_empty_array_and_a_header(client, db):
    assert json_rows(client, "ideas") == []
    assert xlsx_rows(client, "ideas") == [tuple(BY_SLUG["ideas"].header)]


@pytest.mark.parametrize(
    "path",
    [
        "/sv/data/nothing.csv",
        "/sv/data/ideas.xml",
        "/sv/data/ideas.tar.gz",
        "/sv/data/ideas.",
        "/sv/data/ideas",
    ],
)
def test_unknown_datasets_and_formats_are_not_found(client, published, path):
    assert client.get(path).status_code == 404


@pytest.mark.parametrize("slug", ["initiatives", "ideas", "events", "organisations"])
def test_queries_do_not_grow_with_the_rows(client, published, slug):
    def queries() -> int:
        with CaptureQueriesContext(connection) as captured:
            download(client, slug, "csv")
        return len(captured)

    few = queries()
    area = factories.area()
    for _ in range(15):
        factories.initiative(areas=[area], partners=[(factories.organisation(), "Partner")])
        factories.idea()
    from gnista.events.models import Event

    Event.objects.bulk_create(
        Event(title_sv=f"Möte {number}", starts_at=published["event"].starts_at) for number in range(15)
    )
    assert queries() == few
