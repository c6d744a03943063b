"""The collaboration network: organisations linked through the initiatives they share.

Nodes are the organisations taking part in an initiative in scope, as its owner or as a
partner. Two organisations are linked once for each initiative both take part in; the
link's weight is the number of initiatives they share. The links come from one self-join
aggregate query over "who takes part in what" (the owners of the initiatives in scope
together with their partnerships); the most connected actors and the bridges between
sectors are shaped from those aggregated links, and so is the drawing: a deterministic
circle with the organisations grouped by sector.

Time basis: the initiative's start date (starts_on), like the other initiative indicators.
"""

import math
from collections import defaultdict
from dataclasses import dataclass, field
from typing import NamedTuple

from django.db import connection
from django.db.models import F

from gnista.portfolio.filters import in_language_or_default
from gnista.portfolio.models import Organisation, Partnership, Sector

from . import scope
from .scope import Filters, Label, in_year, label_of

SECTOR_ORDER = [Sector.PUBLIC, Sector.BUSINESS, Sector.ACADEMIA, Sector.CIVIL_SOCIETY]
TOP = 10  # rows in the tables of the most connected actors and the strongest bridges


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
    nodes: list[Node] = field(default_factory=list)
    edges: list[Edge] = field(default_factory=list)

    @property
    def most_connected(self) -> list[Node]:
        return sorted(self.nodes, key=lambda node: (-node.degree, -node.weighted_degree, node.name.text))[
            :TOP
        ]

    @property
    def bridges(self) -> list[Edge]:
        """The strongest links between organisations of different sectors."""
        crossing = [edge for edge in self.edges if edge.crosses_sectors]
        return sorted(
            crossing, key=lambda edge: (-edge.weight, edge.source.name.text, edge.target.name.text)
        )[:TOP]

    @property
    def sector_pairs(self) -> list[SectorPair]:
        """Links between sectors, per pair of sectors, the most shared initiatives first."""
        pairs = defaultdict(lambda: [0, 0])
        labels = dict(Sector.choices)
        for edge in self.edges:
            if edge.crosses_sectors:
                key = tuple(sorted((edge.source.sector, edge.target.sector), key=SECTOR_ORDER.index))
                pairs[key][0] += 1
                pairs[key][1] += edge.weight
        rows = [
            SectorPair(f"{labels[first]} – {labels[second]}", links, initiatives)
            for (first, second), (links, initiatives) in pairs.items()
        ]
        return sorted(rows, key=lambda row: (-row.initiatives, -row.links, row.sectors))

    @property
    def cross_sector_share(self) -> float | None:
        if not self.edges:
            return None
        return round(100 * sum(edge.crosses_sectors for edge in self.edges) / len(self.edges), 1)


def participation_sql(filters: Filters) -> tuple[str, list]:
    """SQL for (initiative, organisation) pairs: who takes part in which initiative in
    scope, as owner or partner; UNION removes an owner that is also listed as a partner."""
    initiatives = in_year(scope.initiatives(filters), "starts_on", filters)
    owners = initiatives.annotate(initiative_ref=F("pk"), organisation_ref=F("owner")).values(
        "initiative_ref", "organisation_ref"
    )
    partners = (
        Partnership.objects.filter(initiative__in=initiatives.values("pk"))
        .annotate(initiative_ref=F("initiative"), organisation_ref=F("organisation"))
        .values("initiative_ref", "organisation_ref")
        .order_by()
    )
    owners_sql, owners_params = owners.query.sql_with_params()
    partners_sql, partners_params = partners.query.sql_with_params()
    return f"{owners_sql} UNION {partners_sql}", [*owners_params, *partners_params]


def network(filters: Filters) -> Network:
    """The network of the initiatives in scope (three queries)."""
    participation, params = participation_sql(filters)
    with connection.cursor() as cursor:
        # The self-join: two organisations taking part in the same initiative are linked;
        # each pair once (the smaller id first), weighted by the initiatives they share.
        cursor.execute(
            f"WITH taking_part AS ({participation}) "
            "SELECT one.organisation_ref, other.organisation_ref, COUNT(*) FROM taking_part one "
            "JOIN taking_part other ON other.initiative_ref = one.initiative_ref "
            "AND other.organisation_ref > one.organisation_ref "
            "GROUP BY one.organisation_ref, other.organisation_ref",
            params,
        )
        links = cursor.fetchall()
        cursor.execute(
            f"WITH taking_part AS ({participation}) "
            "SELECT organisation_ref, COUNT(*) FROM taking_part GROUP BY organisation_ref",
            params,
        )
        taking_part = dict(cursor.fetchall())
    if not taking_part:
        return Network()
    neighbours = defaultdict(dict)
    for first, second, weight in links:
        neighbours[first][second] = weight
        neighbours[second][first] = weight
    organisations = {
        organisation.pk: organisation
        for organisation in Organisation.objects.filter(pk__in=taking_part).order_by(
            in_language_or_default("name"), "pk"
        )
    }
    sectors = {pk: organisation.sector for pk, organisation in organisations.items()}
    labels = dict(Sector.choices)
    nodes = {
        pk: Node(
            pk,
            label_of(organisation, "name"),
            organisation.sector,
            str(labels.get(organisation.sector, organisation.sector)),
            taking_part[pk],
            len(neighbours[pk]),
            sum(neighbours[pk].values()),
            len({sectors[other] for other in neighbours[pk]} - {organisation.sector}),
        )
        for pk, organisation in organisations.items()
    }
    edges = [Edge(nodes[first], nodes[second], weight) for first, second, weight in links]
    edges.sort(key=lambda edge: (-edge.weight, edge.source.name.text, edge.target.name.text))
    return Network(list(nodes.values()), edges)


# --------------------------------------------------------------------------- the drawing
@dataclass
class NetworkDrawing:
    """A circle of organisations grouped by sector (with a gap between sectors), the most
    connected ones named; links drawn as straight lines, thicker for more shared
    initiatives. Deterministic: the same data always gives the same picture."""

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
