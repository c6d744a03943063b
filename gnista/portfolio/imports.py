"""Importing the portfolio from a CSV or XLSX file (columns in transfer.py).

Every row is checked before anything is written and every problem of every row is
reported; the real run then writes all rows in one transaction, or nothing. Rows are
matched to initiatives by external id, and a row equal to its initiative writes nothing,
so importing the same file twice changes nothing.

The writes are bulk, so that thousands of rows take seconds, but the rules stay where
they are: each new or changed initiative passes the model's full_clean() and, when its
stage or outcome changes, gates.check_move(), as in services.save_initiative."""

from collections.abc import Callable
from dataclasses import dataclass, field
from itertools import batched

from django.core.exceptions import NON_FIELD_ERRORS, ValidationError
from django.db import DatabaseError, transaction
from django.utils import timezone, translation
from django.utils.text import slugify
from django.utils.translation import gettext as _

from gnista.audit import log
from gnista.audit.models import AuditEntry
from gnista.core import freshness
from gnista.core.slugs import RESERVED

from . import gates
from .models import Initiative, Partnership, StageChange
from .signals import initiatives_imported, stage_changed
from .spreadsheets import FileError, read_table, text_of
from .transfer import (
    COLUMNS_BY_NAME,
    DEFAULT_LANGUAGE,
    FIELDS,
    RELATIONS,
    REQUIRED,
    ROLE_FIELD,
    TRANSLATED_FIELDS,
    CellError,
    Lookups,
    audit_relations,
    record_of,
    relations_of,
)

BATCH = 500
Progress = Callable[[str, int, int], None]
# The owner is checked against the lookups; the untranslated fields only mirror the translations.
NOT_CLEANED = {"owner", *TRANSLATED_FIELDS}
ALWAYS_UPDATED = ["search_text", "updated_at"]


@dataclass(frozen=True)
class Problem:
    row: int | None  # None for a problem of the whole file
    column: str
    message: str

    def __str__(self):
        if self.row is None:
            return self.message
        if not self.column:
            return _("row %(row)s: %(message)s") % {"row": self.row, "message": self.message}
        return _("row %(row)s, %(column)s: %(message)s") % {
            "row": self.row,
            "column": self.column,
            "message": self.message,
        }


