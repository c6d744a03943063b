"""Importing and exporting the portfolio: files as people make them (Excel's CSV with or
without a byte order mark, semicolons, XLSX), every problem reported with its row, all or
nothing, a second import changes nothing, and an export imports back unchanged."""

import codecs
import csv
import datetime
import io
import os
import subprocess
import sys
import time
from decimal import Decimal
from pathlib import Path
from types import SimpleNamespace

import openpyxl
import pytest
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import CommandError, call_command
from django.core.management.base import OutputWrapper
from django.db import IntegrityError
from django.urls import reverse
from django.utils import timezone, translation

from gnista.audit.models import AuditEntry
from gnista.backoffice import views_transfer
from gnista.portfolio import exports, imports
from gnista.portfolio.management.commands.import_portfolio import ProgressBar
from gnista.portfolio.models import (
    Initiative,
    InnovationType,
    OrganisationKind,
    Outcome,
    Partnership,
    Role,
    Sector,
    Stage,
    StageChange,
)
from gnista.portfolio.transfer import FIELDS, HEADER
from tests import factories

pytestmark = pytest.mark.django_db

REQUIRED_ONLY = ["external_id", "title_sv", "summary_sv", "innovation_type", "stage", "outcome", "owner"]


@pytest.fixture(autouse=True)
def english():
    """Messages are checked in English, their source language, so that translating them
    cannot break these tests."""
    with translation.override("en"):
        yield


@pytest.fixture
def world():
    owner = factories.administration(slug="stadsbyggnad", name_sv="Stadsbyggnadsförvaltningen")
    return SimpleNamespace(
        owner=owner,
        other_owner=factories.administration(slug="kultur", name_sv="Kulturförvaltningen"),
        company=factories.organisation(slug="nsva", name_sv="NSVA"),
        university=factories.organisation(
            slug="lunds-universitet",
            name_sv="Lunds universitet",
            sector=Sector.ACADEMIA,
            kind=OrganisationKind.UNIVERSITY,
        ),
        areas=[factories.area(slug="energi"), factories.area(slug="vatten")],
        goals=[factories.goal(6), factories.goal(11)],
        challenge=factories.challenge(slug="avlopp", owner=owner),
    )


def row(**values) -> dict:
    """A valid row of the required columns; a keyword changes or adds a column."""
    number = next(factories.sequence)
    defaults = {
        "external_id": f"HBG-{number}",
        "title_sv": f"Initiativ {number}",
        "summary_sv": "Ett initiativ som prövar något nytt.",
        "innovation_type": "idea",
        "stage": "1",
        "outcome": "active",
        "owner": "stadsbyggnad",
    }
    return defaults | values


def csv_file(rows: list[dict], *, header: list[str] | None = None, delimiter=",", bom=False) -> bytes:
    header = header or list(dict.fromkeys(name for item in rows for name in item)) or REQUIRED_ONLY
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter)
    writer.writerow(header)
    for item in rows:
        writer.writerow([item.get(name, "") for name in header])
    return (codecs.BOM_UTF8 if bom else b"") + out.getvalue().encode()


def xlsx_file(rows: list[list]) -> bytes:
    workbook = openpyxl.Workbook()
    for values in rows:
        workbook.active.append(values)
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


def exported(kind: str) -> bytes:
    if kind == "csv":
        return b"".join(exports.csv_bytes())
    out = io.BytesIO()
    exports.write_workbook(out)
    return out.getvalue()


def run(data: bytes, name="portfolio.csv", **options) -> imports.ImportResult:
    return imports.import_portfolio(data, name=name, **options)


def located(result) -> set[tuple]:
    return {(problem.row, problem.column) for problem in result.errors}


