"""The collaboration network: organisations linked through the initiatives they share.

Nodes are the organisations taking part in an initiative in scope, as its owner or as a
partner. Two organisations are linked once for each initiative both take part in; the
link's weight is the number of initiatives they share.

Everything is aggregated by the database, in one statement (network_sql): "who takes part
in what" (the owners of the initiatives in scope together with their partners), its
self-join into weighted links, and from those the figures: how many organisations and
links there are, the links between sectors, each organisation's links, the strongest
bridges between sectors, and the links among the most connected organisations, the ones
the drawing shows. Python only shapes those few rows: at 100,000 initiatives the network
has some 20,000 organisations and 200,000 links, which no drawing can show and no page
needs to hold in memory. The CSV downloads of every organisation and every link are read
from the database a chunk at a time (organisations_rows, links_rows).

Names are ordered the way Python orders strings (by code point), so that the database's
order of a tie is the one a sort in Python would give.

Time basis: the initiative's start date (starts_on), like the other initiative indicators.
"""

import math
from collections import defaultdict
from dataclasses import dataclass, field
from typing import NamedTuple

from django.conf import settings
from django.db import connection
from django.db.models import F
from django.utils.translation import get_language

from gnista.portfolio.models import Organisation, Partnership, Sector

from . import scope
from .scope import Filters, Label, in_year
from .tuning import aggregating

SECTOR_ORDER = [Sector.PUBLIC, Sector.BUSINESS, Sector.ACADEMIA, Sector.CIVIL_SOCIETY]
TOP = 10  # rows in the tables of the most connected actors and the strongest bridges
DRAWN = 40  # organisations in the drawing at most: the most connected ones
CHUNK = 2000  # rows read from the database at a time for the CSV downloads


class Node(NamedTuple):
    pk: int
    name: Label
    sector: str
    sector_label: str
    initiatives: int  # initiatives it takes part in
    degree: int  # organisations it shares an initiative with
    weighted_degree: int  # the sum of the weights of its links
    sectors_reached: int  # other sectors among the organisations it is linked with


class Edge(NamedTuple):
    source: Node
    target: Node
    weight: int  # initiatives both take part in

    @property
    def crosses_sectors(self) -> bool:
        return self.source.sector != self.target.sector


class SectorPair(NamedTuple):
    sectors: str  # the two sectors' names, joined by a dash
    links: int
    initiatives: int  # the sum of the links' weights


@dataclass
class Network:
    """The network's figures. `nodes` and `edges` are what the drawing shows: the DRAWN
    most connected organisations and the links among them (every organisation and link of
    a smaller network); the counts, the most connected, the bridges and the links between
    sectors are over the whole network. Plain data, so that it can be cached."""

    nodes: list[Node] = field(default_factory=list)
    edges: list[Edge] = field(default_factory=list)
    organisations: int = 0  # in the whole network
    links: int = 0
    crossing_links: int = 0  # links between organisations of different sectors
    most_connected: list[Node] = field(default_factory=list)
    bridges: list[Edge] = field(default_factory=list)  # the strongest links between sectors
    sector_pairs: list[SectorPair] = field(default_factory=list)

    @property
    def is_bounded(self) -> bool:
        """The drawing shows only part of the network."""
        return self.organisations > len(self.nodes)

    @property
    def cross_sector_share(self) -> float | None:
        if not self.links:
            return None
        return round(100 * self.crossing_links / self.links, 1)