@dataclass
class ImportResult:
    dry_run: bool
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    errors: list[Problem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors


@dataclass
class ParsedRow:
    number: int
    values: dict  # column → value, for the columns the file has and the cells that could be read
    failed: set[str]  # columns whose cell could not be read


@dataclass
class Stored:
    initiative: Initiative
    record: dict


@dataclass
class Plan:
    """A row that creates or changes an initiative."""

    number: int
    initiative: Initiative
    record: dict  # the initiative as it will be, relation columns included
    stored: Stored | None  # as it was; None for a new initiative
    before: dict | None  # the audit snapshot of the stored initiative
    changed: list[str]  # the columns whose values change (all that have values, for a new initiative)

    @property
    def previous_state(self) -> tuple | None:
        return (self.stored.record["stage"], self.stored.record["outcome"]) if self.stored else None

    @property
    def state(self) -> tuple:
        return (self.initiative.stage, self.initiative.outcome)


def import_portfolio(
    data: bytes, *, name: str = "", by=None, dry_run: bool = False, progress: Progress | None = None
) -> ImportResult:
    """Check the file and, unless it is a dry run or anything is wrong, import it."""
    result = ImportResult(dry_run=dry_run)
    report = progress or (lambda phase, done, total: None)
    try:
        table = read_table(data, name)
    except FileError as error:
        result.errors.append(Problem(None, "", error.message))
        return result
    header_problem = check_header(table.header)
    if header_problem:
        result.errors.append(Problem(1, "", header_problem))
        return result
    checker = Checker(table.header, result.errors, report)
    plans, result.unchanged = checker.check(table.rows)
    if result.errors:
        result.unchanged = 0
        return result
    result.created = sum(plan.stored is None for plan in plans)
    result.updated = len(plans) - result.created
    if plans and not dry_run:
        problem = write(plans, by, report, checker.lookups)
        if problem:
            result.errors.append(problem)
            result.created = result.updated = result.unchanged = 0
    return result


def check_header(header: list[str]) -> str:
    unknown = [
        name or _("(no name, column %(number)s)") % {"number": index}
        for index, name in enumerate(header, 1)
        if name not in COLUMNS_BY_NAME
    ]
    missing = [name for name in REQUIRED if name not in header]
    repeated = sorted({name for name in header if name and header.count(name) > 1})
    problems = []
    if unknown:
        problems.append(_("Unknown columns: %(names)s.") % {"names": ", ".join(unknown)})
    if missing:
        problems.append(_("Missing columns: %(names)s.") % {"names": ", ".join(missing)})
    if repeated:
        problems.append(_("Columns named more than once: %(names)s.") % {"names": ", ".join(repeated)})
    return " ".join(problems)


class Checker:
    """Reads and checks every row, collecting every problem, and plans the writes."""

    def __init__(self, header: list[str], errors: list[Problem], report: Progress):
        self.header, self.errors, self.report = header, errors, report
        self.columns = [COLUMNS_BY_NAME[name] for name in header]
        self.lookups = Lookups.load()

    def problem(self, number: int, column: str, message: str) -> None:
        self.errors.append(Problem(number, column, message))

    def check(self, rows) -> tuple[list[Plan], int]:
        parsed = []
        for done, (number, cells) in enumerate(rows, 1):
            row = self.parse(number, cells)
            if row:
                parsed.append(row)
            self.report(_("Reading"), done, len(rows))
        external_ids = [row.values["external_id"] for row in parsed if "external_id" in row.values]
        self.stored = stored_initiatives(set(external_ids))
        self.slug_holders = dict(Initiative.objects.values_list("slug", "external_id"))
        self.explicit_slugs = {row.values.get("slug") for row in parsed} - {None, ""}
        self.rows_by_external_id, self.rows_by_slug = {}, {}
        plans, unchanged = [], 0
        for done, row in enumerate(parsed, 1):
            outcome = self.check_row(row)
            if isinstance(outcome, Plan):
                plans.append(outcome)
            elif outcome:
                unchanged += 1
            self.report(_("Checking"), done, len(parsed))
        return plans, unchanged

    def parse(self, number: int, cells: list) -> ParsedRow | None:
        if len(cells) < len(self.columns):
            self.problem(
                number,
                "",
                _(
                    "This row has %(count)s values but there are %(expected)s columns. "
                    "The file may be cut off."
                )
                % {"count": len(cells), "expected": len(self.columns)},
            )
            return None
        if any(text_of(cell).strip() for cell in cells[len(self.columns) :]):
            self.problem(number, "", _("This row has more values than there are columns."))
            return None
        row = ParsedRow(number, {}, set())
        for column, cell in zip(self.columns, cells, strict=False):
            try:
                row.values[column.name] = column.codec.load(cell, self.lookups)
            except CellError as error:
                self.problem(number, column.name, str(error))
                row.failed.add(column.name)
        return row

    def check_row(self, row: ParsedRow) -> Plan | bool:
        """A plan for a row that changes something; True for an unchanged row, False for one with problems."""
        if "external_id" in row.failed:
            return False
        external_id = row.values["external_id"]
        if external_id in self.rows_by_external_id:
            self.problem(
                row.number,
                "external_id",
                _("The external id “%(value)s” is also in row %(row)s.")
                % {"value": external_id, "row": self.rows_by_external_id[external_id]},
            )
            return False
        self.rows_by_external_id[external_id] = row.number
        stored = self.stored.get(external_id)
        if not self.settle_slug(row, stored):
            return False
        if (
            stored
            and not row.failed
            and all(stored.record[name] == value for name, value in row.values.items())
        ):
            return True
        initiative = stored.initiative if stored else Initiative()
        before = log.snapshot(initiative) | audit_relations(stored.record) if stored else None
        for name in FIELDS:
            if name in row.values:
                setattr(initiative, name, row.values[name])
        if "owner" in row.values:
            initiative.owner_id = self.lookups.administrations[row.values["owner"]]
        problems_before = len(self.errors)
        self.clean(row, initiative)
        if stored and not {"stage", "outcome"} & row.failed:
            self.check_gate(row, initiative, stored)
        if row.failed or len(self.errors) > problems_before:
            return False
        previous = stored.record if stored else dict.fromkeys(RELATIONS, ())
        record = previous | row.values
        changed = [name for name, value in record.items() if name not in previous or previous[name] != value]
        return Plan(row.number, initiative, record, stored, before, changed)

    def settle_slug(self, row: ParsedRow, stored: Stored | None) -> bool:
        slug = row.values.get("slug")
        if not slug:
            row.values["slug"] = stored.initiative.slug if stored else self.new_slug(row)
            return True
        if slug in self.rows_by_slug:
            self.problem(
                row.number,
                "slug",
                _("The slug “%(value)s” is also in row %(row)s.")
                % {"value": slug, "row": self.rows_by_slug[slug]},
            )
            return False
        self.rows_by_slug[slug] = row.number
        holder = self.slug_holders.get(slug)
        if holder is not None and holder != row.values["external_id"]:
            self.problem(
                row.number,
                "slug",
                _("The slug “%(value)s” belongs to another initiative (external id “%(holder)s”).")
                % {"value": slug, "holder": holder},
            )
            return False
        return True

    def new_slug(self, row: ParsedRow) -> str:
        """A slug from the Swedish title that no initiative and no row of the file has."""
        base = slugify(row.values.get("title_" + DEFAULT_LANGUAGE, ""))[:110]
        base = base or "initiative"
        slug, number = base, 1
        while slug in self.slug_holders or slug in self.explicit_slugs or slug in RESERVED:
            number += 1
            slug = f"{base}-{number}"
        self.slug_holders[slug] = row.values["external_id"]
        return slug

    def clean(self, row: ParsedRow, initiative: Initiative) -> None:
        """The model's own rules; uniqueness is checked above for the whole file at once."""
        try:
            initiative.full_clean(
                exclude=NOT_CLEANED | row.failed, validate_unique=False, validate_constraints=False
            )
        except ValidationError as error:
            for name, messages in error.message_dict.items():
                column = "" if name == NON_FIELD_ERRORS else name
                for message in messages:
                    self.problem(row.number, column, message)

    def check_gate(self, row: ParsedRow, initiative: Initiative, stored: Stored) -> None:
        previous = (stored.record["stage"], stored.record["outcome"])
        try:
            gates.check_move(initiative, previous)
        except ValidationError as error:
            column = "outcome" if initiative.outcome != previous[1] else "stage"
            for message in error.messages:
                self.problem(row.number, column, message)


def stored_initiatives(external_ids: set[str]) -> dict[str, Stored]:
    stored = {}
    for chunk in batched(sorted(external_ids), BATCH, strict=False):
        initiatives = list(Initiative.objects.filter(external_id__in=chunk).select_related("owner"))
        relations = relations_of([initiative.pk for initiative in initiatives])
        for initiative in initiatives:
            stored[initiative.external_id] = Stored(
                initiative, record_of(initiative, relations[initiative.pk])
            )
    return stored


def imported_rationale() -> str:
    """The stage history is public and read in the default language first."""
    with translation.override(DEFAULT_LANGUAGE):
        return _("Imported from a file")


def write(plans: list[Plan], by, report: Progress, lookups: Lookups) -> Problem | None:
    """Write every plan in one transaction; a problem if the portfolio changed meanwhile."""
    steps = [write_initiatives, write_relations, write_partnerships, write_history]
    try:
        with transaction.atomic():
            if changed_meanwhile(plans):
                return Problem(
                    None, "", _("Initiatives were changed while the file was being checked. Import it again.")
                )
            for done, step in enumerate(steps, 1):
                step(plans, by, lookups)
                report(_("Writing"), done, len(steps))
            # bulk_create sends no post_save: tell the apps above (search) what it created.
            created = [plan.initiative for plan in plans if plan.stored is None]
            initiatives_imported.send(Initiative, initiatives=created)
            freshness.changed()
    except DatabaseError as error:
        return Problem(
            None,
            "",
            _("The import could not be saved, so nothing was imported (%(reason)s). Import the file again.")
            % {"reason": error},
        )
    return None


def changed_meanwhile(plans: list[Plan]) -> bool:
    expected = {plan.initiative.pk: plan.stored.initiative.updated_at for plan in plans if plan.stored}
    found = {}
    for chunk in batched(expected, BATCH, strict=False):
        found.update(Initiative.objects.filter(pk__in=chunk).values_list("pk", "updated_at"))
    return found != expected


def write_initiatives(plans: list[Plan], by, lookups: Lookups) -> None:
    """New initiatives in bulk (bulk_create skips save(), so what save() fills in is set
    here); changed ones through save() with only their changed fields, which is faster than
    bulk_update when many fields change and leaves every other field as it is."""
    new = [plan.initiative for plan in plans if plan.stored is None]
    for initiative in new:
        initiative.search_text = initiative.build_search_text()
    Initiative.objects.bulk_create(new, batch_size=BATCH)
    for plan in plans:
        if plan.stored:
            changed_fields = [name for name in plan.changed if name in FIELDS or name == "owner"]
            plan.initiative.save(update_fields=[*changed_fields, *ALWAYS_UPDATED])


def write_relations(plans: list[Plan], by, lookups: Lookups) -> None:
    """An initiative whose areas, goals or challenges change gets its rows of that relation replaced."""
    relations = [
        ("areas", Initiative.areas.through, "area_id", lookups.areas),
        ("goals", Initiative.goals.through, "goal_id", lookups.goals),
        ("challenges", Initiative.challenges.through, "challenge_id", lookups.challenges),
    ]
    for name, through, column, ids in relations:
        changed = [plan for plan in plans if name in plan.changed]
        for chunk in batched([plan.initiative.pk for plan in changed if plan.stored], BATCH, strict=False):
            through.objects.filter(initiative_id__in=chunk).delete()
        through.objects.bulk_create(
            (
                through(initiative_id=plan.initiative.pk, **{column: ids[key]})
                for plan in changed
                for key in plan.record[name]
            ),
            batch_size=BATCH,
        )


def write_partnerships(plans: list[Plan], by, lookups: Lookups) -> None:
    """Partnerships are changed rather than replaced, so that their roles in other languages stay."""
    changed = [plan for plan in plans if "partners" in plan.changed]
    existing = {}
    for chunk in batched([plan.initiative.pk for plan in changed if plan.stored], BATCH, strict=False):
        for pk, initiative_id, slug, role in Partnership.objects.filter(initiative_id__in=chunk).values_list(
            "pk", "initiative_id", "organisation__slug", ROLE_FIELD
        ):
            existing[initiative_id, slug] = (pk, role or "")
    removed, renamed, added = [], [], []
    for plan in changed:
        wanted = dict(plan.record["partners"])
        for slug, _role in plan.stored.record["partners"] if plan.stored else ():
            pk, role = existing[plan.initiative.pk, slug]
            if slug not in wanted:
                removed.append(pk)
            elif wanted[slug] != role:
                renamed.append(Partnership(pk=pk, **{ROLE_FIELD: wanted[slug]}))
        for slug, role in wanted.items():
            if (plan.initiative.pk, slug) not in existing:
                added.append(
                    Partnership(
                        initiative=plan.initiative,
                        organisation_id=lookups.organisations[slug],
                        **{ROLE_FIELD: role},
                    )
                )
    for chunk in batched(removed, BATCH, strict=False):
        Partnership.objects.filter(pk__in=chunk).delete()
    Partnership.objects.bulk_update(renamed, [ROLE_FIELD], batch_size=BATCH)
    Partnership.objects.bulk_create(added, batch_size=BATCH)


def write_history(plans: list[Plan], by, lookups: Lookups) -> None:
    """The stage history and the audit log, as save_initiative writes them for one initiative."""
    rationale = imported_rationale()
    today = timezone.localdate()
    recorded_by = by if getattr(by, "is_authenticated", False) else None
    moves = [plan for plan in plans if plan.previous_state != plan.state]
    changes = StageChange.objects.bulk_create(
        [
            StageChange(
                initiative=plan.initiative,
                decided_on=today,
                stage=plan.initiative.stage,
                outcome=plan.initiative.outcome,
                recorded_by=recorded_by,
                **{"rationale_" + DEFAULT_LANGUAGE: rationale},
            )
            for plan in moves
        ],
        batch_size=BATCH,
    )
    entries = []
    for plan in plans:
        after = log.snapshot(plan.initiative) | audit_relations(plan.record)
        action = "initiative.created" if plan.stored is None else "initiative.changed"
        entries.append(log.entry(by, action, plan.initiative, plan.before, after))
    for plan in moves:
        if plan.stored:
            previous_stage, previous_outcome = plan.previous_state
            entries.append(
                log.entry(
                    by,
                    "gate.decided",
                    plan.initiative,
                    {"stage": previous_stage, "outcome": previous_outcome},
                    {
                        "stage": plan.initiative.stage,
                        "outcome": plan.initiative.outcome,
                        "rationale": rationale,
                        "evidence": "",
                    },
                )
            )
    AuditEntry.objects.bulk_create(entries, batch_size=BATCH)
    for plan, change in zip(moves, changes, strict=True):
        if plan.stored:
            stage_changed.send(Initiative, initiative=plan.initiative, change=change)
