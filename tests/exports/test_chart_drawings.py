"""The PDF charts: a run chart and a radar that read true on paper, with nothing clipped."""

from __future__ import annotations

import datetime as dt

import pytest
from reportlab.graphics.shapes import Drawing, Group, Line, Polygon, Rect, String
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth

from alsdesk.exports.chart_drawings import (
    MEDIAN,
    SHIFT,
    TARGET,
    TREND,
    radar_drawing,
    run_chart_drawing,
    value_scale,
)
from alsdesk.exports.pdf_layout import CONTENT_WIDTH
from alsdesk.services.goals import Measure
from alsdesk.services.leadership import DIMENSIONS, Level
from alsdesk.services.plan import AssessmentInfo, Rating
from alsdesk.services.run_chart import RunPoint, analyse

WEEK = dt.timedelta(weeks=1)
START = dt.date(2026, 9, 3)
# Six baseline weeks around 42.5, then a fall: a shift below the median and a trend down.
FALLING = [42, 45, 40, 44, 43, 41, 38, 35, 33, 34, 30, 31, 29, 28]
DISCHARGES = Measure(
    "Patients discharged after 3 pm", "%", 42, START, 30, dt.date(2027, 3, 31), False
)


def weekly(values, start: dt.date = START) -> list[RunPoint]:
    return [RunPoint(start + i * WEEK, float(v)) for i, v in enumerate(values)]


def shapes(drawing) -> list:
    """Every shape in the drawing, groups opened."""
    found = []
    for shape in drawing.contents:
        if isinstance(shape, Group):
            found += shapes(shape)
        else:
            found.append(shape)
    return found


def plot_lines(drawing, colour) -> list[Line]:
    """Lines of one colour drawn on the chart itself (the legend's samples are grouped)."""
    return [s for s in drawing.contents if isinstance(s, Line) and s.strokeColor == colour]


def strings(drawing) -> list[str]:
    return [s.text for s in shapes(drawing) if isinstance(s, String)]


def boxes(drawing: Drawing) -> list[tuple[str, float, float, float, float]]:
    """Each string's text and box (left, bottom, right, top), descenders included."""
    found = []
    for s in shapes(drawing):
        if isinstance(s, String):
            width = stringWidth(s.text, s.fontName, s.fontSize)
            left = {"start": s.x, "middle": s.x - width / 2, "end": s.x - width}[s.textAnchor]
            found.append(
                (s.text, left, s.y - 0.22 * s.fontSize, left + width, s.y + 0.75 * s.fontSize)
            )
    return found


def assert_labels_legible(drawing: Drawing) -> None:
    """No label runs off the drawing or into another one, and none is too small for paper."""
    placed = boxes(drawing)
    for text, left, bottom, right, top in placed:
        assert left >= -0.5 and right <= drawing.width + 0.5, text
        assert bottom >= -0.5 and top <= drawing.height + 0.5, text
    for i, (text, left, bottom, right, top) in enumerate(placed):
        for other, left2, bottom2, right2, top2 in placed[i + 1 :]:
            apart = right <= left2 or right2 <= left or top <= bottom2 or top2 <= bottom
            assert apart, f"{text!r} overlaps {other!r}"
    assert all(s.fontSize >= 7 for s in shapes(drawing) if isinstance(s, String))


def assessment(number: int, day: dt.date, label: str, levels, reasons=None) -> AssessmentInfo:
    reasons = reasons or {}
    return AssessmentInfo(
        number,
        1,
        day,
        label,
        tuple(
            Rating(d, Level(level), reasons.get(d, "")) for d, level in enumerate(levels, start=1)
        ),
    )


# -- the value axis -----------------------------------------------------------------------------


def test_value_axis_starts_at_zero_when_the_values_come_near_it():
    bottom, top, step = value_scale(12, 40)

    assert bottom == 0
    assert top >= 40


def test_value_axis_hugs_values_far_from_zero_so_their_variation_shows():
    bottom, top, step = value_scale(40, 45)

    assert 35 <= bottom < 40
    assert 45 < top <= 50
    assert (top - bottom) / step <= 10


def test_a_percentage_axis_never_goes_above_100():
    assert value_scale(88, 100, percent=True)[1] == 100
    assert value_scale(88, 99, percent=True)[1] == 100
    assert value_scale(88, 100)[1] > 100  # a count of 100 may have room above it


def test_a_flat_series_still_gets_a_scale():
    bottom, top, step = value_scale(5, 5)

    assert bottom < 5 < top and step > 0
    assert value_scale(0, 0) == (0, 1, 0.2)


def test_negative_values_reach_up_to_zero_when_near_it():
    bottom, top, _ = value_scale(-8, -2)

    assert bottom <= -8 and top == 0


# -- the run chart ------------------------------------------------------------------------------


