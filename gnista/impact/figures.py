"""How each indicator is shown: its heading, the one-sentence takeaway that is the chart's
text alternative, the chart, the table and the CSV columns. The numbers come from
indicators.py (and network.py); nothing here queries the database, except the network
downloads of every organisation and every link, which read network.py's rows as they go."""

from collections.abc import Callable
from dataclasses import dataclass, field

from django.urls import reverse
from django.utils.formats import number_format
from django.utils.functional import Promise
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from gnista.core.charts import BarChart
from gnista.funding.services import format_kr

from . import indicators
from .indicators import Indicator
from .network import Network, links_rows, organisations_rows
from .scope import Filters, Label, Period

# -------------------------------------------------------------------------- formatting
COUNT, DECIMAL, PERCENT, KR, TEXT = "count", "decimal", "percent", "kr", "text"


def number(value, decimals: int = 0) -> str:
    return number_format(value, decimals, use_l10n=True, force_grouping=True)


def percent(value) -> str:
    return "–" if value is None else f"{number(value, 1)}\u00a0%"


def kr(value) -> str:
    return f"{format_kr(int(value))}\u00a0kr"


def millions(value) -> str:
    return number(value, 0 if value == int(value) else 1)


def cell_text(value, kind: str) -> str:
    if value is None:
        return "–"
    if kind == COUNT:  # an average of counts has a decimal
        return number(value, 0 if float(value).is_integer() else 1)
    if kind == DECIMAL:
        return number(value, 1)
    if kind == PERCENT:
        return percent(value)
    if kind == KR:
        return kr(value)
    return str(value)


def csv_value(value, kind: str):
    """What a CSV cell holds: plain numbers (a decimal point, no grouping), periods as
    2025 or 2025-Q3, names as text."""
    if value is None:
        return ""
    if isinstance(value, Period):
        return value.key
    if isinstance(value, Label):
        return value.text
    return value


def years_only(rows) -> list[str] | None:
    """Under many quarters, only the year at each first quarter."""
    periods = [row[0] for row in rows]
    if len(periods) <= 8 or not all(isinstance(period, Period) and period.quarter for period in periods):
        return None
    return [str(period.year) if period.quarter == 1 else "" for period in periods]


def when(filters: Filters, rows) -> str:
    """The time the figures cover, to end a sentence with: "in 2025", "from 2018 to 2026"."""
    if filters.year:
        return _("in %(year)s") % {"year": filters.year}
    periods = [row[0] for row in rows if isinstance(row[0], Period)]
    if not periods:
        return ""
    first, last = periods[0].year, periods[-1].year
    if first == last:
        return _("in %(year)s") % {"year": first}
    return _("from %(first)s to %(last)s") % {"first": first, "last": last}


# ----------------------------------------------------------------------------- figures
TOTAL = gettext_lazy("Total")


@dataclass
class Column:
    attribute: str
    label: str | Promise
    kind: str = COUNT


@dataclass
class Series:
    label: str | Promise
    value: Callable  # row -> number