# ------------------------------------------------------------------------------ the SQL
def participation_sql(filters: Filters) -> tuple[str, list]:
    """SQL for (initiative_ref, organisation_ref) pairs: who takes part in which initiative
    in scope, as owner or partner; UNION removes an owner that is also listed as a partner."""
    initiatives = in_year(scope.initiatives(filters), "starts_on", filters)
    owners = initiatives.annotate(initiative_ref=F("pk"), organisation_ref=F("owner")).values(
        "initiative_ref", "organisation_ref"
    )
    partners = Partnership.objects.all()
    if filters.is_filtered:
        partners = partners.filter(initiative__in=initiatives.values("pk"))
    partners = (
        partners.annotate(initiative_ref=F("initiative"), organisation_ref=F("organisation"))
        .values("initiative_ref", "organisation_ref")
        .order_by()
    )
    owners_sql, owners_params = owners.query.sql_with_params()
    partners_sql, partners_params = partners.query.sql_with_params()
    return f"{owners_sql} UNION {partners_sql}", [*owners_params, *partners_params]


def code_point_order() -> str:
    """A collation that orders text as Python does (UTF-8 bytes are in code point order)."""
    return 'COLLATE "C"' if connection.vendor == "postgresql" else "COLLATE BINARY"


def name_columns() -> tuple[str, str]:
    """The columns of an organisation's name in Swedish (the default every language falls
    back to) and in the current language."""
    default = settings.MODELTRANSLATION_DEFAULT_LANGUAGE
    language = get_language()
    if language not in {code for code, _name in settings.LANGUAGES}:
        language = default
    return f"name_{default}", f"name_{language}"


def shown_name(alias: str) -> str:
    """The name an organisation is shown with: in the current language, else in Swedish."""
    default, current = name_columns()
    return f"COALESCE(NULLIF({alias}.{current}, ''), {alias}.{default})"


def links_sql(filters: Filters) -> tuple[str, list]:
    """The common table expressions every network query starts from:

    - taking_part (initiative_ref, organisation_ref): who takes part in what;
    - links (source, target, weight, source_sector, target_sector): each linked pair
      once, the smaller id first;
    - reach (organisation, other_sector, links, weight): per organisation and sector of
      the organisations it is linked with, its links and their weight;
    - stats (id, initiatives, degree, weighted_degree, sectors_reached, sector,
      name_default, name_shown, shown): per organisation taking part.
    """
    participation, params = participation_sql(filters)
    default, current = name_columns()
    table = connection.ops.quote_name(Organisation._meta.db_table)
    sql = f"""
    WITH taking_part AS ({participation}),
    links AS (
        SELECT pairs.source, pairs.target, pairs.weight,
            source.sector AS source_sector, target.sector AS target_sector
        FROM (
            SELECT one.organisation_ref AS source, other.organisation_ref AS target, COUNT(*) AS weight
            FROM taking_part one
            JOIN taking_part other
                ON other.initiative_ref = one.initiative_ref AND other.organisation_ref > one.organisation_ref
            GROUP BY one.organisation_ref, other.organisation_ref
        ) pairs
        JOIN {table} source ON source.id = pairs.source
        JOIN {table} target ON target.id = pairs.target
    ),
    reach AS (
        SELECT organisation, other_sector, SUM(links) AS links, SUM(weight) AS weight
        FROM (
            SELECT source AS organisation, target_sector AS other_sector, COUNT(*) AS links,
                SUM(weight) AS weight
            FROM links GROUP BY source, target_sector
            UNION ALL
            SELECT target, source_sector, COUNT(*), SUM(weight) FROM links GROUP BY target, source_sector
        ) ends
        GROUP BY organisation, other_sector
    ),
    stats AS (
        SELECT part.organisation_ref AS id, part.initiatives,
            COALESCE(linked.degree, 0) AS degree,
            COALESCE(linked.weighted_degree, 0) AS weighted_degree,
            COALESCE(linked.sectors_reached, 0) AS sectors_reached,
            own.sector, own.{default} AS name_default, own.{current} AS name_shown,
            {shown_name("own")} AS shown
        FROM (
            SELECT organisation_ref, COUNT(*) AS initiatives FROM taking_part GROUP BY organisation_ref
        ) part
        JOIN {table} own ON own.id = part.organisation_ref
        LEFT JOIN (
            SELECT reach.organisation, SUM(reach.links) AS degree, SUM(reach.weight) AS weighted_degree,
                SUM(CASE WHEN reach.other_sector <> own.sector THEN 1 ELSE 0 END) AS sectors_reached
            FROM reach JOIN {table} own ON own.id = reach.organisation
            GROUP BY reach.organisation
        ) linked ON linked.organisation = part.organisation_ref
    )"""
    return sql, params


