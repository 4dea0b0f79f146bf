"""Geometry for small server-rendered SVG charts. No JavaScript.

The functions here only compute positions and sizes; the templates
(``templates/barriers/_chart_*.html``) draw them, so Django escapes every label.
Charts are 360 units wide (a phone's width) and scale with ``width: 100%``.
Each chart on a page is followed by a data table with the same numbers.
"""

from dataclasses import dataclass, field

WIDTH = 360
LABEL_HEIGHT = 18  # a line of text above each bar
BAR_HEIGHT = 16
ROW_GAP = 10
GROUP_HEIGHT = 24
VALUE_ROOM = 44  # room after the longest bar for its number


@dataclass
class Bar:
    """One horizontal bar with its label above it; ``part`` is a darker share inside it."""

    label: str
    value: int
    y: int = 0
    width: float = 0
    part: int | None = None
    part_width: float = 0
    is_group: bool = False

    @property
    def label_y(self):
        return self.y - 4

    @property
    def value_x(self):
        return self.width + 6

    @property
    def text_y(self):
        return self.y + BAR_HEIGHT - 3


@dataclass
class BarChart:
    bars: list
    height: int
    width: int = WIDTH
    bar_height: int = BAR_HEIGHT


def bar_chart(items) -> BarChart:
    """A horizontal bar chart of ``(label, value, part)`` items; ``None`` value: a group heading.

    Bars share one scale, so the longest value fills the width (less room for its number).
    """
    items = list(items)
    largest = max((value or 0 for _label, value, _part in items), default=0) or 1
    scale = (WIDTH - VALUE_ROOM) / largest
    bars, y = [], 0
    for label, value, part in items:
        if value is None:
            y += GROUP_HEIGHT
            bars.append(Bar(label, 0, y=y, is_group=True))
            y += 4
            continue
        y += LABEL_HEIGHT
        bar = Bar(label, value, y=y, width=round(value * scale, 1), part=part)
        if part is not None:
            bar.part_width = round(part * scale, 1)
        bars.append(bar)
        y += BAR_HEIGHT + ROW_GAP
    return BarChart(bars, height=max(y, 1))


@dataclass
class Segment:
    key: str
    value: int
    y: float
    height: float
    index: int  # for the colour class


@dataclass
class Column:
    label: str
    total: int
    x: float
    width: float
    top: float = 0  # where the column ends, for its total above it
    segments: list = field(default_factory=list)

    @property
    def center(self):
        return round(self.x + self.width / 2, 1)


@dataclass
class LegendItem:
    key: str
    label: str
    x: int
    index: int
    y: int = 0


@dataclass
class StackedChart:
    columns: list
    legend: list
    height: int
    plot_bottom: int
    width: int = WIDTH

    @property
    def label_y(self):
        return self.plot_bottom + 15


PLOT_TOP = 20  # room for the total above the tallest column
PLOT_HEIGHT = 160
AXIS_ROOM = 20  # column labels under the plot
LEGEND_ROW = 22


def stacked_columns(columns, keys, labels=None) -> StackedChart:
    """Vertical columns stacked by ``keys`` (bottom first): ``columns`` is ``(label, {key: n})``.

    The legend shows ``labels[key]`` (default: the key, a short code such as "B1"),
    seven to a row.
    """
    columns = list(columns)
    largest = max((sum(values.values()) for _label, values in columns), default=0) or 1
    slot = WIDTH / max(len(columns), 1)
    width = min(round(slot * 0.7, 1), 60)
    bottom = PLOT_TOP + PLOT_HEIGHT
    result = []
    for position, (label, values) in enumerate(columns):
        x = round(position * slot + (slot - width) / 2, 1)
        column = Column(label, sum(values.values()), x, width)
        y = bottom
        for index, key in enumerate(keys):
            value = values.get(key, 0)
            if not value:
                continue
            height = round(value / largest * PLOT_HEIGHT, 1)
            y = round(y - height, 1)
            column.segments.append(Segment(key, value, y, height, index))
        column.top = y
        result.append(column)
    per_row = 7
    labels = labels or {}
    legend = [
        LegendItem(key, labels.get(key, key), (index % per_row) * (WIDTH // per_row), index)
        for index, key in enumerate(keys)
    ]
    rows = (len(keys) + per_row - 1) // per_row
    legend_top = bottom + AXIS_ROOM + 8
    for item in legend:
        item.y = legend_top + (item.index // per_row) * LEGEND_ROW
    height = legend_top + rows * LEGEND_ROW
    return StackedChart(result, legend, height=height, plot_bottom=bottom)
