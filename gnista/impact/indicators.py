"""The impact targets of PRODUCT.md ("Impact targets with measured outcomes") as measured
indicators: more collaboration inside the city, more collaboration with the outside world,
growing platform use, and the innovation model's funnel, outcomes and fund.

Each function takes the dashboard's Filters (scope.py says what they select) and returns
an Indicator: rows of plain values, the first of each a Period (a quarter or a year) or a
Label, and a total row. Everything is counted by aggregate queries (a fixed number per
indicator, however many rows there are); Python only shapes the handful of result rows.

Each docstring defines the indicator: what is counted, and its *time basis*, the date that
puts a row in a period and that the year filter applies to.
"""

import datetime
from collections.abc import Callable
from dataclasses import dataclass
from typing import NamedTuple

from django.conf import settings
from django.db import connection
from django.db.models import (
    BigIntegerField,
    Case,
    Count,
    F,
    IntegerField,
    Max,
    Min,
    OuterRef,
    Q,
    Subquery,
    Sum,
    Value,
    When,
)
from django.db.models.functions import Coalesce
from django.utils import timezone
from django.utils.translation import gettext as _

from gnista.participation.models import Idea, Offer
from gnista.portfolio.filters import in_language_or_default
from gnista.portfolio.models import (
    Area,
    Initiative,
    Organisation,
    Outcome,
    Partnership,
    Sector,
    Stage,
    StageChange,
)

from . import scope
from .scope import (
    ADMINISTRATION,
    EXTERNAL_KINDS,
    Filters,
    Label,
    Period,
    in_year,
    label_of,
    period_annotations,
    period_of,
    period_sql,
    periods_between,
)


@dataclass
class Indicator:
    rows: list[tuple]
    total: tuple | None = None


def share(part, whole) -> float | None:
    """Part of whole in per cent, to one decimal; None when there is no whole."""
    return round(100 * part / whole, 1) if whole else None


SUMMED = "summed"


def grouped(queryset, date, filters: Filters, aggregates: dict, total: bool | str = True):
    """The aggregates per period of `date` (the time basis: a field name or an annotation),
    within the chosen year, and over all those periods together: with total=SUMMED the
    sum of the periods' (for counts of rows, each of which is in one period only), with
    total=True by a second query, with False None."""
    queryset = in_year(queryset, date, filters)
    annotations = period_annotations(date, filters)
    if isinstance(date, str):  # a field: the database tests the column, not its year
        dated = queryset.filter(**{f"{date}__isnull": False}).annotate(**annotations)
        rows = dated.values(*annotations).annotate(**aggregates).order_by()
    else:  # an expression, computed once per row: the rows without a date are left out here
        rows = queryset.annotate(**annotations).values(*annotations).annotate(**aggregates).order_by()
        dated = queryset.annotate(**annotations).filter(period_year__isnull=False)
    by_period = {period_of(row): row for row in rows if row["period_year"] is not None}
    if total == SUMMED:
        return by_period, {name: sum(row[name] or 0 for row in by_period.values()) for name in aggregates}
    return by_period, (dated.aggregate(**aggregates) if total else None)


def distinct_per_period(queryset, date: str, column: str, filters: Filters) -> tuple[dict[Period, int], int]:
    """How many different values of the column there are per period of the date (a field),
    within the chosen year, and over all those periods together: on PostgreSQL in one pass
    (GROUPING SETS), elsewhere in two queries."""
    if connection.vendor != "postgresql":
        by_period, total = grouped(queryset, date, filters, {"count": Count(column, distinct=True)})
        return {period: row["count"] for period, row in by_period.items()}, total["count"]
    annotations = period_annotations(date, filters)
    rows = (
        in_year(queryset, date, filters)
        .filter(**{f"{date}__isnull": False})
        .annotate(**annotations, counted=F(column))
        .values(*annotations, "counted")
        .order_by()
    )
    sql, params = rows.query.sql_with_params()
    period = ", ".join(f"counted_rows.{name}" for name in annotations)
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT GROUPING(counted_rows.period_year), {period}, COUNT(DISTINCT counted_rows.counted) "
            f"FROM ({sql}) counted_rows GROUP BY GROUPING SETS (({period}), ())",
            params,
        )
        results = cursor.fetchall()
    by_period = {Period(*map(int, result[1:-1])): result[-1] for result in results if not result[0]}
    return by_period, next((result[-1] for result in results if result[0]), 0)


