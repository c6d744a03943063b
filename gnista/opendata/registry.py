"""The open datasets, each described once: what it is, how often it changes, which rows are
public and what its columns hold. The downloads, the data page and the DCAT-AP-SE
catalogue all read this description.

Which rows are public is never decided here: each dataset takes the queryset the pages and
the API already show (`Challenge.objects.public()`, the API's `public_ideas()` and so on).

Columns:
- translated text has one column per language (`title_sv`, `title_en`, `title_da`), empty
  where there is no translation (the pages then show the Swedish text), so one file serves
  every language and a reader sees what was written in which;
- related records are named by their identifier (slug, or number for ideas and events),
  which the other datasets carry, so the files join without depending on a language;
- coded values (status, stage, sector...) are the codes the API uses; the data page lists
  what each column means.
"""

from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from itertools import islice
from typing import Any, NamedTuple

from django.conf import settings
from django.db.models import Count, Max, Min, QuerySet
from django.urls import reverse
from django.utils.functional import Promise
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _

from gnista.api.routers.district import organisations
from gnista.api.routers.participation import public_ideas
from gnista.api.routers.portfolio import initiative_rows, public_challenges
from gnista.events.models import Event
from gnista.events.views import events_with_details
from gnista.funding import overviews
from gnista.funding.models import Fund
from gnista.methods.models import Method
from gnista.participation.models import Idea
from gnista.portfolio.models import (
    Area,
    Challenge,
    Initiative,
    Kpi,
    KpiMeasurement,
    Organisation,
    OrganisationKind,
)

# Rows read from the database at a time: memory stays flat however many rows there are,
# and related rows are fetched once per chunk, not once per row.
CHUNK_ROWS = 500


class Frequency(NamedTuple):
    """A term of the EU frequency vocabulary."""

    code: str
    label: Promise

    @property
    def uri(self) -> str:
        return f"http://publications.europa.eu/resource/authority/frequency/{self.code}"


CONTINUOUS = Frequency("CONT", _("Continuously"))
IRREGULAR = Frequency("IRREG", _("Irregularly"))

# Terms of the EU data-theme vocabulary (http://publications.europa.eu/resource/authority/data-theme).
GOVERNMENT, TECHNOLOGY, REGIONS, SOCIETY, ECONOMY = "GOVE", "TECH", "REGI", "SOCI", "ECON"


@dataclass(frozen=True)
class Column:
    name: str  # the header in every format; never translated
    description: Promise
    value: Callable[[Any], Any] | None = None
    is_link: bool = False  # a path on this site, given as an absolute address
    # For a to-many relation instead of `value`: (row id, value) pairs for a chunk of rows.
    many: Callable[[list[int]], Iterable[tuple[int, Any]]] | None = None


@dataclass(frozen=True)
class Dataset:
    slug: str
    title: Promise
    description: Promise
    columns: tuple[Column, ...]
    public: Callable[[], QuerySet]
    frequency: Frequency
    themes: tuple[str, ...]
    issued_field: str | None = None  # when the earliest row appeared
    modified_field: str | None = None  # when a row last changed
    # How the rows are read when the queryset alone does not give them (funds: with totals).
    read: Callable[[], Iterable] | None = None

    def records(self) -> Iterator[list]:
        """The values of each row, in the order of the columns.

        The rows come a chunk at a time, and for each chunk every to-many relation in one
        query, as plain values: prefetch_related would give each row querysets that point
        back at it, cycles that only the garbage collector frees, so memory would grow with
        the rows until it ran."""
        rows = self.read() if self.read else self.public().prefetch_related(None).order_by("pk")
        if isinstance(rows, QuerySet):
            rows = rows.iterator(chunk_size=CHUNK_ROWS)
        columns, rows = self.columns, iter(rows)
        while chunk := list(islice(rows, CHUNK_ROWS)):
            loaded = {column.name: self.load(column, chunk) for column in columns if column.many}
            for obj in chunk:
                yield [
                    loaded[column.name].get(obj.pk, []) if column.many else column.value(obj)
                    for column in columns
                ]
            # Let go of this chunk before reading the next, so that one chunk is held at a time.
            del chunk, loaded

    @staticmethod
    def load(column: Column, chunk: list) -> dict[int, list]:
        values = defaultdict(list)
        for row_id, value in column.many([obj.pk for obj in chunk]):
            values[row_id].append(value)
        return values

    def count(self) -> int:
        return self.public().count()

    def dates(self) -> tuple[Any, Any]:
        """(issued, modified): the first row's creation and the last change, where known."""
        aggregates = {}
        if self.issued_field:
            aggregates["issued"] = Min(self.issued_field)
        if self.modified_field:
            aggregates["modified"] = Max(self.modified_field)
        if not aggregates:
            return None, None
        found = self.public().order_by().aggregate(**aggregates)
        return found.get("issued"), found.get("modified")

    @property
    def header(self) -> list[str]:
        return [column.name for column in self.columns]


