"""Colours, pens, markers and small layout helpers shared by the charts.

Series colours (named in alsdesk.theme) come from the Okabe-Ito set, which stays
distinguishable with the common forms of colour blindness; each is paired with a shape or line
style so colour is never the only cue.
Text, axes and grid lines come from the widget's palette, so the charts follow a dark theme.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPalette,
    QPen,
    QPolygonF,
)

from alsdesk import theme

SMALL_FONT = theme.current().screen_sizes.chart_small  # ticks, legends and notes


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Base).lightness() < 128


def _chart(palette: QPalette) -> theme.ChartColours:
    """The theme's chart colours for this palette: the darker shades lack contrast on dark."""
    return theme.current().chart_on_dark if is_dark(palette) else theme.current().chart


def series_colour(palette: QPalette) -> QColor:
    return QColor(_chart(palette).series)


def shift_colour(palette: QPalette) -> QColor:
    return QColor(_chart(palette).shift)


def trend_colour(palette: QPalette) -> QColor:
    return QColor(_chart(palette).trend)


def target_colour(palette: QPalette) -> QColor:
    return QColor(_chart(palette).target)


def profile_colour(index: int, palette: QPalette) -> QColor:
    """Radar outlines: blue, orange, green, purple."""
    profiles = _chart(palette).profiles
    return QColor(profiles[index % len(profiles)])


def mix(first: QColor, second: QColor, amount: float) -> QColor:
    """``first`` moved ``amount`` (0 to 1) of the way towards ``second``."""
    return QColor.fromRgbF(
        first.redF() + (second.redF() - first.redF()) * amount,
        first.greenF() + (second.greenF() - first.greenF()) * amount,
        first.blueF() + (second.blueF() - first.blueF()) * amount,
    )


def text_colour(palette: QPalette) -> QColor:
    return palette.color(QPalette.ColorRole.WindowText)


def background(palette: QPalette) -> QColor:
    return palette.color(QPalette.ColorRole.Base)


def muted_text(palette: QPalette) -> QColor:
    return mix(text_colour(palette), background(palette), 0.35)


def axis_colour(palette: QPalette) -> QColor:
    return mix(text_colour(palette), background(palette), 0.45)


def grid_colour(palette: QPalette) -> QColor:
    return mix(text_colour(palette), background(palette), 0.88)


def median_colour(palette: QPalette) -> QColor:
    return mix(text_colour(palette), background(palette), 0.4)


def pen(colour: QColor, width: float = 1.0, style=Qt.PenStyle.SolidLine) -> QPen:
    result = QPen(colour, width, style)
    result.setCapStyle(Qt.PenCapStyle.FlatCap)
    result.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    return result


def marker_path(shape: str, centre: QPointF, size: float) -> QPainterPath:
    """A marker of ``shape`` ("circle", "square", "triangle", "diamond") about ``size`` wide."""
    half = size / 2
    x, y = centre.x(), centre.y()
    path = QPainterPath()
    if shape == "circle":
        path.addEllipse(centre, half, half)
    elif shape == "square":
        path.addRect(QRectF(x - half, y - half, size, size))
    elif shape == "triangle":
        path.addPolygon(
            QPolygonF(
                [
                    QPointF(x, y - half * 1.2),
                    QPointF(x + half * 1.1, y + half * 0.8),
                    QPointF(x - half * 1.1, y + half * 0.8),
                ]
            )
        )
        path.closeSubpath()
    else:
        path.addPolygon(
            QPolygonF(
                [
                    QPointF(x, y - half * 1.2),
                    QPointF(x + half * 1.2, y),
                    QPointF(x, y + half * 1.2),
                    QPointF(x - half * 1.2, y),
                ]
            )
        )
        path.closeSubpath()
    return path


def draw_marker(
    painter: QPainter, shape: str, centre: QPointF, size: float, colour: QColor, inside: QColor
) -> None:
    """One marker; pass the background as ``inside`` for a hollow one that hides lines behind."""
    painter.save()
    painter.setPen(pen(colour, 1.6))
    painter.setBrush(inside)
    painter.drawPath(marker_path(shape, centre, size))
    painter.restore()


