"""The portfolio file: one specification of its columns, which the import reads and the
export writes, so that an exported file imports back unchanged.

Each column has a codec that turns a cell into a value (raising CellError with a message
for the person who wrote the file) and a value back into a cell. A row's values form a
record, and the record of an initiative in the database is built with the same codecs,
so comparing the two tells whether an imported row changes anything."""

import datetime
import re
from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from django.conf import settings
from django.db import models
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop

from .models import (
    Area,
    Challenge,
    Goal,
    Initiative,
    InnovationType,
    Organisation,
    OrganisationKind,
    Outcome,
    Partnership,
    Stage,
)
from .spreadsheets import Cell, text_of

LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]
DEFAULT_LANGUAGE = settings.MODELTRANSLATION_DEFAULT_LANGUAGE
# Names and roles are read and written in the default language, which the others fall back to.
NAME_FIELD = "name_" + DEFAULT_LANGUAGE
ROLE_FIELD = "role_" + DEFAULT_LANGUAGE
TRANSLATED_FIELDS = ("title", "summary", "what", "why", "how", "lessons_learned")
LIST_SEPARATOR = "|"
ROLE_SEPARATOR = ":"


class CellError(ValueError):
    """A cell that cannot be read; the message tells the person who wrote the file why."""


@dataclass(frozen=True)
class Lookups:
    """What cells refer to by slug, number or name, loaded once per import."""

    administrations: dict[str, int]
    administration_names: dict[str, str | None]  # case-folded Swedish name → slug, None when ambiguous
    organisations: dict[str, int]
    areas: dict[str, int]
    goals: dict[int, int]
    challenges: dict[str, int]

    @classmethod
    def load(cls) -> "Lookups":
        administrations, names, organisations = {}, {}, {}
        for pk, slug, kind, name in Organisation.objects.values_list("pk", "slug", "kind", NAME_FIELD):
            organisations[slug] = pk
            if kind == OrganisationKind.CITY_ADMINISTRATION:
                administrations[slug] = pk
                key = (name or "").strip().casefold()
                names[key] = None if key in names else slug
        return cls(
            administrations=administrations,
            administration_names=names,
            organisations=organisations,
            areas=dict(Area.objects.values_list("slug", "pk")),
            goals=dict(Goal.objects.values_list("number", "pk")),
            challenges=dict(Challenge.objects.values_list("slug", "pk")),
        )


def uniform_line_endings(text: str) -> str:
    # XLSX keeps no carriage returns and browsers send them, so only "\n" survives a round trip.
    return text.replace("\r\n", "\n").replace("\r", "\n")


def quoted_list(values) -> str:
    return ", ".join(f"“{value}”" for value in values)


def split_list(text: str) -> list[str]:
    return [item.strip() for item in text.split(LIST_SEPARATOR) if item.strip()]


class Codec:
    """How one kind of column is read from a cell (load, raising CellError), compared with
    what the database holds (canonical), and written to CSV (dump) and XLSX (cell)."""

    def load(self, cell: Cell, lookups: Lookups):
        raise NotImplementedError

    def canonical(self, value):
        return value

    def dump(self, value) -> str:
        return str(value)

    def cell(self, value):
        return self.dump(value)


class Text(Codec):
    """Free text, kept as written apart from line endings."""

    def load(self, cell: Cell, lookups: Lookups) -> str:
        return uniform_line_endings(text_of(cell))

    def canonical(self, value) -> str:
        return uniform_line_endings(value or "")

    def dump(self, value) -> str:
        return value


class Identifier(Text):
    """A short value where surrounding spaces are typing accidents."""

    def __init__(self, required: bool = False):
        self.required = required

    def load(self, cell: Cell, lookups: Lookups) -> str:
        value = text_of(cell).strip()
        if self.required and not value:
            raise CellError(_("A value is required."))
        return value


class Choice(Codec):
    def __init__(self, choices: type[models.Choices]):
        self.choices = choices

    def load(self, cell: Cell, lookups: Lookups):
        text = text_of(cell).strip()
        for value in self.choices.values:
            if str(value) == text.casefold():
                return value
        allowed = ", ".join(str(value) for value in self.choices.values)
        if not text:
            raise CellError(_("A value is required. Use one of: %(allowed)s.") % {"allowed": allowed})
        raise CellError(
            _("Unknown value “%(value)s”. Use one of: %(allowed)s.") % {"value": text, "allowed": allowed}
        )

    def cell(self, value):
        return value