# ---------------------------------------------------------------------------- columns
def plain(name: str, description: Promise) -> Column:
    return Column(name, description, lambda obj: getattr(obj, name))


def translated_names(name: str) -> list[str]:
    return [f"{name}_{code}" for code, _language in settings.LANGUAGES]


def translated(name: str, description: Promise) -> list[Column]:
    return [
        Column(
            f"{name}_{code}",
            format_lazy("{} ({})", description, language),
            lambda obj, attribute=f"{name}_{code}": getattr(obj, attribute) or "",
        )
        for code, language in settings.LANGUAGES
    ]


def slug_of(name: str, description: Promise) -> Column:
    """A related record by its slug (empty when there is none)."""

    def value(obj):
        related = getattr(obj, name)
        return related.slug if related else None

    return Column(name, description, value)


def related(
    model, name: str, description: Promise, value: str = "slug", among: Callable[[], QuerySet] | None = None
) -> Column:
    """A many-to-many relation: the related records' `value`, read from its table for a chunk
    of rows; only those in `among` (say, public challenges) when given."""
    relation = model._meta.get_field(name)
    source, target = relation.m2m_field_name(), relation.m2m_reverse_field_name()

    def pairs(ids: list[int]) -> Iterable[tuple[int, Any]]:
        links = relation.remote_field.through.objects.filter(**{f"{source}__in": ids})
        if among is not None:
            links = links.filter(**{f"{target}__in": among()})
        return links.order_by(f"{target}__{value}").values_list(f"{source}_id", f"{target}__{value}")

    return Column(name, description, many=pairs)


def areas(model) -> Column:
    return related(model, "areas", _("Specialisation areas, by identifier (see the areas dataset)"))


def goals(model) -> Column:
    return related(model, "goals", _("UN sustainable development goals, by number"), value="number")


ITS_PAGE = _("Its page on this site")


def page() -> Column:
    return Column("url", ITS_PAGE, lambda obj: obj.get_absolute_url(), is_link=True)


def page_named(url_name: str) -> Column:
    return Column("url", ITS_PAGE, lambda obj: reverse(url_name, kwargs={"slug": obj.slug}), is_link=True)


CREATED = plain("created_at", _("When it was published on this site"))
UPDATED = plain("updated_at", _("When it last changed"))
LOCATION = [
    plain("latitude", _("Latitude (WGS 84), if it has a place")),
    plain("longitude", _("Longitude (WGS 84), if it has a place")),
]


# --------------------------------------------------------------------------- querysets
def hubs() -> QuerySet:
    return organisations().filter(kind=OrganisationKind.HUB).annotate(member_count=Count("hub_members"))


