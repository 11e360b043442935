"""The goal report's XmR chart, drawn with reportlab.graphics in the Making Data Count style.

Read on paper, often in black and white: special causes differ in shape as well as colour
(improvement a large circle, concern a diamond, common cause a small dot), the limits are
dashed, the mean solid, each period's lines drawn over that period only. The value axis
shows what the measure can be (not below zero for values that never are, not above 100
for a percentage); a limit past that edge is drawn on it and labelled with its value. The
variation and assurance icons sit at the top right, each with its meaning beneath.
"""

from __future__ import annotations

from reportlab.graphics.shapes import Circle, Drawing, Group, Polygon, PolyLine, String
from reportlab.lib import colors

from alsdesk import theme
from alsdesk.exports import fonts
from alsdesk.exports.chart_drawings import (
    DASH,
    GRID,
    LABEL_SIZE,
    LEGEND_GAP,
    LEGEND_ROW,
    LEGEND_SAMPLE,
    LEGEND_SIZE,
    TICK_SIZE,
    WHITE,
    _date_axis,
    _line,
    _Plot,
    _text,
    _ticks,
    _value_axis,
    _width,
    format_value,
    value_scale,
)
from alsdesk.exports.pdf_layout import INK, MUTED
from alsdesk.services.goals import Measure
from alsdesk.services.spc import OUTLIER_MOVING_RANGE, Assurance, Variation, XmrAnalysis

SPC = theme.current().spc
COMMON = colors.HexColor(SPC.common)
IMPROVEMENT = colors.HexColor(SPC.improvement)
CONCERN = colors.HexColor(SPC.concern)
TARGET = colors.HexColor(SPC.target)
LIMIT = colors.HexColor(SPC.limit)
ICON_RADIUS = 13.0
ICON_SLOT = 78.0  # each icon's width with its caption
RANGES_SHARE = 0.3
VARIATION_CAPTIONS = {
    Variation.COMMON: ("Common cause", "no special cause"),
    Variation.IMPROVEMENT: ("Special cause", "improvement"),
    Variation.CONCERN: ("Special cause", "concern"),
}
ASSURANCE_CAPTIONS = {
    Assurance.HIT_AND_MISS: ("Hit and miss", "target within limits"),
    Assurance.PASS: ("Consistently", "passing the target"),
    Assurance.FAIL: ("Consistently", "failing the target"),
}


def xmr_drawing(
    chart: XmrAnalysis, measure: Measure, width: float, height: float, moving_ranges: bool
) -> Drawing:
    """The XmR chart (and with ``moving_ranges`` the moving-range chart under it)."""
    fonts.register_fonts()
    drawing = Drawing(width, height)
    values = [p.value for p in chart.points]
    lines = [v for p in chart.periods for v in (p.lower, p.upper)]
    if measure.target_value is not None:
        lines.append(measure.target_value)
    percent = measure.unit.strip() == "%"
    low, high = min(values + lines), max(values + lines)
    if min(values) >= 0:
        low = max(low, 0.0)
    if percent and max(values) <= 100:
        high = min(high, 100.0)
    low, high, step = value_scale(low, high, percent=percent)

    keys = _keys(chart, measure)
    legend_rows = _rows(keys, width)
    legend_height = LEGEND_ROW * len(legend_rows)
    labels = _side_labels(chart, measure)
    left = max(_width(format_value(v), TICK_SIZE) for v in _ticks(low, high, step)) + 6
    side = labels + (_range_labels(chart) if moving_ranges else [])
    right = max(_width(text, LABEL_SIZE, fonts.BOLD) for text, _, _ in side) + 8
    top = height - 2 * ICON_RADIUS - 2 * LABEL_SIZE - 10  # the icons and their captions
    bottom = legend_height + 2 * TICK_SIZE + 10
    ranges_top = None
    if moving_ranges:
        room = top - bottom
        ranges_top = bottom + room * RANGES_SHARE
        values_bottom = ranges_top + LABEL_SIZE + 8
    else:
        values_bottom = bottom
    first, last = chart.points[0].date, chart.points[-1].date
    plot = _Plot(left, values_bottom, width - right, top, low, high, first, last)

    _value_axis(drawing, plot, step, measure)
    if ranges_top is None:
        _date_axis(drawing, plot, [p.date for p in chart.points])
    _periods(drawing, plot, chart, measure)
    _series(drawing, plot, chart)
    _place_labels(drawing, plot, labels)
    if ranges_top is not None:
        _moving_ranges(drawing, chart, left, bottom, width - right, ranges_top)
    _icons(drawing, chart, measure, width, height)
    _legend(drawing, legend_rows, legend_height)
    return drawing


