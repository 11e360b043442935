"""A radar of self-assessments on the nine dimensions of the NHS Healthcare Leadership Model.

One polygon per assessment, newest drawn last. Each has its own colour, line style and marker,
so assessments can be told apart in greyscale and by people who do not see colour well. As in
the PDF, the latest is the solid line in the first colour and older ones are dashed and dotted
in the next colours; the legend lists the latest first.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, QSize, QSizeF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPalette, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from alsdesk.dates import medium_date
from alsdesk.services.leadership import DIMENSIONS, Level
from alsdesk.services.plan import AssessmentInfo
from alsdesk.ui.person.charts import palette as pal
from alsdesk.ui.person.charts.chart_base import LaidOutChart

MAX_SERIES = 4
MARGIN = 10.0
LABEL_GAP = 8.0  # between the outer ring and a dimension's label
SAMPLE = 26.0  # width of a legend's line sample
HIT_RADIUS = 12.0
ELIDE = Qt.TextElideMode.ElideRight
LEGEND_TEXT_MAX = 300.0  # longer labels are elided; the tooltip and legend_texts() keep them
STYLES = (  # the latest first, as the PDF's RADAR_STYLES
    (Qt.PenStyle.SolidLine, "circle"),
    (Qt.PenStyle.DashLine, "square"),
    (Qt.PenStyle.DotLine, "triangle"),
    (Qt.PenStyle.DashDotLine, "diamond"),
)


@dataclass(frozen=True)
class _Layout:
    centre: QPointF
    radius: float
    labels: tuple[QRectF, ...]  # one per dimension
    legend: QRectF


class RadarWidget(LaidOutChart):
    """Shows up to the latest four self-assessments; older ones are counted in the legend."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._assessments: tuple[AssessmentInfo, ...] = ()
        self._hidden = 0
        self._others: tuple[str, dict[int, float]] | None = None  # a 360 round's mean
        self._layout: _Layout | None = None
        self.setMinimumSize(420, 300)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(self.tr("Leadership self-assessment profile"))

    def set_assessments(self, assessments: Sequence[AssessmentInfo]) -> None:
        ordered = sorted(assessments, key=lambda a: (a.date, a.id))
        self._assessments = tuple(ordered[-MAX_SERIES:])
        self._hidden = len(ordered) - len(self._assessments)
        self._layout = None
        self.setAccessibleDescription("; ".join(self.legend_texts()))
        self.update()

    def set_others(self, label: str, levels: dict[int, float] | None) -> None:
        """Others' mean level by dimension (from 360 feedback), drawn as one more profile
        in its own colour and line; None takes it away."""
        self._others = (label, dict(levels)) if levels else None
        self._layout = None
        self.setAccessibleDescription("; ".join(self.legend_texts()))
        self.update()

    @property
    def others(self) -> tuple[str, dict[int, float]] | None:
        return self._others

    def others_vertex(self, dimension: int) -> QPointF | None:
        if self._others is None or dimension not in self._others[1]:
            return None
        return self._spoke_point(dimension, self._others[1][dimension] / len(Level))

    @property
    def assessments(self) -> tuple[AssessmentInfo, ...]:
        """The assessments drawn, oldest first."""
        return self._assessments

    def empty_hint(self) -> str:
        """The hint shown instead of a chart, or '' when there is an assessment to draw."""
        if self._assessments:
            return ""
        return self.tr(
            "No self-assessments yet. Rate yourself on the nine dimensions to see your profile."
        )

    def series_count(self) -> int:
        return len(self._assessments)

    def hidden_count(self) -> int:
        """Older assessments left off so the chart stays readable."""
        return self._hidden

    def legend_texts(self) -> list[str]:
        """One line per assessment drawn, the latest first, then any left off."""
        texts = [f"{a.label} · {medium_date(a.date)}" for a in reversed(self._assessments)]
        if self._hidden:
            hidden = (
                self.tr("%n earlier assessments not shown", "", self._hidden)
                if self._hidden > 1
                else self.tr("1 earlier assessment not shown")
            )
            texts.append(hidden)
        if self._others is not None:
            texts.append(self._others[0])
        return texts

    def series_style(self, series: int) -> tuple[QColor, Qt.PenStyle, str]:
        """The colour, line style and marker of ``series`` (0 = oldest shown).

        Counted from the latest, which is solid in the first colour, as in the PDF.
        """
        rank = self.series_count() - 1 - series
        style, shape = STYLES[rank % len(STYLES)]
        return pal.profile_colour(rank, self.palette()), style, shape

    def sizeHint(self) -> QSize:
        return QSize(560, 420)

    def minimumSizeHint(self) -> QSize:
        return QSize(420, 300)

    def centre(self) -> QPointF:
        return self._current_layout().centre

    def radius(self) -> float:
        """The radius of the outer ring, Exemplary."""
        return self._current_layout().radius

    def label_rect(self, dimension: int) -> QRectF:
        return self._current_layout().labels[dimension - 1]

    def vertex(self, series: int, dimension: int) -> QPointF | None:
        """Where ``series`` (0 = oldest shown) rates ``dimension`` (1-9); None if unrated."""
        level = _level(self._assessments[series], dimension)
        return None if level is None else self._spoke_point(dimension, level / len(Level))

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            text = self.tooltip_at(event.pos())
            if text:
                QToolTip.showText(event.globalPos(), text, self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)

    def tooltip_at(self, pos: QPoint | QPointF) -> str:
        """The ratings on the dimension whose vertex or label is under ``pos``, else ''."""
        pos = QPointF(pos)
        for dimension in range(1, len(DIMENSIONS) + 1):
            near = any(
                (point := self.vertex(series, dimension)) is not None
                and math.dist((point.x(), point.y()), (pos.x(), pos.y())) <= HIT_RADIUS
                for series in range(self.series_count())
            )
            if near or (self.series_count() and self.label_rect(dimension).contains(pos)):
                lines = [DIMENSIONS[dimension - 1].name]
                for assessment in reversed(self._assessments):
                    level = _level(assessment, dimension)
                    rating = level.label if level else self.tr("not rated")
                    lines.append(f"{assessment.label} · {medium_date(assessment.date)}: {rating}")
                if self._others is not None and dimension in self._others[1]:
                    lines.append(f"{self._others[0]}: {self._others[1][dimension]:.1f}")
                return "\n".join(lines)
        return ""

    # Layout -------------------------------------------------------------------------------

    def _spoke_angle(self, dimension: int) -> float:
        """Radians clockwise from straight up."""
        return 2 * math.pi * (dimension - 1) / len(DIMENSIONS)

    def _spoke_point(self, dimension: int, fraction: float) -> QPointF:
        layout = self._current_layout()
        angle = self._spoke_angle(dimension)
        distance = layout.radius * fraction
        return QPointF(
            layout.centre.x() + distance * math.sin(angle),
            layout.centre.y() - distance * math.cos(angle),
        )

    def _current_layout(self) -> _Layout:
        if self._layout is None:
            self._layout = self._compute_layout()
        return self._layout

    def _label_sizes(self, fm: QFontMetricsF) -> list[tuple[str, float, float]]:
        """(text, width, height) of each dimension's label, on two balanced lines."""
        sizes = []
        for dimension in DIMENSIONS:
            text = _two_lines(fm, dimension.name)
            lines = text.split("\n")
            width = max(fm.horizontalAdvance(line) for line in lines) + 2
            sizes.append((text, width, fm.height() * len(lines)))
        return sizes

    def _label_box(self, dimension: int, size, radius: float, ring_label: QSizeF) -> QRectF:
        """The label's box for a radar centred on (0, 0), anchored just outside the outer ring.

        A label that would touch the Exemplary ring label (right of the top spoke) moves right.
        """
        _, width, height = size
        angle = self._spoke_angle(dimension)
        sin, cos = math.sin(angle), math.cos(angle)
        x, y = (radius + LABEL_GAP) * sin, -(radius + LABEL_GAP) * cos
        left = x if sin > 0.2 else x - width if sin < -0.2 else x - width / 2
        top = y - height if cos > 0.2 else y if cos < -0.2 else y - height / 2
        box = QRectF(left, top, width, height)
        reserved = QRectF(QPointF(0, -radius), ring_label)
        if dimension > 1 and box.intersects(reserved):
            box.moveLeft(reserved.right() + 2)
        return box

    def _ring_label_font(self) -> QFont:
        return pal.small_font(self.font(), 0.8)

    def _ring_label_size(self) -> QSizeF:
        """Room the ring labels take right of the top spoke (the widest is Exemplary)."""
        fm = QFontMetricsF(self._ring_label_font())
        return QSizeF(max(fm.horizontalAdvance(level.label) for level in Level) + 10, fm.height())

    def _fit(self, sizes, area: QRectF) -> tuple[float, QPointF, list[QRectF], QRectF]:
        """The largest radius whose rings and labels fit ``area``; centre, labels and bounds."""
        ring_label = self._ring_label_size()

        def boxes(radius: float) -> list[QRectF]:
            return [
                self._label_box(number, size, radius, ring_label)
                for number, size in enumerate(sizes, start=1)
            ]

        def bounds(radius: float) -> QRectF:
            box = QRectF(-radius, -radius, 2 * radius, 2 * radius)
            for label in boxes(radius):
                box = box.united(label)
            return box

        low, high = 10.0, max(10.0, min(area.width(), area.height()) / 2)
        for _ in range(30):
            middle = (low + high) / 2
            box = bounds(middle)
            if box.width() <= area.width() and box.height() <= area.height():
                low = middle
            else:
                high = middle
        box = bounds(low)
        centre = area.center() - box.center()
        labels = [label.translated(centre) for label in boxes(low)]
        return low, centre, labels, box.translated(centre)

    def _compute_layout(self) -> _Layout:
        """Legend beside the radar when that costs the radar (almost) nothing, else under it."""
        fm = QFontMetricsF(pal.small_font(self.font()))
        sizes = self._label_sizes(fm)
        texts = self.legend_texts()
        widest = max((fm.horizontalAdvance(t) for t in texts), default=0.0)
        legend_width = (
            SAMPLE + 8 + min(widest + 1, LEGEND_TEXT_MAX, self.width() - 2 * MARGIN - SAMPLE - 8)
        )
        legend_height = (fm.height() + 4) * len(texts) - 4
        area = QRectF(self.rect()).adjusted(MARGIN, MARGIN, -MARGIN, -MARGIN)
        radius, centre, labels, figure = self._fit(
            sizes, area.adjusted(0, 0, 0, -legend_height - 14)
        )
        legend = QRectF(0, figure.bottom() + 14, legend_width, legend_height)
        legend.moveLeft(max(area.left(), centre.x() - legend_width / 2))
        shift = QPointF(0, (area.bottom() - legend.bottom() - (figure.top() - area.top())) / 2)
        beside = self._fit(sizes, area.adjusted(0, 0, -legend_width - 24, 0))
        if beside[0] >= radius * 0.97:
            radius, centre, labels, figure = beside
            legend = QRectF(
                figure.right() + 24, centre.y() - legend_height / 2, legend_width, legend_height
            )
            shift = QPointF((area.right() - legend.right() - (figure.left() - area.left())) / 2, 0)
        return _Layout(
            centre + shift,
            radius,
            tuple(label.translated(shift) for label in labels),
            legend.translated(shift),
        )

    # Painting -----------------------------------------------------------------------------

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        painter.fillRect(self.rect(), pal.background(palette))
        painter.setFont(pal.small_font(self.font()))
        if not self._assessments:
            painter.setFont(self.font())
            area = QRectF(self.rect()).adjusted(40, 20, -40, -20)
            pal.draw_hint(painter, area, self.empty_hint(), pal.muted_text(palette))
            return
        self._paint_grid(painter, palette)
        self._paint_ring_labels(painter, palette)
        for series in range(self.series_count()):
            self._paint_series(painter, palette, series)
        self._paint_others(painter, palette)
        self._paint_legend(painter, palette)

    def others_style(self) -> tuple[QColor, Qt.PenStyle, str]:
        """Others' profile: a colour and a line none of the assessments use."""
        return pal.target_colour(self.palette()), Qt.PenStyle.DashDotDotLine, "square"

    def _paint_others(self, painter: QPainter, palette: QPalette) -> None:
        if self._others is None:
            return
        colour, style, shape = self.others_style()
        points = [self.others_vertex(d) for d in range(1, len(DIMENSIONS) + 1)]
        points = [p for p in points if p is not None]
        painter.setPen(pal.pen(colour, 2.0, style))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPolygon(QPolygonF(points))
        for point in points:
            pal.draw_marker(painter, shape, point, 6.5, colour, pal.background(palette))

    def _paint_grid(self, painter: QPainter, palette: QPalette) -> None:
        layout = self._current_layout()
        grid = pal.pen(pal.grid_colour(palette).darker(115), 1.0)
        painter.setPen(grid)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for level in Level:
            fraction = level / len(Level)
            ring = [self._spoke_point(d, fraction) for d in range(1, len(DIMENSIONS) + 1)]
            if level == Level.EXEMPLARY:
                painter.setPen(pal.pen(pal.axis_colour(palette), 1.0))
            painter.drawPolygon(QPolygonF(ring))
        painter.setPen(grid)
        for dimension in range(1, len(DIMENSIONS) + 1):
            painter.drawLine(layout.centre, self._spoke_point(dimension, 1.0))
        fm = QFontMetricsF(painter.font())
        painter.setPen(pal.text_colour(palette))
        for (text, _, _), box in zip(self._label_sizes(fm), layout.labels, strict=True):
            sin = box.center().x() - layout.centre.x()
            horizontal = (
                Qt.AlignmentFlag.AlignLeft
                if sin > 1
                else Qt.AlignmentFlag.AlignRight
                if sin < -1
                else Qt.AlignmentFlag.AlignHCenter
            )
            painter.drawText(box, horizontal | Qt.AlignmentFlag.AlignVCenter, text)

    def _paint_series(self, painter: QPainter, palette: QPalette, series: int) -> None:
        colour, style, shape = self.series_style(series)
        points = [self.vertex(series, d) for d in range(1, len(DIMENSIONS) + 1)]
        points = [p for p in points if p is not None]
        fill = QColor(colour)
        fill.setAlphaF(0.16 / self.series_count())  # overlapping fills stay light
        painter.setPen(pal.pen(colour, 2.0, style))
        painter.setBrush(fill)
        painter.drawPolygon(QPolygonF(points))
        for point in points:
            pal.draw_marker(painter, shape, point, 7.5, colour, colour)

    def _paint_ring_labels(self, painter: QPainter, palette: QPalette) -> None:
        """Level names right of the top spoke, each just inside its ring's corner.

        Clear of the dimensions' labels; drawn before the polygons, on a backing that hides the
        grid, because the ratings matter more than the scale behind them.
        """
        painter.save()
        painter.setFont(self._ring_label_font())
        fm = QFontMetricsF(painter.font())
        backing = pal.background(palette)
        backing.setAlphaF(0.85)
        painter.setPen(pal.muted_text(palette))
        for level in Level:
            corner = self._spoke_point(1, level / len(Level))
            width = fm.horizontalAdvance(level.label) + 4
            box = QRectF(corner.x() + 4, corner.y() + 1, width, fm.height())
            painter.fillRect(box.adjusted(0, 1, 0, -1), backing)
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, level.label)
        painter.restore()

    def _paint_legend(self, painter: QPainter, palette: QPalette) -> None:
        legend = self._current_layout().legend
        fm = QFontMetricsF(painter.font())
        y = legend.top()
        for index, text in enumerate(self.legend_texts()):
            middle = y + fm.height() / 2
            box = QRectF(legend.left() + SAMPLE + 8, y, legend.width(), fm.height())
            series = self.series_count() - 1 - index  # the legend lists the latest first
            others = self._others is not None and index == len(self.legend_texts()) - 1
            if index < self.series_count() or others:
                colour, style, shape = self.others_style() if others else self.series_style(series)
                painter.setPen(pal.pen(colour, 2.0, style))
                start = QPointF(legend.left(), middle)
                painter.drawLine(start, QPointF(legend.left() + SAMPLE, middle))
                centre = QPointF(legend.left() + SAMPLE / 2, middle)
                pal.draw_marker(painter, shape, centre, 7.5, colour, colour)
                painter.setPen(pal.text_colour(palette))
            else:
                painter.setPen(pal.muted_text(palette))
                box.moveLeft(legend.left())
            room = legend.right() - box.left()
            if index < self.series_count() and fm.horizontalAdvance(text) > room:
                assessment = self._assessments[series]
                when = f" · {medium_date(assessment.date)}"
                label = fm.elidedText(assessment.label, ELIDE, room - fm.horizontalAdvance(when))
                text = label + when  # the date stays whole: it tells the polygons apart
            text = fm.elidedText(text, ELIDE, room)
            painter.drawText(box, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)
            y += fm.height() + 4


def _level(assessment: AssessmentInfo, dimension: int) -> Level | None:
    return next((r.level for r in assessment.ratings if r.dimension == dimension), None)


def _two_lines(fm: QFontMetricsF, name: str) -> str:
    """``name`` broken between words where its two lines come out most even."""
    words = name.split()
    if len(words) < 2:
        return name
    splits = [(" ".join(words[:i]), " ".join(words[i:])) for i in range(1, len(words))]
    first, second = min(
        splits, key=lambda pair: max(fm.horizontalAdvance(pair[0]), fm.horizontalAdvance(pair[1]))
    )
    return f"{first}\n{second}"
