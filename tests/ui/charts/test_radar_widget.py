"""The leadership radar shows each self-assessment as its own shape, newest on top."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPalette

from alsdesk.services.leadership import DIMENSIONS, Level
from alsdesk.services.plan import AssessmentInfo, Rating
from alsdesk.ui.person.charts.palette import profile_colour
from alsdesk.ui.person.charts.radar_widget import RadarWidget

START = (2, 1, 3, 1, 2, 2, 1, 2, 1)
MIDPOINT = (3, 2, 3, 2, 3, 3, 2, 2, 2)
END = (4, 3, 4, 3, 3, 4, 3, 3, 3)


def assessment(number: int, label: str, date: dt.date, levels) -> AssessmentInfo:
    ratings = tuple(Rating(d, Level(level)) for d, level in enumerate(levels, start=1))
    return AssessmentInfo(number, 1, date, label, ratings)


PROGRAMME = [
    assessment(1, "Start of programme", dt.date(2026, 9, 14), START),
    assessment(2, "Mid-point", dt.date(2027, 1, 18), MIDPOINT),
    assessment(3, "End of programme", dt.date(2027, 6, 7), END),
]


@pytest.fixture
def radar(qtbot):
    def make(assessments, size=(560, 420)) -> RadarWidget:
        widget = RadarWidget()
        qtbot.addWidget(widget)
        widget.resize(*size)
        widget.set_assessments(assessments)
        with qtbot.waitExposed(widget, timeout=30_000):
            widget.show()
        return widget

    return make


def test_before_any_self_assessment_the_radar_explains_what_to_do(radar, screenshot):
    for size in ((640, 360), (480, 300)):
        widget = radar([], size)
        assert widget.series_count() == 0
        assert widget.empty_hint().startswith("No self-assessments yet.")
        assert widget.legend_texts() == []
        assert widget.tooltip_at(widget.rect().center()) == ""
        screenshot(widget, f"radar_empty_{size[0]}x{size[1]}")


def test_each_assessment_is_a_shape_with_its_label_and_date(radar, screenshot):
    widget = radar(PROGRAMME[:2])
    assert widget.series_count() == 2
    assert widget.legend_texts() == ["Mid-point · 18 Jan 2027", "Start of programme · 14 Sep 2026"]
    for size in ((640, 360), (480, 300), (480, 420)):
        widget.resize(*size)
        screenshot(widget, f"radar_two_{size[0]}x{size[1]}")


def test_three_assessments_fit_without_clipping_labels(radar, screenshot):
    for size in ((640, 360), (480, 300), (480, 420), (1000, 700)):
        widget = radar(list(reversed(PROGRAMME)), size)
        assert [a.label for a in widget.assessments] == [
            "Start of programme",
            "Mid-point",
            "End of programme",
        ]
        inside = QRectF(widget.rect())
        for dimension in range(1, len(DIMENSIONS) + 1):
            assert inside.contains(widget.label_rect(dimension)), DIMENSIONS[dimension - 1].name
        screenshot(widget, f"radar_three_{size[0]}x{size[1]}")


def test_the_latest_is_the_solid_line_in_the_first_colour_as_in_the_pdf(radar):
    widget = radar(PROGRAMME)
    first, second, third = (profile_colour(i, widget.palette()) for i in range(3))
    latest, middle, oldest = (widget.series_style(series) for series in (2, 1, 0))
    assert latest == (first, Qt.PenStyle.SolidLine, "circle")
    assert middle == (second, Qt.PenStyle.DashLine, "square")
    assert oldest == (third, Qt.PenStyle.DotLine, "triangle")
    assert widget.legend_texts() == [
        "End of programme · 7 Jun 2027",
        "Mid-point · 18 Jan 2027",
        "Start of programme · 14 Sep 2026",
    ]
    # drawn so: the latest's marker, on top, is in the first colour
    image = widget.grab().toImage()
    ratio = image.devicePixelRatio()
    vertex = widget.vertex(2, 1)
    painted = image.pixelColor(int(vertex.x() * ratio), int(vertex.y() * ratio))
    assert painted.name() == first.name()


def test_a_rating_sits_on_its_level_ring(radar):
    widget = radar(PROGRAMME)
    centre, radius = widget.centre(), widget.radius()
    for series, levels in enumerate((START, MIDPOINT, END)):
        for dimension, level in enumerate(levels, start=1):
            vertex = widget.vertex(series, dimension)
            distance = ((vertex.x() - centre.x()) ** 2 + (vertex.y() - centre.y()) ** 2) ** 0.5
            assert distance == pytest.approx(radius * level / 4)


def test_only_the_latest_four_are_drawn_and_the_legend_says_so(radar, screenshot):
    extra = [
        assessment(4, "After coaching", dt.date(2027, 3, 1), (3, 3, 3, 2, 3, 3, 2, 3, 2)),
        assessment(5, "Follow-up", dt.date(2027, 9, 6), (4, 4, 4, 3, 4, 4, 3, 3, 3)),
        assessment(6, "Pilot", dt.date(2026, 7, 1), (1, 1, 2, 1, 1, 1, 1, 1, 1)),
    ]
    widget = radar(PROGRAMME + extra)
    assert widget.series_count() == 4
    assert widget.hidden_count() == 2
    assert widget.assessments[0].label == "Mid-point"
    assert widget.legend_texts()[-1] == "2 earlier assessments not shown"
    screenshot(widget, "radar_four_of_six_560x420")


def test_hovering_a_dimension_lists_its_ratings(radar):
    widget = radar(PROGRAMME[:2])
    text = widget.tooltip_at(widget.vertex(1, 3))
    assert text.splitlines() == [
        "Evaluating information",
        "Mid-point · 18 Jan 2027: Strong",
        "Start of programme · 14 Sep 2026: Strong",
    ]
    assert widget.tooltip_at(widget.label_rect(2).center()).startswith("Leading with care")


def test_a_long_label_is_shortened_in_the_legend_only(radar, screenshot):
    long = "After the 360-degree feedback conversation with my line manager and the ward team"
    widget = radar([PROGRAMME[0], assessment(9, long, dt.date(2027, 2, 1), MIDPOINT)], (480, 420))
    assert widget.legend_texts()[0].startswith(long)
    inside = QRectF(widget.rect())
    assert all(inside.contains(widget.label_rect(d)) for d in range(1, 10))
    screenshot(widget, "radar_long_label_480x420")


def test_the_radar_follows_a_dark_theme(radar, screenshot):
    widget = radar(PROGRAMME, (640, 360))
    dark = QPalette()
    for role, colour in (
        (QPalette.ColorRole.Window, "#202124"),
        (QPalette.ColorRole.Base, "#1b1b1d"),
        (QPalette.ColorRole.WindowText, "#e8eaed"),
        (QPalette.ColorRole.Text, "#e8eaed"),
    ):
        dark.setColor(role, QColor(colour))
    widget.setPalette(dark)
    assert widget.grab().toImage().pixelColor(2, 2).lightness() < 60
    screenshot(widget, "radar_dark_640x360")