class Owner(Identifier):
    """The owning administration: its slug, or its Swedish name in any case."""

    def load(self, cell: Cell, lookups: Lookups) -> str:
        text = text_of(cell).strip()
        if not text:
            raise CellError(_("The owning administration is required."))
        if text in lookups.administrations:
            return text
        by_name = lookups.administration_names.get(text.casefold(), "")
        if by_name:
            return by_name
        if by_name is None:
            raise CellError(
                _("Several administrations are called “%(value)s”. Use the slug.") % {"value": text}
            )
        if text in lookups.organisations:
            raise CellError(_("“%(value)s” is not a city administration.") % {"value": text})
        raise CellError(
            _(
                "Unknown administration “%(value)s”. "
                "Use the slug or the Swedish name of a city administration."
            )
            % {"value": text}
        )


class Date(Codec):
    """ISO dates (YYYY-MM-DD), or real date cells of a workbook."""

    ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")

    def load(self, cell: Cell, lookups: Lookups) -> datetime.date | None:
        if isinstance(cell, datetime.datetime):
            return cell.date()
        if isinstance(cell, datetime.date):
            return cell
        text = cell.strip()
        if not text:
            return None
        try:
            if not self.ISO_DATE.fullmatch(text):
                raise ValueError(text)
            return datetime.date.fromisoformat(text)
        except ValueError:
            raise CellError(
                _("“%(value)s” is not a date. Write dates as YYYY-MM-DD.") % {"value": text}
            ) from None

    def dump(self, value) -> str:
        return value.isoformat() if value else ""

    def cell(self, value):
        return value


class Number(Codec):
    """A decimal number; a decimal comma, as Swedish Excel writes it, is read too."""

    def load(self, cell: Cell, lookups: Lookups) -> Decimal | None:
        text = text_of(cell).strip()
        if not text:
            return None
        try:
            value = Decimal(text.replace(",", "."))
        except InvalidOperation:
            value = None
        if value is None or not value.is_finite():
            raise CellError(_("“%(value)s” is not a number.") % {"value": text})
        return value

    def dump(self, value) -> str:
        return "" if value is None else str(value)

    def cell(self, value):
        return value


class Boolean(Codec):
    TRUE = {"1", "true", "ja", "yes", "x", "sant"}
    FALSE = {"0", "false", "nej", "no", "", "falskt"}

    def load(self, cell: Cell, lookups: Lookups) -> bool:
        text = text_of(cell).strip().casefold()
        if text in self.TRUE:
            return True
        if text in self.FALSE:
            return False
        raise CellError(
            _("“%(value)s” is neither yes nor no. Write 1 or 0, ja or nej, yes or no, or x or nothing.")
            % {"value": text_of(cell).strip()}
        )

    def canonical(self, value):
        return bool(value)

    def dump(self, value) -> str:
        return "1" if value else "0"

    def cell(self, value):
        return int(value)


class Slugs(Codec):
    """Slugs separated by |, each of which must exist. The message for unknown ones is marked
    with gettext_noop and translated when it is shown."""

    def __init__(self, lookup: str, unknown_message: str):
        self.lookup, self.unknown_message = lookup, unknown_message

    def load(self, cell: Cell, lookups: Lookups) -> tuple:
        slugs = split_list(text_of(cell))
        known = getattr(lookups, self.lookup)
        unknown = [slug for slug in slugs if slug not in known]
        if unknown:
            raise CellError(_(self.unknown_message) % {"values": quoted_list(unknown)})
        return tuple(sorted(set(slugs)))

    def canonical(self, value) -> tuple:
        return tuple(sorted(value))

    def dump(self, value) -> str:
        return LIST_SEPARATOR.join(str(item) for item in value)


class GoalNumbers(Slugs):
    def __init__(self):
        super().__init__("goals", gettext_noop("Unknown sustainable development goal: %(values)s."))

    def load(self, cell: Cell, lookups: Lookups) -> tuple:
        items = split_list(text_of(cell))
        numbers = []
        for item in items:
            try:
                numbers.append(int(item))
            except ValueError:
                raise CellError(_("“%(value)s” is not a goal number.") % {"value": item}) from None
        unknown = [number for number in numbers if number not in lookups.goals]
        if unknown:
            raise CellError(_(self.unknown_message) % {"values": quoted_list(unknown)})
        return tuple(sorted(set(numbers)))