def filled(by_period: dict[Period, object]) -> list[Period]:
    """Every period from the first to the last that has something, in order."""
    if not by_period:
        return []
    return periods_between(min(by_period), max(by_period))


def counts(row: dict | None, names) -> list[int]:
    return [(row or {}).get(name) or 0 for name in names]


# --------------------------------------------------------- collaboration inside the city
class CollaborationRow(NamedTuple):
    period: Period | None
    initiatives: int
    shared: int
    share: float | None


def internal_collaboration(filters: Filters) -> Indicator:
    """Internal collaboration: among the initiatives started in a period, how many (and
    what share) have at least two city administrations among their owner and partners
    together.

    Time basis: the initiative's start date (starts_on); initiatives without one are not
    counted. Columns: initiatives started, shared by two or more administrations, share (%).
    """
    # The initiatives with two administrations or more: those with an administration as a
    # partner besides the owner, counted once per initiative from the partnerships.
    shared = (
        Partnership.objects.filter(organisation__kind=ADMINISTRATION)
        .exclude(organisation=F("initiative__owner"))
        .values("initiative")
        .annotate(
            administrations=Count("pk")
            + Max(Case(When(initiative__owner__kind=ADMINISTRATION, then=1), default=0))
        )
        .filter(administrations__gte=2)
        .values("initiative")
        .order_by()
    )
    aggregates = {"initiatives": Count("pk"), "shared": Count("pk", filter=Q(pk__in=shared))}
    by_period, total = grouped(scope.initiatives(filters), "starts_on", filters, aggregates, SUMMED)

    def row(period, values):
        started, shared = counts(values, aggregates)
        return CollaborationRow(period, started, shared, share(shared, started))

    return Indicator([row(period, by_period.get(period)) for period in filled(by_period)], row(None, total))


# ------------------------------------------------------ collaboration with the outside world
class ExternalRow(NamedTuple):
    period: Period | None
    initiatives: int
    external: int
    share: float | None
    organisations: int
    business: int
    academia: int
    public: int
    civil_society: int


SECTORS = [Sector.BUSINESS, Sector.ACADEMIA, Sector.PUBLIC, Sector.CIVIL_SOCIETY]


def external_partners(filters: Filters) -> Indicator:
    """External collaboration: among the initiatives started in a period, how many (and
    what share) have at least one external partner, meaning a partner organisation that is
    not a city administration; how many different external organisations they work with;
    and, per sector of the partner (business, academia, public sector, civil society), how
    many initiatives have an external partner from that sector (an initiative with
    partners from two sectors counts in both).

    Time basis: the initiative's start date (starts_on).
    """
    external = Partnership.objects.filter(organisation__kind__in=EXTERNAL_KINDS).order_by()

    def with_partner(partnerships) -> Q:
        return Q(pk__in=partnerships.values("initiative"))

    aggregates = {
        "initiatives": Count("pk"),
        "external": Count("pk", filter=with_partner(external)),
        **{
            str(sector): Count("pk", filter=with_partner(external.filter(organisation__sector=sector)))
            for sector in SECTORS
        },
    }
    by_period, total = grouped(scope.initiatives(filters), "starts_on", filters, aggregates, SUMMED)
    # The different organisations: per period, and over all periods (not a sum: an
    # organisation can take part in initiatives of several periods).
    organisations, total["organisations"] = distinct_per_period(
        scope.of_initiatives_in_scope(external, "initiative", filters),
        "initiative__starts_on",
        "organisation",
        filters,
    )
    for period, values in by_period.items():
        values["organisations"] = organisations.get(period, 0)
    columns = ["initiatives", "external", "organisations", *(str(sector) for sector in SECTORS)]

    def row(period, values):
        started, with_external, organisations, *sectors = counts(values, columns)
        return ExternalRow(
            period, started, with_external, share(with_external, started), organisations, *sectors
        )

    return Indicator([row(period, by_period.get(period)) for period in filled(by_period)], row(None, total))