# -- the value chart -------------------------------------------------------------------------


def _clamped(plot: _Plot, value: float) -> float:
    return plot.y(min(max(value, plot.low), plot.high))


def _spans(plot: _Plot, chart: XmrAnalysis) -> list[tuple[float, float]]:
    """Each period's x range: from its first point to halfway to the next period's."""
    points, spans = chart.points, []
    for index, period in enumerate(chart.periods):
        start, end = plot.x(points[period.first].date), plot.x(points[period.last].date)
        if index + 1 < len(chart.periods):
            end = (end + plot.x(points[chart.periods[index + 1].first].date)) / 2
        if index > 0:
            start = (start + plot.x(points[period.first - 1].date)) / 2
        spans.append((start, end))
    return spans


def _periods(drawing: Drawing, plot: _Plot, chart: XmrAnalysis, measure: Measure) -> None:
    if measure.target_value is not None:
        y = _clamped(plot, measure.target_value)
        drawing.add(_line((plot.left, y), (plot.right, y), TARGET, 1.1, DASH))
    for index, (period, (start, end)) in enumerate(
        zip(chart.periods, _spans(plot, chart), strict=True)
    ):
        for value in (period.lower, period.upper):
            y = _clamped(plot, value)
            drawing.add(_line((start, y), (end, y), LIMIT, 0.9, DASH))
        y = _clamped(plot, period.mean)
        drawing.add(_line((start, y), (end, y), INK, 1.1))
        if index > 0:
            drawing.add(_line((start, plot.bottom), (start, plot.top), MUTED, 0.6, (1, 2)))
            drawing.add(_text(start + 2, plot.top - TICK_SIZE, "Limits recalculated", colour=MUTED))


def _point(group: Group, key: str, x: float, y: float) -> None:
    if key in (Variation.IMPROVEMENT, "improvement"):
        group.add(Circle(x, y, 3.0, fillColor=IMPROVEMENT, strokeColor=WHITE, strokeWidth=0.5))
    elif key in (Variation.CONCERN, "concern"):
        r = 3.6
        corners = [x, y + r, x + r, y, x, y - r, x - r, y]
        group.add(Polygon(corners, fillColor=CONCERN, strokeColor=WHITE, strokeWidth=0.5))
    elif key == "hollow":
        group.add(Circle(x, y, 2.0, fillColor=WHITE, strokeColor=COMMON, strokeWidth=0.8))
    else:
        group.add(Circle(x, y, 1.9, fillColor=COMMON, strokeColor=None))


def _series(drawing: Drawing, plot: _Plot, chart: XmrAnalysis) -> None:
    xy = [(plot.x(p.date), plot.y(p.value)) for p in chart.points]
    for period in chart.periods:  # not joined across a rebase
        stretch = xy[period.first : period.last + 1]
        if len(stretch) > 1:
            corners = [c for point in stretch for c in point]
            drawing.add(PolyLine(corners, strokeColor=COMMON, strokeWidth=0.9, fillColor=None))
    marks = Group()
    for (x, y), variation in zip(xy, chart.variations, strict=True):
        _point(marks, variation, x, y)
    drawing.add(marks)


def _side_labels(chart: XmrAnalysis, measure: Measure) -> list[tuple[str, float, colors.Color]]:
    latest = chart.periods[-1]
    labels = [
        (f"Upper {format_value(round(latest.upper, 2))}", latest.upper, LIMIT),
        (f"Mean {format_value(round(latest.mean, 2))}", latest.mean, INK),
        (f"Lower {format_value(round(latest.lower, 2))}", latest.lower, LIMIT),
    ]
    if measure.target_value is not None:
        labels.append(
            (f"Target {format_value(measure.target_value)}", measure.target_value, TARGET)
        )
    return labels


def _range_labels(chart: XmrAnalysis) -> list[tuple[str, float, colors.Color]]:
    """The latest period's moving-range lines: the upper range limit and the mean."""
    mean = chart.periods[-1].mean_moving_range
    limit = OUTLIER_MOVING_RANGE * mean
    return [
        (f"Range limit {format_value(round(limit, 2))}", limit, LIMIT),
        (f"Mean range {format_value(round(mean, 2))}", mean, INK),
    ]


