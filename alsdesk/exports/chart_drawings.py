"""The PDFs' charts, drawn with reportlab.graphics: a goal's run chart and the radar of
leadership self-assessments.

Both are meant to be read on paper, often in black and white: every series differs in
shape or dash as well as colour, text is never smaller than 7 pt, and the scales show
the variation without exaggerating it (a value axis starts at zero when the values come
near it, and never claims a percentage above 100).
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.graphics.shapes import Circle, Drawing, Group, Line, Polygon, PolyLine, Rect, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from alsdesk.dates import medium_date
from alsdesk.exports import fonts
from alsdesk.exports.pdf_layout import ACCENT, INK, MUTED, PAPER, RULE, SIZE, fit
from alsdesk.services.goals import Measure
from alsdesk.services.leadership import DIMENSIONS, Level
from alsdesk.services.plan import AssessmentInfo
from alsdesk.services.run_chart import (
    SHIFT_LENGTH,
    TREND_LENGTH,
    RuleSet,
    RunChartAnalysis,
    SignalKind,
    longest_run_limit,
)

# Colours after Okabe & Ito, which stay apart for colour-blind readers.
MEDIAN = colors.HexColor(PAPER.chart.median)
TARGET = colors.HexColor(PAPER.chart.target)
SHIFT = colors.HexColor(PAPER.chart.shift)
TREND = colors.HexColor(PAPER.chart.trend)
GRID = colors.HexColor(PAPER.chart.grid)
WHITE = colors.HexColor(PAPER.paper)
HALO = colors.Color(WHITE.red, WHITE.green, WHITE.blue, alpha=0.85)  # behind a crossed label

TICK_SIZE = SIZE.chart_tick
LABEL_SIZE = SIZE.chart_label
LEGEND_SIZE = SIZE.chart_legend
LEGEND_ROW = 11
LEGEND_SAMPLE = 16
LEGEND_GAP = 14  # between keys in a row
DASH = (4, 2.5)
VALUE_MARGIN = 0.08  # of the values' range, above and below them on the value axis
EMPTY_RUN_CHART = (
    "No values yet: the run chart starts with the first progress update that has a value."
)

Style = tuple[colors.Color, tuple[float, ...] | None, float]  # colour, dash, line width


# -- shared ---------------------------------------------------------------------------------


def format_value(value: float) -> str:
    """A measurement as people write it: 12 rather than 12.0, 12.5 as it is."""
    if float(value).is_integer():
        return str(int(value))
    return f"{value:.10g}"


def _width(value: str, size: float, font: str = fonts.REGULAR) -> float:
    return stringWidth(value, font, size)


def _text(
    x: float,
    y: float,
    value: str,
    size: float = TICK_SIZE,
    colour: colors.Color = INK,
    anchor: str = "start",
    font: str = fonts.REGULAR,
) -> String:
    return String(x, y, value, fontName=font, fontSize=size, fillColor=colour, textAnchor=anchor)


def _line(
    start: tuple[float, float],
    end: tuple[float, float],
    colour: colors.Color,
    width: float = 0.6,
    dash: tuple[float, ...] | None = None,
) -> Line:
    dashes = list(dash) if dash else None
    return Line(*start, *end, strokeColor=colour, strokeWidth=width, strokeDashArray=dashes)


def _empty(drawing: Drawing, message: str) -> Drawing:
    """A pale frame with the message in the middle, so the space does not look forgotten."""
    width, height = drawing.width, drawing.height
    drawing.add(Rect(0.5, 0.5, width - 1, height - 1, strokeColor=RULE, fillColor=None))
    shown = fit(message, width - 20, fonts.ITALIC, SIZE.chart_hint)
    drawing.add(
        _text(width / 2, height / 2 - 3, shown, SIZE.chart_hint, MUTED, "middle", fonts.ITALIC)
    )
    return drawing


@dataclass(frozen=True)
class _Key:
    """One entry of a legend: a sample of the mark and what it means."""

    label: str
    colour: colors.Color
    dash: tuple[float, ...] | None = None
    line: bool = True
    marker: str = ""  # "", "dot", "square", "triangle"
    width: float = 1.2


def _draw_key(group: Group, key: _Key, x: float, y: float) -> None:
    """The sample, LEGEND_SAMPLE wide, with its middle at height ``y``."""
    if key.line:
        group.add(_line((x, y), (x + LEGEND_SAMPLE, y), key.colour, key.width, key.dash))
    _marker(group, key.marker, x + LEGEND_SAMPLE / 2, y, key.colour)


def _marker(group: Group, kind: str, x: float, y: float, colour: colors.Color) -> None:
    if kind == "dot":
        group.add(Circle(x, y, 2.2, fillColor=colour, strokeColor=WHITE, strokeWidth=0.5))
    elif kind == "square":
        group.add(Rect(x - 3, y - 3, 6, 6, fillColor=colour, strokeColor=WHITE, strokeWidth=0.5))
    elif kind == "triangle":  # drawn round the point's own mark
        r = 5.5
        corners = [x, y + r, x - r * 0.87, y - r / 2, x + r * 0.87, y - r / 2]
        group.add(Polygon(corners, fillColor=None, strokeColor=colour, strokeWidth=1.1))


def _key_width(key: _Key) -> float:
    return LEGEND_SAMPLE + 4 + _width(key.label, LEGEND_SIZE)


def _legend_rows(keys: Sequence[_Key], width: float) -> list[list[_Key]]:
    """The keys flowed into rows no wider than ``width``."""
    rows: list[list[_Key]] = [[]]
    used = 0.0
    for key in keys:
        needed = _key_width(key) + (LEGEND_GAP if rows[-1] else 0)
        if rows[-1] and used + needed > width:
            rows.append([])
            used, needed = 0.0, _key_width(key)
        rows[-1].append(key)
        used += needed
    return rows


# -- run chart ------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Plot:
    """The plotting area and its two scales."""

    left: float
    bottom: float
    right: float
    top: float
    low: float
    high: float
    first: dt.date
    last: dt.date

    INSET = 8.0  # the first and last points sit this far inside the axes

    def x(self, day: dt.date) -> float:
        span = (self.last - self.first).days
        if not span:
            return (self.left + self.right) / 2
        room = self.right - self.left - 2 * self.INSET
        return self.left + self.INSET + room * (day - self.first).days / span

    def y(self, value: float) -> float:
        return self.bottom + (self.top - self.bottom) * (value - self.low) / (self.high - self.low)


def run_chart_drawing(
    chart: RunChartAnalysis, measure: Measure, width: float, height: float
) -> Drawing:
    """The measure over time with its median, the target and the points of any shift
    or trend, with a legend below; ``width`` and ``height`` in points."""
    fonts.register_fonts()
    drawing = Drawing(width, height)
    if not chart.points or chart.median is None:
        return _empty(drawing, EMPTY_RUN_CHART)
    considered = [p.value for p in chart.points] + [chart.median]
    if measure.target_value is not None:
        considered.append(measure.target_value)
    low, high, step = value_scale(min(considered), max(considered), percent=measure.unit == "%")

    rows = _legend_rows(_run_chart_keys(chart, measure, width), width)
    legend_height = LEGEND_ROW * len(rows)
    labels = _line_labels(chart, measure)
    left = max(_width(format_value(v), TICK_SIZE) for v in _ticks(low, high, step)) + 6
    right = max(_width(text, LABEL_SIZE, fonts.BOLD) for text, _, _ in labels) + 8
    top = height - 17  # room for the axis title
    bottom = legend_height + 2 * TICK_SIZE + 10  # two lines of date labels above the legend
    first, last = chart.points[0].date, chart.points[-1].date
    plot = _Plot(left, bottom, width - right, top, low, high, first, last)

    _value_axis(drawing, plot, step, measure)
    _date_axis(drawing, plot, [p.date for p in chart.points])
    _median_line(drawing, plot, chart)
    if measure.target_value is not None:
        y = plot.y(measure.target_value)
        drawing.add(_line((plot.left, y), (plot.right, y), TARGET, 1.1, DASH))
    _series(drawing, plot, chart)
    _place_line_labels(drawing, plot, labels)
    legend = Group()
    for row_number, row in enumerate(rows):
        x, y = 0.0, legend_height - LEGEND_ROW * (row_number + 1) + 4
        for key in row:
            _draw_key(legend, key, x, y + 2.5)
            legend.add(_text(x + LEGEND_SAMPLE + 4, y, key.label, LEGEND_SIZE))
            x += _key_width(key) + LEGEND_GAP
    drawing.add(legend)
    return drawing


def value_scale(low: float, high: float, *, percent: bool = False) -> tuple[float, float, float]:
    """(axis bottom, axis top, tick step) in round numbers around ``low``..``high``.

    Zero is included when the lowest value is at most half the highest, so a fall from
    40 to 20 does not look like a fall to nothing; otherwise the axis hugs the values,
    with a small margin, so their variation stays visible. A percentage axis stops at 100.
    """
    capped = percent and high <= 100
    if 0 <= low <= high / 2:
        low = 0.0
    elif low / 2 <= high <= 0:
        high = 0.0
    if high == low:
        pad = abs(high) / 10 or 1.0
        low, high = (low - pad, high + pad) if low != 0 else (0.0, high + pad)
    else:  # a margin so no point or line sits on the frame, never crossing zero
        pad = (high - low) * VALUE_MARGIN
        low = max(0.0, low - pad) if low >= 0 else low - pad
        high = min(0.0, high + pad) if high <= 0 else high + pad
        if capped:
            high = min(high, 100.0)
    raw = (high - low) / 5
    magnitude = 10 ** math.floor(math.log10(raw))
    step = next(m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude >= raw * 0.999)
    bottom = math.floor(low / step + 1e-9) * step
    top = math.ceil(high / step - 1e-9) * step
    if low >= 0 > bottom:
        bottom = 0.0
    if capped and top > 100:
        top = 100.0
    return bottom, top, step


def _ticks(low: float, high: float, step: float) -> list[float]:
    count = math.floor((high - low) / step + 1e-9)
    return [round(low + i * step, 10) for i in range(count + 1)]


def _value_axis(drawing: Drawing, plot: _Plot, step: float, measure: Measure) -> None:
    for value in _ticks(plot.low, plot.high, step):
        y = plot.y(value)
        drawing.add(_line((plot.left, y), (plot.right, y), GRID, 0.5))
        drawing.add(_text(plot.left - 4, y - 2.5, format_value(value), colour=MUTED, anchor="end"))
    drawing.add(_line((plot.left, plot.bottom), (plot.left, plot.top), MUTED))
    drawing.add(_line((plot.left, plot.bottom), (plot.right, plot.bottom), MUTED))
    unit = f" ({measure.unit})" if measure.unit else ""
    room = plot.right - _width(unit, LABEL_SIZE, fonts.BOLD)
    title = fit(measure.name or "Value", room, fonts.BOLD, LABEL_SIZE) + unit
    drawing.add(_text(0, plot.top + 9, title, LABEL_SIZE, font=fonts.BOLD))


def _date_axis(drawing: Drawing, plot: _Plot, dates: Sequence[dt.date]) -> None:
    """Each point's date when they have room, else calendar ticks (days, weeks, months);
    the year below the first tick and wherever it changes."""
    ticks, by_month = _date_ticks(plot, dates)
    previous_year = None
    for day in ticks:
        x = plot.x(day)
        drawing.add(_line((x, plot.bottom), (x, plot.bottom - 3), MUTED))
        label = f"{day:%b}" if by_month else f"{day.day} {day:%b}"
        drawing.add(_text(x, plot.bottom - 3 - TICK_SIZE, label, colour=MUTED, anchor="middle"))
        if day.year != previous_year:
            year_y = plot.bottom - 5 - 2 * TICK_SIZE
            drawing.add(_text(x, year_y, str(day.year), colour=MUTED, anchor="middle"))
            previous_year = day.year


def _date_ticks(plot: _Plot, dates: Sequence[dt.date]) -> tuple[list[dt.date], bool]:
    """The dates to label, and whether they are months (labelled without a day)."""
    room = _width("30 Sep", TICK_SIZE) + 8
    distinct = sorted(set(dates))
    gaps = [plot.x(b) - plot.x(a) for a, b in zip(distinct, distinct[1:], strict=False)]
    if min(gaps, default=room) >= room:
        return distinct, False
    width = plot.right - plot.left - 2 * plot.INSET
    span = (plot.last - plot.first).days
    for days in (1, 2, 7, 14):
        if span / days * room <= width:
            return [plot.first + dt.timedelta(days=d) for d in range(0, span + 1, days)], False
    month_room = _width("Sep", TICK_SIZE) + 10
    months = next((m for m in (1, 2, 3, 6) if span / (30.44 * m) * month_room <= width), 12)
    ticks = []
    year, month = plot.first.year, plot.first.month
    while (day := dt.date(year, month, 1)) <= plot.last:
        if day >= plot.first and (month - 1) % months == 0:
            ticks.append(day)
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return ticks, True


def _median_line(drawing: Drawing, plot: _Plot, chart: RunChartAnalysis) -> None:
    """Solid over the baseline the median comes from, dashed where it is carried on."""
    assert chart.median is not None
    y = plot.y(chart.median)
    points = chart.points
    start = plot.x(points[0].date) if len(points) > 1 else plot.left
    end = plot.x(points[-1].date) if len(points) > 1 else plot.right
    baseline_end = end
    if chart.baseline_count < len(points):
        baseline_end = plot.x(points[chart.baseline_count - 1].date)
    drawing.add(_line((start, y), (baseline_end, y), MEDIAN, 1.2))
    if baseline_end < end:
        drawing.add(_line((baseline_end, y), (end, y), MEDIAN, 1.2, DASH))


def _series(drawing: Drawing, plot: _Plot, chart: RunChartAnalysis) -> None:
    """The values joined by a line; a shift's points as squares, a trend's ringed."""
    xy = [(plot.x(p.date), plot.y(p.value)) for p in chart.points]
    if len(xy) > 1:
        corners = [c for point in xy for c in point]
        drawing.add(PolyLine(corners, strokeColor=ACCENT, strokeWidth=1.1, fillColor=None))
    shift, trend = chart.flagged(SignalKind.SHIFT), chart.flagged(SignalKind.TREND)
    marks = Group()
    for index, (x, y) in enumerate(xy):
        if index in shift:
            _marker(marks, "square", x, y, SHIFT)
        else:
            _marker(marks, "dot", x, y, ACCENT)
        if index in trend:
            _marker(marks, "triangle", x, y, TREND)
    drawing.add(marks)


def _line_labels(
    chart: RunChartAnalysis, measure: Measure
) -> list[tuple[str, float, colors.Color]]:
    """The labels right of the plot: the median's and the target's, with their values."""
    assert chart.median is not None
    labels = [(f"Median {format_value(chart.median)}", chart.median, MEDIAN)]
    if measure.target_value is not None:
        target = measure.target_value
        labels.append((f"Target {format_value(target)}", target, TARGET))
    return labels


def _place_line_labels(
    drawing: Drawing, plot: _Plot, labels: list[tuple[str, float, colors.Color]]
) -> None:
    """Each label level with its line, nudged apart when the two lines are close."""
    placed = sorted((plot.y(value), text, colour) for text, value, colour in labels)
    gap = LABEL_SIZE + 2
    if len(placed) == 2 and placed[1][0] - placed[0][0] < gap:
        middle = (placed[0][0] + placed[1][0]) / 2
        placed = [(middle - gap / 2, *placed[0][1:]), (middle + gap / 2, *placed[1][1:])]
    for y, text, colour in placed:
        drawing.add(_text(plot.right + 4, y - 2.6, text, LABEL_SIZE, colour, font=fonts.BOLD))


def _run_chart_keys(chart: RunChartAnalysis, measure: Measure, width: float) -> list[_Key]:
    name = fit(measure.name or "Measured value", width / 2.5, fonts.REGULAR, LEGEND_SIZE)
    keys = [_Key(name, ACCENT, marker="dot", width=1.1)]
    baseline = chart.baseline_count
    if baseline < len(chart.points):
        keys.append(_Key(f"Median of the first {baseline} points (baseline)", MEDIAN))
        keys.append(_Key("Median carried on", MEDIAN, dash=DASH))
    else:
        keys.append(_Key("Median", MEDIAN))
    if measure.target_value is not None:
        by = f" by {medium_date(measure.target_date)}" if measure.target_date else ""
        keys.append(_Key(f"Target{by}", TARGET, dash=DASH, width=1.1))
    if chart.flagged(SignalKind.SHIFT):
        if chart.rule_set == RuleSet.ANHOEJ:
            limit = longest_run_limit(chart.useful_observations)
            shift = f"Shift: more than {limit} points on one side of the median (Anhøj)"
        else:
            shift = f"Shift: {SHIFT_LENGTH} or more points on one side of the median"
        keys.append(_Key(shift, SHIFT, line=False, marker="square"))
    if chart.flagged(SignalKind.TREND):
        trend = f"Trend: {TREND_LENGTH} or more points going one way"
        keys.append(_Key(trend, TREND, line=False, marker="triangle"))
    return keys


# -- radar ----------------------------------------------------------------------------------

RADAR_SHOWN = 4  # the latest assessments the radar draws; more would tangle
# The latest first: solid, thicker and filled; older ones dashed and dotted.
RADAR_STYLES: tuple[Style, ...] = (
    (colors.HexColor(PAPER.chart.radar[0]), None, 1.6),
    (colors.HexColor(PAPER.chart.radar[1]), (5, 2.5), 1.3),
    (colors.HexColor(PAPER.chart.radar[2]), (1.5, 2), 1.4),
    (colors.HexColor(PAPER.chart.radar[3]), (6, 2, 1.5, 2), 1.3),
)
RADAR_GAP = 6  # between a spoke's end and its label
RADAR_ASPECT = 1.5  # the widest a radar with its labels needs to be, to its height
RADAR_LEGEND_WIDTH = 150
LINE_HEIGHT = LABEL_SIZE + 1.5
LEGEND_ENTRY = 2 * LEGEND_ROW + 3  # a radar legend entry: the label, its date below


def radar_drawing(assessments: Sequence[AssessmentInfo], width: float, height: float) -> Drawing:
    """The nine dimensions as spokes, the four levels as rings, and one outline per
    self-assessment (the latest RADAR_SHOWN), with a legend beside or below."""
    fonts.register_fonts()
    drawing = Drawing(width, height)
    shown = sorted(assessments, key=lambda a: a.date)[-RADAR_SHOWN:]
    if not shown:
        return _empty(drawing, "No self-assessment yet.")
    entries = list(zip(shown, reversed(RADAR_STYLES[: len(shown)]), strict=True))
    legend_width = min(RADAR_LEGEND_WIDTH, width * 0.32)
    if width - legend_width >= height * 1.1:  # room for the legend beside the radar
        radar_width = min(width - legend_width - 8, height * RADAR_ASPECT)
        area = (0.0, 0.0, radar_width, height)
        _radar_legend(
            drawing, entries, (radar_width + 8, height - 4), legend_width, 1, len(assessments)
        )
    else:
        below = _radar_legend_height(len(shown), 2, len(assessments))
        area = (0.0, below + 4, width, height - below - 4)
        _radar_legend(drawing, entries, (0.0, below), width, 2, len(assessments))
    labels = [_two_lines(d.name) for d in DIMENSIONS]
    cx, cy, radius = _radar_geometry(area, labels)
    _radar_grid(drawing, cx, cy, radius, labels)
    for assessment, (colour, dash, stroke) in entries:
        latest = assessment is shown[-1]
        corners = [
            c
            for d in DIMENSIONS
            for c in _spoke(cx, cy, radius * _level_of(assessment, d.number) / 4, d.number)
        ]
        fill = colors.Color(colour.red, colour.green, colour.blue, alpha=0.12) if latest else None
        dashes = list(dash) if dash else None
        drawing.add(
            Polygon(
                corners,
                strokeColor=colour,
                strokeWidth=stroke,
                fillColor=fill,
                strokeDashArray=dashes,
                strokeLineJoin=1,
            )
        )
        if latest:
            for x, y in zip(corners[::2], corners[1::2], strict=True):
                drawing.add(Circle(x, y, 1.8, fillColor=colour, strokeColor=WHITE, strokeWidth=0.4))
    _ring_labels(drawing, cx, cy, radius)
    return drawing


def _level_of(assessment: AssessmentInfo, dimension: int) -> int:
    """The level as a number of rings out; 0 (the centre) if the dimension is unrated."""
    return next((int(r.level) for r in assessment.ratings if r.dimension == dimension), 0)


def _angle(dimension: int) -> float:
    """Dimension 1 straight up, the others clockwise."""
    return math.radians(90 - (dimension - 1) * 360 / len(DIMENSIONS))


def _spoke(cx: float, cy: float, length: float, dimension: int) -> tuple[float, float]:
    angle = _angle(dimension)
    return cx + length * math.cos(angle), cy + length * math.sin(angle)


def _two_lines(name: str) -> list[str]:
    """A dimension's name on the two lines of most even width."""
    words = name.split()
    if len(words) < 2:
        return [name]
    splits = [[" ".join(words[:i]), " ".join(words[i:])] for i in range(1, len(words))]
    return min(splits, key=lambda lines: max(_width(line, LABEL_SIZE) for line in lines))