def rich_portfolio(world) -> list[Initiative]:
    """Initiatives that use every column, with text that CSV and Excel like to mangle."""
    full = factories.initiative(
        slug="tre-ror",
        external_id="HBG-001",
        title_sv='Källsorterande avlopp, "tre rör"; Oceanhamnen',
        title_en="Three pipes",
        title_da="Tre rør",
        summary_sv="Rad ett\nRad två, med komma; och semikolon",
        summary_en="=SUM(A1:A2) is text, not a formula",
        summary_da="Resumé med æ, ø og å",
        what_sv="Vad",
        what_en="What",
        what_da="Hvad",
        why_sv="Varför",
        why_en="Why",
        why_da="Hvorfor",
        how_sv="Hur",
        how_en="How",
        how_da="Hvordan",
        lessons_learned_sv="Lärdom",
        lessons_learned_en="Lesson",
        lessons_learned_da="Lærdom",
        innovation_type=InnovationType.NEED,
        stage=Stage.DEVELOP,
        owner=world.owner,
        starts_on=datetime.date(2024, 3, 1),
        ends_on=datetime.date(2027, 6, 30),
        contact_name="Anna Andersson",
        contact_email="anna@example.se",
        latitude=Decimal("56.046123"),
        longitude=Decimal("12.694512"),
        is_city_wide=True,
        challenges_core_business=True,
        involves_residents=False,
        is_featured=True,
        areas=world.areas,
        goals=world.goals,
        challenges=[world.challenge],
        partners=[(world.company, "Driver anläggningen: dygnet runt"), (world.university, "")],
    )
    stopped = factories.initiative(
        external_id="00042",
        stage=Stage.SCALE,
        outcome=Outcome.STOPPED,
        lessons_learned_sv="Vi lärde oss att fråga tidigare.",
        innovation_type=InnovationType.OPPORTUNITY,
        owner=world.other_owner,
        latitude=Decimal("-33.5"),
        longitude=Decimal("-70.25"),
        involves_residents=True,
    )
    plain = factories.initiative(owner=world.owner)
    return [full, stopped, plain]


def described(initiative: Initiative) -> dict:
    """Every value a file carries, read straight from the database."""
    initiative = Initiative.objects.get(pk=initiative.pk)
    values = {name: getattr(initiative, name) for name in FIELDS}
    values = {
        name: "" if value is None and name.endswith(("_sv", "_en", "_da")) else value
        for name, value in values.items()
    }
    return values | {
        "owner": initiative.owner.slug,
        "areas": sorted(initiative.areas.values_list("slug", flat=True)),
        "goals": sorted(initiative.goals.values_list("number", flat=True)),
        "challenges": sorted(initiative.challenges.values_list("slug", flat=True)),
        "partners": sorted(initiative.partnerships.values_list("organisation__slug", "role_sv")),
    }


# Round trips


@pytest.mark.parametrize("kind", ["csv", "xlsx"])
def test_export_then_import_changes_nothing(world, kind):
    initiatives = rich_portfolio(world)
    before = [described(initiative) for initiative in initiatives]
    audit_entries, history = AuditEntry.objects.count(), StageChange.objects.count()
    updated_at = sorted(Initiative.objects.values_list("updated_at", flat=True))

    result = run(exported(kind), name=f"portfolio.{kind}")

    assert result.ok, result.errors
    assert (result.created, result.updated, result.unchanged) == (0, 0, len(initiatives))
    assert (AuditEntry.objects.count(), StageChange.objects.count()) == (audit_entries, history)
    assert sorted(Initiative.objects.values_list("updated_at", flat=True)) == updated_at
    assert [described(initiative) for initiative in initiatives] == before


@pytest.mark.parametrize("kind", ["csv", "xlsx"])
def test_every_value_survives_export_and_import_into_an_empty_portfolio(world, kind):
    initiatives = rich_portfolio(world)
    before = {initiative.external_id: described(initiative) for initiative in initiatives}
    data = exported(kind)
    Initiative.objects.all().delete()

    result = run(data, name=f"portfolio.{kind}")

    assert result.ok, result.errors
    assert (result.created, result.updated, result.unchanged) == (3, 0, 0)
    after = {initiative.external_id: described(initiative) for initiative in Initiative.objects.all()}
    for external_id, values in before.items():
        for name, value in values.items():
            assert after[external_id][name] == value, (external_id, name)
    assert "källsorterande avlopp" in Initiative.objects.get(external_id="HBG-001").search_text


def test_an_export_is_utf8_with_a_byte_order_mark_and_commas(world):
    rich_portfolio(world)
    data = exported("csv")
    assert data.startswith(codecs.BOM_UTF8)
    lines = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    assert lines[0] == HEADER
    assert len(lines) == 4


def test_an_export_makes_the_same_few_queries_however_many_initiatives(world, django_assert_max_num_queries):
    rich_portfolio(world)
    for _ in range(10):
        factories.initiative(owner=world.owner, areas=world.areas, partners=[(world.company, "Part")])
    with django_assert_max_num_queries(6):
        assert len(list(exports.rows())) == 14


