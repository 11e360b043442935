"""The XmR chart widget: an honest scale, special causes told apart, the icons explained."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QEvent, QPointF
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QToolTip

from alsdesk.services.goals import Measure
from alsdesk.services.run_chart import RunPoint
from alsdesk.services.spc import xmr
from alsdesk.ui.person.charts.xmr_chart_widget import XmrChartWidget

# NHSRplotthedots' "Deviations" example: mean 1.94, limits -0.72 to 4.6 with screening.
WILD_WEEK = [1, 2, 1, 2, 10, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1]
INCIDENTS = Measure(name="Medication incidents", unit="per week", higher_is_better=False)


def weekly(values, start=dt.date(2026, 1, 5)) -> list[RunPoint]:
    return [RunPoint(start + dt.timedelta(weeks=i), v) for i, v in enumerate(values)]


@pytest.fixture
def chart(qtbot):
    def make(analysis, measure, size=(640, 360), ranges=False) -> XmrChartWidget:
        widget = XmrChartWidget()
        qtbot.addWidget(widget)
        widget.resize(*size)
        widget.set_chart(analysis, measure, ranges)
        with qtbot.waitExposed(widget, timeout=30_000):
            widget.show()
        return widget

    return make


def test_a_lower_limit_below_zero_is_drawn_on_the_axis_and_labelled_with_its_value(
    chart, screenshot
):
    widget = chart(xmr(weekly(WILD_WEEK), higher_is_better=False), INCIDENTS)
    [period] = widget.analysis.periods
    assert round(period.lower, 2) == -0.72
    # Counts are never negative: the axis starts at zero, the limit sits on it.
    assert widget.plot_rect().bottom() == pytest.approx(widget.value_to_y(0))
    assert widget.value_to_y(period.lower) == pytest.approx(widget.plot_rect().bottom())
    assert "Lower -0.72" in [text for _, text, _ in widget.line_labels()]
    # The wild week is above the upper limit: fewer is better, so a concern.
    assert widget.point_tooltip(4) == (
        "2 Feb 2026\n10 per week\nSpecial cause: concern: outside the process limits"
    )
    assert widget.legend_texts() == ["Mean", "Process limits", "Common cause", "Concern"]
    screenshot(widget, "xmr_chart_wild_week")


def test_a_percentage_axis_stops_at_100_even_when_a_limit_is_past_it(chart):
    values = [90, 99] * 8
    widget = chart(xmr(weekly(values)), Measure(name="Audit", unit="%"))
    assert widget.analysis.periods[0].upper > 100
    top = widget.plot_rect().top()
    assert widget.value_to_y(100) == pytest.approx(top)
    assert widget.value_to_y(widget.analysis.periods[0].upper) == pytest.approx(top)


def test_hovering_an_icon_explains_it(qtbot, chart):
    widget = chart(xmr(weekly([49, 51] * 8), target=60), Measure(name="Score", target_value=60))
    variation, assurance = widget.icon_rects()
    assert widget.icon_labels() == ["Common cause variation", "Consistently failing the target"]
    for rect, text in ((variation, "Common cause variation"), (assurance, widget.icon_labels()[1])):
        where = rect.center().toPoint()
        event = QHelpEvent(QEvent.Type.ToolTip, where, widget.mapToGlobal(where))
        QApplication.sendEvent(widget, event)
        qtbot.waitUntil(lambda text=text: QToolTip.text() == text, timeout=30_000)


def test_without_a_target_there_is_no_assurance_icon_and_nothing_to_draw_without_points(chart):
    widget = chart(xmr(weekly([49, 51] * 8)), Measure(name="Score"))
    assert widget.icon_captions() == ["Common cause"]
    empty = chart(None, Measure(name="Score"))
    assert not empty.has_points() and empty.icon_labels() == [] and empty.legend_texts() == []
    assert empty.point_at(QPointF(100, 100)) is None


def test_the_moving_range_chart_sits_under_the_values_on_the_same_dates(chart, screenshot):
    widget = chart(xmr(weekly(WILD_WEEK), False), INCIDENTS, (640, 480), ranges=True)
    values, ranges = widget.plot_rect(), widget.moving_range_rect()
    assert ranges.top() > values.bottom()
    assert (ranges.left(), ranges.right()) == (values.left(), values.right())
    screenshot(widget, "xmr_chart_with_moving_ranges")


def test_the_moving_range_lines_are_labelled_with_their_values_apart(chart, screenshot):
    """The mean moving range and the upper range limit (3.267 x) are named beside their
    lines, like the limits above, and no label overlaps another or leaves the widget."""
    analysis = xmr(weekly(WILD_WEEK), False)
    for size in ((640, 480), (1024, 768), (1366, 768), (480, 360)):
        widget = chart(analysis, INCIDENTS, size, ranges=True)
        mean = analysis.periods[-1].mean_moving_range
        assert widget.moving_range_labels() == [
            ("limit", f"Range limit {round(3.267 * mean, 2):g}", pytest.approx(3.267 * mean)),
            ("mean", f"Mean range {round(mean, 2):g}", pytest.approx(mean)),
        ]
        boxes = widget.label_boxes()
        texts = [text for _, text, _ in boxes]
        assert texts[-2:] == [text for _, text, _ in widget.moving_range_labels()]
        whole = widget.rect().toRectF()
        for i, (_, text, box) in enumerate(boxes):
            assert whole.contains(box), (size, text)
            assert box.left() > widget.plot_rect().right()
            for _, other, later in boxes[i + 1 :]:
                assert not box.intersects(later), (size, text, other)
        ranges = widget.moving_range_rect()
        for _, _, box in boxes[-2:]:
            assert ranges.top() - box.height() <= box.center().y() <= ranges.bottom() + box.height()
        # The ranges left out of the limits (8 and 9 around the wild week) stay on the scale.
        top = widget.moving_range_rect().top()
        assert widget.moving_range_to_y(9) > top - 0.5 and widget.moving_range_to_y(9) < (
            widget.moving_range_to_y(8)
        )
        screenshot(widget, f"xmr_moving_range_labels_{size[0]}x{size[1]}")
    # Without the moving-range chart there is nothing to label under the values.
    assert chart(analysis, INCIDENTS).moving_range_labels() == []


def test_ten_thousand_points_keep_only_the_special_causes_marked(chart):
    """Ten thousand values: common-cause markers would blot the line (and painting
    them took seconds), so only special causes keep theirs; the line keeps every extreme."""
    from PySide6.QtCore import QPointF as P

    from alsdesk.ui.person.charts import xmr_parts

    values = [50 + (i * 7919 % 41) - 20 for i in range(10_000)]
    widget = chart(xmr(weekly(values)), Measure(name="Score"), (1024, 600), ranges=True)
    assert widget.dense()
    assert not widget.grab().isNull()
    assert not chart(xmr(weekly(WILD_WEEK), False), INCIDENTS).dense()
    column = [P(10.2, 5), P(10.4, 1), P(10.5, 9), P(10.6, 4), P(10.9, 6), P(11.1, 3)]
    assert xmr_parts.thinned(column) == [P(10.2, 5), P(10.4, 1), P(10.5, 9), P(10.9, 6), P(11.1, 3)]
