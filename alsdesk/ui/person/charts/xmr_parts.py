"""Pieces the XmR chart widget draws with: its value scale, line pens, point markers."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPainterPath, QPalette, QPen

from alsdesk import theme
from alsdesk.services.spc import OUTLIER_MOVING_RANGE, Variation, XmrAnalysis
from alsdesk.ui.person.charts import palette as pal

MARGIN = 10.0
DENSE_GAP = 4.0  # px between points below which common-cause markers are left out
SPC = theme.current().spc
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


@dataclass(frozen=True)
class Axis:
    """A value scale over a rectangle; values past its ends are drawn at the edge."""

    rect: QRectF
    low: float
    high: float
    step: float

    def y(self, value: float) -> float:
        clamped = min(max(value, self.low), self.high)
        return self.rect.bottom() - (clamped - self.low) / (self.high - self.low) * (
            self.rect.height()
        )


def line_pen(key: str, palette: QPalette) -> QPen:
    """The pen of a mean ("mean"), limit ("limit") or target ("target") line."""
    if key == "mean":
        return pal.pen(pal.text_colour(palette), 1.6)
    if key == "target":
        return pal.pen(QColor(SPC.target), 1.6, Qt.PenStyle.DashLine)
    return pal.pen(pal.muted_text(palette), 1.3, Qt.PenStyle.DashLine)


def paint_value_axis(painter: QPainter, palette: QPalette, axis: Axis) -> None:
    """Grid lines with their values left of ``axis.rect``, and the two axes."""
    fm = QFontMetricsF(painter.font())
    plot = axis.rect
    for i in range(round((axis.high - axis.low) / axis.step) + 1):
        value = axis.low + i * axis.step
        y = axis.y(value)
        painter.setPen(pal.pen(pal.grid_colour(palette)))
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        painter.setPen(pal.muted_text(palette))
        label = QRectF(MARGIN, y - fm.height() / 2, plot.left() - 6 - MARGIN, fm.height())
        painter.drawText(label, RIGHT, pal.format_number(value, axis.step))
    painter.setPen(pal.pen(pal.axis_colour(palette)))
    painter.drawLine(plot.bottomLeft(), plot.bottomRight())
    painter.drawLine(plot.bottomLeft(), plot.topLeft())
    if axis.low > 0:
        pal.draw_axis_break(painter, plot.left(), plot.bottom() - 9, palette)


def draw_point(painter: QPainter, palette: QPalette, centre: QPointF, key: str) -> None:
    """A point by its variation (or "common", "improvement", "concern", "hollow")."""
    back = pal.background(palette)
    if key in ("improvement", Variation.IMPROVEMENT):
        colour = QColor(SPC.improvement)
        pal.draw_marker(painter, "circle", centre, 9, colour, colour)
    elif key in ("concern", Variation.CONCERN):
        colour = QColor(SPC.concern)
        pal.draw_marker(painter, "diamond", centre, 8, colour, colour)
    else:
        colour = QColor(SPC.common)
        pal.draw_marker(painter, "circle", centre, 5.5, colour, back if key == "hollow" else colour)


def paint_moving_ranges(
    painter: QPainter,
    palette: QPalette,
    axis: Axis,
    analysis: XmrAnalysis,
    spans: list[tuple[float, float]],
    xs: list[float],
    dense: bool = False,
) -> None:
    """Each period's moving ranges, with its mean moving range and upper range limit
    (3.267 x) over the period's ``spans`` entry; ``xs`` is each point's x. A range left
    out of the limits as an outlier is hollow; with ``dense`` only those have markers."""
    for period, (start, end) in zip(analysis.periods, spans, strict=True):
        for key, value in (
            ("mean", period.mean_moving_range),
            ("limit", OUTLIER_MOVING_RANGE * period.mean_moving_range),
        ):
            painter.setPen(line_pen(key, palette))
            painter.drawLine(QPointF(start, axis.y(value)), QPointF(end, axis.y(value)))
        values = analysis.points[period.first : period.last + 1]
        ranges = [abs(b.value - a.value) for a, b in zip(values, values[1:], strict=False)]
        positions = [
            QPointF(xs[i], axis.y(r))
            for i, r in zip(range(period.first + 1, period.last + 1), ranges, strict=True)
        ]
        if positions:
            painter.setPen(pal.pen(QColor(SPC.common), 1.4))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            draw_polyline(painter, positions)
        for offset, position in enumerate(positions, start=period.first + 1):
            screened = analysis.moving_ranges[offset] is None
            if dense and not screened:
                continue
            draw_point(painter, palette, position, "hollow" if screened else "common")


LONG_LINE = 200  # points past which a line is drawn as separate segments


def draw_polyline(painter: QPainter, positions: list[QPointF]) -> None:
    """A line through ``positions``. Where several fall in one pixel column only the
    first, lowest, highest and last are kept, and a long line is drawn as segments: Qt
    strokes a long joined path of a wide pen point by point (over a second for 10,000
    points; segments take milliseconds and look the same at that density)."""
    kept = thinned(positions)
    if len(kept) < 2:
        return
    if len(kept) <= LONG_LINE:
        path = QPainterPath(kept[0])
        for position in kept[1:]:
            path.lineTo(position)
        painter.drawPath(path)
    else:
        painter.drawLines([QLineF(a, b) for a, b in zip(kept, kept[1:], strict=False)])


def thinned(positions: list[QPointF]) -> list[QPointF]:
    """``positions`` with at most the first, lowest, highest and last of each pixel column."""
    kept: list[QPointF] = []
    column: list[QPointF] = []
    for position in positions:
        if column and int(position.x()) != int(column[0].x()):
            kept += _column_outline(column)
            column = []
        column.append(position)
    kept += _column_outline(column)
    return kept


def _column_outline(column: list[QPointF]) -> list[QPointF]:
    if len(column) <= 4:
        return column
    low = min(column, key=lambda p: p.y())
    high = max(column, key=lambda p: p.y())
    middle = [low, high] if column.index(low) < column.index(high) else [high, low]
    return [column[0], *middle, column[-1]]


def spread(centres: list[float], gap: float) -> list[float]:
    """Label centres pushed down apart, in their own order, so none overlaps the one above."""
    placed: list[float] = []
    for centre in sorted(centres):
        placed.append(max(centre, placed[-1] + gap) if placed else centre)
    order = sorted(range(len(centres)), key=lambda i: centres[i])
    result = [0.0] * len(centres)
    for rank, index in enumerate(order):
        result[index] = placed[rank]
    return result


def day_label(day: dt.date) -> str:
    return f"{day.day} {day:%b}"