# Files as people make them


def test_csv_with_byte_order_mark_semicolons_crlf_and_decimal_commas(world):
    data = csv_file(
        [row(latitude="56,046", longitude="12,7", title_sv="Titel, med komma")], delimiter=";", bom=True
    )
    data = data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    result = run(data)
    assert result.ok, result.errors
    initiative = Initiative.objects.get()
    assert (initiative.latitude, initiative.longitude) == (Decimal("56.046"), Decimal("12.7"))
    assert initiative.title_sv == "Titel, med komma"


def test_csv_without_byte_order_mark(world):
    result = run(csv_file([row(title_sv="Återbruk för alla")]))
    assert result.ok, result.errors
    assert Initiative.objects.get().title_sv == "Återbruk för alla"


def test_xlsx_with_real_dates_numbers_and_booleans(world):
    header = [*REQUIRED_ONLY, "starts_on", "ends_on", "goals", "latitude", "longitude", "is_featured"]
    values = ["HBG-9", "Arbetsbok", "Från Excel", "need", 2, "active", "Stadsbyggnadsförvaltningen"]
    data = xlsx_file(
        [header, [*values, datetime.datetime(2025, 2, 1), datetime.date(2026, 1, 31), 6, 56.05, 12.7, True]]
    )
    result = run(data, name="from-excel.xlsx")
    assert result.ok, result.errors
    initiative = Initiative.objects.get()
    assert (initiative.stage, initiative.owner.slug) == (Stage.DEVELOP, "stadsbyggnad")
    assert (initiative.starts_on, initiative.ends_on) == (
        datetime.date(2025, 2, 1),
        datetime.date(2026, 1, 31),
    )
    assert list(initiative.goals.values_list("number", flat=True)) == [6]
    assert initiative.latitude == Decimal("56.05") and initiative.is_featured


def test_xlsx_is_recognised_by_its_content_whatever_its_name(world):
    data = xlsx_file([REQUIRED_ONLY, list(row().values())])
    assert run(data, name="export.csv").created == 1


def test_booleans_in_every_spelling(world):
    spellings = {"1": True, "0": False, "true": True, "FALSE": False, "ja": True, "Nej": False}
    spellings |= {"yes": True, "no": False, "x": True, "": False, "SANT": True}
    rows = [row(external_id=f"B-{index}", is_featured=text) for index, text in enumerate(spellings)]
    assert run(csv_file(rows)).ok
    for index, expected in enumerate(spellings.values()):
        assert Initiative.objects.get(external_id=f"B-{index}").is_featured is expected


def test_owner_by_swedish_name_in_any_case(world):
    assert run(csv_file([row(owner="STADSBYGGNADSFÖRVALTNINGEN")])).ok
    assert Initiative.objects.get().owner == world.owner


def test_a_new_initiative_without_slug_gets_one_from_its_title(world):
    factories.initiative(slug="kallsorterande-avlopp", owner=world.owner)
    result = run(csv_file([row(title_sv="Källsorterande avlopp"), row(title_sv="Källsorterande avlopp")]))
    assert result.ok, result.errors
    slugs = set(Initiative.objects.filter(title_sv="Källsorterande avlopp").values_list("slug", flat=True))
    assert slugs == {"kallsorterande-avlopp-2", "kallsorterande-avlopp-3"}


def test_a_title_that_would_give_a_reserved_slug_gets_another(world):
    assert run(csv_file([row(title_sv="New")])).ok
    assert Initiative.objects.get(title_sv="New").slug == "new-2"


# Problems