def _anchor(dimension: int) -> str:
    cos = math.cos(_angle(dimension))
    return "start" if cos > 0.2 else "end" if cos < -0.2 else "middle"


def _radar_geometry(
    area: tuple[float, float, float, float], labels: list[list[str]]
) -> tuple[float, float, float]:
    """The centre and the largest radius that keeps every spoke's label inside ``area``."""
    x0, y0, width, height = area
    radius = min(width, height) / 2
    for number, lines in enumerate(labels, start=1):
        label_width = max(_width(line, LABEL_SIZE) for line in lines)
        label_height = len(lines) * LINE_HEIGHT
        cos, sin = math.cos(_angle(number)), math.sin(_angle(number))
        across = label_width / 2 if _anchor(number) == "middle" else label_width
        if abs(cos) > 0.01:
            radius = min(radius, (width / 2 - across) / abs(cos) - RADAR_GAP)
        up = label_height if abs(sin) > 0.3 else label_height / 2
        if abs(sin) > 0.01:
            radius = min(radius, (height / 2 - up - 1) / abs(sin) - RADAR_GAP)
    return x0 + width / 2, y0 + height / 2, max(radius, 10.0)


def _radar_grid(
    drawing: Drawing, cx: float, cy: float, radius: float, labels: list[list[str]]
) -> None:
    """The level rings (the outer one darker), the spokes and their labels."""
    for level in Level:
        ring = [c for d in DIMENSIONS for c in _spoke(cx, cy, radius * level / 4, d.number)]
        outer = level == Level.EXEMPLARY
        drawing.add(
            Polygon(
                ring,
                strokeColor=MUTED if outer else RULE,
                fillColor=None,
                strokeWidth=0.8 if outer else 0.6,
            )
        )
    for number, lines in enumerate(labels, start=1):
        drawing.add(_line((cx, cy), _spoke(cx, cy, radius, number), RULE))
        x, y = _spoke(cx, cy, radius + RADAR_GAP, number)
        sin = math.sin(_angle(number))
        block = len(lines) * LINE_HEIGHT
        # The block's top edge: above the spoke's end at the top, below it at the bottom.
        top = y + block if sin > 0.3 else y if sin < -0.3 else y + block / 2
        for i, line in enumerate(lines):
            line_y = top - (i + 1) * LINE_HEIGHT + 2
            drawing.add(_text(x, line_y, line, LABEL_SIZE, anchor=_anchor(number)))