@dataclass
class Figure:
    key: str
    heading: str | Promise
    columns: list[Column]
    series: list[Series]
    takeaway: Callable[[Indicator, Filters], str]
    total_label: str | Promise = TOTAL
    stacked: bool = False
    horizontal: bool = False
    money: bool = False  # the chart shows millions of kronor
    compute: Callable[[Filters], Indicator] | None = None
    notes: list[str | Promise] = field(default_factory=list)

    def __post_init__(self):
        if self.compute is None:
            self.compute = indicators.INDICATORS[self.key]

    def chart(self, indicator: Indicator) -> BarChart | None:
        if not indicator.rows:
            return None
        scale = 1_000_000 if self.money else 1
        return BarChart(
            categories=[str(row[0]) for row in indicator.rows],
            series=[str(series.label) for series in self.series],
            values=[[series.value(row) / scale for series in self.series] for row in indicator.rows],
            stacked=self.stacked,
            horizontal=self.horizontal,
            whole=not self.money,
            format=millions if self.money else number,
            axis_labels=years_only(indicator.rows),
        )

    def chart_title(self) -> str:
        if self.money:
            return _("Chart: %(heading)s, in millions of kronor. The figures are in the table below.") % {
                "heading": self.heading
            }
        return _("Chart: %(heading)s. The figures are in the table below.") % {"heading": self.heading}

    def table(self, indicator: Indicator) -> dict:
        def cells(row):
            return [
                {
                    "text": cell_text(getattr(row, column.attribute), column.kind),
                    "number": column.kind != TEXT,
                    "lang": getattr(getattr(row, column.attribute), "lang", ""),
                    "url": getattr(getattr(row, column.attribute), "url", ""),
                }
                for column in self.columns
            ]

        total = None
        if indicator.total is not None:
            total = cells(indicator.total)
            total[0] = {"text": str(self.total_label), "number": False, "lang": "", "url": ""}
        return {
            "columns": [{"label": column.label, "number": column.kind != TEXT} for column in self.columns],
            "rows": [cells(row) for row in indicator.rows],
            "total": total,
        }

    def csv_rows(self, indicator: Indicator):
        yield [str(column.label) for column in self.columns]
        for row in indicator.rows:
            yield [csv_value(getattr(row, column.attribute), column.kind) for column in self.columns]
        if indicator.total is not None:
            yield [str(self.total_label)] + [
                csv_value(getattr(indicator.total, column.attribute), column.kind)
                for column in self.columns[1:]
            ]

    def present(self, indicator: Indicator, filters: Filters) -> dict:
        query = filters.query()
        url = reverse("impact:download", kwargs={"key": self.key})
        return {
            "key": self.key,
            "heading": self.heading,
            "takeaway": self.takeaway(indicator, filters)
            if indicator.rows
            else _("Nothing matches the filters."),
            "chart": self.chart(indicator),
            "chart_title": self.chart_title(),
            "table": self.table(indicator),
            "csv_url": f"{url}?{query}" if query else url,
            "notes": self.notes,
        }


# --------------------------------------------------------------------------- takeaways
def internal_takeaway(indicator: Indicator, filters: Filters) -> str:
    total = indicator.total
    if not total.initiatives:
        return _("No initiatives started in the period.")
    return _(
        "%(shared)s of the %(initiatives)s initiatives started %(when)s (%(share)s) are shared by two "
        "or more city administrations."
    ) % {
        "shared": number(total.shared),
        "initiatives": number(total.initiatives),
        "share": percent(total.share),
        "when": when(filters, indicator.rows),
    }


SECTOR_COLUMNS = [
    Column("business", gettext_lazy("Business")),
    Column("academia", gettext_lazy("Academia")),
    Column("public", gettext_lazy("Public sector")),
    Column("civil_society", gettext_lazy("Civil society")),
]


def external_takeaway(indicator: Indicator, filters: Filters) -> str:
    total = indicator.total
    if not total.initiatives:
        return _("No initiatives started in the period.")
    sector = max(SECTOR_COLUMNS, key=lambda column: getattr(total, column.attribute))
    return _(
        "%(external)s of the %(initiatives)s initiatives started %(when)s (%(share)s) have an external "
        "partner, %(organisations)s different organisations in all; most often from the sector "
        "“%(sector)s”."
    ) % {
        "external": number(total.external),
        "initiatives": number(total.initiatives),
        "share": percent(total.share),
        "organisations": number(total.organisations),
        "when": when(filters, indicator.rows),
        "sector": sector.label,
    }


def challenge_takeaway(indicator: Indicator, filters: Filters) -> str:
    total = indicator.total
    top = max(indicator.rows, key=lambda row: row.ideas + row.offers + row.initiatives)
    return _(
        "On average each of the %(challenges)s challenges has %(ideas)s ideas, %(offers)s offers of help "
        "and %(initiatives)s initiatives; “%(top)s” has the most answers."
    ) % {
        "challenges": number(len(indicator.rows)),
        "ideas": number(total.ideas, 1),
        "offers": number(total.offers, 1),
        "initiatives": number(total.initiatives, 1),
        "top": top.challenge.text,
    }