def test_every_problem_of_every_row_is_reported_with_row_and_column(world):
    factories.initiative(external_id="E-1", slug="befintligt", owner=world.owner)
    factories.initiative(external_id="E-2", slug="steg-tre", owner=world.owner, stage=Stage.SCALE)
    count = Initiative.objects.count()
    rows = [
        row(owner="okand-forvaltning"),  # 2
        row(owner="nsva"),  # 3: a company, not an administration
        row(areas="energi|okant"),  # 4
        row(goals="6|99"),  # 5
        row(goals="sex"),  # 6
        row(challenges="okand"),  # 7
        row(partners="okand:Roll"),  # 8
        row(starts_on="2026-13-45"),  # 9
        row(starts_on="2026-05-01", ends_on="2026-04-01"),  # 10
        row(stage="4"),  # 11
        row(outcome="finished"),  # 12
        row(innovation_type="magic"),  # 13
        row(outcome="stopped", lessons_learned_sv=""),  # 14
        row(external_id="E-1", stage="3"),  # 15: skips stage 2
        row(external_id="E-2", stage="3", outcome="scaled"),  # 16: no measured effect
        row(external_id="DUBBEL"),  # 17
        row(external_id="DUBBEL"),  # 18
        row(slug="samma"),  # 19
        row(slug="samma"),  # 20
        row(slug="befintligt"),  # 21: E-1's
        row(contact_email="inte-en-adress"),  # 22
        row(latitude="56.1", longitude=""),  # 23
        row(is_featured="kanske"),  # 24
        row(title_sv=""),  # 25
        row(latitude="norr", longitude="12"),  # 26: and so the location lacks a latitude
        row(partners="nsva:Drift|nsva:Bygg"),  # 27
        row(),  # 28: fine
    ]
    result = run(csv_file(rows))

    expected = {
        (2, "owner"), (3, "owner"), (4, "areas"), (5, "goals"), (6, "goals"), (7, "challenges"),
        (8, "partners"), (9, "starts_on"), (10, "ends_on"), (11, "stage"), (12, "outcome"),
        (13, "innovation_type"), (14, "lessons_learned_sv"), (15, "stage"), (16, "outcome"),
        (18, "external_id"), (20, "slug"), (21, "slug"), (22, "contact_email"), (23, ""),
        (24, "is_featured"), (25, "title_sv"), (26, "latitude"), (26, ""), (27, "partners"),
    }  # fmt: skip
    assert located(result) == expected
    assert Initiative.objects.count() == count
    assert (result.created, result.updated, result.unchanged) == (0, 0, 0)
    messages = {(problem.row, problem.column): problem.message for problem in result.errors}
    assert "okand-forvaltning" in messages[2, "owner"]
    assert "not a city administration" in messages[3, "owner"]
    assert "“okant”" in messages[4, "areas"] and "energi" not in messages[4, "areas"]
    assert "2026-13-45" in messages[9, "starts_on"] and "YYYY-MM-DD" in messages[9, "starts_on"]
    assert "lessons learned" in messages[14, "lessons_learned_sv"]
    assert "measured" in messages[16, "outcome"]
    assert "row 17" in messages[18, "external_id"]
    assert "E-1" in messages[21, "slug"]
    assert str(result.errors[0]) == f"row 2, owner: {messages[2, 'owner']}"


def test_several_problems_in_one_row_are_all_reported(world):
    result = run(csv_file([row(owner="okand", stage="9", starts_on="igår", contact_email="x")]))
    assert located(result) == {(2, "owner"), (2, "stage"), (2, "starts_on"), (2, "contact_email")}


def test_a_dry_run_reports_and_writes_nothing(world):
    result = run(csv_file([row(), row()]), dry_run=True)
    assert result.ok and result.dry_run
    assert (result.created, result.updated, result.unchanged) == (2, 0, 0)
    assert not Initiative.objects.exists() and not AuditEntry.objects.exists()


def test_wrong_columns_are_named(world):
    data = csv_file([{"external_id": "X", "titel": "Fel", "owner": "stadsbyggnad", "extra": "?"}])
    [problem] = run(data).errors
    assert problem.row == 1
    assert "titel" in problem.message and "extra" in problem.message
    for missing in ("title_sv", "summary_sv", "innovation_type", "stage", "outcome"):
        assert missing in problem.message
    assert "external_id" not in problem.message.split("Missing")[1]


def test_a_column_named_twice_is_a_problem(world):
    data = csv_file([row()], header=[*REQUIRED_ONLY, "title_sv"])
    [problem] = run(data).errors
    assert "title_sv" in problem.message and problem.row == 1


@pytest.mark.parametrize("data", [b"", codecs.BOM_UTF8, b"\r\n\r\n", b";;;\n"])
def test_an_empty_file(world, data):
    [problem] = run(data).errors
    assert problem.row is None and "empty" in problem.message


def test_a_file_in_another_encoding_is_refused_with_advice(world):
    data = csv_file([row(title_sv="Förvaltningens återbruk")]).decode().encode("cp1252")
    [problem] = run(data).errors
    assert "UTF-8" in problem.message and "CSV UTF-8" in problem.message
    assert not Initiative.objects.exists()


