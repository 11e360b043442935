"""The goal report of a goal shown as an XmR chart: the chart, what it found, the icons."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from alsdesk.exports.goal_pdf import write_goal_pdf
from alsdesk.services.goals import ChartOptions, GoalDraft, Measure, UpdateDraft
from alsdesk.services.spc import ChartKind
from tests.exports.conftest import pdf_pages

FIRST = dt.date(2026, 9, 7)
PRINTED = dt.date(2027, 2, 1)
# Ten weeks of about 30% late discharges, then a new criteria-led discharge: about 20%.
LATE = [31, 29, 32, 30, 28, 31, 30, 29, 32, 30, 21, 19, 20, 22, 18, 20, 21, 19]
MEASURE = Measure(
    name="Discharges after 3 pm",
    unit="%",
    baseline_value=30,
    target_value=25,
    higher_is_better=False,
)


@pytest.fixture
def late_discharges(services, make_set, make_member):
    services.goals.today = lambda: PRINTED
    cedar = make_set("Cedar set")
    person = make_member(cedar.id, "Łukasz Wróbel").person_id
    goal = services.goals.create(person, GoalDraft(title="Home before 3 pm", measure=MEASURE))
    for week, value in enumerate(LATE):
        services.goals.add_update(goal.id, UpdateDraft(FIRST + dt.timedelta(weeks=week), value))
    options = ChartOptions(ChartKind.XMR, moving_range_chart=True)
    return services.goals.update(goal.id, replace(goal.draft(), chart=options))


def test_the_report_prints_the_xmr_chart_its_findings_and_the_icons_meaning(
    services, late_discharges, tmp_path
):
    path = tmp_path / "goal.pdf"
    write_goal_pdf(services.goals.report(late_discharges.id), path, PRINTED)
    text = " ".join(pdf_pages(path))
    assert "SPC chart (XmR)" in text and "Making Data Count" in text
    assert "Run chart" not in text.replace("run-chart", "")
    # One set of limits over the step: mean 462/18 = 25.67; moving ranges 19 over the first
    # ten, 9 at the change (screened: over 3.267 x 2.06), 14 over the last eight: mean MR
    # 33/16 = 2.0625, limits 25.67 -/+ 5.49. The last eight are below: improvement.
    assert "XmR chart of 18 points: mean 25.67%, process limits 20.18% to 31.15%." in text
    assert "Special cause improvement at" in text
    assert "Variation (left icon): Special cause: improvement." in text
    assert "Assurance (right icon): Hit and miss: the target lies inside the limits." in text
    assert "Moving range: the difference from the point before" in text
    # Its lines are labelled: mean MR 2.0625 and the upper range limit 3.267 x it.
    assert "Range limit 6.74" in text and "Mean range 2.06" in text
    assert "Upper " in text and "Lower " in text and "Target 25" in text
    assert "Special cause improvement" in text  # the icon's caption, as drawn
    # The rules, named; and what each icon can mean, for a reader new to the method.
    assert (
        "Special causes: a point outside the limits; seven points in a row on one side of the "
        "mean; seven going one way; two of three beyond two-thirds of the way to a limit on "
        "the same side." in text
    )
    assert "process limits are the mean \u00b1 2.66 times the mean moving range" in text
    assert "a special cause of improvement (blue) or a special cause of concern (orange)" in text
    for meaning in (
        "inside them, hit and miss",
        "outside on the good side, consistently passing",
        "outside on the wrong side, consistently failing",
    ):
        assert meaning in text


def test_a_rebased_report_draws_the_periods_apart_with_their_own_limits(
    services, late_discharges, tmp_path
):
    services.goals.add_rebase(late_discharges.id, FIRST + dt.timedelta(weeks=10))
    path = tmp_path / "goal.pdf"
    write_goal_pdf(services.goals.report(late_discharges.id), path, PRINTED)
    text = " ".join(pdf_pages(path))
    assert "Limits recalculated" in text  # on the chart, at the rebase
    assert "limits recalculated from 16 Nov 2026: mean 20%" in text
    # After the change: mean 160/8 = 20, mean MR 14/7 = 2, limits 14.68 to 25.32.
    assert "process limits 14.68% to 25.32%" in text
    # Before it: mean 302/10 = 30.2, mean MR 19/9, limits 30.2 -/+ 5.62.
    assert "Before 16 Nov 2026: mean 30.2%, process limits 24.58% to 35.82%." in text
    assert "Limits from fewer than 12 points are provisional" in text
    assert "Variation (left icon): Common cause variation." in text


def test_a_goal_that_chose_xmr_with_too_few_points_prints_its_run_chart_and_says_why(
    services, make_set, make_member, tmp_path
):
    services.goals.today = lambda: PRINTED
    cedar = make_set("Cedar set")
    person = make_member(cedar.id, "Grace Mensah").person_id
    goal = services.goals.create(
        person, GoalDraft(title="Short", measure=MEASURE, chart=ChartOptions(ChartKind.XMR))
    )
    for week, value in enumerate(LATE[:9]):
        services.goals.add_update(goal.id, UpdateDraft(FIRST + dt.timedelta(weeks=week), value))
    path = tmp_path / "goal.pdf"
    write_goal_pdf(services.goals.report(goal.id), path, PRINTED)
    text = " ".join(pdf_pages(path))
    assert "Run chart" in text and "SPC chart (XmR)" not in text
    assert "The XmR chart needs at least 15 points to set its limits; this measure has 9" in text


def test_without_a_target_the_report_says_there_is_no_assurance_to_judge(
    services, late_discharges, tmp_path
):
    untargeted = replace(late_discharges.measure, target_value=None)
    services.goals.update(late_discharges.id, replace(late_discharges.draft(), measure=untargeted))
    path = tmp_path / "goal.pdf"
    write_goal_pdf(services.goals.report(late_discharges.id), path, PRINTED)
    text = " ".join(pdf_pages(path))
    assert "Variation (the icon): Special cause: improvement." in text
    assert "Assurance: no target is set, so there is none to judge." in text
    assert "Target" not in text.split("SPC chart (XmR)")[1].split("What the XmR chart shows")[0]
