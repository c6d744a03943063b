"""What the dashboard's filters select, the same way in every indicator, and the periods
(quarters and years) the indicators are counted in.

Filters:

- **area** (an area's slug): initiatives, challenges and ideas tagged with the area; offers
  on challenges tagged with it; supports and comments on ideas in scope; grants and
  spending for initiatives in scope.
- **administration** (a city administration's slug): initiatives the administration owns
  or is a partner in; challenges it owns; ideas and offers on those challenges (free ideas
  fall out); supports and comments on ideas in scope; grants and spending for initiatives
  in scope.
- **year**: the date each indicator is counted by (its *time basis*, stated in its
  docstring) falls in that year. Periods are quarters or years of that date, in the site's
  time zone.
"""

import datetime
from dataclasses import dataclass
from typing import NamedTuple
from urllib.parse import urlencode

from django.conf import settings
from django.db import connection
from django.db.models import Exists, OuterRef, Q
from django.db.models.functions import ExtractQuarter, ExtractYear
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from gnista.funding.models import Fund
from gnista.funding.overviews import grants_and_spendings
from gnista.participation.models import PUBLIC_STATUSES, Comment, Idea, Offer, Support
from gnista.portfolio.models import Challenge, Initiative, OrganisationKind, Partnership

YEAR, QUARTER = "year", "quarter"


@dataclass(frozen=True)
class Filters:
    year: int | None = None
    area: str | None = None  # Area.slug
    administration: str | None = None  # Organisation.slug of a city administration
    per: str = YEAR  # the length of a period: YEAR or QUARTER

    @property
    def quarterly(self) -> bool:
        return self.per == QUARTER

    @property
    def is_filtered(self) -> bool:
        return bool(self.year or self.area or self.administration)

    def query(self) -> str:
        """The filters as a query string (without "?"), for links such as the CSV downloads."""
        pairs = [
            ("year", self.year),
            ("area", self.area),
            ("administration", self.administration),
            ("per", self.per),
        ]
        return urlencode([(name, value) for name, value in pairs if value])

    def year_range(self) -> tuple[datetime.date, datetime.date] | None:
        if not self.year:
            return None
        return datetime.date(self.year, 1, 1), datetime.date(self.year, 12, 31)


class Period(NamedTuple):
    """A year, or a quarter of a year."""

    year: int
    quarter: int | None = None

    def __str__(self) -> str:
        if self.quarter is None:
            return str(self.year)
        return _("Q%(quarter)s %(year)s") % {"quarter": self.quarter, "year": self.year}

    @property
    def key(self) -> str:
        """A label that never changes with the language: 2025 or 2025-Q3 (for CSV)."""
        return str(self.year) if self.quarter is None else f"{self.year}-Q{self.quarter}"

    def following(self) -> "Period":
        if self.quarter is None:
            return Period(self.year + 1)
        if self.quarter == 4:
            return Period(self.year + 1, 1)
        return Period(self.year, self.quarter + 1)


def periods_between(first: Period, last: Period) -> list[Period]:
    """Every period from first to last, so that a chart shows empty quarters as empty."""
    periods = [first]
    while periods[-1] < last:
        periods.append(periods[-1].following())
    return periods


def period_annotations(expression, filters: Filters) -> dict:
    """The annotations naming the period of a date (or an expression giving one)."""
    annotations = {"period_year": ExtractYear(expression)}
    if filters.quarterly:
        annotations["period_quarter"] = ExtractQuarter(expression)
    return annotations


def period_sql(column: str, filters: Filters) -> list[str]:
    """SQL for the period of a date column (not a date and time: no time zone), for
    queries written out in SQL: its year, and its quarter when counted per quarter."""
    if connection.vendor == "postgresql":
        parts = [f"CAST(EXTRACT(YEAR FROM {column}) AS INTEGER)"]
        quarter = f"CAST(EXTRACT(QUARTER FROM {column}) AS INTEGER)"
    else:  # SQLite keeps dates as YYYY-MM-DD
        parts = [f"CAST(strftime('%%Y', {column}) AS INTEGER)"]
        quarter = f"((CAST(strftime('%%m', {column}) AS INTEGER) + 2) / 3)"
    return [*parts, quarter] if filters.quarterly else parts


def period_of(row: dict) -> Period:
    return Period(row["period_year"], row.get("period_quarter"))


def in_year(queryset, expression, filters: Filters):
    """The rows whose date (the expression) falls in the chosen year, if one is chosen;
    never rows without a date when a year is chosen."""
    if not filters.year:
        return queryset
    if isinstance(expression, str):  # a date field: a range the database can use an index for
        return queryset.filter(**{f"{expression}__year": filters.year})
    return queryset.alias(year_of_date=ExtractYear(expression)).filter(year_of_date=filters.year)


