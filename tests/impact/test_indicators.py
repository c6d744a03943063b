"""Every indicator against the hand-built world of conftest.py, with the numbers counted
by hand from it (the comments say how), and how the filters change them."""

import pytest
from django.utils import translation

from gnista.funding import overviews
from gnista.impact import indicators
from gnista.impact.scope import QUARTER, Filters, Period

pytestmark = pytest.mark.django_db


def table(indicator):
    """The rows as plain tuples: the period's key (2025, 2025-Q3) or the label's text first."""
    return [plain(row) for row in indicator.rows]


def plain(row):
    first = row[0]
    key = first.key if isinstance(first, Period) else getattr(first, "text", first)
    return (key, *row[1:])


# ------------------------------------------------------------------ internal collaboration
def test_internal_collaboration_per_year(world):
    result = indicators.internal_collaboration(Filters())
    # 2023: I6 (A3 alone). 2024: I1 (A1+A2, shared), I2 (A1). 2025: I3 (A2+A3, shared), I4 (A3),
    # I5 (A2, also listed as its own partner: still one administration).
    assert table(result) == [("2023", 1, 0, 0.0), ("2024", 2, 1, 50.0), ("2025", 3, 1, 33.3)]
    assert plain(result.total) == (None, 6, 2, 33.3)


def test_internal_collaboration_per_quarter_of_a_year(world):
    result = indicators.internal_collaboration(Filters(year=2025, per=QUARTER))
    # I3 in Q1, I5 in Q2, nothing in Q3 (shown as empty), I4 in Q4.
    assert table(result) == [
        ("2025-Q1", 1, 1, 100.0),
        ("2025-Q2", 1, 0, 0.0),
        ("2025-Q3", 0, 0, None),
        ("2025-Q4", 1, 0, 0.0),
    ]
    assert plain(result.total) == (None, 3, 1, 33.3)


def test_internal_collaboration_by_area_and_administration(world):
    # Area X: I1 (shared), I2, I5.
    assert plain(indicators.internal_collaboration(Filters(area="x")).total) == (None, 3, 1, 33.3)
    # A3 owns I4 and I6 and is a partner in I3 (shared).
    by_a3 = indicators.internal_collaboration(Filters(administration="gamma"))
    assert table(by_a3) == [("2023", 1, 0, 0.0), ("2024", 0, 0, None), ("2025", 2, 1, 50.0)]
    # Both: nothing.
    nothing = indicators.internal_collaboration(Filters(area="x", administration="gamma"))
    assert nothing.rows == [] and plain(nothing.total) == (None, 0, 0, None)


# ------------------------------------------------------------------ external collaboration
def test_external_partners_by_sector(world):
    result = indicators.external_partners(Filters())
    # columns: started, with an external partner, share, external organisations,
    # business, academia, public sector, civil society
    # 2023: I6 has no partner. 2024: I1 (B1 business), I2 (U1 academia).
    # 2025: I3 (C1 civil society, P1 public sector), I4 (none), I5 (B1, B2 business; A2 is not external).
    assert table(result) == [
        ("2023", 1, 0, 0.0, 0, 0, 0, 0, 0),
        ("2024", 2, 2, 100.0, 2, 1, 1, 0, 0),
        ("2025", 3, 2, 66.7, 4, 1, 0, 1, 1),
    ]
    # B1 works in 2024 and 2025 but is one organisation: B1, U1, C1, P1, B2.
    assert plain(result.total) == (None, 6, 4, 66.7, 5, 2, 1, 1, 1)


def test_external_partners_filtered(world):
    # Area Y: I2 (U1) and I3 (C1, P1).
    assert plain(indicators.external_partners(Filters(area="y")).total) == (None, 2, 2, 100.0, 3, 0, 1, 1, 1)
    # 2024 in quarters: I1 in Q1, I2 in Q2.
    assert table(indicators.external_partners(Filters(year=2024, per=QUARTER))) == [
        ("2024-Q1", 1, 1, 100.0, 1, 1, 0, 0, 0),
        ("2024-Q2", 1, 1, 100.0, 1, 0, 1, 0, 0),
    ]


