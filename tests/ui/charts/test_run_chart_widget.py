"""The run chart draws what the rules found, and says so when there is nothing to draw."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF
from PySide6.QtGui import QColor, QHelpEvent, QPalette
from PySide6.QtWidgets import QApplication, QToolTip

from alsdesk.services.goals import Measure
from alsdesk.services.run_chart import RunPoint, SignalKind, analyse
from alsdesk.ui.person.charts.run_chart_widget import RunChartWidget

FALLS = Measure(
    name="Falls",
    unit="per 1,000 bed days",
    baseline_value=8.5,
    baseline_date=dt.date(2026, 1, 5),
    target_value=4.0,
    target_date=dt.date(2026, 9, 1),
    higher_is_better=False,
)
AUDIT = Measure(name="Handover audit", unit="%", target_value=80.0)
# Eight baseline weeks around 42, then the change: a shift above the frozen median.
AUDIT_VALUES = [40, 44, 38, 42, 45, 41, 39, 43, 50, 52, 55, 51, 53, 56, 58, 54, 57, 60, 59, 61]
FALLS_VALUES = [8.1, 9.0, 7.6, 8.8, 8.2, 7.9, 9.3, 8.4, 7.1, 6.0, 5.2, 4.8, 4.4, 5.0, 4.6]


def weekly(values, start=dt.date(2026, 1, 5)) -> list[RunPoint]:
    return [RunPoint(start + dt.timedelta(weeks=i), v) for i, v in enumerate(values)]


@pytest.fixture
def chart(qtbot):
    def make(analysis, measure, size=(640, 360)) -> RunChartWidget:
        widget = RunChartWidget()
        qtbot.addWidget(widget)
        widget.resize(*size)
        widget.set_chart(analysis, measure)
        with qtbot.waitExposed(widget, timeout=30_000):
            widget.show()
        return widget

    return make


def test_a_new_goal_shows_how_to_start_the_chart(chart, screenshot):
    for size in ((640, 360), (480, 300)):
        widget = chart(None, AUDIT, size)
        assert widget.empty_hint().startswith("No measurements yet. Add a progress update")
        assert widget.marked_points() == {}
        assert widget.rule_lines() == []
        assert widget.point_at(QPoint(320, 180)) is None
        screenshot(widget, f"run_chart_empty_{size[0]}x{size[1]}")

    widget = chart(analyse([]), AUDIT)
    assert not widget.has_points()
    assert widget.plot_rect().isEmpty()


def test_improvement_after_the_change_is_marked_as_a_shift(chart, screenshot):
    analysis = analyse(weekly(AUDIT_VALUES), baseline_count=8)
    shift = analysis.flagged(SignalKind.SHIFT)
    widget = chart(analysis, AUDIT)

    marked = widget.marked_points()
    assert {i for i, kind in marked.items() if kind == SignalKind.SHIFT} == shift
    assert {i for i, kind in marked.items() if kind == SignalKind.TREND} == (
        analysis.flagged(SignalKind.TREND) - shift
    )
    assert any(
        "Shift: 13 points in a row above the median" in text for _, text in widget.rule_lines()
    )
    for size in ((640, 360), (480, 300), (1200, 500)):
        widget.resize(*size)
        screenshot(widget, f"run_chart_shift_{size[0]}x{size[1]}")


def test_target_and_median_lines_sit_at_their_values(chart):
    analysis = analyse(weekly(AUDIT_VALUES), baseline_count=8)
    widget = chart(analysis, AUDIT)
    plot = widget.plot_rect()
    low, high = widget.y_range()

    assert low <= min(AUDIT_VALUES) and high >= 80
    assert widget.value_to_y(low) == pytest.approx(plot.bottom())
    assert widget.value_to_y(high) == pytest.approx(plot.top())
    expected = plot.bottom() - (80 - low) / (high - low) * plot.height()
    assert widget.value_to_y(80) == pytest.approx(expected)
    assert widget.value_to_y(analysis.median) > widget.value_to_y(80)


def test_axis_keeps_zero_when_it_hides_little(chart):
    ulcers = Measure(name="Pressure ulcers", unit="a month", target_value=2)
    counts = chart(analyse(weekly([5, 7, 4, 9, 6, 5, 8, 6])), ulcers)
    assert counts.y_range()[0] == 0

    audit = chart(analyse(weekly(AUDIT_VALUES)), AUDIT)
    low, _ = audit.y_range()
    assert 0 < low <= min(AUDIT_VALUES)


def test_a_falling_rate_shows_its_trend_and_extended_median(chart, screenshot):
    widget = chart(analyse(weekly(FALLS_VALUES), baseline_count=8), FALLS)
    assert SignalKind.TREND in widget.marked_points().values()
    # the same words as the PDF's legend for the median beyond its baseline
    assert widget.legend_texts()[:3] == ["Median of first 8", "Median carried on", "Target"]
    for size in ((640, 360), (480, 300)):
        widget.resize(*size)
        screenshot(widget, f"run_chart_trend_{size[0]}x{size[1]}")


def test_a_few_points_say_how_many_more_the_rules_need(chart, screenshot):
    points = [
        RunPoint(dt.date(2026, 10, 1), 62),
        RunPoint(dt.date(2026, 10, 15), 58),
        RunPoint(dt.date(2026, 11, 2), 66),
    ]
    widget = chart(analyse(points), AUDIT)
    texts = [text for _, text in widget.rule_lines()]
    assert any("needs at least 6 points" in t for t in texts)
    assert any("Runs rule needs 10 points" in t for t in texts)
    for size in ((640, 360), (480, 300)):
        widget.resize(*size)
        screenshot(widget, f"run_chart_few_points_{size[0]}x{size[1]}")


def test_one_measurement_is_drawn_without_a_median_line(chart, screenshot):
    widget = chart(analyse([RunPoint(dt.date(2026, 10, 1), 62)]), AUDIT)
    assert widget.point_at(widget.point_position(0).toPoint()) == 0
    assert widget.point_position(0).x() == pytest.approx(widget.plot_rect().center().x())
    screenshot(widget, "run_chart_one_point_640x360")


def test_hovering_a_point_tells_its_date_value_and_signal(chart, qtbot):
    analysis = analyse(weekly(AUDIT_VALUES), baseline_count=8)
    widget = chart(analysis, AUDIT)
    last = len(analysis.points) - 1
    where = widget.point_position(last) + QPointF(3, -2)

    assert widget.point_at(where) == last
    assert widget.point_at(widget.plot_rect().topLeft()) is None
    text = widget.point_tooltip(last)
    assert text.startswith("18 May 2026\n61%")
    assert "Shift:" in text

    event = QHelpEvent(QEvent.Type.ToolTip, where.toPoint(), widget.mapToGlobal(where.toPoint()))
    QApplication.sendEvent(widget, event)
    qtbot.waitUntil(lambda: QToolTip.text() == text)


def test_a_many_signal_chart_keeps_its_notes_short(chart, screenshot):
    zigzag = [50, 60, 48, 62, 47, 63, 46, 64, 45, 65, 44, 66, 30, 31, 29, 32, 28, 33, 27, 34]
    rising = [10, 12, 14, 16, 18, 20, 19, 21, 23, 25, 27, 29, 28, 30, 32, 34, 36, 38]
    for name, values in (("zigzag", zigzag), ("rising", rising)):
        widget = chart(analyse(weekly(values)), Measure(name="Beds free at 8 am"), (420, 260))
        plot = widget.plot_rect()
        assert plot.height() > 80
        screenshot(widget, f"run_chart_{name}_420x260")


def test_the_chart_follows_a_dark_theme(chart, screenshot):
    analysis = analyse(weekly(AUDIT_VALUES), baseline_count=8)
    widget = chart(analysis, AUDIT)
    dark = QPalette()
    for role, colour in (
        (QPalette.ColorRole.Window, "#202124"),
        (QPalette.ColorRole.Base, "#1b1b1d"),
        (QPalette.ColorRole.WindowText, "#e8eaed"),
        (QPalette.ColorRole.Text, "#e8eaed"),
    ):
        dark.setColor(role, QColor(colour))
    widget.setPalette(dark)
    image = widget.grab().toImage()
    assert image.pixelColor(2, 2).lightness() < 60
    screenshot(widget, "run_chart_dark_640x360")


def test_past_the_published_table_the_chart_says_where_its_runs_limits_come_from(chart, screenshot):
    """Issue 16: the table is used for 10-60 useful points; beyond, the exact distribution,
    and the chart says so."""
    values = [(i * 37) % 64 for i in range(64)]  # 64 different values: none on the median
    long = chart(analyse(weekly(values)), AUDIT, (1024, 420))
    assert long.analysis.useful_observations == 64
    texts = [text for _, text in long.rule_lines()]
    assert any(
        t.endswith(
            "Limits from the Swed & Eisenhart distribution (the published table stops at 60)."
        )
        for t in texts
    ), texts
    screenshot(long, "run_chart_past_the_table")
    short = chart(analyse(weekly(AUDIT_VALUES)), AUDIT)
    assert not any("Swed" in text for _, text in short.rule_lines())


def test_ten_thousand_points_keep_only_the_signals_marked(chart):
    """Plain markers closer than their width are left out (painting them took seconds);
    a short series keeps them all."""
    values = [50 + (i * 7919 % 41) - 20 for i in range(10_000)]
    widget = chart(analyse(weekly(values)), AUDIT, (1024, 600))
    assert widget.dense()
    assert not widget.grab().isNull()
    assert not chart(analyse(weekly(AUDIT_VALUES)), AUDIT).dense()