class Label(NamedTuple):
    """A name shown in a table; lang is "sv" when the name falls back to Swedish on an
    English or Danish page, so screen readers pronounce it right."""

    text: str
    lang: str = ""
    url: str = ""

    def __str__(self) -> str:
        return self.text


def label_of(obj, field: str) -> Label:
    language = get_language()
    default = settings.MODELTRANSLATION_DEFAULT_LANGUAGE
    if language == default or getattr(obj, f"{field}_{language}", None):
        return Label(getattr(obj, field))
    return Label(getattr(obj, field), default)


# ----------------------------------------------------------------- what is in scope
def initiatives(filters: Filters):
    """Initiatives in scope of the area and administration (the year is the indicator's)."""
    queryset = Initiative.objects.all()
    if filters.area:
        tagged = Initiative.areas.through.objects.filter(initiative=OuterRef("pk"), area__slug=filters.area)
        queryset = queryset.filter(Exists(tagged))
    if filters.administration:
        partner = Partnership.objects.filter(
            initiative=OuterRef("pk"), organisation__slug=filters.administration
        )
        queryset = queryset.filter(Q(owner__slug=filters.administration) | Q(Exists(partner)))
    return queryset.order_by()


def of_initiatives_in_scope(queryset, initiative: str, filters: Filters):
    """The rows (of any model) whose initiative (the path to it) is in scope; all of them
    when no area or administration is chosen."""
    if not (filters.area or filters.administration):
        return queryset
    return queryset.filter(**{f"{initiative}__in": initiatives(filters).values("pk")})


def challenges(filters: Filters):
    """Public (not draft) challenges in scope: tagged with the area, owned by the administration."""
    queryset = Challenge.objects.public()
    if filters.area:
        tagged = Challenge.areas.through.objects.filter(challenge=OuterRef("pk"), area__slug=filters.area)
        queryset = queryset.filter(Exists(tagged))
    if filters.administration:
        queryset = queryset.filter(owner__slug=filters.administration)
    return queryset.order_by()


def ideas(filters: Filters):
    """Public ideas (submitted, not hidden by moderation) in scope: tagged with the area,
    on a challenge the administration owns."""
    queryset = Idea.objects.public()
    if filters.area:
        tagged = Idea.areas.through.objects.filter(idea=OuterRef("pk"), area__slug=filters.area)
        queryset = queryset.filter(Exists(tagged))
    if filters.administration:
        queryset = queryset.filter(challenge__owner__slug=filters.administration)
    return queryset.order_by()


def on_ideas_in_scope(filters: Filters):
    """The condition for a support or comment to be on an idea in scope. Without an area or
    administration nearly every idea is in scope (the public ones): the database then looks
    for the few that are not, rather than matching millions of rows to a million ideas."""
    if filters.area or filters.administration:
        return Q(idea__in=ideas(filters).values("pk"))
    not_public = Idea.objects.filter(Q(is_hidden=True) | ~Q(status__in=PUBLIC_STATUSES), pk=OuterRef("idea"))
    return ~Exists(not_public)


def supports(filters: Filters):
    """Supports of the ideas in scope."""
    return Support.objects.filter(on_ideas_in_scope(filters)).order_by()


def comments(filters: Filters):
    """Comments and replies on the ideas in scope, neither hidden by moderation nor
    deleted by their author."""
    return Comment.objects.filter(on_ideas_in_scope(filters), is_hidden=False, is_deleted=False).order_by()


def offers(filters: Filters):
    """Offers of help not hidden by moderation, on challenges tagged with the area or owned
    by the administration (whether or not the challenge is still open)."""
    queryset = Offer.objects.filter(is_hidden=False)
    if filters.area:
        tagged = Challenge.areas.through.objects.filter(
            challenge=OuterRef("challenge"), area__slug=filters.area
        )
        queryset = queryset.filter(Exists(tagged))
    if filters.administration:
        queryset = queryset.filter(challenge__owner__slug=filters.administration)
    return queryset.order_by()


def grants_and_spending(filters: Filters):
    """Grants and spending (of every fund) for the initiatives in scope."""
    grants, spendings = grants_and_spendings()
    if filters.area or filters.administration:
        in_scope = initiatives(filters).values("pk")
        grants = grants.filter(application__initiative__in=in_scope)
        spendings = spendings.filter(grant__application__initiative__in=in_scope)
    return grants.order_by(), spendings.order_by()


def funds(filters: Filters):
    """Every fund, or with a year those whose period overlaps it."""
    queryset = Fund.objects.all()
    if filters.year:
        first, last = filters.year_range()
        queryset = queryset.filter(starts_on__lte=last, ends_on__gte=first)
    return queryset


ADMINISTRATION = OrganisationKind.CITY_ADMINISTRATION
EXTERNAL_KINDS = [kind for kind in OrganisationKind.values if kind != ADMINISTRATION]