def use_takeaway(indicator: Indicator, filters: Filters) -> str:
    total = indicator.total
    return _(
        "%(participants)s people took part %(when)s, with %(ideas)s ideas, %(supports)s supports, "
        "%(comments)s comments and %(offers)s offers of help."
    ) % {
        "participants": number(total.participants),
        "when": when(filters, indicator.rows),
        "ideas": number(total.ideas),
        "supports": number(total.supports),
        "comments": number(total.comments),
        "offers": number(total.offers),
    }


def funnel_takeaway(indicator: Indicator, filters: Filters) -> str:
    started, stage_2, stage_3, scaled, stopped = indicator.rows
    if not started.initiatives:
        return _("No initiatives started in the period.")
    return _(
        "Of %(started)s initiatives, %(stage_2)s (%(share_2)s) reached stage 2, %(stage_3)s (%(share_3)s) "
        "stage 3 and %(scaled)s (%(share_scaled)s) were scaled; %(stopped)s were stopped."
    ) % {
        "started": number(started.initiatives),
        "stage_2": number(stage_2.initiatives),
        "share_2": percent(stage_2.share),
        "stage_3": number(stage_3.initiatives),
        "share_3": percent(stage_3.share),
        "scaled": number(scaled.initiatives),
        "share_scaled": percent(scaled.share),
        "stopped": number(stopped.initiatives),
    }


def progress_takeaway(indicator: Indicator, filters: Filters) -> str:
    total = indicator.total
    return _(
        "%(stage_1)s initiatives entered stage 1, %(stage_2)s stage 2 and %(stage_3)s stage 3 %(when)s."
    ) % {
        "stage_1": number(total.stage_1),
        "stage_2": number(total.stage_2),
        "stage_3": number(total.stage_3),
        "when": when(filters, indicator.rows),
    }


def distribution_takeaway(indicator: Indicator, filters: Filters) -> str:
    total = indicator.total
    if not total.total:
        return _("No initiatives started in the period.")
    busiest = max(indicator.rows, key=lambda row: row.active)
    return _(
        "Of %(total)s initiatives, %(active)s are active, %(paused)s paused, %(scaled)s scaled and "
        "%(stopped)s stopped; most active ones are in “%(stage)s”."
    ) % {
        "total": number(total.total),
        "active": number(total.active),
        "paused": number(total.paused),
        "scaled": number(total.scaled),
        "stopped": number(total.stopped),
        "stage": busiest.stage.text,
    }


def outcome_takeaway(indicator: Indicator, filters: Filters) -> str:
    total = indicator.total
    return _(
        "%(scaled)s initiatives were scaled and %(stopped)s stopped %(when)s; %(lessons)s of the stopped "
        "ones have their lessons learned written down."
    ) % {
        "scaled": number(total.scaled),
        "stopped": number(total.stopped),
        "lessons": number(total.stopped_with_lessons),
        "when": when(filters, indicator.rows),
    }


def budget_takeaway(indicator: Indicator, filters: Filters) -> str:
    total = indicator.total
    return _(
        "Of a budget of %(budget)s, %(granted)s (%(granted_share)s) has been granted and %(spent)s "
        "(%(spent_share)s) spent."
    ) % {
        "budget": kr(total.budget),
        "granted": kr(total.granted),
        "granted_share": percent(total.granted_share),
        "spent": kr(total.spent),
        "spent_share": percent(total.spent_share),
    }


def money_takeaway(indicator: Indicator, filters: Filters) -> str:
    total = indicator.total
    peak = max(indicator.rows, key=lambda row: row.granted)
    return _("%(granted)s was granted and %(spent)s spent %(when)s; the most was granted in %(peak)s.") % {
        "granted": kr(total.granted),
        "spent": kr(total.spent),
        "when": when(filters, indicator.rows),
        "peak": peak.period,
    }


def money_by_takeaway(indicator: Indicator, filters: Filters) -> str:
    top = max(indicator.rows, key=lambda row: row.granted)
    return _("The most was granted to “%(name)s”: %(granted)s, %(share)s of the budget.") % {
        "name": top.label.text,
        "granted": kr(top.granted),
        "share": percent(top.granted_share),
    }