NODE_COLUMNS = (
    "{0}.id, {0}.initiatives, {0}.degree, {0}.weighted_degree, {0}.sectors_reached, "
    "{0}.sector, {0}.name_default, {0}.name_shown"
)
NO_NODE = ", ".join(["CAST(NULL AS BIGINT)"] * 5 + ["CAST(NULL AS TEXT)"] * 3)
NODES, SECTORS, BRIDGES, DRAWN_LINKS, COUNTS = range(5)


def network_sql(filters: Filters) -> tuple[str, list]:
    """One statement for the dashboard, rows of (kind, number, node, node) by kind:

    - NODES: the DRAWN most connected organisations (the first node);
    - SECTORS: per pair of sectors (in the two nodes' sector columns) the links (number),
      and their weight (in the first node's initiatives column);
    - BRIDGES: the TOP strongest links between sectors (weight, source, target);
    - DRAWN_LINKS: the links among the NODES (weight, source id, target id);
    - COUNTS: how many organisations the network has (number).
    """
    common, params = links_sql(filters)
    order = code_point_order()
    table = connection.ops.quote_name(Organisation._meta.db_table)

    def nulls(count: int) -> str:
        return ", ".join(["NULL"] * count)

    sql = f"""{common},
    drawn AS (
        SELECT id FROM stats ORDER BY degree DESC, weighted_degree DESC, shown {order}, id LIMIT {DRAWN}
    ),
    bridges AS (
        SELECT links.source, links.target, links.weight
        FROM links
        JOIN {table} source ON source.id = links.source
        JOIN {table} target ON target.id = links.target
        WHERE links.source_sector <> links.target_sector
        ORDER BY links.weight DESC, {shown_name("source")} {order}, {shown_name("target")} {order},
            links.source, links.target
        LIMIT {TOP}
    )
    SELECT {NODES}, CAST(NULL AS BIGINT), {NODE_COLUMNS.format("s")}, {NO_NODE}
    FROM stats s WHERE s.id IN (SELECT id FROM drawn)
    UNION ALL
    SELECT {SECTORS}, COUNT(*), NULL, SUM(weight), {nulls(3)}, source_sector, {nulls(2)},
        {nulls(5)}, target_sector, {nulls(2)}
    FROM links GROUP BY source_sector, target_sector
    UNION ALL
    SELECT {BRIDGES}, bridges.weight, {NODE_COLUMNS.format("s")}, {NODE_COLUMNS.format("t")}
    FROM bridges JOIN stats s ON s.id = bridges.source JOIN stats t ON t.id = bridges.target
    UNION ALL
    SELECT {DRAWN_LINKS}, links.weight, links.source, {nulls(7)}, links.target, {nulls(7)}
    FROM links
    WHERE links.source IN (SELECT id FROM drawn) AND links.target IN (SELECT id FROM drawn)
    UNION ALL
    SELECT {COUNTS}, COUNT(*), {nulls(8)}, {nulls(8)}
    FROM stats"""
    return sql, params


# ----------------------------------------------------------------------------- the shape
def sector_label(sector: str) -> str:
    return str(dict(Sector.choices).get(sector, sector))


def label(name_default: str, name_shown: str | None) -> Label:
    """As scope.label_of: the name in the current language, else the Swedish one, marked."""
    if name_shown:
        return Label(name_shown)
    if get_language() == settings.MODELTRANSLATION_DEFAULT_LANGUAGE:
        return Label(name_default)
    return Label(name_default, settings.MODELTRANSLATION_DEFAULT_LANGUAGE)