def test_run_chart_labels_the_median_and_the_target_and_names_the_measure_and_unit():
    chart = analyse(weekly(FALLING), baseline_count=6)

    drawing = run_chart_drawing(chart, DISCHARGES, CONTENT_WIDTH, 82 * mm)

    texts = strings(drawing)
    assert "Median 42.5" in texts
    assert "Target 30" in texts
    assert "Patients discharged after 3 pm (%)" in texts
    assert "Target by 31 Mar 2027" in texts
    assert "3 Sep" in texts and "2026" in texts  # dates on the time axis


def test_median_is_solid_over_the_baseline_and_dashed_where_carried_on():
    chart = analyse(weekly(FALLING), baseline_count=6)

    drawing = run_chart_drawing(chart, DISCHARGES, CONTENT_WIDTH, 82 * mm)

    medians = plot_lines(drawing, MEDIAN)
    solid = [line for line in medians if not line.strokeDashArray]
    dashed = [line for line in medians if line.strokeDashArray]
    assert len(solid) == len(dashed) == 1
    assert solid[0].x2 == pytest.approx(dashed[0].x1)  # they meet at the sixth point
    assert solid[0].y1 == dashed[0].y1
    assert "Median of the first 6 points (baseline)" in strings(drawing)
    assert "Median carried on" in strings(drawing)


def test_a_median_of_every_point_is_one_solid_line():
    chart = analyse(weekly([5, 7, 6, 8, 6]))

    drawing = run_chart_drawing(chart, Measure("Score"), CONTENT_WIDTH, 82 * mm)

    medians = plot_lines(drawing, MEDIAN)
    assert len(medians) == 1 and not medians[0].strokeDashArray
    assert "Median" in strings(drawing)


def test_target_is_a_dashed_line_of_its_own_colour():
    chart = analyse(weekly(FALLING), baseline_count=6)

    drawing = run_chart_drawing(chart, DISCHARGES, CONTENT_WIDTH, 82 * mm)

    (target,) = plot_lines(drawing, TARGET)
    assert target.strokeDashArray


def test_shift_and_trend_points_are_marked_by_shape_and_colour_with_a_legend():
    chart = analyse(weekly(FALLING), baseline_count=6)

    drawing = run_chart_drawing(chart, DISCHARGES, CONTENT_WIDTH, 82 * mm)

    all_shapes = shapes(drawing)
    squares = [s for s in all_shapes if isinstance(s, Rect) and s.fillColor == SHIFT]
    triangles = [s for s in all_shapes if isinstance(s, Polygon) and s.strokeColor == TREND]
    legend_marks = 1  # each legend key draws one sample mark
    assert len(squares) == 9 + legend_marks  # the nine points below the median from 8 Oct
    assert len(triangles) == 6 + legend_marks  # the six points going down from 24 Sep
    texts = strings(drawing)
    assert "Shift: 6 or more points on one side of the median" in texts
    assert "Trend: 5 or more points going one way" in texts


def test_a_chart_without_signals_has_no_signal_keys():
    chart = analyse(weekly([5, 7, 6, 8, 6, 7, 5, 8, 6, 7, 5, 6]))

    drawing = run_chart_drawing(chart, Measure("Score"), CONTENT_WIDTH, 82 * mm)

    assert not any(t.startswith(("Shift", "Trend")) for t in strings(drawing))
    assert not [s for s in shapes(drawing) if isinstance(s, Rect) and s.fillColor == SHIFT]


def test_a_chart_with_no_values_says_so():
    drawing = run_chart_drawing(analyse([]), Measure(), CONTENT_WIDTH, 20 * mm)

    assert strings(drawing) == [
        "No values yet: the run chart starts with the first progress update that has a value."
    ]


def test_close_median_and_target_labels_are_pulled_apart():
    chart = analyse(weekly([3, 5, 4, 6, 4, 5, 3, 4]))
    measure = Measure("Incidents", target_value=4.2, higher_is_better=False)

    drawing = run_chart_drawing(chart, measure, CONTENT_WIDTH, 60 * mm)

    labels = {s.text: s for s in shapes(drawing) if isinstance(s, String)}
    assert abs(labels["Median 4"].y - labels["Target 4.2"].y) >= 7.5


@pytest.mark.parametrize(
    ("name", "points", "measure"),
    [
        ("one point", weekly([12]), Measure("Falls", "falls", target_value=6)),
        ("two years monthly", [RunPoint(dt.date(2025, 1, 15) + dt.timedelta(days=30 * i),
                                        float(8 + i % 9)) for i in range(24)], Measure("Falls")),
        ("long name", weekly([1234.5, 1500, 1320, 1610, 1400]),
         Measure("Minutes lost to delayed handover each week on every ward of the hospital, "
                 "counted by the night team", "minutes", target_value=1300)),
        ("negative", weekly([-5, -3, -8, -2, -6, -4]), Measure("Variance", "£k", target_value=0)),
        ("same day", [RunPoint(START, 5), RunPoint(START, 7), RunPoint(START + WEEK, 6)],
         Measure("Score")),
    ],
)  # fmt: skip
@pytest.mark.parametrize("size", [(CONTENT_WIDTH, 82 * mm), (90 * mm, 60 * mm)])
def test_no_label_of_a_run_chart_runs_off_the_drawing(name, points, measure, size):
    drawing = run_chart_drawing(analyse(points), measure, *size)

    assert_labels_legible(drawing)