def share_shared(row) -> int:
    return row.initiatives - row.shared


FIGURES = [
    Figure(
        "internal-collaboration",
        gettext_lazy("Initiatives shared by several administrations"),
        [
            Column("period", gettext_lazy("Period"), TEXT),
            Column("initiatives", gettext_lazy("Initiatives started")),
            Column("shared", gettext_lazy("Shared by two or more administrations")),
            Column("share", gettext_lazy("Share"), PERCENT),
        ],
        [
            Series(gettext_lazy("Shared by two or more administrations"), lambda row: row.shared),
            Series(gettext_lazy("One administration"), share_shared),
        ],
        internal_takeaway,
        stacked=True,
    ),
    Figure(
        "external-partners",
        gettext_lazy("Initiatives with external partners, by sector"),
        [
            Column("period", gettext_lazy("Period"), TEXT),
            Column("initiatives", gettext_lazy("Initiatives started")),
            Column("external", gettext_lazy("With an external partner")),
            Column("share", gettext_lazy("Share"), PERCENT),
            Column("organisations", gettext_lazy("External organisations")),
            *SECTOR_COLUMNS,
        ],
        [
            Series(column.label, lambda row, name=column.attribute: getattr(row, name))
            for column in SECTOR_COLUMNS
        ],
        external_takeaway,
        notes=[
            gettext_lazy(
                "External partners are partner organisations that are not city administrations. An "
                "initiative with partners from several sectors counts in each of them."
            )
        ],
    ),
    Figure(
        "challenges",
        gettext_lazy("Ideas, offers of help and initiatives per challenge"),
        [
            Column("challenge", gettext_lazy("Challenge"), TEXT),
            Column("ideas", gettext_lazy("Ideas")),
            Column("offers", gettext_lazy("Offers of help")),
            Column("initiatives", gettext_lazy("Initiatives")),
        ],
        [
            Series(gettext_lazy("Ideas"), lambda row: row.ideas),
            Series(gettext_lazy("Offers of help"), lambda row: row.offers),
            Series(gettext_lazy("Initiatives"), lambda row: row.initiatives),
        ],
        challenge_takeaway,
        total_label=gettext_lazy("Average per challenge"),
        horizontal=True,
    ),
    Figure(
        "platform-use",
        gettext_lazy("Participants, ideas, supports, comments and offers"),
        [
            Column("period", gettext_lazy("Period"), TEXT),
            Column("participants", gettext_lazy("Participants")),
            Column("ideas", gettext_lazy("Ideas")),
            Column("supports", gettext_lazy("Supports")),
            Column("comments", gettext_lazy("Comments")),
            Column("offers", gettext_lazy("Offers of help")),
        ],
        [
            Series(gettext_lazy("Participants"), lambda row: row.participants),
            Series(gettext_lazy("Ideas"), lambda row: row.ideas),
            Series(gettext_lazy("Supports"), lambda row: row.supports),
            Series(gettext_lazy("Comments"), lambda row: row.comments),
            Series(gettext_lazy("Offers of help"), lambda row: row.offers),
        ],
        use_takeaway,
        notes=[
            gettext_lazy(
                "Participants are the different people who submitted an idea, supported or commented on "
                "one, or offered help on a challenge; the total counts each person once."
            )
        ],
    ),
    Figure(
        "funnel",
        gettext_lazy("How far initiatives get through the innovation model"),
        [
            Column("step", gettext_lazy("Step"), TEXT),
            Column("initiatives", gettext_lazy("Initiatives")),
            Column("share", gettext_lazy("Share of those started"), PERCENT),
        ],
        [Series(gettext_lazy("Initiatives"), lambda row: row.initiatives)],
        funnel_takeaway,
        horizontal=True,
    ),
    Figure(
        "stage-progress",
        gettext_lazy("Initiatives entering each stage over time"),
        [
            Column("period", gettext_lazy("Period"), TEXT),
            Column("stage_1", gettext_lazy("Entered stage 1")),
            Column("stage_2", gettext_lazy("Entered stage 2")),
            Column("stage_3", gettext_lazy("Entered stage 3")),
        ],
        [
            Series(gettext_lazy("Entered stage 1"), lambda row: row.stage_1),
            Series(gettext_lazy("Entered stage 2"), lambda row: row.stage_2),
            Series(gettext_lazy("Entered stage 3"), lambda row: row.stage_3),
        ],
        progress_takeaway,
    ),
    Figure(
        "stage-distribution",
        gettext_lazy("Where the initiatives stand now"),
        [
            Column("stage", gettext_lazy("Stage"), TEXT),
            Column("active", gettext_lazy("Active")),
            Column("paused", gettext_lazy("Paused")),
            Column("scaled", gettext_lazy("Scaled")),
            Column("stopped", gettext_lazy("Stopped")),
            Column("total", gettext_lazy("Total")),
        ],
        [
            Series(gettext_lazy("Active"), lambda row: row.active),
            Series(gettext_lazy("Paused"), lambda row: row.paused),
            Series(gettext_lazy("Scaled"), lambda row: row.scaled),
            Series(gettext_lazy("Stopped"), lambda row: row.stopped),
        ],
        distribution_takeaway,
        stacked=True,
        horizontal=True,
    ),
    Figure(
        "outcomes",
        gettext_lazy("Scaled and stopped initiatives"),
        [
            Column("period", gettext_lazy("Period"), TEXT),
            Column("scaled", gettext_lazy("Scaled")),
            Column("stopped", gettext_lazy("Stopped")),
            Column("stopped_with_lessons", gettext_lazy("Stopped, with lessons learned")),
        ],
        [
            Series(gettext_lazy("Scaled"), lambda row: row.scaled),
            Series(gettext_lazy("Stopped"), lambda row: row.stopped),
            Series(gettext_lazy("Stopped, with lessons learned"), lambda row: row.stopped_with_lessons),
        ],
        outcome_takeaway,
    ),
    Figure(
        "fund-budget",
        gettext_lazy("Granted and spent against the budget"),
        [
            Column("fund", gettext_lazy("Fund"), TEXT),
            Column("budget", gettext_lazy("Budget"), KR),
            Column("granted", gettext_lazy("Granted"), KR),
            Column("granted_share", gettext_lazy("Granted, share of the budget"), PERCENT),
            Column("spent", gettext_lazy("Spent"), KR),
            Column("spent_share", gettext_lazy("Spent, share of the budget"), PERCENT),
        ],
        [
            Series(gettext_lazy("Budget"), lambda row: row.budget),
            Series(gettext_lazy("Granted"), lambda row: row.granted),
            Series(gettext_lazy("Spent"), lambda row: row.spent),
        ],
        budget_takeaway,
        horizontal=True,
        money=True,
    ),
    Figure(
        "fund-over-time",
        gettext_lazy("Granted and spent over time"),
        [
            Column("period", gettext_lazy("Period"), TEXT),
            Column("granted", gettext_lazy("Granted"), KR),
            Column("spent", gettext_lazy("Spent"), KR),
        ],
        [
            Series(gettext_lazy("Granted"), lambda row: row.granted),
            Series(gettext_lazy("Spent"), lambda row: row.spent),
        ],
        money_takeaway,
        money=True,
    ),
    Figure(
        "fund-by-area",
        gettext_lazy("Granted and spent per area"),
        [
            Column("label", gettext_lazy("Area"), TEXT),
            Column("granted", gettext_lazy("Granted"), KR),
            Column("granted_share", gettext_lazy("Granted, share of the budget"), PERCENT),
            Column("spent", gettext_lazy("Spent"), KR),
        ],
        [
            Series(gettext_lazy("Granted"), lambda row: row.granted),
            Series(gettext_lazy("Spent"), lambda row: row.spent),
        ],
        money_by_takeaway,
        total_label=gettext_lazy("All areas (each grant once)"),
        horizontal=True,
        money=True,
        notes=[
            gettext_lazy(
                "An initiative in several areas counts in each of them, so the rows can add up to more "
                "than the total."
            )
        ],
    ),
    Figure(
        "fund-by-administration",
        gettext_lazy("Granted and spent per administration"),
        [
            Column("label", gettext_lazy("Administration"), TEXT),
            Column("granted", gettext_lazy("Granted"), KR),
            Column("granted_share", gettext_lazy("Granted, share of the budget"), PERCENT),
            Column("spent", gettext_lazy("Spent"), KR),
        ],
        [
            Series(gettext_lazy("Granted"), lambda row: row.granted),
            Series(gettext_lazy("Spent"), lambda row: row.spent),
        ],
        money_by_takeaway,
        horizontal=True,
        money=True,
        notes=[gettext_lazy("Money is counted for the administration that owns the initiative and applied.")],
    ),
]

