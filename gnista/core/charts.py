"""Server-rendered SVG charts. The SVG is a picture of numbers that are always also
given as a data table beside it, so the chart itself is decoration for sighted readers
and the table is the accessible version (WCAG 1.1.1)."""

import datetime
import math
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal

WIDTH, HEIGHT = 480, 220
LEFT, RIGHT, TOP, BOTTOM = 56, 16, 16, 36


@dataclass
class Line:
    """A horizontal reference line such as a baseline or a target."""

    label: str
    value: float
    y: float = 0.0


@dataclass
class LineChart:
    points: list[tuple[datetime.date, Decimal]]
    lines: list[Line] = field(default_factory=list)
    width: int = WIDTH
    height: int = HEIGHT

    def __post_init__(self):
        values = [float(value) for _date, value in self.points] + [line.value for line in self.lines]
        low, high = (min(values), max(values)) if values else (0.0, 1.0)
        if low > 0 and low < high * 0.5:
            low = 0.0
        if high == low:
            high, low = high + 1, low - 1 if low else 0.0
        padding = (high - low) * 0.1
        self.low, self.high = low - (padding if low else 0), high + padding
        for line in self.lines:
            line.y = self.y(line.value)

    @property
    def plot_width(self) -> int:
        return self.width - LEFT - RIGHT

    @property
    def plot_height(self) -> int:
        return self.height - TOP - BOTTOM

    def x(self, index: int) -> float:
        if len(self.points) < 2:
            return LEFT + self.plot_width / 2
        first, last = self.points[0][0], self.points[-1][0]
        span = (last - first).days or 1
        return round(LEFT + (self.points[index][0] - first).days / span * self.plot_width, 1)

    def y(self, value) -> float:
        return round(TOP + (self.high - float(value)) / (self.high - self.low) * self.plot_height, 1)

    @property
    def markers(self) -> list[dict]:
        return [
            {"x": self.x(index), "y": self.y(value), "date": date, "value": value}
            for index, (date, value) in enumerate(self.points)
        ]

    @property
    def path(self) -> str:
        return " ".join(f"{marker['x']},{marker['y']}" for marker in self.markers)

    @property
    def ticks(self) -> list[dict]:
        """Four value ticks on the y axis."""
        step = (self.high - self.low) / 4
        return [
            {"y": self.y(self.low + step * index), "value": self.low + step * index} for index in range(5)
        ]

    @property
    def bottom(self) -> int:
        return self.height - BOTTOM

    @property
    def left(self) -> int:
        return LEFT

    @property
    def right(self) -> int:
        return self.width - RIGHT


def nice_scale(highest: float, ticks: int = 4, whole: bool = True) -> tuple[float, float]:
    """The top of the value axis and the step between its ticks: a round step (1, 2, 2.5
    or 5 times a power of ten) so that about `ticks` steps cover the highest value."""
    if highest <= 0:
        return 1.0, 1.0
    raw = highest / ticks
    magnitude = 10 ** math.floor(math.log10(raw))
    step = next(m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude >= raw)
    if whole:
        step = max(1.0, math.ceil(step))
    return step * math.ceil(highest / step - 1e-9), step


def short(text: str, length: int) -> str:
    text = str(text)
    return text if len(text) <= length else text[: length - 1].rstrip() + "…"