def _place_labels(
    drawing: Drawing, plot: _Plot, labels: list[tuple[str, float, colors.Color]]
) -> None:
    """Each label level with its line, pushed apart upwards where lines are close."""
    gap = LABEL_SIZE + 1.5
    placed: list[float] = []
    for y, text, colour in sorted((_clamped(plot, v), t, c) for t, v, c in labels):
        y = max(y, placed[-1] + gap) if placed else y
        placed.append(y)
        drawing.add(_text(plot.right + 4, y - 2.6, text, LABEL_SIZE, colour, font=fonts.BOLD))


# -- the moving-range chart -------------------------------------------------------------------


def _moving_ranges(
    drawing: Drawing, chart: XmrAnalysis, left: float, bottom: float, right: float, top: float
) -> None:
    known = [r for r in chart.moving_ranges if r is not None]
    limits = [OUTLIER_MOVING_RANGE * p.mean_moving_range for p in chart.periods]
    all_ranges = [
        abs(b.value - a.value) for a, b in zip(chart.points, chart.points[1:], strict=False)
    ]
    low, high, step = value_scale(0.0, max([*known, *limits, *all_ranges, 0.0]) or 1.0)
    first, last = chart.points[0].date, chart.points[-1].date
    plot = _Plot(left, bottom, right, top, low, high, first, last)
    for value in _ticks(low, high, step):
        y = plot.y(value)
        drawing.add(_line((left, y), (right, y), GRID, 0.5))
        drawing.add(_text(left - 4, y - 2.5, format_value(value), colour=MUTED, anchor="end"))
    drawing.add(_line((left, bottom), (left, top), MUTED))
    drawing.add(_line((left, bottom), (right, bottom), MUTED))
    title = "Moving range: the difference from the point before (hollow: left out of the limits)"
    drawing.add(_text(left, top + 4, title, LABEL_SIZE, font=fonts.BOLD))
    _date_axis(drawing, plot, [p.date for p in chart.points])
    marks = Group()
    for period, (start, end) in zip(chart.periods, _spans(plot, chart), strict=True):
        mean = period.mean_moving_range
        drawing.add(_line((start, plot.y(mean)), (end, plot.y(mean)), INK, 1.0))
        limit = plot.y(OUTLIER_MOVING_RANGE * mean)
        drawing.add(_line((start, limit), (end, limit), LIMIT, 0.9, DASH))
        points = chart.points[period.first : period.last + 1]
        xy = [
            (plot.x(b.date), plot.y(abs(b.value - a.value)))
            for a, b in zip(points, points[1:], strict=False)
        ]
        if len(xy) > 1:
            corners = [c for point in xy for c in point]
            drawing.add(PolyLine(corners, strokeColor=COMMON, strokeWidth=0.8, fillColor=None))
        for offset, (x, y) in enumerate(xy, start=period.first + 1):
            _point(marks, "hollow" if chart.moving_ranges[offset] is None else "common", x, y)
    drawing.add(marks)
    _place_labels(drawing, plot, _range_labels(chart))


# -- icons and legend -------------------------------------------------------------------------


def _icons(
    drawing: Drawing, chart: XmrAnalysis, measure: Measure, width: float, height: float
) -> None:
    cy = height - ICON_RADIUS - 1
    slots = [width - ICON_SLOT * 1.5 - 4, width - ICON_SLOT / 2 - 2]
    if chart.assurance is None:  # without a target, the variation icon alone at the right
        slots[0] = slots[1]
    variation = chart.variation
    assert variation is not None, "an XmR chart is drawn from points"
    colour = {Variation.COMMON: COMMON, Variation.IMPROVEMENT: IMPROVEMENT}.get(variation, CONCERN)
    _variation_icon(drawing, slots[0], cy, variation, colour, measure.higher_is_better)
    _caption(drawing, slots[0], cy, VARIATION_CAPTIONS[variation])
    if chart.assurance is not None:
        assurance = chart.assurance
        colour = {Assurance.HIT_AND_MISS: COMMON, Assurance.PASS: IMPROVEMENT}.get(
            assurance, CONCERN
        )
        letter = {Assurance.HIT_AND_MISS: "?", Assurance.PASS: "P"}.get(assurance, "F")
        drawing.add(
            Circle(slots[1], cy, ICON_RADIUS, strokeColor=colour, strokeWidth=1.8, fillColor=WHITE)
        )
        drawing.add(
            String(
                slots[1],
                cy + 0.5,
                letter,
                fontName=fonts.BOLD,
                fontSize=10,
                fillColor=colour,
                textAnchor="middle",
            )
        )
        y = cy - ICON_RADIUS * 0.4
        drawing.add(_line((slots[1] - 7, y), (slots[1] + 7, y), TARGET, 1.1, (2, 1.5)))
        _caption(drawing, slots[1], cy, ASSURANCE_CAPTIONS[assurance])