# -- the radar ------------------------------------------------------------------------------


START_LEVELS = [1, 2, 1, 2, 1, 2, 1, 1, 2]
MID_LEVELS = [2, 2, 2, 3, 2, 2, 1, 2, 2]
END_LEVELS = [3, 3, 2, 3, 3, 4, 2, 3, 3]


def three_assessments() -> list[AssessmentInfo]:
    return [
        assessment(1, dt.date(2026, 9, 14), "Start of programme", START_LEVELS),
        assessment(2, dt.date(2027, 1, 10), "Mid-point", MID_LEVELS),
        assessment(3, dt.date(2027, 6, 1), "End of programme", END_LEVELS),
    ]


def outlines(drawing) -> list[Polygon]:
    """The assessments' polygons (the grid's rings have no dash and a grey stroke)."""
    return [
        s
        for s in shapes(drawing)
        if isinstance(s, Polygon) and s.strokeWidth >= 1.3 and len(s.points) == 18
    ]


def test_radar_labels_nine_spokes_and_four_rings():
    drawing = radar_drawing(three_assessments(), CONTENT_WIDTH, 88 * mm)

    text = " ".join(strings(drawing))
    for dim in DIMENSIONS:
        assert dim.name in text or all(word in text for word in dim.name.split())
    for level in Level:
        assert level.label in strings(drawing)
    lines = [s for s in shapes(drawing) if isinstance(s, Line)]
    assert len([line for line in lines if line.strokeWidth == 0.6]) >= 9  # the spokes


def test_radar_draws_one_outline_per_assessment_each_with_its_own_colour_and_dash():
    drawing = radar_drawing(three_assessments(), CONTENT_WIDTH, 88 * mm)

    drawn = outlines(drawing)
    assert len(drawn) == 3
    assert len({str(p.strokeColor) for p in drawn}) == 3
    assert len({str(p.strokeDashArray) for p in drawn}) == 3
    texts = strings(drawing)
    for label, day in (
        ("End of programme", "1 Jun 2027"),
        ("Mid-point", "10 Jan 2027"),
        ("Start of programme", "14 Sep 2026"),
    ):
        assert label in texts and day in texts


def test_radar_outline_reaches_each_level_ring():
    cx_cy_r = []
    for levels in ([4] * 9, [2] * 9):
        drawing = radar_drawing(
            [assessment(1, dt.date(2027, 1, 1), "Now", levels)], CONTENT_WIDTH, 88 * mm
        )
        (outline,) = outlines(drawing)
        cx_cy_r.append(outline.points[:2])
    (x4, y4), (x2, y2) = cx_cy_r
    assert x4 == pytest.approx(x2)  # dimension 1 points straight up
    centre = y2 - (y4 - y2)  # level 2 is halfway to level 4
    assert (y4 - centre) == pytest.approx(2 * (y2 - centre))


def test_radar_shows_only_the_latest_four_and_says_so():
    many = [
        assessment(n, dt.date(2026, 9, 1) + dt.timedelta(days=60 * n), f"Review {n}", END_LEVELS)
        for n in range(1, 7)
    ]

    drawing = radar_drawing(many, CONTENT_WIDTH, 88 * mm)

    assert len(outlines(drawing)) == 4
    texts = strings(drawing)
    assert "The latest 4 of 6" in texts
    assert "Review 6" in texts and "Review 3" in texts
    assert "Review 2" not in texts


def test_radar_without_assessments_says_so():
    drawing = radar_drawing([], CONTENT_WIDTH, 30 * mm)

    assert strings(drawing) == ["No self-assessment yet."]


@pytest.mark.parametrize(
    "size", [(CONTENT_WIDTH, 88 * mm), (80 * mm, 100 * mm), (CONTENT_WIDTH / 2, 80 * mm)]
)
def test_no_label_of_a_radar_runs_off_the_drawing(size):
    many = [
        assessment(n, dt.date(2026, 9, 1) + dt.timedelta(days=60 * n), label, END_LEVELS)
        for n, label in enumerate(
            ["Start of programme", "Mid-point", "After the 360 feedback round", "End"], start=1
        )
    ]

    drawing = radar_drawing(many, *size)

    assert_labels_legible(drawing)