class ChallengeRow(NamedTuple):
    challenge: Label | None
    ideas: float
    offers: float
    initiatives: float


def per_challenge(filters: Filters) -> Indicator:
    """Answers per challenge: for each public challenge in scope, the public ideas submitted
    on it, the offers of help made on it (not hidden by moderation) and the initiatives
    that address it; the total row is the average per challenge (one decimal).

    Time basis: the idea's submission (submitted_at), the offer's date (created_at), the
    initiative's start (starts_on). With a year, only challenges opened by the end of that
    year (or without an opening date) are listed. The area and administration select the
    challenges; everything that answers a challenge in scope counts.
    """

    challenges = scope.challenges(filters)
    if filters.year:
        challenges = challenges.filter(
            Q(opens_on__isnull=True) | Q(opens_on__lte=datetime.date(filters.year, 12, 31))
        )
    listed = challenges
    challenges = list(challenges.order_by(in_language_or_default("title"), "pk"))

    def answers(queryset) -> dict[int, int]:
        """Per challenge listed, how many of the queryset's rows answer it (one query)."""
        if filters.is_filtered:
            queryset = queryset.filter(challenge__in=listed.values("pk"))
        else:  # every public challenge: the database need not look them up
            queryset = queryset.filter(challenge__isnull=False)
        counted = queryset.values("challenge").annotate(count=Count("pk"))
        return dict(counted.values_list("challenge", "count"))

    if not challenges:
        return Indicator([], ChallengeRow(None, 0, 0, 0))
    ideas = answers(in_year(Idea.objects.public(), "submitted_at", filters).order_by())
    offers = answers(in_year(Offer.objects.filter(is_hidden=False), "created_at", filters).order_by())
    addressing = answers(
        in_year(Initiative.challenges.through.objects.all(), "initiative__starts_on", filters)
    )
    rows = [
        ChallengeRow(
            label_of(challenge, "title")._replace(url=challenge.get_absolute_url()),
            ideas.get(challenge.pk, 0),
            offers.get(challenge.pk, 0),
            addressing.get(challenge.pk, 0),
        )
        for challenge in challenges
    ]
    if not rows:
        return Indicator([], ChallengeRow(None, 0, 0, 0))
    averages = [round(sum(column) / len(rows), 1) for column in list(zip(*rows, strict=True))[1:]]
    return Indicator(rows, ChallengeRow(None, *averages))


# ------------------------------------------------------------------------ platform use
class UseRow(NamedTuple):
    period: Period | None
    participants: int
    ideas: int
    supports: int
    comments: int
    offers: int


# What people do on the platform: (what, what is in scope, the person, the time basis).
ACTIVITIES = [
    ("ideas", scope.ideas, "author", "submitted_at"),
    ("supports", scope.supports, "user", "created_at"),
    ("comments", scope.comments, "author", "created_at"),
    ("offers", scope.offers, "user", "created_at"),
]


