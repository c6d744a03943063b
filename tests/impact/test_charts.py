"""The bar chart of core/charts.py and its template: geometry, scale, stacking, and
coordinates that never take a decimal comma."""

import datetime
from decimal import Decimal

from django.template.loader import render_to_string
from django.utils import translation

from gnista.core.charts import BarChart, LineChart, nice_scale


def test_nice_scale_has_round_steps():
    assert nice_scale(0) == (1.0, 1.0)
    assert nice_scale(3) == (3.0, 1.0)  # whole numbers: never a step below 1
    assert nice_scale(9) == (9.0, 3.0)
    assert nice_scale(42) == (60.0, 20.0)
    assert nice_scale(121) == (150.0, 50.0)
    assert nice_scale(0.8, whole=False) == (0.8, 0.2)
    assert nice_scale(250, whole=False) == (300.0, 100.0)


def test_grouped_vertical_bars():
    chart = BarChart(["2024", "2025"], ["a", "b"], [[2, 4], [0, 1]])
    assert chart.top == 4.0 and not chart.is_wide
    bars = chart.bars
    assert len(bars) == 3  # a zero draws nothing
    tallest = max(bars, key=lambda bar: bar["height"])
    assert tallest["height"] == chart.plot_height and tallest["y"] == chart.top_margin
    assert tallest["series"] == 2
    first, second = bars[0], bars[1]
    assert second["x"] == round(first["x"] + first["width"], 1)  # side by side
    assert all(bar["y"] + bar["height"] == chart.bottom for bar in bars)  # standing on the axis
    assert [label["text"] for label in chart.labels] == ["2024", "2025"]
    assert [tick["value"] for tick in chart.ticks] == [0, 1, 2, 3, 4]


def test_stacked_bars_sit_on_each_other():
    chart = BarChart(["Q1"], ["shared", "alone"], [[1, 3]], stacked=True)
    assert chart.top == 4.0
    lower, upper = chart.bars
    assert lower["x"] == upper["x"]
    assert round(upper["y"] + upper["height"], 1) == lower["y"]
    assert lower["height"] + upper["height"] == chart.plot_height


def test_horizontal_bars_name_their_categories_beside_them():
    chart = BarChart(
        ["A rather long name of a challenge, longer than fits", "B"], ["n"], [[4], [2]], horizontal=True
    )
    assert chart.height == chart.top_margin + 2 * chart.band + chart.bottom_margin
    first, second = chart.bars
    assert first["x"] == second["x"] == chart.left
    assert first["width"] == chart.plot_width and second["width"] == chart.plot_width / 2
    names = [label["text"] for label in chart.labels]
    assert names[0].endswith("…") and len(names[0]) == chart.LABEL_LENGTH and names[1] == "B"


def test_many_categories_widen_the_chart_and_thin_the_labels():
    quarters = [f"Q{quarter} {year}" for year in range(2018, 2027) for quarter in range(1, 5)]
    chart = BarChart(quarters, ["a", "b", "c", "d"], [[1, 2, 3, 4]] * len(quarters))
    assert chart.is_wide and chart.width > 1000
    narrow = BarChart(quarters, ["a"], [[1]] * len(quarters))
    assert [label["text"] for label in narrow.labels][:3] == ["Q1 2018", "Q1 2019", "Q1 2020"]
    years = BarChart(
        quarters, ["a"], [[1]] * len(quarters), axis_labels=[q[3:] if q[:2] == "Q1" else "" for q in quarters]
    )
    assert [label["text"] for label in years.labels] == [str(year) for year in range(2018, 2027)]


def test_the_template_never_localises_coordinates():
    chart = BarChart(
        ["2024", "2025"], ["a", "b"], [[1.5, 2.25], [3, 0.5]], whole=False, format=lambda v: f"{v:.1f}"
    )
    with translation.override("sv"):
        svg = render_to_string(
            "core/_bar_chart.html", {"chart": chart, "chart_id": "c", "chart_title": "Ett diagram"}
        )
    assert 'viewBox="0 0 480 220"' in svg
    assert '<title id="c-title">Ett diagram</title>' in svg
    for attribute in ('x="', 'y="', 'width="', 'height="'):
        for value in svg.split(attribute)[1:]:
            assert "," not in value.split('"')[0], f"{attribute}{value[:20]}"
    assert svg.count("<rect") == 4


def test_the_line_chart_still_works():
    chart = LineChart([(datetime.date(2025, 1, 1), Decimal(1)), (datetime.date(2026, 1, 1), Decimal(3))])
    assert chart.path.count(",") == 2 and len(chart.markers) == 2