def node(columns) -> Node:
    pk, initiatives, degree, weighted_degree, sectors_reached, sector, name_default, name_shown = columns
    return Node(
        pk,
        label(name_default, name_shown),
        sector,
        sector_label(sector),
        int(initiatives),
        int(degree),
        int(weighted_degree),
        int(sectors_reached),
    )


def by_weight(edge: Edge):
    return (-edge.weight, edge.source.name.text, edge.target.name.text)


def network(filters: Filters) -> Network:
    """The network of the initiatives in scope (one query)."""
    sql, params = network_sql(filters)
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        rows = cursor.fetchall()
    found = defaultdict(list)
    for row in rows:
        found[row[0]].append(row)
    organisations = int(found[COUNTS][0][1]) if found[COUNTS] else 0
    if not organisations:
        return Network()
    nodes = {row[2]: node(row[2:10]) for row in found[NODES]}
    most_connected = sorted(
        nodes.values(), key=lambda node: (-node.degree, -node.weighted_degree, node.name.text, node.pk)
    )
    edges = sorted(
        (Edge(nodes[row[2]], nodes[row[10]], int(row[1])) for row in found[DRAWN_LINKS]), key=by_weight
    )
    bridges = sorted(
        (Edge(node(row[2:10]), node(row[10:18]), int(row[1])) for row in found[BRIDGES]), key=by_weight
    )
    links = crossing = 0
    pairs = defaultdict(lambda: [0, 0])
    for row in found[SECTORS]:
        count, weight, sectors = int(row[1]), int(row[3]), (row[7], row[15])
        links += count
        if sectors[0] != sectors[1]:
            crossing += count
            pair = tuple(sorted(sectors, key=SECTOR_ORDER.index))
            pairs[pair][0] += count
            pairs[pair][1] += weight
    sector_pairs = sorted(
        (
            SectorPair(f"{sector_label(first)} – {sector_label(second)}", count, weight)
            for (first, second), (count, weight) in pairs.items()
        ),
        key=lambda row: (-row.initiatives, -row.links, row.sectors),
    )
    return Network(
        nodes=most_connected,
        edges=edges,
        organisations=organisations,
        links=links,
        crossing_links=crossing,
        most_connected=most_connected[:TOP],
        bridges=bridges,
        sector_pairs=sector_pairs,
    )


# ------------------------------------------------------------------- the CSV downloads
def chunked(sql: str, params: list):
    """The rows of a query, read from the database a chunk at a time (a server-side cursor
    on PostgreSQL), so that a download of any size is written in flat memory."""
    with aggregating(), connection.chunked_cursor() as cursor:
        cursor.execute(sql, params)
        while rows := cursor.fetchmany(CHUNK):
            yield from rows


def organisations_rows(filters: Filters):
    """Every organisation in the network, by name, as Nodes."""
    common, params = links_sql(filters)
    sql = f"{common} SELECT {NODE_COLUMNS.format('stats')} FROM stats ORDER BY shown {code_point_order()}, id"
    for row in chunked(sql, params):
        yield node(row)


def links_rows(filters: Filters):
    """Every link in the network, the heaviest first, as Edges between Nodes that have
    their names and sectors only (their other figures are 0)."""
    common, params = links_sql(filters)
    order = code_point_order()
    default, current = name_columns()
    table = connection.ops.quote_name(Organisation._meta.db_table)
    sql = f"""{common}
    SELECT links.weight, source.id, source.sector, source.{default}, source.{current},
        target.id, target.sector, target.{default}, target.{current}
    FROM links
    JOIN {table} source ON source.id = links.source
    JOIN {table} target ON target.id = links.target
    ORDER BY links.weight DESC, {shown_name("source")} {order}, {shown_name("target")} {order},
        links.source, links.target"""
    for weight, *ends in chunked(sql, params):
        source, target = (
            node((pk, 0, 0, 0, 0, sector, name_default, name_shown))
            for pk, sector, name_default, name_shown in (ends[:4], ends[4:])
        )
        yield Edge(source, target, int(weight))