def _variation_icon(
    drawing: Drawing,
    x: float,
    y: float,
    variation: Variation,
    colour: colors.Color,
    higher_is_better: bool,
) -> None:
    r = ICON_RADIUS
    drawing.add(Circle(x, y, r, strokeColor=colour, strokeWidth=1.8, fillColor=WHITE))
    letter = ""
    if variation != Variation.COMMON:
        letter = "H" if (variation == Variation.IMPROVEMENT) == higher_is_better else "L"
    rises = {"": [0, 0.06, -0.04, 0.05, 0], "H": [0, 0.05, -0.02, -0.1, -0.16]}.get(
        letter, [0, -0.05, 0.02, 0.1, 0.16]
    )
    base = {"": 0.0, "H": 0.16}.get(letter, -0.12)  # above the middle for "H"
    xy = [(x - r * 0.52 + r * 0.26 * i, y + r * (base - 2 * rise)) for i, rise in enumerate(rises)]
    drawing.add(PolyLine([c for p in xy for c in p], strokeColor=COMMON, strokeWidth=0.6))
    for index, (px, py) in enumerate(xy):
        fill = colour if letter and index >= 3 else COMMON
        drawing.add(Circle(px, py, 1.3, fillColor=fill, strokeColor=None))
    if letter:
        letter_y = y - r * 0.62 if letter == "H" else y + r * 0.2
        drawing.add(
            String(
                x,
                letter_y,
                letter,
                fontName=fonts.BOLD,
                fontSize=8,
                fillColor=colour,
                textAnchor="middle",
            )
        )


def _caption(drawing: Drawing, x: float, cy: float, lines: tuple[str, str]) -> None:
    for number, line in enumerate(lines):
        y = cy - ICON_RADIUS - 3 - LABEL_SIZE * (number + 1)
        drawing.add(_text(x, y, line, LABEL_SIZE - 0.5, INK, "middle"))


def _keys(chart: XmrAnalysis, measure: Measure) -> list[tuple[str, str]]:
    keys = [
        ("mean", "Mean"),
        ("limit", "Process limits (mean \u00b1 2.66 \u00d7 mean moving range)"),
    ]
    if measure.target_value is not None:
        keys.append(("target", "Target"))
    keys.append(("common", "Common cause"))
    if Variation.IMPROVEMENT in chart.variations:
        keys.append(("improvement", "Special cause: improvement"))
    if Variation.CONCERN in chart.variations:
        keys.append(("concern", "Special cause: concern"))
    return keys


def _key_width(label: str) -> float:
    return LEGEND_SAMPLE + 4 + _width(label, LEGEND_SIZE)


def _rows(keys: list[tuple[str, str]], width: float) -> list[list[tuple[str, str]]]:
    rows: list[list[tuple[str, str]]] = [[]]
    used = 0.0
    for key in keys:
        needed = _key_width(key[1]) + (LEGEND_GAP if rows[-1] else 0)
        if rows[-1] and used + needed > width:
            rows.append([])
            used, needed = 0.0, _key_width(key[1])
        rows[-1].append(key)
        used += needed
    return rows


def _legend(drawing: Drawing, rows: list[list[tuple[str, str]]], legend_height: float) -> None:
    group = Group()
    styles = {"mean": (INK, None), "limit": (LIMIT, DASH), "target": (TARGET, DASH)}
    for number, row in enumerate(rows):
        x, y = 0.0, legend_height - LEGEND_ROW * (number + 1) + 4
        for key, label in row:
            middle = y + 2.5
            if key in styles:
                colour, dash = styles[key]
                group.add(_line((x, middle), (x + LEGEND_SAMPLE, middle), colour, 1.1, dash))
            else:
                _point(group, key, x + LEGEND_SAMPLE / 2, middle)
            group.add(_text(x + LEGEND_SAMPLE + 4, y, label, LEGEND_SIZE))
            x += _key_width(label) + LEGEND_GAP
    drawing.add(group)