class Partners(Codec):
    """Partner organisations as slug:role items separated by |; the role (in Swedish) is optional."""

    def load(self, cell: Cell, lookups: Lookups) -> tuple:
        partners = {}
        for item in split_list(text_of(cell)):
            slug, _separator, role = item.partition(ROLE_SEPARATOR)
            slug, role = slug.strip(), role.strip()
            if slug in partners:
                raise CellError(_("The organisation “%(value)s” is listed twice.") % {"value": slug})
            partners[slug] = role
        unknown = [slug for slug in partners if slug not in lookups.organisations]
        if unknown:
            raise CellError(_("Unknown organisation: %(values)s.") % {"values": quoted_list(unknown)})
        return tuple(sorted(partners.items()))

    def canonical(self, value) -> tuple:
        return tuple(sorted((slug, role or "") for slug, role in value))

    def dump(self, value) -> str:
        return LIST_SEPARATOR.join(f"{slug}{ROLE_SEPARATOR}{role}" if role else slug for slug, role in value)


@dataclass(frozen=True)
class Column:
    name: str
    codec: Codec
    required: bool = False


def translated_columns(field: str, required: bool = False) -> list[Column]:
    return [
        Column(f"{field}_{code}", Text(), required and code == DEFAULT_LANGUAGE) for code in LANGUAGE_CODES
    ]


COLUMNS: list[Column] = [
    Column("external_id", Identifier(required=True), required=True),
    Column("slug", Identifier()),
    *translated_columns("title", required=True),
    *translated_columns("summary", required=True),
    *translated_columns("what"),
    *translated_columns("why"),
    *translated_columns("how"),
    *translated_columns("lessons_learned"),
    Column("innovation_type", Choice(InnovationType), required=True),
    Column("stage", Choice(Stage), required=True),
    Column("outcome", Choice(Outcome), required=True),
    Column("owner", Owner(), required=True),
    Column("partners", Partners()),
    Column("areas", Slugs("areas", gettext_noop("Unknown specialisation area: %(values)s."))),
    Column("goals", GoalNumbers()),
    Column("challenges", Slugs("challenges", gettext_noop("Unknown challenge: %(values)s."))),
    Column("starts_on", Date()),
    Column("ends_on", Date()),
    Column("contact_name", Text()),
    Column("contact_email", Identifier()),
    Column("latitude", Number()),
    Column("longitude", Number()),
    Column("is_city_wide", Boolean()),
    Column("challenges_core_business", Boolean()),
    Column("involves_residents", Boolean()),
    Column("is_featured", Boolean()),
]
COLUMNS_BY_NAME = {column.name: column for column in COLUMNS}
HEADER = [column.name for column in COLUMNS]
REQUIRED = [column.name for column in COLUMNS if column.required]
RELATIONS = ("partners", "areas", "goals", "challenges")
# The columns that are the initiative's own fields, set as they are (the owner is a slug).
FIELDS = [name for name in HEADER if name not in RELATIONS and name != "owner"]


def relations_of(initiatives) -> dict[int, dict[str, tuple]]:
    """The relation columns' values of some initiatives (a queryset or a list of ids), in four queries."""
    found = defaultdict(lambda: {name: [] for name in RELATIONS})
    queries = {
        "areas": Initiative.areas.through.objects.values_list("initiative_id", "area__slug"),
        "goals": Initiative.goals.through.objects.values_list("initiative_id", "goal__number"),
        "challenges": Initiative.challenges.through.objects.values_list("initiative_id", "challenge__slug"),
    }
    for name, query in queries.items():
        for initiative_id, value in query.filter(initiative__in=initiatives):
            found[initiative_id][name].append(value)
    partnerships = Partnership.objects.filter(initiative__in=initiatives)
    for initiative_id, slug, role in partnerships.values_list(
        "initiative_id", "organisation__slug", ROLE_FIELD
    ):
        found[initiative_id]["partners"].append((slug, role))
    return defaultdict(
        lambda: dict.fromkeys(RELATIONS, ()),
        {
            initiative_id: {
                name: COLUMNS_BY_NAME[name].codec.canonical(values) for name, values in relations.items()
            }
            for initiative_id, relations in found.items()
        },
    )


def record_of(initiative: Initiative, relations: dict[str, tuple]) -> dict:
    """The initiative as a row of the file holds it, column by column (the owner needs select_related)."""
    record = {name: COLUMNS_BY_NAME[name].codec.canonical(getattr(initiative, name)) for name in FIELDS}
    record["owner"] = initiative.owner.slug
    return record | relations


def audit_relations(record: dict) -> dict:
    """The relation columns of a record as the audit log stores them next to the fields."""
    return {
        "partners": [f"{slug}{ROLE_SEPARATOR}{role}" if role else slug for slug, role in record["partners"]],
        "areas": list(record["areas"]),
        "goals": list(record["goals"]),
        "challenges": list(record["challenges"]),
    }