BY_KEY = {figure.key: figure for figure in FIGURES}

# The page's sections, each with its figures, in the order of PRODUCT.md's impact targets.
SECTIONS = [
    ("internal", gettext_lazy("Collaboration inside the city"), ["internal-collaboration"]),
    ("external", gettext_lazy("Collaboration with the outside world"), ["external-partners", "challenges"]),
    ("use", gettext_lazy("Platform use"), ["platform-use"]),
    (
        "model",
        gettext_lazy("Through the innovation model"),
        ["funnel", "stage-progress", "stage-distribution", "outcomes"],
    ),
    (
        "fund",
        gettext_lazy("The innovation fund"),
        ["fund-budget", "fund-over-time", "fund-by-area", "fund-by-administration"],
    ),
]


# ----------------------------------------------------------------------- the network
NETWORK_TABLES = {
    "network": [
        Column("source", gettext_lazy("Organisation"), TEXT),
        Column("source_sector", gettext_lazy("Sector")),
        Column("target", gettext_lazy("Organisation"), TEXT),
        Column("target_sector", gettext_lazy("Sector")),
        Column("weight", gettext_lazy("Shared initiatives")),
    ],
    "network-actors": [
        Column("name", gettext_lazy("Organisation"), TEXT),
        Column("sector_label", gettext_lazy("Sector"), TEXT),
        Column("initiatives", gettext_lazy("Initiatives")),
        Column("degree", gettext_lazy("Linked organisations")),
        Column("weighted_degree", gettext_lazy("Shared initiatives")),
        Column("sectors_reached", gettext_lazy("Other sectors reached")),
    ],
    "network-bridges": [
        Column("sectors", gettext_lazy("Sectors"), TEXT),
        Column("links", gettext_lazy("Links")),
        Column("initiatives", gettext_lazy("Shared initiatives")),
    ],
}