def test_ideas_offers_and_initiatives_per_challenge(world):
    result = indicators.per_challenge(Filters())
    # The draft C-utkastet is not public. A: ideas id1, id2 (id5 is hidden), offer 1,
    # initiatives I1, I2. B: idea id3 (id6 is a draft), offer 1 (the other is hidden), I3.
    assert table(result) == [("A-utmaningen", 2, 1, 2), ("B-utmaningen", 1, 1, 1)]
    assert plain(result.total) == (None, 1.5, 1.0, 1.5)
    assert result.rows[0].challenge.url == "/sv/challenges/ch1/"


def test_per_challenge_filtered(world):
    # 2024: B opens in 2025 and is left out; A has idea id1 and initiatives I1, I2.
    assert table(indicators.per_challenge(Filters(year=2024))) == [("A-utmaningen", 1, 0, 2)]
    # 2025: A has idea id2 and the offer of March; B has idea id3, the September offer and I3.
    result = indicators.per_challenge(Filters(year=2025))
    assert table(result) == [("A-utmaningen", 1, 1, 0), ("B-utmaningen", 1, 1, 1)]
    assert plain(result.total) == (None, 1.0, 1.0, 0.5)
    # B is owned by A2 and tagged Y.
    assert table(indicators.per_challenge(Filters(administration="beta"))) == [("B-utmaningen", 1, 1, 1)]
    assert table(indicators.per_challenge(Filters(area="y"))) == [("B-utmaningen", 1, 1, 1)]
    assert indicators.per_challenge(Filters(area="y", administration="alfa")).rows == []


# ------------------------------------------------------------------------ platform use
def test_platform_use_per_year(world):
    result = indicators.platform_use(Filters())
    # columns: participants, ideas, supports, comments, offers
    # 2024: id1 (u1), a support (u2), a comment (u3).
    # 2025: ideas id2 (u2), id3 (u1), id4 (u3); supports by u3, u2; comments by u1 and u2
    # (u5's is deleted); offers by u3, u5 (u4's is hidden). Participants u1, u2, u3, u5.
    assert table(result) == [("2024", 3, 1, 1, 1, 0), ("2025", 4, 3, 2, 2, 2)]
    assert plain(result.total) == (None, 4, 4, 3, 3, 2)  # u1, u2, u3, u5 once each


def test_platform_use_per_quarter(world):
    result = indicators.platform_use(Filters(year=2025, per=QUARTER))
    # Q1: id2 (u2, Feb), support by u3 (Jan), offer by u3 (Mar). Q2: nothing.
    # Q3: id3 (u1), id4 (u3), support by u2, comments by u1 and u2, offer by u5.
    assert table(result) == [
        ("2025-Q1", 2, 1, 1, 0, 1),
        ("2025-Q2", 0, 0, 0, 0, 0),
        ("2025-Q3", 4, 2, 1, 2, 1),
    ]
    assert plain(result.total) == (None, 4, 3, 2, 2, 2)


def test_platform_use_filtered(world):
    # Area X: ideas id1, id2, id4 with their supports (u2 2024, u3 2025) and comment (u3 2024);
    # the offer on A-utmaningen (tagged X) by u3.
    assert table(indicators.platform_use(Filters(area="x"))) == [
        ("2024", 3, 1, 1, 1, 0),
        ("2025", 2, 2, 1, 0, 1),
    ]
    assert plain(indicators.platform_use(Filters(area="x")).total) == (None, 3, 3, 2, 1, 1)
    # A2 owns B-utmaningen: idea id3 (u1), its support (u2), comments (u1, u2), the offer (u5).
    assert table(indicators.platform_use(Filters(administration="beta"))) == [("2025", 3, 1, 1, 2, 1)]
    assert indicators.platform_use(Filters(year=2023)).rows == []


# ------------------------------------------------------------------ the innovation model
def test_funnel(world):
    with translation.override("en"):
        result = indicators.funnel(Filters())
    # Six started; stage 2: I1, I2, I6; stage 3: I2; scaled I2; stopped I3, I6.
    assert table(result) == [
        ("Started (stage 1)", 6, 100.0),
        ("Reached stage 2: develop and test", 3, 50.0),
        ("Reached stage 3: evaluate and scale", 1, 16.7),
        ("Scaled", 1, 16.7),
        ("Stopped", 2, 33.3),
    ]


