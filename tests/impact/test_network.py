"""The collaboration network of the hand-built world (conftest.py), counted by hand.

Who takes part in what (owner first):
I1: A1, A2, B1 · I2: A1, U1 · I3: A2, A3, C1, P1 · I4: A3 · I5: A2 (also its own partner), B1, B2 · I6: A3
"""

import pytest
from django.utils import translation

from gnista.impact.network import NetworkDrawing, network
from gnista.impact.scope import Filters

pytestmark = pytest.mark.django_db


def links(result) -> dict:
    return {(edge.source.name.text, edge.target.name.text): edge.weight for edge in result.edges}


def pair(first, second):
    return tuple(sorted((first.name_sv, second.name_sv)))


def by_name(links_):
    return {tuple(sorted(key)): weight for key, weight in links_.items()}


def test_links_are_shared_initiatives(world):
    w = world
    result = network(Filters())
    expected = {
        pair(w.a1, w.a2): 1,  # I1
        pair(w.a1, w.b1): 1,  # I1
        pair(w.a2, w.b1): 2,  # I1 and I5 (A2 listed twice in I5 still counts once)
        pair(w.a1, w.u1): 1,  # I2
        pair(w.a2, w.a3): 1,  # I3
        pair(w.a2, w.c1): 1,
        pair(w.a2, w.p1): 1,
        pair(w.a3, w.c1): 1,
        pair(w.a3, w.p1): 1,
        pair(w.c1, w.p1): 1,
        pair(w.a2, w.b2): 1,  # I5
        pair(w.b1, w.b2): 1,
    }
    assert by_name(links(result)) == expected
    assert len(result.nodes) == 8  # "Utanför AB" takes part in nothing


def test_most_connected_actors(world):
    result = network(Filters())
    rows = [
        (node.name.text, node.initiatives, node.degree, node.weighted_degree, node.sectors_reached)
        for node in result.most_connected
    ]
    assert rows == [
        ("Betaförvaltningen", 3, 6, 7, 2),  # A1 A3 P1 B1 B2 C1; B1 twice; business and civil society
        ("Bolaget AB", 2, 3, 4, 1),  # A1 A2 B2; A2 twice
        ("Alfaförvaltningen", 2, 3, 3, 2),  # A2 B1 U1
        ("Föreningen", 1, 3, 3, 1),  # A2 A3 P1
        ("Gammaförvaltningen", 3, 3, 3, 1),  # A2 C1 P1
        ("Regionen", 1, 3, 3, 1),  # A2 A3 C1
        ("Klustret", 1, 2, 2, 1),
        ("Högskolan", 1, 1, 1, 1),
    ]


def test_bridges_between_sectors(world):
    with translation.override("en"):
        result = network(Filters())
        pairs = [tuple(row) for row in result.sector_pairs]
    # Public and business: A1-B1, A2-B1 (2), A2-B2; public and civil society: A2-C1, A3-C1,
    # P1-C1; public and academia: A1-U1. B1-B2 and the links among public ones stay in a sector.
    assert pairs == [
        ("Public sector – Business", 3, 4),
        ("Public sector – Civil society", 3, 3),
        ("Public sector – Academia", 1, 1),
    ]
    assert result.cross_sector_share == 58.3  # 7 of 12 links
    strongest = result.bridges[0]
    assert {strongest.source.name.text, strongest.target.name.text} == {"Betaförvaltningen", "Bolaget AB"}
    assert strongest.weight == 2
    assert len(result.bridges) == 7


def test_filters_select_the_initiatives(world):
    w = world
    # 2025: I3, I4, I5; every link once.
    in_2025 = network(Filters(year=2025))
    assert len(in_2025.nodes) == 6 and len(in_2025.edges) == 9
    assert set(links(in_2025).values()) == {1}
    # A1 takes part in I1 and I2.
    assert by_name(links(network(Filters(administration="alfa")))) == {
        pair(w.a1, w.a2): 1,
        pair(w.a1, w.b1): 1,
        pair(w.a2, w.b1): 1,
        pair(w.a1, w.u1): 1,
    }
    # Area Y: I2 and I3.
    assert len(network(Filters(area="y")).edges) == 1 + 6
    assert network(Filters(year=2019)).nodes == []


def test_the_drawing_is_deterministic_and_inside_its_frame(world):
    result = network(Filters())
    first, second = NetworkDrawing(result), NetworkDrawing(network(Filters()))
    assert first.nodes == second.nodes and first.lines == second.lines
    for node in first.nodes:
        assert 0 < node["x"] < first.width and 0 < node["y"] < first.height
    # grouped by sector: the public organisations come first around the circle
    sectors = [node["node"].sector for node in first.nodes]
    assert sectors == sorted(sectors, key=["public", "business", "academia", "civil_society"].index)
    named = [node["label"] for node in first.nodes if node["label"]]
    assert "Betaförvaltningen" in named
    widths = {(line["x1"], line["y1"], line["x2"], line["y2"]): line["width"] for line in first.lines}
    assert max(widths.values()) == 5.0 and min(widths.values()) == 1.0  # weight 2 is the heaviest


def test_the_network_takes_one_query(world, django_assert_num_queries):
    with django_assert_num_queries(1):
        network(Filters(year=2025, area="x", administration="beta"))