def platform_use(filters: Filters) -> Indicator:
    """Platform use: per period, the participants (different people who submitted a public
    idea, supported one, commented on one, or offered help on a challenge), and how many
    public ideas, supports, comments (not hidden or deleted) and offers (not hidden) there
    were. A person active in two periods counts in each; the total counts each person once.

    Time basis: the idea's submission (submitted_at), otherwise the date it was made
    (created_at).
    """
    parts, params = [], []
    annotations = {}
    for number, (_name, source, person, date) in enumerate(ACTIVITIES):
        annotations = period_annotations(date, filters)
        activity = (
            in_year(source(filters), date, filters)
            .filter(**{f"{date}__isnull": False})
            .annotate(activity=Value(number, output_field=IntegerField()), person=F(person), **annotations)
            .values("activity", "person", *annotations)
            .order_by()
        )
        sql, part_params = activity.query.sql_with_params()
        parts.append(sql)
        params.extend(part_params)
    # The four kinds of activity are one table for the database (UNION ALL), so that people
    # are counted once however many things they did: COUNT(DISTINCT) over the union.
    columns = ", ".join(
        ["COUNT(DISTINCT activity.person)"]
        + [f"SUM(CASE WHEN activity.activity = {number} THEN 1 ELSE 0 END)" for number in range(4)]
    )
    union = " UNION ALL ".join(parts)
    period = ", ".join(f"activity.{name}" for name in annotations)
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            # One pass over the union for the periods and the total (the grouping set ()).
            cursor.execute(
                f"SELECT GROUPING(activity.period_year), {period}, {columns} FROM ({union}) activity "
                f"GROUP BY GROUPING SETS (({period}), ())",
                params,
            )
            results = cursor.fetchall()
            total = next(result[-5:] for result in results if result[0])
            results = [result[1:] for result in results if not result[0]]
        else:
            cursor.execute(f"SELECT {period}, {columns} FROM ({union}) activity GROUP BY {period}", params)
            results = cursor.fetchall()
            cursor.execute(f"SELECT {columns} FROM ({union}) activity", params)
            total = cursor.fetchone()
    by_period = {Period(*map(int, result[: len(annotations)])): result[-5:] for result in results}
    rows = [
        UseRow(period, *(int(value or 0) for value in by_period.get(period, (0,) * 5)))
        for period in filled(by_period)
    ]
    return Indicator(rows, UseRow(None, *(int(value or 0) for value in total)))


# ------------------------------------------------------------------ the innovation model
class FunnelRow(NamedTuple):
    step: Label | None
    initiatives: int
    share: float | None


def reached(stage: int) -> Q:
    """The initiative's stage history has an entry at the stage or a later one, or it is at
    that stage or a later one now (the history's initiatives are looked up once, not once
    per initiative)."""
    history = StageChange.objects.filter(stage__gte=stage).values("initiative").order_by()
    return Q(pk__in=history) | Q(stage__gte=stage)


def funnel(filters: Filters) -> Indicator:
    """The funnel through the innovation model: of the initiatives in scope, how many
    started (stage 1), reached stage 2 (develop and test), reached stage 3 (evaluate and
    scale), were scaled, and (beside the funnel) were stopped; each also as a share (%)
    of those started. An initiative reached a stage when its stage history has an entry at
    that stage or a later one, or it is at that stage or a later one now.

    Time basis: the start date (starts_on): with a year, the initiatives started in that
    year and how far they have come since (a cohort).
    """
    result = in_year(scope.initiatives(filters), "starts_on", filters).aggregate(
        started=Count("pk"),
        stage_2=Count("pk", filter=reached(Stage.DEVELOP)),
        stage_3=Count("pk", filter=reached(Stage.SCALE)),
        scaled=Count("pk", filter=Q(outcome=Outcome.SCALED)),
        stopped=Count("pk", filter=Q(outcome=Outcome.STOPPED)),
    )
    steps = [
        ("started", _("Started (stage 1)")),
        ("stage_2", _("Reached stage 2: develop and test")),
        ("stage_3", _("Reached stage 3: evaluate and scale")),
        ("scaled", _("Scaled")),
        ("stopped", _("Stopped")),
    ]
    started = result["started"]
    rows = [FunnelRow(Label(label), result[key], share(result[key], started)) for key, label in steps]
    return Indicator(rows, None)


class ProgressRow(NamedTuple):
    period: Period | None
    stage_1: int
    stage_2: int
    stage_3: int


