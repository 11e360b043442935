"""An XmR (individuals) chart of one measure, as NHS England's Making Data Count draws it.

Drawn with QPainter. Each period (one, or more after a rebase) has its own mean (solid)
and process limits (dashed), drawn over that period only, with a dotted line where the
limits are recalculated. Points are grey (common cause), blue (special cause of
improvement, a larger circle) or orange (concern, a diamond), so colour is not the only
cue. The variation and assurance icons sit at the top right. The moving-range chart can
be drawn below, on the same dates. The value axis keeps to what the measure can be (not
below zero for values that never are, not above 100 for a percentage): a limit past that
is drawn at the edge and its label says its value.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPalette
from PySide6.QtWidgets import QToolTip, QWidget

from alsdesk import theme
from alsdesk.dates import medium_date
from alsdesk.services.goals import Measure
from alsdesk.services.spc import OUTLIER_MOVING_RANGE, Variation, XmrAnalysis
from alsdesk.services.spc_summary import figure
from alsdesk.ui.person.charts import palette as pal
from alsdesk.ui.person.charts import xmr_icons as icons
from alsdesk.ui.person.charts import xmr_parts as parts
from alsdesk.ui.person.charts.chart_base import MeasureChart

MARGIN = 10.0
X_PAD = 14.0
ICON = 44.0
ICON_GAP = 12.0
HIT_RADIUS = 18.0
SAMPLE = 22.0
MR_SHARE = 0.3  # of the plotting height given to the moving-range chart
SPC = theme.current().spc
LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
CENTRE_TOP = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop


@dataclass(frozen=True)
class _Layout:
    title: tuple[str, QRectF]
    legend: tuple[tuple[str, str, QPointF], ...]
    icons: tuple[QRectF, ...]  # variation, then assurance when there is a target
    values: parts.Axis
    ranges: parts.Axis | None
    x_labels: tuple[int, ...]


class XmrChartWidget(MeasureChart):
    """Shows an ``XmrAnalysis`` for one ``Measure``; read-only, hover a point for details."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(300, parent)
        self._analysis: XmrAnalysis | None = None
        self._moving_ranges = False
        self._layout: _Layout | None = None
        self.setAccessibleName(self.tr("XmR chart"))

    # -- what is shown ----------------------------------------------------------------------

    @property
    def analysis(self) -> XmrAnalysis | None:
        return self._analysis

    @property
    def shows_moving_ranges(self) -> bool:
        return self._moving_ranges

    def set_chart(
        self, analysis: XmrAnalysis | None, measure: Measure, moving_ranges: bool = False
    ) -> None:
        self._analysis = analysis
        self._measure = measure
        self._moving_ranges = moving_ranges
        self._layout = None
        self._hover = None
        self.setAccessibleDescription(" ".join(self.icon_labels()))
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(640, 480 if self._moving_ranges else 360)

    def has_points(self) -> bool:
        return bool(self._analysis and self._analysis.points)

    def icon_labels(self) -> list[str]:
        """The icons' meanings, variation first, as their tooltips and captions say."""
        if not self.has_points():
            return []
        labels = [self._analysis.variation.label]
        if self._analysis.assurance is not None:
            labels.append(self._analysis.assurance.label)
        return labels

    def icon_captions(self) -> list[str]:
        """The short words drawn under the icons."""
        if not self.has_points():
            return []
        variation = {
            Variation.COMMON: self.tr("Common cause"),
            Variation.IMPROVEMENT: self.tr("Improvement"),
            Variation.CONCERN: self.tr("Concern"),
        }[self._analysis.variation]
        captions = [variation]
        if self._analysis.assurance is not None:
            captions.append(
                {
                    "hit_and_miss": self.tr("Hit and miss"),
                    "consistent_pass": self.tr("Passing"),
                    "consistent_fail": self.tr("Failing"),
                }[str(self._analysis.assurance)]
            )
        return captions

    def legend_texts(self) -> list[str]:
        return (
            [text for _key, text, _ in self._current_layout().legend] if self.has_points() else []
        )

    def point_colour(self, index: int) -> QColor:
        return icons.variation_colour(self._analysis.variations[index])

    def plot_rect(self) -> QRectF:
        return self._current_layout().values.rect if self.has_points() else QRectF()

    def moving_range_rect(self) -> QRectF:
        layout = self._current_layout() if self.has_points() else None
        return layout.ranges.rect if layout and layout.ranges else QRectF()

    def moving_range_to_y(self, value: float) -> float:
        return self._current_layout().ranges.y(value)

    def icon_rects(self) -> tuple[QRectF, ...]:
        return self._current_layout().icons

    def value_to_y(self, value: float) -> float:
        return self._current_layout().values.y(value)

    def date_to_x(self, day: dt.date) -> float:
        return self._x_in(self._current_layout().values.rect, day)

    def point_position(self, index: int) -> QPointF:
        point = self._analysis.points[index]
        return QPointF(self.date_to_x(point.date), self.value_to_y(point.value))

    def point_at(self, pos: QPoint | QPointF) -> int | None:
        if not self.has_points():
            return None
        pos = QPointF(pos)
        distance, index = min(
            (math.dist(self.point_position(i).toTuple(), pos.toTuple()), i)
            for i in range(len(self._analysis.points))
        )
        return index if distance <= HIT_RADIUS else None

    def point_tooltip(self, index: int) -> str:
        point = self._analysis.points[index]
        lines = [medium_date(point.date), self._with_unit(point.value)]
        cause = self._analysis.causes[index]
        if cause is not None:
            lines.append(f"{self._analysis.variations[index].label}: {cause.label.lower()}")
        return "\n".join(lines)

    # -- events -----------------------------------------------------------------------------

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and self.has_points():
            text = self._tooltip_at(QPointF(event.pos()))
            if text:
                QToolTip.showText(event.globalPos(), text, self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)

    def _tooltip_at(self, pos: QPointF) -> str:
        index = self.point_at(pos)
        if index is not None:
            return self.point_tooltip(index)
        for rect, label in zip(self.icon_rects(), self.icon_labels(), strict=False):
            if rect.contains(pos):
                return label
        return ""

    # -- layout -----------------------------------------------------------------------------

    def _legend_items(self) -> list[tuple[str, str]]:
        items = [("mean", self.tr("Mean")), ("limit", self.tr("Process limits"))]
        if self._measure.target_value is not None:
            items.append(("target", self.tr("Target")))
        items.append(("common", self.tr("Common cause")))
        found = set(self._analysis.variations)
        if Variation.IMPROVEMENT in found:
            items.append(("improvement", self.tr("Improvement")))
        if Variation.CONCERN in found:
            items.append(("concern", self.tr("Concern")))
        return items

    def line_labels(self) -> list[tuple[str, str, float]]:
        """(key, text, value) right of the latest period's lines, and the target's; the
        limits and mean to two decimals, as the sentence under the chart gives them."""
        latest = self._analysis.periods[-1]
        labels = [
            ("limit", self.tr("Upper") + f" {figure(latest.upper)}", latest.upper),
            ("mean", self.tr("Mean") + f" {figure(latest.mean)}", latest.mean),
            ("limit", self.tr("Lower") + f" {figure(latest.lower)}", latest.lower),
        ]
        target = self._measure.target_value
        if target is not None:
            labels.append(("target", self.tr("Target") + f" {pal.format_number(target)}", target))
        return labels

    def moving_range_labels(self) -> list[tuple[str, str, float]]:
        """(key, text, value) right of the latest period's moving-range lines: the upper
        range limit (3.267 x the mean moving range) and the mean moving range; none
        unless the moving-range chart is shown."""
        if not self._moving_ranges or self._analysis is None or not self._analysis.periods:
            return []
        mean = self._analysis.periods[-1].mean_moving_range
        return [
            (
                "limit",
                self.tr("Range limit") + f" {figure(OUTLIER_MOVING_RANGE * mean)}",
                OUTLIER_MOVING_RANGE * mean,
            ),
            ("mean", self.tr("Mean range") + f" {figure(mean)}", mean),
        ]

    def _value_span(self) -> tuple[float, float]:
        values = [p.value for p in self._analysis.points]
        lines = [v for p in self._analysis.periods for v in (p.lower, p.upper)]
        if self._measure.target_value is not None:
            lines.append(self._measure.target_value)
        low, high = pal.value_span(values + lines, percent=self._measure.unit.strip() == "%")
        if min(values) >= 0:  # a limit below zero is not a value the measure can take
            low = max(low, 0.0)
        if self._measure.unit.strip() == "%" and max(values) <= 100:
            high = min(high, 100.0)
        return low, high

    def _current_layout(self) -> _Layout:
        if self._layout is None:
            self._layout = self._compute_layout()
        return self._layout

    def _compute_layout(self) -> _Layout:
        fm, small = QFontMetricsF(pal.title_font(self.font())), self._small_metrics()
        width, height = float(self.width()), float(self.height())
        captions = self.icon_captions()
        caption_width = max((small.horizontalAdvance(c) for c in captions), default=ICON)
        slot = max(ICON, caption_width)
        shown = max(1, len(captions))  # without a target, only the variation icon
        icons_left = width - MARGIN - shown * slot - (shown - 1) * ICON_GAP
        icon_boxes = tuple(
            QRectF(icons_left + i * (slot + ICON_GAP) + (slot - ICON) / 2, MARGIN, ICON, ICON)
            for i in range(shown)
        )
        title = fm.elidedText(self._axis_title(), Qt.TextElideMode.ElideRight, icons_left - 20)
        title_box = QRectF(MARGIN, MARGIN, fm.horizontalAdvance(title) + 1, fm.height())
        legend, legend_bottom = self._layout_legend(title_box, icons_left - 16)
        header_bottom = max(legend_bottom, MARGIN + ICON + 2 + small.height())
        dates_height = 2 * small.height() + 6
        plot_top = header_bottom + 6 + small.height() / 2
        bottom = height - MARGIN - dates_height
        ranges_height = (bottom - plot_top) * MR_SHARE if self._moving_ranges else 0.0
        values_bottom = bottom - ranges_height - (small.height() * 1.5 if ranges_height else 0)
        max_ticks = min(7, int((values_bottom - plot_top) / (small.height() * 1.55)) + 1)
        y_low, y_high, step = pal.nice_scale(*self._value_span(), max_ticks)
        tick_width = max(
            small.horizontalAdvance(pal.format_number(y_low + i * step, step))
            for i in range(round((y_high - y_low) / step) + 1)
        )
        side = max(
            small.horizontalAdvance(text) + 8
            for _, text, _ in self.line_labels() + self.moving_range_labels()
        )
        left, right = MARGIN + tick_width + 8, width - MARGIN - side
        values = parts.Axis(
            QRectF(left, plot_top, right - left, values_bottom - plot_top), *(y_low, y_high, step)
        )
        ranges = None
        if ranges_height:
            points = self._analysis.points  # screened ranges too: none drawn off the scale
            drawn = [abs(b.value - a.value) for a, b in zip(points, points[1:], strict=False)]
            limits = [OUTLIER_MOVING_RANGE * p.mean_moving_range for p in self._analysis.periods]
            top_value = max([*drawn, *limits, 0.0]) or 1.0
            r_low, r_high, r_step = pal.nice_scale(0.0, top_value * 1.04, 3)
            rect = QRectF(left, bottom - ranges_height, right - left, ranges_height)
            ranges = parts.Axis(rect, r_low, r_high, r_step)
        x_labels = self._thin_x_labels(small, values.rect)
        return _Layout((title, title_box), legend, icon_boxes, values, ranges, x_labels)

    def _layout_legend(self, title: QRectF, right: float):
        small = self._small_metrics()
        items = self._legend_items()
        widths = [SAMPLE + 5 + small.horizontalAdvance(text) for _, text in items]
        rows = pal.flow_rows(widths, right - title.left(), 14.0)
        top = title.bottom() + 4
        corners: list[QPointF] = []
        for number, row in enumerate(rows):
            x = title.left()
            for index in row:
                corners.append(QPointF(x, top + number * (small.height() + 2)))
                x += widths[index] + 14.0
        legend = tuple((key, text, c) for (key, text), c in zip(items, corners, strict=True))
        return legend, top + len(rows) * (small.height() + 2)

    def _small_metrics(self) -> QFontMetricsF:
        return QFontMetricsF(pal.small_font(self.font()))

    def _x_in(self, plot: QRectF, day: dt.date) -> float:
        first, last = self._analysis.points[0].date, self._analysis.points[-1].date
        if first == last:
            return plot.center().x()
        fraction = (day - first).days / (last - first).days
        return plot.left() + X_PAD + fraction * (plot.width() - 2 * X_PAD)

    def _label_span(self, fm: QFontMetricsF, x: float, text: str) -> tuple[float, float]:
        half = fm.horizontalAdvance(text) / 2
        centre = min(max(x, MARGIN + half), self.width() - MARGIN - half)
        return centre - half, centre + half

    def _thin_x_labels(self, fm: QFontMetricsF, plot: QRectF) -> tuple[int, ...]:
        return pal.thin_labels(
            [
                self._label_span(fm, self._x_in(plot, p.date), parts.day_label(p.date))
                for p in self._analysis.points
            ]
        )

    # -- painting ---------------------------------------------------------------------------

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        painter.fillRect(self.rect(), pal.background(palette))
        if not self.has_points():
            return
        layout = self._current_layout()
        painter.setFont(pal.title_font(self.font()))
        painter.setPen(pal.text_colour(palette))
        painter.drawText(layout.title[1], LEFT, layout.title[0])
        painter.setFont(pal.small_font(self.font()))
        self._paint_icons(painter, palette, layout)
        self._paint_legend(painter, palette, layout)
        parts.paint_value_axis(painter, palette, layout.values)
        self._paint_dates(painter, palette, layout)
        self._paint_periods(painter, palette, layout.values)
        self._paint_series(painter, palette)
        self._paint_line_labels(painter, palette)
        if layout.ranges is not None:
            self._paint_moving_ranges(painter, palette, layout.ranges)

    def _paint_icons(self, painter: QPainter, palette: QPalette, layout: _Layout) -> None:
        analysis, fm = self._analysis, QFontMetricsF(painter.font())
        higher = self._measure.higher_is_better
        icons.draw_variation_icon(painter, palette, layout.icons[0], analysis.variation, higher)
        if analysis.assurance is not None:
            icons.draw_assurance_icon(painter, palette, layout.icons[1], analysis.assurance)
        painter.setPen(pal.text_colour(palette))
        for box, caption in zip(layout.icons, self.icon_captions(), strict=False):
            area = QRectF(box.center().x() - 80, box.bottom() + 2, 160, fm.height())
            painter.drawText(area, CENTRE_TOP, caption)

    def _paint_legend(self, painter: QPainter, palette: QPalette, layout: _Layout) -> None:
        fm = QFontMetricsF(painter.font())
        for key, text, origin in layout.legend:
            centre = QPointF(origin.x() + SAMPLE / 2, origin.y() + fm.height() / 2)
            start = QPointF(origin.x(), centre.y())
            end = QPointF(origin.x() + SAMPLE, centre.y())
            if key in ("mean", "limit", "target"):
                painter.setPen(parts.line_pen(key, palette))
                painter.drawLine(start, end)
            else:
                parts.draw_point(painter, palette, centre, key)
            painter.setPen(pal.text_colour(palette))
            box = QRectF(origin.x() + SAMPLE + 5, origin.y(), self.width(), fm.height())
            painter.drawText(box, LEFT, text)

    def _paint_dates(self, painter: QPainter, palette: QPalette, layout: _Layout) -> None:
        fm = QFontMetricsF(painter.font())
        foot = (layout.ranges or layout.values).rect.bottom()
        previous_year = None
        points, labelled = self._analysis.points, set(layout.x_labels)
        tick = pal.pen(pal.axis_colour(palette))
        # Densely packed points get a tick at each date labelled only, not a solid bar.
        for index in sorted(labelled) if self.dense() else range(len(points)):
            point = points[index]
            x = self.date_to_x(point.date)
            painter.setPen(tick)
            painter.drawLine(QPointF(x, foot), QPointF(x, foot + 4))
            if index not in labelled:
                continue
            start, end = self._label_span(fm, x, parts.day_label(point.date))
            box = QRectF(start - 20, foot + 6, end - start + 40, 2 * fm.height())
            year = point.date.year
            text = parts.day_label(point.date) + (f"\n{year}" if year != previous_year else "")
            previous_year = year
            painter.setPen(pal.muted_text(palette))
            painter.drawText(box, CENTRE_TOP, text)

    def _period_span(self, index: int) -> tuple[float, float]:
        """The x range a period's lines cover: from its first point to just before the next."""
        periods, points = self._analysis.periods, self._analysis.points
        period = periods[index]
        start = self.date_to_x(points[period.first].date)
        end = self.date_to_x(points[period.last].date)
        if index + 1 < len(periods):
            end = (end + self.date_to_x(points[periods[index + 1].first].date)) / 2
        if index > 0:
            start = (start + self.date_to_x(points[period.first - 1].date)) / 2
        return start, end

    def _paint_periods(self, painter: QPainter, palette: QPalette, axis: parts.Axis) -> None:
        plot = axis.rect
        target = self._measure.target_value
        if target is not None:
            painter.setPen(parts.line_pen("target", palette))
            y = axis.y(target)
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        for index, period in enumerate(self._analysis.periods):
            start, end = self._period_span(index)
            for key, value in (
                ("limit", period.upper),
                ("limit", period.lower),
                ("mean", period.mean),
            ):
                painter.setPen(parts.line_pen(key, palette))
                painter.drawLine(QPointF(start, axis.y(value)), QPointF(end, axis.y(value)))
            if index > 0:
                painter.setPen(pal.pen(pal.muted_text(palette), 1.0, Qt.PenStyle.DotLine))
                painter.drawLine(QPointF(start, plot.top()), QPointF(start, plot.bottom()))

    def _paint_series(self, painter: QPainter, palette: QPalette) -> None:
        positions = [self.point_position(i) for i in range(len(self._analysis.points))]
        painter.setPen(pal.pen(QColor(SPC.common), 1.6))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for period in self._analysis.periods:  # not joined across a rebase
            parts.draw_polyline(painter, positions[period.first : period.last + 1])
        dense = self.dense()
        for index, position in enumerate(positions):
            if (
                dense
                and index != self._hover
                and self._analysis.variations[index] == Variation.COMMON
            ):
                continue  # the line shows them; markers would only blot it (and take seconds)
            if index == self._hover:
                painter.setPen(
                    pal.pen(pal.mix(QColor(SPC.common), pal.background(palette), 0.5), 5)
                )
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawEllipse(position, 10, 10)
            parts.draw_point(painter, palette, position, str(self._analysis.variations[index]))

    def dense(self) -> bool:
        """Points closer than a marker's width: only special causes (and screened moving
        ranges) keep their markers."""
        count = len(self._analysis.points) if self._analysis else 0
        return count > 1 and self.plot_rect().width() / (count - 1) < parts.DENSE_GAP

    def label_boxes(self) -> list[tuple[str, str, QRectF]]:
        """(key, text, box) of each line label as painted: the value chart's, then the
        moving-range chart's, each pushed apart so that none overlaps another."""
        if not self.has_points():
            return []
        layout, small = self._current_layout(), self._small_metrics()
        placed = []
        for axis, labels in (
            (layout.values, self.line_labels()),
            (layout.ranges, self.moving_range_labels()),
        ):
            if axis is None or not labels:
                continue
            centres = parts.spread([axis.y(value) for _, _, value in labels], small.height())
            for (key, text, _), centre in zip(labels, centres, strict=True):
                width = small.horizontalAdvance(text) + 1
                box = QRectF(
                    axis.rect.right() + 6, centre - small.height() / 2, width, small.height()
                )
                placed.append((key, text, box))
        return placed

    def _paint_line_labels(self, painter: QPainter, palette: QPalette) -> None:
        colours = {
            "mean": pal.text_colour(palette),
            "limit": pal.muted_text(palette),
            "target": QColor(SPC.target),
        }
        for key, text, box in self.label_boxes():
            painter.setPen(colours[key])
            painter.drawText(box, LEFT, text)

    def _paint_moving_ranges(self, painter: QPainter, palette: QPalette, axis: parts.Axis) -> None:
        fm = QFontMetricsF(painter.font())
        parts.paint_value_axis(painter, palette, axis)
        painter.setPen(pal.text_colour(palette))
        title = QRectF(axis.rect.left(), axis.rect.top() - fm.height() - 2, 400, fm.height())
        painter.drawText(title, LEFT, self.tr("Moving range (hollow: left out of the limits)"))
        spans = [self._period_span(i) for i in range(len(self._analysis.periods))]
        xs = [self.date_to_x(p.date) for p in self._analysis.points]
        parts.paint_moving_ranges(painter, palette, axis, self._analysis, spans, xs, self.dense())