def format_number(value: float, step: float | None = None) -> str:
    """A value as people write it: 12 not 12.0; with ``step``, as many decimals as it needs."""
    if step is not None:
        decimals = next((d for d in range(8) if abs(step * 10**d - round(step * 10**d)) < 1e-6), 8)
        return f"{value:,.{decimals}f}"
    if float(value).is_integer():
        return f"{int(value):,}"
    return f"{value:,.3g}" if abs(value) < 1 else f"{value:,.2f}".rstrip("0").rstrip(".")


def nice_step(rough: float) -> float:
    """The 1, 2 or 5 times a power of ten nearest above ``rough``."""
    power = 10 ** math.floor(math.log10(rough))
    for factor in (1, 2, 5, 10):
        if rough <= factor * power * (1 + 1e-9):
            return factor * power
    return 10 * power


def nice_scale(low: float, high: float, max_ticks: int) -> tuple[float, float, float]:
    """(axis low, axis high, step) covering low..high, both ends on a labelled tick."""
    if high == low:
        pad = abs(low) * 0.1 or 1.0
        low, high = low - pad, high + pad
    max_ticks = max(max_ticks, 3)
    step = nice_step((high - low) / (max_ticks - 1))
    while True:
        axis_low = math.floor(low / step + 1e-9) * step
        axis_high = math.ceil(high / step - 1e-9) * step
        if round((axis_high - axis_low) / step) + 1 <= max_ticks:
            return axis_low, axis_high, step
        step = nice_step(step * 1.01)


def small_font(font: QFont, factor: float = SMALL_FONT) -> QFont:
    """``font`` a little smaller, for ticks, legends and notes."""
    smaller = QFont(font)
    if font.pointSizeF() > 0:
        smaller.setPointSizeF(font.pointSizeF() * factor)
    else:
        smaller.setPixelSize(max(8, round(font.pixelSize() * factor)))
    return smaller


def title_font(font: QFont) -> QFont:
    bolder = QFont(font)
    bolder.setWeight(QFont.Weight.DemiBold)
    return bolder


def flow_rows(widths: list[float], available: float, gap: float) -> list[list[int]]:
    """Items split into as few rows as fit ``available``, with about as many items in each."""
    count = len(widths)
    for rows in range(1, count + 1):
        per_row = math.ceil(count / rows)
        split = [list(range(i, min(i + per_row, count))) for i in range(0, count, per_row)]
        if all(sum(widths[i] for i in row) + gap * (len(row) - 1) <= available for row in split):
            return split
    return [[i] for i in range(count)]