def stage_progress(filters: Filters) -> Indicator:
    """Progress through the innovation model over time: per period, how many initiatives
    in scope entered stage 1, stage 2 and stage 3.

    Time basis: for each stage, the date of the first entry of the initiative's stage
    history at that stage or a later one (decided_on); so an initiative moving to stage 2
    in March 2025 counts in stage 2 in the first quarter of 2025.
    """
    # Per initiative, the first date at each stage or a later one (one pass over the
    # history); then per stage, how many initiatives first got there in each period.
    history = scope.of_initiatives_in_scope(StageChange.objects.all(), "initiative", filters)
    firsts = (
        history.values("initiative")
        .annotate(
            **{f"first_{stage}": Min("decided_on", filter=Q(stage__gte=stage)) for stage in Stage.values}
        )
        .order_by()
    )
    firsts_sql, params = firsts.query.sql_with_params()
    params = list(params)
    parts = []
    for number, stage in enumerate(Stage.values):
        column = f"firsts.first_{stage}"
        period = ", ".join(period_sql(column, filters))
        condition = f"{column} IS NOT NULL"
        if filters.year:
            condition += f" AND {period_sql(column, Filters())[0]} = %s"
            params.append(filters.year)
        parts.append(f"SELECT {number}, {period}, COUNT(*) FROM firsts WHERE {condition} GROUP BY {period}")
    with connection.cursor() as cursor:
        cursor.execute(f"WITH firsts AS ({firsts_sql}) {' UNION ALL '.join(parts)}", params)
        results = cursor.fetchall()
    by_stage = [{} for _stage in Stage.values]
    for number, *period, count in results:
        by_stage[number][Period(*period)] = count
    periods = filled({period: None for by_period in by_stage for period in by_period})
    rows = [ProgressRow(period, *(by_period.get(period, 0) for by_period in by_stage)) for period in periods]
    total = (
        ProgressRow(None, *(sum(column) for column in list(zip(*rows, strict=True))[1:])) if rows else None
    )
    return Indicator(rows, total or ProgressRow(None, 0, 0, 0))


class DistributionRow(NamedTuple):
    stage: Label | None
    active: int
    paused: int
    scaled: int
    stopped: int
    total: int


def stage_distribution(filters: Filters) -> Indicator:
    """Where the initiatives in scope stand now: per stage of the innovation model, how
    many are active, paused, scaled (implemented for everyone) or stopped (at that stage).

    Time basis: the start date (starts_on): with a year, the initiatives started in it.
    """
    result = (
        in_year(scope.initiatives(filters), "starts_on", filters)
        .values("stage", "outcome")
        .annotate(count=Count("pk"))
        .order_by()
    )
    found = {(row["stage"], row["outcome"]): row["count"] for row in result}
    outcomes = [Outcome.ACTIVE, Outcome.PAUSED, Outcome.SCALED, Outcome.STOPPED]
    rows = []
    for stage, label in Stage.choices:
        numbers = [found.get((stage, outcome), 0) for outcome in outcomes]
        rows.append(DistributionRow(Label(str(label)), *numbers, sum(numbers)))
    total = DistributionRow(None, *(sum(column) for column in list(zip(*rows, strict=True))[1:]))
    return Indicator(rows, total)


# ---------------------------------------------------------------------------- outcomes
class OutcomeRow(NamedTuple):
    period: Period | None
    scaled: int
    stopped: int
    stopped_with_lessons: int


def outcomes(filters: Filters) -> Indicator:
    """Outcomes: per period, how many initiatives in scope were scaled (implemented for
    everyone who needs them), were stopped, and were stopped with lessons learned written
    (in Swedish, the language every other one falls back to).

    Time basis: the date of the decision, the first entry of the stage history with the
    initiative's final outcome (decided_on), else its end date (ends_on).
    """
    decision = (
        StageChange.objects.filter(initiative=OuterRef("pk"), outcome=OuterRef("outcome"))
        .order_by("decided_on")
        .values("decided_on")[:1]
    )
    lessons = ~Q(**{f"lessons_learned_{settings.MODELTRANSLATION_DEFAULT_LANGUAGE}": ""})
    queryset = (
        scope.initiatives(filters)
        .filter(outcome__in=[Outcome.SCALED, Outcome.STOPPED])
        .annotate(decided_on=Coalesce(Subquery(decision), "ends_on"))
    )
    aggregates = {
        "scaled": Count("pk", filter=Q(outcome=Outcome.SCALED)),
        "stopped": Count("pk", filter=Q(outcome=Outcome.STOPPED)),
        "stopped_with_lessons": Count("pk", filter=Q(outcome=Outcome.STOPPED) & lessons),
    }
    by_period, total = grouped(queryset, "decided_on", filters, aggregates, SUMMED)
    return Indicator(
        [OutcomeRow(period, *counts(by_period.get(period), aggregates)) for period in filled(by_period)],
        OutcomeRow(None, *counts(total, aggregates)),
    )