def _ring_labels(drawing: Drawing, cx: float, cy: float, radius: float) -> None:
    """Each level's name on its ring, midway between the first and last spokes, on a
    white ground so the outlines do not run through it."""
    half = math.pi / len(DIMENSIONS)
    angle = math.pi / 2 + half
    for level in Level:
        length = radius * level / 4 * math.cos(half)  # to the middle of the ring's edge
        x, y = cx + length * math.cos(angle), cy + length * math.sin(angle)
        w = _width(level.label, TICK_SIZE)
        box = Rect(
            x - w / 2 - 1.5,
            y - TICK_SIZE / 2 - 1,
            w + 3,
            TICK_SIZE + 2,
            strokeColor=None,
            fillColor=HALO,
        )
        drawing.add(box)
        drawing.add(_text(x, y - TICK_SIZE / 2 + 1, level.label, colour=MUTED, anchor="middle"))


def _radar_legend_height(shown: int, columns: int, total: int) -> float:
    return math.ceil(shown / columns) * LEGEND_ENTRY + (LEGEND_ROW if total > shown else 0)


def _radar_legend(
    drawing: Drawing,
    entries: Sequence[tuple[AssessmentInfo, Style]],
    top_left: tuple[float, float],
    width: float,
    columns: int,
    total: int,
) -> None:
    """One key per outline, latest first: the sample, the assessment's label and date,
    in ``columns`` columns below ``top_left``."""
    x, y = top_left
    column_width = width / columns
    if total > len(entries):
        note = f"The latest {len(entries)} of {total}"
        drawing.add(_text(x, y - LEGEND_SIZE, note, LEGEND_SIZE, MUTED, font=fonts.ITALIC))
        y -= LEGEND_ROW
    room = column_width - LEGEND_SAMPLE - 10
    for i, (assessment, (colour, dash, stroke)) in enumerate(reversed(entries)):
        kx = x + (i % columns) * column_width + 1
        ky = y - (i // columns) * LEGEND_ENTRY
        _draw_key(drawing, _Key("", colour, dash, width=stroke), kx, ky - 4)
        label = fit(assessment.label, room, fonts.BOLD, LEGEND_SIZE + 0.5)
        text_x = kx + LEGEND_SAMPLE + 5
        drawing.add(_text(text_x, ky - 6.5, label, LEGEND_SIZE + 0.5, font=fonts.BOLD))
        day = medium_date(assessment.date)
        drawing.add(_text(text_x, ky - 6.5 - LEGEND_ROW, day, LEGEND_SIZE, MUTED))