# --------------------------------------------------------------------------- the drawing
@dataclass
class NetworkDrawing:
    """A circle of organisations grouped by sector (with a gap between sectors), the most
    connected ones named; links drawn as straight lines, thicker for more shared
    initiatives. Deterministic: the same data always gives the same picture. It shows the
    network's nodes and edges: in a large network, the most connected organisations."""

    network: Network
    width: int = 800
    height: int = 560
    radius: int = 200
    labelled: int = 12  # at most this many of the most connected organisations are named
    label_length: int = 20  # characters
    CHARACTER, LINE = 8.4, 19  # the size of a label's character and line, px (16px font)

    def __post_init__(self):
        order = sorted(
            self.network.nodes,
            key=lambda node: (
                SECTOR_ORDER.index(node.sector) if node.sector in SECTOR_ORDER else len(SECTOR_ORDER),
                -node.weighted_degree,
                node.name.text,
            ),
        )
        sector_count = len({node.sector for node in order})
        slots = len(order) + (sector_count if sector_count > 1 else 0)
        self.points = {}
        slot, previous = 0, None
        for node in order:
            if previous is not None and node.sector != previous and sector_count > 1:
                slot += 1  # a gap between sectors
            angle = -math.pi / 2 + 2 * math.pi * slot / max(slots, 1)
            x, y = self.at(angle, self.radius)
            label_x, label_y = self.at(angle, self.radius + 14)
            self.points[node.pk] = {
                "node": node,
                "x": x,
                "y": y,
                "r": round(4 + min(8.0, math.sqrt(node.weighted_degree)), 1),
                "label": "",
                "label_x": label_x,
                "label_y": label_y,
                "anchor": "start" if math.cos(angle) > 0.2 else "end" if math.cos(angle) < -0.2 else "middle",
                "sector_index": SECTOR_ORDER.index(node.sector) + 1 if node.sector in SECTOR_ORDER else 5,
            }
            previous = node.sector
            slot += 1
        self.name_the_most_connected()

    def name_the_most_connected(self):
        """Name the most connected organisations, skipping a name that would overlap one
        already written (neighbours on the circle are often both well connected)."""
        boxes = []
        for node in self.network.most_connected[: self.labelled]:
            point = self.points[node.pk]
            text = short(node.name.text, self.label_length)
            width = len(text) * self.CHARACTER
            left = {"start": point["label_x"], "end": point["label_x"] - width}.get(
                point["anchor"], point["label_x"] - width / 2
            )
            box = (left, point["label_y"] - self.LINE / 2, left + width, point["label_y"] + self.LINE / 2)
            if any(
                box[0] < other[2] and other[0] < box[2] and box[1] < other[3] and other[1] < box[3]
                for other in boxes
            ):
                continue
            boxes.append(box)
            point["label"] = text

    def at(self, angle: float, radius: float) -> tuple[float, float]:
        return (
            round(self.width / 2 + radius * math.cos(angle), 1),
            round(self.height / 2 + radius * math.sin(angle), 1),
        )

    @property
    def nodes(self) -> list[dict]:
        return list(self.points.values())

    @property
    def lines(self) -> list[dict]:
        heaviest = max((edge.weight for edge in self.network.edges), default=1)
        return [
            {
                "x1": self.points[edge.source.pk]["x"],
                "y1": self.points[edge.source.pk]["y"],
                "x2": self.points[edge.target.pk]["x"],
                "y2": self.points[edge.target.pk]["y"],
                "width": round(1 + 4 * (edge.weight - 1) / max(heaviest - 1, 1), 1),
                "crosses": edge.crosses_sectors,
            }
            # the lightest first, so that the strong links are drawn on top
            for edge in sorted(self.network.edges, key=lambda edge: edge.weight)
        ]


def short(text: str, length: int = 24) -> str:
    return text if len(text) <= length else text[: length - 1].rstrip() + "…"