@dataclass
class BarChart:
    """Bars for categories (periods, stages, areas...), one bar per series in each
    category side by side, or stacked into one. Vertical bars suit periods; horizontal
    bars suit long category names (they are written beside the bars, shortened).

    A vertical chart with many categories grows wider than WIDTH instead of squeezing its
    bars (`is_wide`): the template then gives it its natural size in a scrolling box.
    Coordinates are plain floats: templates must render them with localisation off."""

    categories: list[str]
    series: list[str]
    values: list[list[float]]  # values[category][series]
    stacked: bool = False
    horizontal: bool = False
    whole: bool = True  # whole numbers on the value axis
    format: Callable[[float], str] = str  # how a tick's value is written (localised)
    axis_labels: list[str] | None = None  # what to write under each vertical bar, "" for nothing
    width: int = WIDTH
    height: int = HEIGHT

    BAR = 10  # the narrowest bar, px
    GAP = 8  # between categories, px
    LABEL_WIDTH = 210  # the names beside horizontal bars, px
    LABEL_LENGTH = 28  # characters of a name beside a horizontal bar

    def __post_init__(self):
        self.values = [[float(value or 0) for value in row] for row in self.values]
        per_category = [sum(row) if self.stacked else max(row, default=0) for row in self.values]
        self.top, self.step = nice_scale(max(per_category, default=0), whole=self.whole)
        count = max(len(self.categories), 1)
        if self.horizontal:
            self.left, self.right_margin, self.top_margin, self.bottom_margin = self.LABEL_WIDTH, 24, 8, 28
            self.band = max(20, self.bars_per_category * self.BAR + self.GAP)
            self.width = max(self.width, 560)
            self.height = self.top_margin + count * self.band + self.bottom_margin
        else:
            self.left, self.right_margin, self.top_margin, self.bottom_margin = LEFT, RIGHT, TOP, BOTTOM
            natural = count * (self.bars_per_category * self.BAR + self.GAP)
            self.width = max(self.width, LEFT + RIGHT + natural)
            self.band = self.plot_width / count

    @property
    def bars_per_category(self) -> int:
        return 1 if self.stacked else max(len(self.series), 1)

    @property
    def plot_width(self) -> float:
        return self.width - self.left - self.right_margin

    @property
    def plot_height(self) -> float:
        return self.height - self.top_margin - self.bottom_margin

    @property
    def is_wide(self) -> bool:
        return not self.horizontal and self.width > WIDTH + 160

    @property
    def bottom(self) -> float:
        return self.height - self.bottom_margin

    @property
    def right(self) -> float:
        return self.width - self.right_margin

    def length(self, value: float) -> float:
        """How long a bar of the value is, px."""
        size = self.plot_width if self.horizontal else self.plot_height
        return value / self.top * size

    @property
    def bar_size(self) -> float:
        """The thickness of one bar, px."""
        if self.horizontal:
            return self.BAR if not self.stacked else self.band - self.GAP
        return min(28.0, (self.band * 0.8) / self.bars_per_category)

    @property
    def bars(self) -> list[dict]:
        bars = []
        thickness = self.bar_size
        for index, row in enumerate(self.values):
            start = index * self.band + (self.band - thickness * self.bars_per_category) / 2
            stacked_so_far = 0.0
            for number, value in enumerate(row):
                if value <= 0:
                    continue
                offset = start + (0 if self.stacked else number * thickness)
                base = self.length(stacked_so_far) if self.stacked else 0.0
                size = self.length(value)
                if self.horizontal:
                    x, y, width, height = self.left + base, self.top_margin + offset, size, thickness
                else:
                    x, y = self.left + offset, self.bottom - base - size
                    width, height = thickness, size
                bars.append(
                    {
                        "x": round(x, 1),
                        "y": round(y, 1),
                        "width": round(max(width, 1.0), 1),
                        "height": round(max(height, 1.0), 1),
                        "series": number + 1,
                    }
                )
                if self.stacked:
                    stacked_so_far += value
        return bars

    @property
    def ticks(self) -> list[dict]:
        """The value axis: a grid line and a label at each step."""
        ticks = []
        steps = round(self.top / self.step)
        for index in range(steps + 1):
            value = self.step * index
            position = self.length(value)
            if self.horizontal:
                ticks.append(
                    {"x": round(self.left + position, 1), "value": value, "label": self.format(value)}
                )
            else:
                ticks.append(
                    {"y": round(self.bottom - position, 1), "value": value, "label": self.format(value)}
                )
        return ticks

    @property
    def labels(self) -> list[dict]:
        """The category names: every one beside horizontal bars; under vertical bars the
        axis labels if given, else as many names as fit (about one per 60 px)."""
        if self.horizontal:
            return [
                {
                    "x": self.left - 6,
                    "y": round(self.top_margin + (index + 0.5) * self.band, 1),
                    "text": short(category, self.LABEL_LENGTH),
                }
                for index, category in enumerate(self.categories)
            ]
        texts = self.axis_labels or [str(category) for category in self.categories]
        every = 1 if self.axis_labels else max(1, math.ceil(60 / self.band)) if self.band else 1
        return [
            {"x": round(self.left + (index + 0.5) * self.band, 1), "y": self.bottom + 18, "text": text}
            for index, text in enumerate(texts)
            if text and index % every == 0
        ]

    @property
    def legend(self) -> list[dict]:
        return [{"number": number, "label": label} for number, label in enumerate(self.series, start=1)]