def test_funnel_filtered(world):
    numbers = [row.initiatives for row in indicators.funnel(Filters(year=2024)).rows]
    assert numbers == [2, 2, 1, 1, 0]  # the 2024 cohort: I1 and I2
    numbers = [row.initiatives for row in indicators.funnel(Filters(area="y")).rows]
    assert numbers == [2, 1, 1, 1, 1]  # I2 and I3
    numbers = [row.initiatives for row in indicators.funnel(Filters(administration="beta")).rows]
    assert numbers == [3, 1, 0, 0, 1]  # I1 (A2 a partner), I3, I5


def test_a_stage_reached_without_history_counts(world):
    """An initiative imported at stage 2 without a history reached stage 2 all the same."""
    world.i4.stage_changes.all().delete()
    type(world.i4).objects.filter(pk=world.i4.pk).update(stage=2)
    assert [row.initiatives for row in indicators.funnel(Filters()).rows][:2] == [6, 4]


def test_stage_progress(world):
    result = indicators.stage_progress(Filters())
    # Stage 1 by the first history entry; stage 2: I6 2023-06, I2 2024-08, I1 2024-09;
    # stage 3: I2 2025-01.
    assert table(result) == [("2023", 1, 1, 0), ("2024", 2, 2, 0), ("2025", 3, 0, 1)]
    assert plain(result.total) == (None, 6, 3, 1)
    assert table(indicators.stage_progress(Filters(year=2024, per=QUARTER))) == [
        ("2024-Q1", 1, 0, 0),
        ("2024-Q2", 1, 0, 0),
        ("2024-Q3", 0, 2, 0),
    ]


def test_stage_distribution(world):
    result = indicators.stage_distribution(Filters())
    # columns: active, paused, scaled, stopped, total
    assert [row[1:] for row in result.rows] == [
        (1, 1, 0, 1, 3),  # stage 1: I4 active, I5 paused, I3 stopped
        (1, 0, 0, 1, 2),  # stage 2: I1 active, I6 stopped
        (0, 0, 1, 0, 1),  # stage 3: I2 scaled
    ]
    assert result.total[1:] == (2, 1, 1, 2, 6)
    assert indicators.stage_distribution(Filters(year=2025)).total[1:] == (1, 1, 0, 1, 3)  # I3, I4, I5


def test_outcomes(world):
    result = indicators.outcomes(Filters())
    # I6 stopped 2024-04-04 without lessons; I2 scaled 2025-06-20; I3 stopped 2025-10-10 with lessons.
    assert table(result) == [("2024", 0, 1, 0), ("2025", 1, 1, 1)]
    assert plain(result.total) == (None, 1, 2, 1)
    assert table(indicators.outcomes(Filters(year=2025, per=QUARTER))) == [
        ("2025-Q2", 1, 0, 0),
        ("2025-Q3", 0, 0, 0),
        ("2025-Q4", 0, 1, 1),
    ]
    assert table(indicators.outcomes(Filters(administration="gamma"))) == [
        ("2024", 0, 1, 0),
        ("2025", 0, 1, 1),
    ]


# ------------------------------------------------------------------------------ the fund
def test_fund_against_budget(world):
    result = indicators.fund_budget(Filters())
    # F1: I1 300 000, I2 200 000, I3 100 000 granted; 100 000 + 50 000 + 80 000 spent.
    # F2: I6 400 000 granted and spent.
    assert table(result) == [
        ("Fonden 2024", 1_000_000, 600_000, 60.0, 230_000, 23.0),
        ("Fonden 2020", 500_000, 400_000, 80.0, 400_000, 80.0),
    ]
    assert plain(result.total) == (None, 1_500_000, 1_000_000, 66.7, 630_000, 42.0)


