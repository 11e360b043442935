"""A run chart of one improvement measure: values over time, median, target and signals.

Drawn with QPainter (no QtCharts). Points are placed in proportion to their dates, so irregular
progress updates are not squeezed into even steps. The median is solid over the baseline it was
computed from and dashed where it is carried on, as NHS run charts show a frozen median.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QFontMetricsF, QPainter, QPalette
from PySide6.QtWidgets import QToolTip, QWidget

from alsdesk.dates import medium_date
from alsdesk.services.goals import Measure
from alsdesk.services.run_chart import RunChartAnalysis, SignalKind
from alsdesk.ui.person.charts import palette as pal
from alsdesk.ui.person.charts.chart_base import MeasureChart
from alsdesk.ui.person.charts.xmr_parts import DENSE_GAP, draw_polyline

MARGIN = 10.0
X_PAD = 14.0  # inside the plot, so the first and last markers clear the axes
HIT_RADIUS = 18.0
SAMPLE = 22.0  # width of a legend's line sample
MARKED_KINDS = (SignalKind.SHIFT, SignalKind.TREND)  # a point in both is drawn as a shift
LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
WRAP_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap
CENTRE_TOP = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop


@dataclass(frozen=True)
class _Layout:
    title: tuple[str, QRectF]
    legend: tuple[tuple[str, str, QPointF], ...]  # (key, text, top-left)
    plot: QRectF
    y_low: float
    y_high: float
    y_step: float
    x_labels: tuple[int, ...]
    notes: tuple[tuple[SignalKind | None, str, QRectF], ...]


class RunChartWidget(MeasureChart):
    """Shows a ``RunChartAnalysis`` for one ``Measure``; read-only, hover a point for details."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(260, parent)
        self._analysis: RunChartAnalysis | None = None
        self._layout: _Layout | None = None
        self.setAccessibleName(self.tr("Run chart"))

    @property
    def analysis(self) -> RunChartAnalysis | None:
        return self._analysis

    @property
    def measure(self) -> Measure:
        return self._measure

    def set_chart(self, analysis: RunChartAnalysis | None, measure: Measure) -> None:
        self._analysis = analysis
        self._measure = measure
        self._layout = None
        self._hover = None
        self.setAccessibleDescription(" ".join(text for _, text in self.rule_lines()))
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(640, 360)

    def minimumSizeHint(self) -> QSize:
        return QSize(420, 260)

    def has_points(self) -> bool:
        """Whether there is a chart to draw; the geometry helpers below need one."""
        return bool(self._analysis and self._analysis.points)

    def empty_hint(self) -> str:
        """The hint shown instead of a chart, or '' when there are points to draw."""
        if self.has_points():
            return ""
        return self.tr(
            "No measurements yet. Add a progress update with a value to start the run chart."
        )

    def marked_points(self) -> dict[int, SignalKind]:
        """Index -> the signal its marker shows; runs signals are described, not marked."""
        if self._analysis is None:
            return {}
        marked: dict[int, SignalKind] = {}
        for kind in MARKED_KINDS:
            for index in sorted(self._analysis.flagged(kind)):
                marked.setdefault(index, kind)
        return marked

    def dense(self) -> bool:
        """Points closer than a marker's width: only signals keep their markers."""
        count = len(self._analysis.points) if self._analysis else 0
        return count > 1 and self.plot_rect().width() / (count - 1) < DENSE_GAP

    def plot_rect(self) -> QRectF:
        """The area inside the axes, in widget coordinates (empty with nothing to plot)."""
        return self._current_layout().plot if self.has_points() else QRectF()

    def y_range(self) -> tuple[float, float]:
        """The values at the bottom and top of the y axis; both ends carry a tick label."""
        layout = self._current_layout()
        return layout.y_low, layout.y_high

    def value_to_y(self, value: float) -> float:
        layout = self._current_layout()
        fraction = (value - layout.y_low) / (layout.y_high - layout.y_low)
        return layout.plot.bottom() - fraction * layout.plot.height()

    def date_to_x(self, day: dt.date) -> float:
        return self._x_in(self._current_layout().plot, day)

    def point_position(self, index: int) -> QPointF:
        point = self._analysis.points[index]
        return QPointF(self.date_to_x(point.date), self.value_to_y(point.value))

    def point_at(self, pos: QPoint | QPointF) -> int | None:
        """The point nearest ``pos`` if it is within reach of the pointer, else None."""
        if not self.has_points():
            return None
        pos = QPointF(pos)
        distance, index = min(
            (math.dist(p.toTuple(), pos.toTuple()), i)
            for i, p in enumerate(map(self.point_position, range(len(self._analysis.points))))
        )
        return index if distance <= HIT_RADIUS else None

    def point_tooltip(self, index: int) -> str:
        """Date, value and any shift or trend the point belongs to, one per line."""
        point = self._analysis.points[index]
        lines = [medium_date(point.date), self._with_unit(point.value)]
        lines += [
            signal.description
            for signal in self._analysis.signals
            if signal.kind in MARKED_KINDS and index in signal.indices
        ]
        return "\n".join(lines)

    def legend_texts(self) -> list[str]:
        """The legend's keys as drawn, in order."""
        if not self.has_points():
            return []
        return [text for _key, text, _corner in self._current_layout().legend]

    def rule_lines(self) -> list[tuple[SignalKind | None, str]]:
        """What the rules found, one line each: the signals found, else each rule's message."""
        if not self.has_points():
            return []
        lines: list[tuple[SignalKind | None, str]] = []
        for rule in self._analysis.rules:
            found = [s for s in self._analysis.signals if s.kind == rule.kind]
            if rule.kind in MARKED_KINDS and found:
                lines += [(rule.kind, signal.description) for signal in found]
            else:
                lines.append((None, rule.message))
        return lines

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            index = self.point_at(event.pos())
            if index is None:
                QToolTip.hideText()
                event.ignore()
            else:
                QToolTip.showText(event.globalPos(), self.point_tooltip(index), self)
            return True
        return super().event(event)

    # Layout -------------------------------------------------------------------------------

    def _legend_items(self) -> list[tuple[str, str]]:
        analysis = self._analysis
        items: list[tuple[str, str]] = []
        if len(analysis.points) > 1:
            if analysis.baseline_count < len(analysis.points):
                baseline = self.tr("Median of first %n", "", analysis.baseline_count)
                items += [("median", baseline), ("extended", self.tr("Median carried on"))]
            else:
                items.append(("median", self.tr("Median")))
        if self._measure.target_value is not None:
            items.append(("target", self.tr("Target")))
        drawn = [kind for kind in MARKED_KINDS if analysis.flagged(kind)]
        return items + [(str(kind), kind.label) for kind in drawn]

    def _side_labels(self) -> list[tuple[str, str, float]]:
        """(key, text, value) for the labels right of the median and target lines."""
        labels = []
        if len(self._analysis.points) > 1:
            median = self._analysis.median
            labels.append(("median", self.tr("Median") + f" {pal.format_number(median)}", median))
        target = self._measure.target_value
        if target is not None:
            labels.append(("target", self.tr("Target") + f" {pal.format_number(target)}", target))
        return labels

    def _value_span(self) -> tuple[float, float]:
        values = [p.value for p in self._analysis.points]
        values += [value for _, _, value in self._side_labels()]
        return pal.value_span(values, percent=self._measure.unit.strip() == "%")

    def _current_layout(self) -> _Layout:
        if self._layout is None:
            self._layout = self._compute_layout()
        return self._layout

    def _compute_layout(self) -> _Layout:
        fm, small = QFontMetricsF(pal.title_font(self.font())), self._small_metrics()
        width, height = float(self.width()), float(self.height())
        title = fm.elidedText(self._axis_title(), Qt.TextElideMode.ElideRight, width - 2 * MARGIN)
        title_box = QRectF(MARGIN, MARGIN, fm.horizontalAdvance(title) + 1, fm.height())
        legend, header_bottom = self._layout_legend(title_box)
        notes = self._layout_notes(small, height * 0.3) if self.has_points() else ()
        notes_top = notes[0][2].top() - 8 if notes else height - MARGIN
        plot_bottom = notes_top - (6 + 2 * small.height())
        plot_top = header_bottom + 8 + small.height() / 2
        max_ticks = min(7, int((plot_bottom - plot_top) / (small.height() * 1.55)) + 1)
        y_low, y_high, step = pal.nice_scale(*self._value_span(), max_ticks)
        ticks = round((y_high - y_low) / step) + 1
        tick_width = max(
            small.horizontalAdvance(pal.format_number(y_low + i * step, step)) for i in range(ticks)
        )
        side = [small.horizontalAdvance(text) + 8 for _, text, _ in self._side_labels()]
        left = MARGIN + tick_width + 8
        right = width - MARGIN - max(side, default=4)
        plot = QRectF(left, plot_top, right - left, plot_bottom - plot_top)
        x_labels = self._thin_x_labels(small, plot)
        return _Layout((title, title_box), legend, plot, y_low, y_high, step, x_labels, notes)

    def _layout_legend(self, title: QRectF):
        small = self._small_metrics()
        items = self._legend_items()
        widths = [SAMPLE + 5 + small.horizontalAdvance(text) for _, text in items]
        right = self.width() - MARGIN
        corners, bottom = pal.place_legend(widths, title, right, small.height() + 2)
        title_row = [c for c in corners if c.y() == title.top()]
        for corner in title_row:  # centred on the title's line
            corner.setY(title.center().y() - small.height() / 2)
        legend = tuple((key, text, c) for (key, text), c in zip(items, corners, strict=True))
        return legend, bottom

    def _layout_notes(self, fm: QFontMetricsF, budget: float):
        """The rule lines at the foot of the widget, each with its marker's kind (or None)."""
        lines = self.rule_lines()
        gutter = 18.0
        box = QRectF(MARGIN + gutter, 0, self.width() - 2 * MARGIN - gutter, self.height() - MARGIN)
        more = self.tr("… and %n more: hover the marked points for details.")
        placed = pal.stack_notes(fm, [text for _, text in lines], box, budget, more)
        return tuple((None if i is None else lines[i][0], text, where) for i, text, where in placed)

    def _small_metrics(self) -> QFontMetricsF:
        return QFontMetricsF(pal.small_font(self.font()))

    def _x_in(self, plot: QRectF, day: dt.date) -> float:
        first, last = self._analysis.points[0].date, self._analysis.points[-1].date
        if first == last:
            return plot.center().x()
        fraction = (day - first).days / (last - first).days
        return plot.left() + X_PAD + fraction * (plot.width() - 2 * X_PAD)

    def _x_label_span(self, fm: QFontMetricsF, x: float, text: str) -> tuple[float, float]:
        """Where a date label goes: centred under its point, kept inside the widget."""
        half = fm.horizontalAdvance(text) / 2
        centre = min(max(x, MARGIN + half), self.width() - MARGIN - half)
        return centre - half, centre + half

    def _thin_x_labels(self, fm: QFontMetricsF, plot: QRectF) -> tuple[int, ...]:
        points = self._analysis.points
        return pal.thin_labels(
            [self._x_label_span(fm, self._x_in(plot, p.date), _day(p.date)) for p in points]
        )

    # Painting -----------------------------------------------------------------------------

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        painter.fillRect(self.rect(), pal.background(palette))
        if not self.has_points():
            area = QRectF(self.rect()).adjusted(40, 20, -40, -20)
            pal.draw_hint(painter, area, self.empty_hint(), pal.muted_text(palette))
            return
        layout = self._current_layout()
        painter.setFont(pal.title_font(self.font()))
        painter.setPen(pal.text_colour(palette))
        painter.drawText(layout.title[1], LEFT, layout.title[0])
        painter.setFont(pal.small_font(self.font()))
        self._paint_axes(painter, palette, layout)
        self._paint_reference_lines(painter, palette, layout)
        self._paint_series(painter, palette)
        self._paint_legend(painter, palette, layout)
        self._paint_notes(painter, palette, layout)

    def _paint_axes(self, painter: QPainter, palette: QPalette, layout: _Layout) -> None:
        plot, fm = layout.plot, QFontMetricsF(painter.font())
        for i in range(round((layout.y_high - layout.y_low) / layout.y_step) + 1):
            value = layout.y_low + i * layout.y_step
            y = self.value_to_y(value)
            painter.setPen(pal.pen(pal.grid_colour(palette)))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(pal.muted_text(palette))
            label = QRectF(MARGIN, y - fm.height() / 2, plot.left() - 6 - MARGIN, fm.height())
            align = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
            painter.drawText(label, align, pal.format_number(value, layout.y_step))
        axis = pal.pen(pal.axis_colour(palette))
        painter.setPen(axis)
        painter.drawLine(plot.bottomLeft(), plot.bottomRight())
        painter.drawLine(plot.bottomLeft(), plot.topLeft())
        if layout.y_low > 0:
            pal.draw_axis_break(painter, plot.left(), plot.bottom() - 9, palette)
        previous_year = None
        points, labelled = self._analysis.points, set(layout.x_labels)
        # Densely packed points get a tick at each date labelled only, not a solid bar.
        for index in sorted(labelled) if self.dense() else range(len(points)):
            point = points[index]
            x = self.date_to_x(point.date)
            painter.setPen(axis)
            painter.drawLine(QPointF(x, plot.bottom()), QPointF(x, plot.bottom() + 4))
            if index not in labelled:
                continue
            start, end = self._x_label_span(fm, x, _day(point.date))
            box = QRectF(start - 20, plot.bottom() + 6, end - start + 40, fm.height())
            painter.setPen(pal.muted_text(palette))
            year = point.date.year
            text = _day(point.date) + (f"\n{year}" if year != previous_year else "")
            previous_year = year
            painter.drawText(box.adjusted(0, 0, 0, fm.height()), CENTRE_TOP, text)

    def _paint_reference_lines(self, painter: QPainter, palette: QPalette, layout: _Layout):
        plot, fm = layout.plot, QFontMetricsF(painter.font())
        labels = self._side_labels()
        colours = {"median": pal.median_colour(palette), "target": pal.target_colour(palette)}
        for key, _, value in labels:
            y = self.value_to_y(value)
            split = plot.right()
            baseline = self._analysis.baseline_count
            if key == "target":
                split = plot.left()
            elif baseline < len(self._analysis.points):
                split = self.point_position(baseline - 1).x()
            painter.setPen(pal.pen(colours[key], 1.6))
            painter.drawLine(QPointF(plot.left(), y), QPointF(split, y))
            painter.setPen(pal.pen(colours[key], 1.6, Qt.PenStyle.DashLine))
            painter.drawLine(QPointF(split, y), QPointF(plot.right(), y))
        centres = [self.value_to_y(value) for _, _, value in labels]
        if len(centres) == 2 and abs(centres[0] - centres[1]) < fm.height():
            middle, sign = (centres[0] + centres[1]) / 2, 1 if centres[0] >= centres[1] else -1
            centres = [middle + sign * fm.height() / 2, middle - sign * fm.height() / 2]
        for (key, text, _), centre in zip(labels, centres, strict=True):
            painter.setPen(colours[key])
            box = QRectF(plot.right() + 6, centre - fm.height() / 2, self.width(), fm.height())
            painter.drawText(box, LEFT, text)

    def _paint_series(self, painter: QPainter, palette: QPalette) -> None:
        positions = [self.point_position(i) for i in range(len(self._analysis.points))]
        colour = pal.series_colour(palette)
        painter.setPen(pal.pen(colour, 2.0))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        draw_polyline(painter, positions)
        marked = self.marked_points()
        trend = self._analysis.flagged(SignalKind.TREND)
        dense = self.dense()
        for index, position in enumerate(positions):
            if dense and index != self._hover and index not in marked:
                continue  # the line shows them; markers would only blot it (and take seconds)
            if index == self._hover:
                painter.setPen(pal.pen(pal.mix(colour, pal.background(palette), 0.6), 5))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawEllipse(position, 10, 10)
            kind = marked.get(index)
            both = kind == SignalKind.SHIFT and index in trend
            style = "point" if kind is None else "shift+trend" if both else str(kind)
            pal.draw_run_point(painter, palette, position, style)

    def _paint_legend(self, painter: QPainter, palette: QPalette, layout: _Layout) -> None:
        fm = QFontMetricsF(painter.font())
        for key, text, origin in layout.legend:
            centre = QPointF(origin.x() + SAMPLE / 2, origin.y() + fm.height() / 2)
            left, right = QPointF(origin.x(), centre.y()), QPointF(origin.x() + SAMPLE, centre.y())
            if key in ("median", "extended", "target"):
                colour = pal.target_colour(palette) if key == "target" else None
                style = Qt.PenStyle.SolidLine if key == "median" else Qt.PenStyle.DashLine
                painter.setPen(pal.pen(colour or pal.median_colour(palette), 1.6, style))
                painter.drawLine(left, right)
            else:
                pal.draw_run_point(painter, palette, centre, key)
            painter.setPen(pal.text_colour(palette))
            box = QRectF(origin.x() + SAMPLE + 5, origin.y(), self.width(), fm.height())
            painter.drawText(box, LEFT, text)

    def _paint_notes(self, painter: QPainter, palette: QPalette, layout: _Layout) -> None:
        fm = QFontMetricsF(painter.font())
        for kind, text, box in layout.notes:
            centre = QPointF(box.left() - 10, box.top() + fm.height() / 2)
            if kind is None:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(pal.muted_text(palette))
                painter.drawEllipse(centre, 2, 2)
            else:
                pal.draw_run_point(painter, palette, centre, str(kind))
            painter.setPen(pal.text_colour(palette))
            painter.drawText(box, WRAP_LEFT, text)


def _day(day: dt.date) -> str:
    return f"{day.day} {day:%b}"