def network_rows(key: str, filters: Filters, network: Callable[[], Network]):
    """The rows of a network download: every link or every organisation (read from the
    database a chunk at a time), or the links between sectors (from the network)."""
    if key == "network":
        for edge in links_rows(filters):
            yield {
                "source": edge.source.name,
                "source_sector": edge.source.sector_label,
                "target": edge.target.name,
                "target_sector": edge.target.sector_label,
                "weight": edge.weight,
            }
    elif key == "network-actors":
        for node in organisations_rows(filters):
            yield node._asdict()
    else:
        for row in network().sector_pairs:
            yield row._asdict()


def network_csv(key: str, filters: Filters, network: Callable[[], Network]):
    columns = NETWORK_TABLES[key]
    yield [str(column.label) for column in columns]
    for row in network_rows(key, filters, network):
        yield [csv_value(row[column.attribute], column.kind) for column in columns]


def network_takeaway(network: Network) -> str:
    if not network.nodes:
        return _("Nothing matches the filters.")
    top = network.most_connected[0]
    return _(
        "%(organisations)s organisations are linked through the initiatives they share; %(cross)s of "
        "the %(links)s links cross sectors, and “%(top)s” is linked with the most others (%(degree)s)."
    ) % {
        "organisations": number(network.organisations),
        "cross": percent(network.cross_sector_share),
        "links": number(network.links),
        "top": top.name.text,
        "degree": number(top.degree),
    }


def download_url(key: str, filters: Filters) -> str:
    url = reverse("impact:download", kwargs={"key": key})
    query = filters.query()
    return f"{url}?{query}" if query else url