# ---------------------------------------------------------------------------- datasets
DATASETS = [
    Dataset(
        slug="challenges",
        title=_("Challenges"),
        description=_(
            "The needs the city has published and asks the outside world for help with, "
            "open, in progress or closed (drafts are not public)."
        ),
        columns=(
            plain("slug", _("Identifier")),
            *translated("title", _("Title")),
            *translated("summary", _("Summary")),
            *translated("body", _("Description")),
            plain("status", _("Status: open, in_progress or closed")),
            slug_of("owner", _("Owning administration, by identifier (see the organisations dataset)")),
            areas(Challenge),
            goals(Challenge),
            plain("opens_on", _("Open for ideas from")),
            plain("closes_on", _("Open for ideas until")),
            CREATED,
            UPDATED,
            page(),
        ),
        public=public_challenges,
        frequency=CONTINUOUS,
        themes=(GOVERNMENT, REGIONS, TECHNOLOGY),
        issued_field="created_at",
        modified_field="updated_at",
    ),
    Dataset(
        slug="initiatives",
        title=_("Initiatives"),
        description=_(
            "The city's whole innovation portfolio, stopped initiatives included: stage in the "
            "innovation model, outcome, owning administration, partners, areas, the challenges "
            "they answer and the lessons learned."
        ),
        columns=(
            plain("slug", _("Identifier")),
            *translated("title", _("Title")),
            *translated("summary", _("Summary")),
            *translated("what", _("What")),
            *translated("why", _("Why")),
            *translated("how", _("How")),
            *translated("lessons_learned", _("Lessons learned")),
            plain("innovation_type", _("How it started: idea, need or opportunity")),
            plain(
                "stage",
                _(
                    "Stage of the innovation model: 1 understand the need, 2 develop and test, "
                    "3 evaluate and scale"
                ),
            ),
            plain("outcome", _("Outcome: active, paused, scaled or stopped")),
            slug_of("owner", _("Owning administration, by identifier (see the organisations dataset)")),
            related(
                Initiative,
                "partners",
                _("Partner organisations, by identifier (see the organisations dataset)"),
            ),
            areas(Initiative),
            goals(Initiative),
            related(
                Initiative,
                "challenges",
                _("Challenges it answers, by identifier"),
                among=lambda: Challenge.objects.public(),
            ),
            plain("starts_on", _("Start date")),
            plain("ends_on", _("End date")),
            *LOCATION,
            plain("is_city_wide", _("City-wide")),
            plain("challenges_core_business", _("Challenges the core business")),
            plain("involves_residents", _("Residents involved")),
            CREATED,
            UPDATED,
            page(),
        ),
        public=initiative_rows,
        frequency=CONTINUOUS,
        themes=(GOVERNMENT, TECHNOLOGY, REGIONS),
        issued_field="created_at",
        modified_field="updated_at",
    ),
    Dataset(
        slug="kpis",
        title=_("Indicators"),
        description=_(
            "The effects initiatives aim for: each indicator with its unit, baseline and target. "
            "The measured values are a dataset of their own."
        ),
        columns=(
            plain("id", _("Number")),
            slug_of("initiative", _("Initiative, by identifier")),
            *translated("name", _("Indicator")),
            plain("unit", _("Unit")),
            plain("baseline", _("Baseline")),
            plain("target", _("Target")),
            Column(
                "url",
                _("The page of its initiative"),
                lambda kpi: kpi.initiative.get_absolute_url(),
                is_link=True,
            ),
        ),
        # Of the initiative only its slug: a whole initiative per row would double the time.
        public=lambda: Kpi.objects.select_related("initiative").only(
            "unit", "baseline", "target", *translated_names("name"), "initiative__slug"
        ),
        frequency=CONTINUOUS,
        themes=(GOVERNMENT,),
    ),
    Dataset(
        slug="kpi-measurements",
        title=_("Measured values of the indicators"),
        description=_("Every value measured for an indicator, with its date and where it comes from."),
        columns=(
            plain("id", _("Number")),
            Column("kpi", _("Indicator, by number (see the indicators dataset)"), lambda value: value.kpi_id),
            Column("initiative", _("Initiative, by identifier"), lambda value: value.kpi.initiative.slug),
            plain("measured_on", _("Measured on")),
            plain("value", _("Value, in the indicator's unit")),
            plain("source", _("Where the value comes from")),
        ),
        public=lambda: KpiMeasurement.objects.select_related("kpi__initiative").only(
            "measured_on", "value", "source", "kpi__initiative__slug"
        ),
        frequency=CONTINUOUS,
        themes=(GOVERNMENT,),
    ),
    Dataset(
        slug="ideas",
        title=_("Ideas"),
        description=_(
            "Ideas residents, companies, academia and associations have submitted, in the language "
            "they were written in. Drafts and ideas hidden by moderation are not public; the author "
            "is the name shown on the site."
        ),
        columns=(
            plain("id", _("Number")),
            plain("title", _("Title")),
            plain("description", _("Description")),
            plain("need", _("The need it meets")),
            plain("language", _("Language it is written in")),
            plain("status", _("Status: submitted, in_review, accepted, declined or converted")),
            plain("decline_reason", _("Reason for declining")),
            Column("author", _("Author, as shown on the site"), lambda idea: idea.author_name),
            areas(Idea),
            slug_of("challenge", _("Challenge it answers, by identifier")),
            slug_of("initiative", _("Initiative it became, by identifier")),
            plain("support_count", _("Supports")),
            plain("submitted_at", _("Submitted")),
            page(),
        ),
        public=public_ideas,
        frequency=CONTINUOUS,
        themes=(SOCIETY, GOVERNMENT),
        issued_field="submitted_at",
        modified_field="updated_at",
    ),
    Dataset(
        slug="events",
        title=_("Events"),
        description=_(
            "The innovation district's shared calendar. A recurring event is one row with its "
            "repetition rule (RRULE) and excluded dates; the calendar feed /calendar.ics also "
            "carries moved or cancelled occurrences."
        ),
        columns=(
            plain("id", _("Number")),
            plain("uid", _("iCalendar UID")),
            *translated("title", _("Title")),
            *translated("description", _("Description")),
            plain("starts_at", _("Starts")),
            plain("ends_at", _("Ends")),
            plain("all_day", _("All day")),
            plain("time_zone", _("Time zone")),
            plain("rrule", _("Repetition rule (iCalendar RRULE), empty for a single event")),
            plain("exdates", _("Occurrences left out of the repetition")),
            plain("place", _("Place")),
            slug_of("hub", _("Hub, by identifier")),
            slug_of("organiser", _("Organiser, by identifier (see the organisations dataset)")),
            areas(Event),
            plain("online_url", _("Online link")),
            plain("registration_url", _("Registration link")),
            plain("language", _("Language of the event")),
            plain("status", _("Status: confirmed or cancelled")),
            CREATED,
            UPDATED,
            page(),
        ),
        public=events_with_details,
        frequency=CONTINUOUS,
        themes=(SOCIETY, REGIONS),
        issued_field="created_at",
        modified_field="updated_at",
    ),
    Dataset(
        slug="organisations",
        title=_("Organisations"),
        description=_(
            "The actors of the district's directory and the portfolio: companies, universities, "
            "hubs, cluster organisations, associations and the city's administrations."
        ),
        columns=(
            plain("slug", _("Identifier")),
            *translated("name", _("Name")),
            plain("sector", _("Sector: business, academia, public or civil_society")),
            plain(
                "kind",
                _("Kind: city_administration, company, university, hub, cluster, association or other"),
            ),
            *translated("description", _("Description")),
            *translated("services", _("What it offers")),
            plain("website", _("Website")),
            plain("address", _("Address")),
            slug_of("hub", _("The hub it belongs to, by identifier")),
            related(Organisation, "clusters", _("Cluster organisations it is a member of, by identifier")),
            areas(Organisation),
            *LOCATION,
            plain("students", _("Students")),
            plain("employees", _("Employees in the district")),
            page_named("district:actor-detail"),
        ),
        public=organisations,
        frequency=IRREGULAR,
        themes=(ECONOMY, REGIONS),
    ),
    Dataset(
        slug="hubs",
        title=_("Hubs"),
        description=_("The innovation district's hubs, with how many organisations belong to each."),
        columns=(
            plain("slug", _("Identifier")),
            *translated("name", _("Name")),
            *translated("description", _("Description")),
            *translated("services", _("What it offers")),
            plain("website", _("Website")),
            plain("address", _("Address")),
            *LOCATION,
            plain("member_count", _("Organisations that belong to it")),
            page_named("district:hub-detail"),
        ),
        public=hubs,
        frequency=IRREGULAR,
        themes=(ECONOMY, REGIONS),
    ),
    Dataset(
        slug="areas",
        title=_("Specialisation areas"),
        description=_("The specialisation areas of the regional innovation strategy."),
        columns=(
            plain("slug", _("Identifier")),
            *translated("name", _("Name")),
            *translated("description", _("Description")),
            plain("position", _("Position in lists")),
            page_named("district:area-detail"),
        ),
        public=lambda: Area.objects.all(),
        frequency=IRREGULAR,
        themes=(ECONOMY, TECHNOLOGY),
    ),
    Dataset(
        slug="methods",
        title=_("Methods and tools"),
        description=_("Published methods and aids for innovation work, by stage of the innovation model."),
        columns=(
            plain("slug", _("Identifier")),
            *translated("title", _("Title")),
            *translated("summary", _("Summary")),
            *translated("body", _("Text (Markdown)")),
            plain("stage", _("Stage it helps with (1, 2 or 3); empty when useful at every stage")),
            CREATED,
            UPDATED,
            page(),
        ),
        public=lambda: Method.objects.published(),
        frequency=IRREGULAR,
        themes=(GOVERNMENT, TECHNOLOGY),
        issued_field="created_at",
        modified_field="updated_at",
    ),
    Dataset(
        slug="funds",
        title=_("Innovation funds"),
        description=_(
            "Each innovation fund's budget and, as on the impact page, how much it has granted and "
            "how much of that has been spent, in whole kronor."
        ),
        columns=(
            plain("slug", _("Identifier")),
            *translated("name", _("Name")),
            plain("currency", _("Currency")),
            plain("budget", _("Budget")),
            plain("granted", _("Granted")),
            plain("spent", _("Spent")),
        ),
        public=lambda: Fund.objects.all(),
        read=overviews.funds,
        frequency=IRREGULAR,
        themes=(ECONOMY, GOVERNMENT),
    ),
]

BY_SLUG = {dataset.slug: dataset for dataset in DATASETS}