def test_fund_against_budget_filtered(world):
    # 2025: only F1 runs; granted I2 and I3; spent 50 000 (I1) and 80 000 (I2).
    assert table(indicators.fund_budget(Filters(year=2025))) == [
        ("Fonden 2024", 1_000_000, 300_000, 30.0, 130_000, 13.0)
    ]
    # Area Y: I2 and I3.
    assert plain(indicators.fund_budget(Filters(area="y")).total) == (
        None,
        1_500_000,
        300_000,
        20.0,
        80_000,
        5.3,
    )
    # A2 takes part in I1 (partner) and I3 (owner).
    assert plain(indicators.fund_budget(Filters(administration="beta")).total)[2:5:2] == (400_000, 150_000)


def test_fund_over_time(world):
    result = indicators.fund_over_time(Filters())
    assert table(result) == [
        ("2023", 400_000, 400_000),
        ("2024", 300_000, 100_000),
        ("2025", 300_000, 130_000),
    ]
    assert plain(result.total) == (None, 1_000_000, 630_000)
    assert table(indicators.fund_over_time(Filters(year=2025, per=QUARTER))) == [
        ("2025-Q1", 200_000, 50_000),
        ("2025-Q2", 0, 80_000),
        ("2025-Q3", 100_000, 0),
    ]


def test_fund_by_area(world):
    with translation.override("en"):
        result = indicators.fund_by_area(Filters())
    # X: I1 and I2; Y: I2 and I3 (I2 counts in both); no area: I6. Against 1 500 000 kr.
    assert table(result) == [
        ("Område X", 500_000, 33.3, 230_000),
        ("Område Y", 300_000, 20.0, 80_000),
        ("No area", 400_000, 26.7, 400_000),
    ]
    assert plain(result.total) == (None, 1_000_000, 66.7, 630_000)  # each grant once
    # 2025 against F1's budget: I2 (X, Y) and I3 (Y) granted, spending of I1 (X) and I2.
    assert table(indicators.fund_by_area(Filters(year=2025))) == [
        ("Område X", 200_000, 20.0, 130_000),
        ("Område Y", 300_000, 30.0, 80_000),
    ]


def test_fund_by_administration(world):
    result = indicators.fund_by_administration(Filters())
    assert table(result) == [
        ("Alfaförvaltningen", 500_000, 33.3, 230_000),
        ("Betaförvaltningen", 100_000, 6.7, 0),
        ("Gammaförvaltningen", 400_000, 26.7, 400_000),
    ]
    assert plain(result.total) == (None, 1_000_000, 66.7, 630_000)
    # A2 takes part in I1 (owned by A1) and owns I3: money counts for the owner.
    assert table(indicators.fund_by_administration(Filters(administration="beta"))) == [
        ("Alfaförvaltningen", 300_000, 20.0, 150_000),
        ("Betaförvaltningen", 100_000, 6.7, 0),
    ]


def test_fund_breakdowns_agree_with_the_fund_pages(world):
    """Unfiltered, the fund indicators say what the fund's own overviews say."""
    by_area = {
        (row["area"].pk if row["area"] else None): (row["granted"], row["spent"])
        for row in overviews.by_area()
    }
    mine = indicators.fund_by_area(Filters())
    assert sorted(by_area.values()) == sorted((row.granted, row.spent) for row in mine.rows)
    by_owner = sorted((row["granted"], row["spent"]) for row in overviews.by_administration())
    assert by_owner == sorted(
        (row.granted, row.spent) for row in indicators.fund_by_administration(Filters()).rows
    )
    totals = overviews.totals()
    total = indicators.fund_budget(Filters()).total
    assert (totals["budget"], totals["granted"], totals["spent"]) == (
        total.budget,
        total.granted,
        total.spent,
    )


# ----------------------------------------------------------------- the rules behind them
def test_every_indicator_is_a_fixed_number_of_queries(world, django_assert_max_num_queries):
    """However many rows: a few aggregate queries per indicator, never one per row."""
    for key, indicator in indicators.INDICATORS.items():
        with django_assert_max_num_queries(6, info=key):
            indicator(Filters(year=2025, area="x", administration="alfa", per=QUARTER))


def test_an_empty_database_gives_empty_indicators(db):
    for indicator in indicators.INDICATORS.values():
        result = indicator(Filters())
        assert all(not value for row in result.rows for value in row[1:])