def test_a_csv_cut_off_inside_quotes(world):
    data = csv_file([row(), row(summary_sv="Första raden\nandra raden")])
    data = data[: data.index(b"andra")]
    [problem] = run(data).errors
    assert problem.row is None and "Row 3" in problem.message and "cut off" in problem.message
    assert not Initiative.objects.exists()


def test_a_csv_cut_off_in_the_middle_of_a_row(world):
    data = csv_file([row(), row(), row()])
    data = data[: data.rindex(b",active")]
    result = run(data)
    assert located(result) == {(4, "")}
    assert "cut off" in result.errors[0].message
    assert not Initiative.objects.exists()


def test_a_row_with_more_values_than_columns(world):
    data = csv_file([row()]) + b"HBG-X,Titel,Sammanfattning,idea,1,active,stadsbyggnad,surplus\n"
    assert located(run(data)) == {(3, "")}


def test_an_xlsx_cut_in_half(world):
    rich_portfolio(world)
    data = exported("xlsx")
    Initiative.objects.all().delete()
    [problem] = run(data[: len(data) // 2], name="portfolio.xlsx").errors
    assert problem.row is None and "XLSX" in problem.message
    assert not Initiative.objects.exists()


def test_an_old_excel_workbook_is_refused_with_advice(world):
    [problem] = run(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 100, name="portfolio.xls").errors
    assert ".xlsx" in problem.message


# Changes


def test_a_second_import_changes_nothing(world):
    data = csv_file([row(areas="energi", partners="nsva:Drift"), row(stage="2"), row()])
    assert run(data).created == 3
    audit_entries, history = AuditEntry.objects.count(), StageChange.objects.count()
    updated_at = sorted(Initiative.objects.values_list("updated_at", flat=True))

    result = run(data)

    assert (result.created, result.updated, result.unchanged) == (0, 0, 3)
    assert (AuditEntry.objects.count(), StageChange.objects.count()) == (audit_entries, history)
    assert sorted(Initiative.objects.values_list("updated_at", flat=True)) == updated_at


def test_a_new_initiative_is_recorded_in_history_and_audit_log(world):
    person = factories.staff(Role.COACH)
    result = run(csv_file([row(external_id="NY-1", stage="2", areas="vatten")]), by=person)
    assert result.created == 1
    initiative = Initiative.objects.get(external_id="NY-1")
    [change] = initiative.stage_changes.all()
    assert (change.stage, change.outcome, change.recorded_by) == (Stage.DEVELOP, Outcome.ACTIVE, person)
    assert change.rationale_sv == imports.imported_rationale()
    [entry] = AuditEntry.objects.filter(object_id=str(initiative.pk), object_type="portfolio.initiative")
    assert (entry.action, entry.actor, entry.before) == ("initiative.created", person, None)
    assert entry.after["external_id"] == "NY-1" and entry.after["areas"] == ["vatten"]


def test_changes_update_the_initiative_through_its_gates_and_log_them(world):
    existing = factories.initiative(
        external_id="E-1",
        owner=world.owner,
        what_sv="Lämnas orört",
        areas=[world.areas[0]],
        partners=[(world.company, "Drift"), (world.university, "Forskning")],
    )
    Partnership.objects.filter(organisation=world.company).update(role_en="Operations")
    data = csv_file(
        [
            row(
                external_id="E-1",
                slug=existing.slug,
                title_sv="Nytt namn",
                stage="2",
                areas="vatten|energi",
                partners="nsva:Drift|kultur:Publik",
            )
        ]
    )

    result = run(data)

    assert (result.created, result.updated, result.unchanged) == (0, 1, 0)
    existing.refresh_from_db()
    assert (existing.title_sv, existing.stage, existing.what_sv) == (
        "Nytt namn",
        Stage.DEVELOP,
        "Lämnas orört",
    )
    assert "nytt namn" in existing.search_text
    assert sorted(existing.areas.values_list("slug", flat=True)) == ["energi", "vatten"]
    partners = {p.organisation.slug: (p.role_sv, p.role_en) for p in existing.partnerships.all()}
    assert partners == {"nsva": ("Drift", "Operations"), "kultur": ("Publik", None)}
    assert existing.stage_changes.last().rationale_sv == imports.imported_rationale()
    actions = list(AuditEntry.objects.filter(object_id=str(existing.pk)).values_list("action", flat=True))
    assert {"initiative.changed", "gate.decided"} <= set(actions)
    change = AuditEntry.objects.filter(object_id=str(existing.pk), action="initiative.changed").first()
    changed = {name for name, _before, _after in change.changes()}
    assert {"title_sv", "stage", "areas", "partners"} <= changed


def test_scaling_with_a_measured_effect_is_a_gate_the_import_may_take(world):
    existing = factories.initiative(external_id="E-3", owner=world.owner, stage=Stage.SCALE)
    factories.measurement(factories.kpi(existing))
    result = run(csv_file([row(external_id="E-3", slug=existing.slug, stage="3", outcome="scaled")]))
    assert result.ok, result.errors
    existing.refresh_from_db()
    assert existing.outcome == Outcome.SCALED


def test_an_edit_while_the_file_is_checked_stops_the_import(world, monkeypatch):
    existing = factories.initiative(external_id="E-4", owner=world.owner)
    check = imports.Checker.check

    def check_while_someone_edits(self, rows):
        outcome = check(self, rows)
        Initiative.objects.filter(pk=existing.pk).update(
            updated_at=timezone.now() + datetime.timedelta(seconds=1)
        )
        return outcome

    monkeypatch.setattr(imports.Checker, "check", check_while_someone_edits)
    result = run(csv_file([row(external_id="E-4", slug=existing.slug, title_sv="Ändrad"), row()]))
    assert len(result.errors) == 1 and result.errors[0].row is None
    assert Initiative.objects.get(pk=existing.pk).title_sv != "Ändrad"
    assert Initiative.objects.count() == 1


def test_a_database_failure_while_writing_leaves_nothing_behind(world, monkeypatch):
    def fail(plans, by, lookups):
        raise IntegrityError("simulated")

    monkeypatch.setattr(imports, "write_history", fail)
    result = run(csv_file([row(areas="energi"), row()]))
    assert not result.ok and "simulated" in result.errors[0].message
    assert not Initiative.objects.exists()
    assert not Initiative.areas.through.objects.exists()


# Twenty thousand rows


def many_rows(count: int) -> list[dict]:
    return [
        row(external_id=f"M-{number}", title_sv=f"Initiativ {number}", goals="6|11")
        for number in range(count)
    ]


def test_twenty_thousand_good_rows_and_one_bad_import_nothing(world):
    data = csv_file([*many_rows(20_000), row(owner="okand")])
    result = run(data)
    assert located(result) == {(20_002, "owner")}
    assert not Initiative.objects.exists() and not AuditEntry.objects.exists()


def test_twenty_thousand_rows_import_completely_in_bulk_writes(world, django_assert_max_num_queries):
    """How long it takes is measured by `make bench`; here, that the writes are bulk: the
    number of queries does not grow with the rows one by one."""
    data = csv_file(many_rows(20_000))
    with django_assert_max_num_queries(400):
        result = run(data)
    assert result.ok and result.created == 20_000
    assert Initiative.objects.count() == 20_000
    assert Initiative.goals.through.objects.count() == 40_000
    assert StageChange.objects.count() == 20_000
    assert AuditEntry.objects.filter(action="initiative.created").count() == 20_000


# The commands


def test_the_import_command_imports_and_reports(world, tmp_path):
    path = tmp_path / "portfolio.csv"
    path.write_bytes(csv_file([row(), row()]))
    out, err = io.StringIO(), io.StringIO()
    call_command("import_portfolio", str(path), stdout=out, stderr=err)
    assert Initiative.objects.count() == 2
    assert "2 created, 0 updated, 0 unchanged" in out.getvalue()
    assert "Checking: 2/2" in err.getvalue() and "Writing: 4/4" in err.getvalue()


def test_the_import_command_dry_run(world, tmp_path):
    path = tmp_path / "portfolio.csv"
    path.write_bytes(csv_file([row()]))
    out = io.StringIO()
    call_command("import_portfolio", str(path), "--dry-run", stdout=out, stderr=io.StringIO())
    assert not Initiative.objects.exists()
    assert "would create 1" in out.getvalue()


def test_the_import_command_lists_every_problem_and_exits_with_1(world, tmp_path):
    path = tmp_path / "portfolio.csv"
    path.write_bytes(csv_file([row(), row(owner="okand"), row(stage="7")]))
    err = io.StringIO()
    with pytest.raises(CommandError) as failure:
        call_command("import_portfolio", str(path), stdout=io.StringIO(), stderr=err)
    assert failure.value.returncode == 1
    assert str(failure.value) == "2 problems, nothing was imported."
    assert "row 3, owner: Unknown administration “okand”" in err.getvalue()
    assert "row 4, stage: Unknown value “7”" in err.getvalue()
    assert not Initiative.objects.exists()


def test_the_import_command_refuses_a_missing_file(world, tmp_path):
    with pytest.raises(CommandError, match="Cannot read"):
        call_command("import_portfolio", str(tmp_path / "missing.csv"))


def test_the_progress_bar_redraws_one_line_on_a_terminal():
    class Terminal(io.StringIO):
        def isatty(self):
            return True

    screen = Terminal()
    bar = ProgressBar(OutputWrapper(screen))
    for done in range(1, 201):
        bar("Checking", done, 200)
    drawn = screen.getvalue()
    assert drawn.count("\r") == 101  # once for each percent from 0 to 100
    assert "\rChecking     [###############...............]  50% 100/200" in drawn
    assert drawn.endswith("100% 200/200\n")


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_the_export_command_writes_a_file_the_import_reads(world, tmp_path, suffix):
    rich_portfolio(world)
    path = tmp_path / f"portfolio{suffix}"
    out = io.StringIO()
    call_command("export_portfolio", str(path), stdout=out)
    assert "Exported 3 initiatives" in out.getvalue()
    assert run(path.read_bytes(), name=path.name).unchanged == 3


def test_the_export_command_wants_a_known_extension(tmp_path):
    with pytest.raises(CommandError, match=r"\.csv or \.xlsx"):
        call_command("export_portfolio", str(tmp_path / "portfolio.ods"))


@pytest.mark.parametrize("command", ["import-portfolio", "export-portfolio"])
def test_the_commands_run_through_gnista(command, tmp_path):
    gnista = str(Path(sys.executable).parent / "gnista")
    result = subprocess.run(
        [gnista, command, "--help"],
        env={"DEBUG": "true", "VAR_DIR": str(tmp_path), "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert "file" in result.stdout


# The page


@pytest.fixture
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    return tmp_path


@pytest.fixture
def coach(client, world, media):
    person = factories.staff(Role.COACH)
    client.force_login(person)
    return person


def upload(client, data: bytes, name="portfolio.csv", dry_run=True):
    fields = {"file": SimpleUploadedFile(name, data)}
    if dry_run:
        fields["dry_run"] = "on"
    return client.post(reverse("manage:import"), fields)


def test_the_page_offers_upload_and_downloads(client, coach):
    response = client.get(reverse("manage:transfer"))
    assert response.status_code == 200
    page = response.content.decode()
    assert 'enctype="multipart/form-data"' in page and 'name="dry_run"' in page
    export = reverse("manage:export")
    assert f"{export}?format=csv" in page and f"{export}?format=xlsx" in page
    assert 'aria-current="page"' in page


def test_anonymous_visitors_are_sent_to_sign_in(client, world):
    for response in (client.get(reverse("manage:transfer")), client.post(reverse("manage:import"))):
        assert response.status_code == 302 and "/accounts/login/" in response["Location"]


def test_a_person_without_a_role_is_refused(client, world):
    client.force_login(factories.user())
    assert client.get(reverse("manage:transfer")).status_code == 403
    assert client.get(reverse("manage:export")).status_code == 403
    assert upload(client, csv_file([row()])).status_code == 403
    assert not Initiative.objects.exists()


def test_an_editor_may_export_but_not_import(client, world, media):
    client.force_login(factories.staff(Role.EDITOR, organisation=world.owner))
    response = client.get(reverse("manage:transfer"))
    assert response.status_code == 200
    assert 'enctype="multipart/form-data"' not in response.content.decode()
    assert client.get(reverse("manage:export")).status_code == 200
    assert upload(client, csv_file([row()])).status_code == 403


def test_a_dry_run_shows_every_problem_in_a_table(client, coach):
    response = upload(client, csv_file([row(), row(owner="okand"), row(starts_on="i morgon")]))
    assert response.status_code == 422
    page = response.content.decode()
    assert 'role="alert"' in page and "<caption>" in page and '<th scope="col"' in page
    assert "<code>owner</code>" in page and "<code>starts_on</code>" in page
    assert "okand" in page and "i morgon" in page
    assert 'name="token"' not in page
    assert not Initiative.objects.exists()


def test_a_clean_dry_run_offers_to_import_the_kept_file(client, coach, media):
    response = upload(client, csv_file([row(external_id="W-1"), row(external_id="W-2")]))
    assert response.status_code == 200
    assert not Initiative.objects.exists()
    token = response.context["token"]
    assert f'value="{token}"' in response.content.decode()
    assert len(list((media / "imports").iterdir())) == 1

    response = client.post(reverse("manage:import"), {"token": token}, follow=True)

    assert response.redirect_chain[-1][0] == reverse("manage:transfer")
    assert set(Initiative.objects.values_list("external_id", flat=True)) == {"W-1", "W-2"}
    assert AuditEntry.objects.filter(action="initiative.created", actor=coach).count() == 2
    assert "2 created" in response.content.decode()
    assert not list((media / "imports").iterdir())
    again = client.post(reverse("manage:import"), {"token": token}, follow=True)
    assert "no longer available" in again.content.decode()


def test_a_kept_file_is_only_for_the_person_who_checked_it(client, coach, media):
    token = upload(client, csv_file([row()])).context["token"]
    client.force_login(factories.staff(Role.COACH))
    response = client.post(reverse("manage:import"), {"token": token}, follow=True)
    assert "no longer available" in response.content.decode()
    assert not Initiative.objects.exists()


def test_old_kept_files_are_swept(client, coach, media):
    (media / "imports").mkdir()
    old = media / "imports" / "forgotten"
    old.write_bytes(b"x")
    two_hours_ago = time.time() - 7200
    os.utime(old, (two_hours_ago, two_hours_ago))
    upload(client, csv_file([row()]))
    assert not old.exists()
    assert default_storage.exists("imports") and len(list((media / "imports").iterdir())) == 1


def test_an_import_without_dry_run_imports_at_once(client, coach):
    response = upload(client, xlsx_file([REQUIRED_ONLY, list(row().values())]), name="p.xlsx", dry_run=False)
    assert response.status_code == 302
    assert Initiative.objects.count() == 1


def test_an_import_with_problems_imports_nothing(client, coach):
    response = upload(client, csv_file([row(), row(stage="5")]), dry_run=False)
    assert response.status_code == 422
    assert not Initiative.objects.exists()


def test_a_broken_file_is_reported_not_a_server_error(client, coach):
    response = upload(client, b"PK\x03\x04broken", name="p.xlsx")
    assert response.status_code == 422
    assert "XLSX" in response.content.decode()


def test_a_file_over_the_limit_is_refused_with_a_message(client, coach, monkeypatch):
    monkeypatch.setattr(views_transfer, "MAX_UPLOAD_MB", 0)
    response = upload(client, csv_file([row()]))
    assert response.status_code == 400
    page = response.content.decode()
    assert "larger than 0 MB" in page and 'role="alert"' in page
    assert not Initiative.objects.exists()


def test_the_csv_download_streams_the_portfolio(client, coach, world):
    rich_portfolio(world)
    response = client.get(reverse("manage:export"), {"format": "csv"})
    assert response.status_code == 200 and response.streaming
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert 'attachment; filename="portfolio-' in response["Content-Disposition"]
    data = b"".join(response.streaming_content)
    assert data.startswith(codecs.BOM_UTF8)
    assert run(data).unchanged == 3


def test_the_xlsx_download(client, coach, world):
    rich_portfolio(world)
    response = client.get(reverse("manage:export"), {"format": "xlsx"})
    assert response.status_code == 200
    assert response["Content-Type"] == views_transfer.XLSX_TYPE
    data = b"".join(response.streaming_content)
    sheet = openpyxl.load_workbook(io.BytesIO(data), read_only=True).worksheets[0]
    assert [cell.value for cell in next(sheet.iter_rows())] == HEADER
    assert run(data, name="p.xlsx").unchanged == 3


def test_an_unknown_download_format_is_not_found(client, coach):
    assert client.get(reverse("manage:export"), {"format": "pdf"}).status_code == 404