def stack_notes(
    fm: QFontMetricsF, notes: list[str], box: QRectF, budget: float, more: str
) -> list[tuple[int | None, str, QRectF]]:
    """Notes stacked at the foot of ``box``: (index in ``notes`` or None, text, where).

    Wrapped when they fit in ``budget`` pixels, else one elided line each; when even that is
    too many, the last line kept becomes ``more`` (with %n the number left out).
    """
    wrap = Qt.TextFlag.TextWordWrap
    width = box.width()
    heights = [fm.boundingRect(QRectF(0, 0, width, 1e4), wrap, n).height() for n in notes]
    lines: list[tuple[int | None, str]] = list(enumerate(notes))
    if sum(heights) + 2 * len(notes) > budget:
        keep = max(1, min(len(notes), int(budget // (fm.height() + 2))))
        lines = [(i, fm.elidedText(n, Qt.TextElideMode.ElideRight, width)) for i, n in lines]
        if keep < len(lines):
            hidden = more.replace("%n", str(len(lines) - keep + 1))
            lines = [*lines[: keep - 1], (None, hidden)]
        heights = [fm.height()] * len(lines)
    top = box.bottom() - sum(heights) - 2 * (len(lines) - 1)
    placed = []
    for (index, text), height in zip(lines, heights, strict=True):
        placed.append((index, text, QRectF(box.left(), top, width, height)))
        top += height + 2
    return placed


def draw_run_point(painter: QPainter, palette: QPalette, centre: QPointF, style: str) -> None:
    """A run chart's point by ``style``: "point" a small circle, "shift" a filled square,
    "trend" a hollow triangle, "shift+trend" a square inside a triangle.
    """
    back = background(palette)
    if "trend" in style:
        size = 15 if "shift" in style else 11
        draw_marker(painter, "triangle", centre, size, trend_colour(palette), back)
    if "shift" in style:
        draw_marker(painter, "square", centre, 8, shift_colour(palette), shift_colour(palette))
    if style == "point":
        draw_marker(painter, "circle", centre, 6.5, series_colour(palette), series_colour(palette))


def value_span(values: list[float], *, percent: bool) -> tuple[float, float]:
    """The values an axis must show, with zero when leaving it out would hide little.

    Zero is kept when it lies within 30 % of the data's range of the data (so a small count
    does not look like a big swing); a little room is added so no point sits on an axis,
    never past zero, nor past 100 for a percentage.
    """
    low, high = min(values), max(values)
    if 0 < low <= 0.3 * (high - low):
        low = 0.0
    elif high < 0 and -high <= 0.3 * (high - low):
        high = 0.0
    pad = (high - low) * 0.04
    padded_low, padded_high = low - pad, high + pad
    if low >= 0 > padded_low:
        padded_low = 0.0
    if percent and high <= 100 < padded_high:
        padded_high = 100.0
    return padded_low, padded_high


def thin_labels(spans: list[tuple[float, float]], gap: float = 10.0) -> tuple[int, ...]:
    """Every k-th of the labels at ``spans`` (left, right), k as small as keeps them apart.

    The last label is added too when it has room.
    """
    last = len(spans) - 1
    for step in range(1, len(spans) + 1):
        chosen = list(range(0, len(spans), step))
        pairs = zip(chosen, chosen[1:], strict=False)
        if all(spans[a][1] + gap <= spans[b][0] for a, b in pairs):
            if chosen[-1] != last and spans[chosen[-1]][1] + gap <= spans[last][0]:
                chosen.append(last)
            return tuple(chosen)
    return (0,) if spans else ()


def place_legend(
    widths: list[float], title: QRectF, right: float, row_height: float, gap: float = 14.0
) -> tuple[list[QPointF], float]:
    """Top-left corners for legend entries, and the legend's bottom.

    The entries go right-aligned on the title's row when they fit there, else in even rows
    under the title.
    """
    total = sum(widths) + gap * (len(widths) - 1)
    if title.right() + 24 + total <= right:
        rows, top, x_start = [list(range(len(widths)))], title.top(), right - total
        row_height = max(row_height, title.height())
    else:
        rows = flow_rows(widths, right - title.left(), gap)
        top, x_start = title.bottom() + 4, title.left()
    corners = []
    for number, row in enumerate(rows):
        x = x_start
        for index in row:
            corners.append(QPointF(x, top + number * row_height))
            x += widths[index] + gap
    return corners, top + len(rows) * row_height


def draw_hint(painter: QPainter, area: QRectF, text: str, colour: QColor) -> None:
    """An empty chart's hint, centred, each sentence on its own line when there is room."""
    painter.setPen(colour)
    flags = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap
    painter.drawText(area, flags, text.replace(". ", ".\n", 1))


def draw_axis_break(painter: QPainter, x: float, y: float, palette: QPalette) -> None:
    """Two short slashes across a y axis at (x, y): the axis does not start at zero."""
    painter.fillRect(QRectF(x - 5, y - 4, 10, 6), background(palette))
    painter.setPen(pen(axis_colour(palette), 1.2))
    for offset in (0, 4):
        painter.drawLine(QPointF(x - 5, y - offset + 2), QPointF(x + 5, y - offset - 2))