# ------------------------------------------------------------------------------ the fund
class FundRow(NamedTuple):
    fund: Label | None
    budget: int
    granted: int
    granted_share: float | None
    spent: int
    spent_share: float | None


def money(subquery) -> Coalesce:
    return Coalesce(Subquery(subquery), Value(0), output_field=BigIntegerField())


def fund_budget(filters: Filters) -> Indicator:
    """The fund against its budget: per fund, its budget, what it has granted to the
    initiatives in scope and what they have spent of it, each also as a share (%) of the
    budget. With a year: the funds whose period overlaps it, with their whole budget.

    Time basis: the grant's decision (decided_on); the spending's date (spent_on).
    """
    grants, spendings = scope.grants_and_spending(filters)
    granted = (
        in_year(grants, "decided_on", filters)
        .filter(fund=OuterRef("pk"))
        .values("fund")
        .annotate(total=Sum("amount"))
        .values("total")
    )
    spent = (
        in_year(spendings, "spent_on", filters)
        .filter(grant__fund=OuterRef("pk"))
        .values("grant__fund")
        .annotate(total=Sum("amount"))
        .values("total")
    )
    funds = (
        scope.funds(filters)
        .annotate(granted_amount=money(granted), spent_amount=money(spent))
        .order_by("-starts_on", "slug")
    )
    rows = [
        FundRow(
            label_of(fund, "name"),
            fund.budget,
            fund.granted_amount,
            share(fund.granted_amount, fund.budget),
            fund.spent_amount,
            share(fund.spent_amount, fund.budget),
        )
        for fund in funds
    ]
    budget, granted_total, spent_total = (sum(row[index] for row in rows) for index in (1, 2, 4))
    total = FundRow(
        None, budget, granted_total, share(granted_total, budget), spent_total, share(spent_total, budget)
    )
    return Indicator(rows, total)


class MoneyRow(NamedTuple):
    period: Period | None
    granted: int
    spent: int


def fund_over_time(filters: Filters) -> Indicator:
    """The fund over time: per period, what was granted to the initiatives in scope and
    what they spent of their grants, in kronor, from every fund.

    Time basis: the grant's decision (decided_on); the spending's date (spent_on).
    """
    grants, spendings = scope.grants_and_spending(filters)
    granted, _total = grouped(grants, "decided_on", filters, {"amount": Sum("amount")}, total=False)
    spent, _total = grouped(spendings, "spent_on", filters, {"amount": Sum("amount")}, total=False)
    periods = filled({**dict.fromkeys(granted), **dict.fromkeys(spent)})
    rows = [
        MoneyRow(period, *counts(granted.get(period), ["amount"]), *counts(spent.get(period), ["amount"]))
        for period in periods
    ]
    return Indicator(rows, MoneyRow(None, sum(row.granted for row in rows), sum(row.spent for row in rows)))


class MoneyByRow(NamedTuple):
    label: Label | None
    granted: int
    granted_share: float | None
    spent: int


def budget_of(filters: Filters) -> int:
    return scope.funds(filters).aggregate(total=Sum("budget"))["total"] or 0


def fund_by_area(filters: Filters) -> Indicator:
    """The fund by area: what was granted to and spent by the initiatives in scope, per
    specialisation area of the initiative, and the granted amount as a share (%) of the
    budget of the funds (those overlapping the year, with a year). An initiative in two
    areas counts in both, so the rows can add up to more than the total, which counts
    each grant once; money for initiatives without an area comes last.

    Time basis: the grant's decision (decided_on); the spending's date (spent_on).
    """
    grants, spendings = scope.grants_and_spending(filters)
    grants, spendings = in_year(grants, "decided_on", filters), in_year(spendings, "spent_on", filters)
    key, spent_key = "application__initiative__areas", "grant__application__initiative__areas"
    granted = dict(grants.values(key).annotate(total=Sum("amount")).values_list(key, "total"))
    spent = dict(spendings.values(spent_key).annotate(total=Sum("amount")).values_list(spent_key, "total"))
    budget = budget_of(filters)
    areas = Area.objects.filter(pk__in={pk for pk in {*granted, *spent} if pk}).order_by(
        "position", in_language_or_default("name"), "pk"
    )
    rows = [
        MoneyByRow(
            label_of(area, "name"),
            granted.get(area.pk, 0),
            share(granted.get(area.pk, 0), budget),
            spent.get(area.pk, 0),
        )
        for area in areas
    ]
    if None in granted or None in spent:
        rows.append(
            MoneyByRow(
                Label(_("No area")),
                granted.get(None, 0),
                share(granted.get(None, 0), budget),
                spent.get(None, 0),
            )
        )
    totals = (
        grants.aggregate(total=Sum("amount"))["total"] or 0,
        spendings.aggregate(total=Sum("amount"))["total"] or 0,
    )
    return Indicator(rows, MoneyByRow(None, totals[0], share(totals[0], budget), totals[1]))


def fund_by_administration(filters: Filters) -> Indicator:
    """The fund by administration: what was granted to and spent by the initiatives in
    scope, per owning administration (the one that applies), and the granted amount as a
    share (%) of the budget of the funds (those overlapping the year, with a year). With an
    administration chosen, its initiatives are those it owns or is a partner in, so other
    owners can appear.

    Time basis: the grant's decision (decided_on); the spending's date (spent_on).
    """
    grants, spendings = scope.grants_and_spending(filters)
    grants, spendings = in_year(grants, "decided_on", filters), in_year(spendings, "spent_on", filters)
    key, spent_key = "application__initiative__owner", "grant__application__initiative__owner"
    granted = dict(grants.values(key).annotate(total=Sum("amount")).values_list(key, "total"))
    spent = dict(spendings.values(spent_key).annotate(total=Sum("amount")).values_list(spent_key, "total"))
    budget = budget_of(filters)
    owners = Organisation.objects.filter(pk__in={*granted, *spent}).order_by(
        in_language_or_default("name"), "pk"
    )
    rows = [
        MoneyByRow(
            label_of(owner, "name"),
            granted.get(owner.pk, 0),
            share(granted.get(owner.pk, 0), budget),
            spent.get(owner.pk, 0),
        )
        for owner in owners
    ]
    granted_total, spent_total = sum(row.granted for row in rows), sum(row.spent for row in rows)
    return Indicator(rows, MoneyByRow(None, granted_total, share(granted_total, budget), spent_total))


# ------------------------------------------------------------------------------- years
def years() -> list[int]:
    """The years the dashboard offers: from the first initiative's start to this year."""
    this_year = timezone.localdate().year
    first = Initiative.objects.aggregate(first=Min("starts_on"))["first"]
    first_year = min(first.year, this_year) if first else this_year
    return list(range(this_year, first_year - 1, -1))


INDICATORS: dict[str, Callable[[Filters], Indicator]] = {
    "internal-collaboration": internal_collaboration,
    "external-partners": external_partners,
    "challenges": per_challenge,
    "platform-use": platform_use,
    "funnel": funnel,
    "stage-progress": stage_progress,
    "stage-distribution": stage_distribution,
    "outcomes": outcomes,
    "fund-budget": fund_budget,
    "fund-over-time": fund_over_time,
    "fund-by-area": fund_by_area,
    "fund-by-administration": fund_by_administration,
}
