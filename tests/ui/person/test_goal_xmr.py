"""A member shows a goal as an XmR chart, recalculates its limits after a change, and the
page reads it back the same way."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QCheckBox, QComboBox

from alsdesk.services.goals import ChartOptions
from alsdesk.services.run_chart import RuleSet, SignalKind
from alsdesk.services.spc import Assurance, ChartKind, SpecialCause, Variation
from alsdesk.ui.person.goals_page import GoalsPage
from tests.ui.conftest import TODAY, click, click_button, replace_text
from tests.ui.person.conftest import GOAL_AFTER, GOAL_BEFORE, goal_week
from tests.ui.person.test_goal_page import choose

XMR = "XmR chart (SPC)"
# Eight weeks before the 10:00 huddle, twelve after it (huddle from week 8, 28 Sep 2026).
TWENTY_WEEKS = GOAL_BEFORE + GOAL_AFTER + [64, 62, 65, 67]
HUDDLE = goal_week(8)


@pytest.fixture(autouse=True)
def measured_by_now(services):
    """Twenty weekly measurements from 3 Aug 2026 run past the pages' today."""
    services.goals.today = lambda: dt.date(2027, 6, 30)


@pytest.fixture
def twenty_weeks(make_goal):
    return make_goal(TWENTY_WEEKS)


def test_a_member_switches_to_the_xmr_chart_and_rebases_it_at_the_change(
    qtbot, services, goals_page, twenty_weeks, on_modal
):
    goals_page.show_person(twenty_weeks.person_id)
    detail = goals_page.detail
    choice = detail.chart_choice
    assert detail.chart.isVisible() and not detail.xmr_chart.isVisible()
    assert not choice.xmr_options.isVisible()

    choose(qtbot, choice.kind, XMR)
    qtbot.waitUntil(detail.xmr_chart.isVisible, timeout=30_000)
    assert not detail.chart.isVisible() and not detail.run_options.isVisible()
    whole = detail.xmr_chart.analysis
    assert len(whole.periods) == 1 and len(whole.points) == 20
    assert detail.rules_summary.text().startswith("XmR chart of 20 points: mean ")
    # One set of limits over a step change: the early weeks are far below, the late above.
    assert whole.variation == Variation.IMPROVEMENT
    assert detail.xmr_chart.icon_captions()[0] == "Improvement"

    def rebase_at_the_huddle(dialog):
        dates: QComboBox = dialog.field("date")
        assert dates.count() == 19  # every measurement after the first
        assert dates.itemText(7) == "28 Sep 2026 (8 points before, 12 from it)"
        dates.setCurrentIndex(7)
        click_button(qtbot, dialog, "OK")

    on_modal(rebase_at_the_huddle)
    click(qtbot, choice.add_button)
    qtbot.waitUntil(lambda: len(detail.xmr_chart.analysis.periods) == 2, timeout=30_000)
    before, after = detail.xmr_chart.analysis.periods
    assert (before.first, before.last, after.first, after.last) == (0, 7, 8, 19)
    assert before.mean == pytest.approx(sum(GOAL_BEFORE) / 8)
    assert choice.rebases.text() == "Limits recalculated from 28 Sep 2026."
    assert "limits recalculated from 28 Sep 2026" in detail.rules_summary.text()
    assert choice.remove_button.isEnabled()

    # Read again from the database, as after a restart: the choice and the rebase stay.
    again = GoalsPage(services.goals, lambda: TODAY)
    qtbot.addWidget(again)
    again.resize(1100, 700)
    again.show_person(twenty_weeks.person_id)
    assert again.detail.chart_choice.kind.currentText() == XMR
    assert again.detail.xmr_chart.analysis.rebase_dates == (HUDDLE,)
    assert services.goals.get(twenty_weeks.id).rebase_dates == (HUDDLE,)


def tick(qtbot, box: QCheckBox) -> None:
    """Click a check box on its box (its middle may lie past its words, which Qt ignores)."""
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))


def test_the_moving_range_chart_and_outlier_screening_are_kept_with_the_goal(
    qtbot, services, goals_page, make_goal
):
    # A steady 50 +/- 1 with one wild week: screening keeps the limits tight.
    values = [49, 51] * 4 + [49, 70] + [49, 51] * 4
    goal = make_goal(values)
    goals_page.show_person(goal.person_id)
    detail = goals_page.detail
    choose(qtbot, detail.chart_choice.kind, XMR)
    qtbot.waitUntil(detail.xmr_chart.isVisible, timeout=30_000)
    screened = detail.xmr_chart.analysis.periods[0]
    assert detail.chart_choice.screen.isChecked()
    assert detail.xmr_chart.analysis.causes[9] is not None  # the 70, outside the limits
    assert "left out of the limits" in detail.rules_summary.text()

    tick(qtbot, detail.chart_choice.screen)
    qtbot.waitUntil(lambda: not services.goals.get(goal.id).chart.screen_outliers, timeout=30_000)
    wide = detail.xmr_chart.analysis.periods[0]
    assert wide.upper > screened.upper

    assert detail.xmr_chart.moving_range_rect().isEmpty()
    tick(qtbot, detail.chart_choice.moving_ranges)
    qtbot.waitUntil(lambda: detail.xmr_chart.shows_moving_ranges, timeout=30_000)
    assert services.goals.get(goal.id).chart.moving_range_chart
    ranges, values_rect = detail.xmr_chart.moving_range_rect(), detail.xmr_chart.plot_rect()
    assert not ranges.isEmpty() and ranges.top() > values_rect.bottom()


def test_the_xmr_chart_is_offered_from_fifteen_measurements(qtbot, goals_page, make_goal):
    goal = make_goal(TWENTY_WEEKS[:14])
    goals_page.show_person(goal.person_id)
    choice = goals_page.detail.chart_choice
    item = choice.kind.model().item(choice.kind.findText(XMR))
    assert not item.isEnabled()
    assert choice.note.text() == "XmR chart from 15 measurements (this measure has 14)"


def test_the_icons_say_what_the_latest_point_and_the_target_show(qtbot, goals_page, make_goal):
    goal = make_goal(TWENTY_WEEKS)
    goals_page.show_person(goal.person_id)
    detail = goals_page.detail
    choose(qtbot, detail.chart_choice.kind, XMR)
    qtbot.waitUntil(detail.xmr_chart.isVisible, timeout=30_000)
    chart = detail.xmr_chart
    period = chart.analysis.periods[0]
    assert period.upper < 80  # the 80% target above the limits: never met as things run
    assert chart.analysis.assurance == Assurance.FAIL
    assert chart.icon_labels() == ["Special cause: improvement", "Consistently failing the target"]
    assert chart.icon_captions() == ["Improvement", "Failing"]
    # The latest point is drawn in the improvement blue, an early one in concern orange.
    image = chart.grab().toImage()
    latest, first = chart.point_position(19), chart.point_position(0)
    assert image.pixelColor(latest.toPoint()).name() == "#00b0f0"
    assert chart.analysis.variations[0] == Variation.CONCERN
    assert image.pixelColor(first.toPoint()).name() == "#e46c0a"
    icon = chart.icon_rects()[0]
    assert icon.right() <= chart.width() and icon.top() >= 0


def test_editing_the_goal_keeps_its_xmr_chart_and_rebase(
    qtbot, services, goals_page, twenty_weeks, on_modal
):
    services.goals.update(
        twenty_weeks.id, replace(twenty_weeks.draft(), chart=ChartOptions(ChartKind.XMR))
    )
    services.goals.add_rebase(twenty_weeks.id, HUDDLE)
    goals_page.show_person(twenty_weeks.person_id)

    def rename(dialog) -> None:
        replace_text(qtbot, dialog, "title", "Discharge before noon (AMU)")
        click_button(qtbot, dialog, "Save")

    on_modal(rename)
    with qtbot.waitSignal(goals_page.changed):
        click(qtbot, goals_page.detail.edit_button)
    goal = services.goals.get(twenty_weeks.id)
    assert goal.title == "Discharge before noon (AMU)"
    assert goal.chart.kind == ChartKind.XMR and goal.rebase_dates == (HUDDLE,)
    assert goals_page.detail.xmr_chart.isVisible()


def test_the_progress_table_marks_the_special_causes_of_the_xmr_chart(
    qtbot, goals_page, twenty_weeks
):
    goals_page.show_person(twenty_weeks.person_id)
    detail = goals_page.detail
    choose(qtbot, detail.chart_choice.kind, XMR)
    qtbot.waitUntil(detail.xmr_chart.isVisible, timeout=30_000)
    model = detail.updates.model
    newest = model.index(0, 1)  # 14 Dec, 67%: above the upper limit 63.57
    assert newest.data(Qt.ItemDataRole.ToolTipRole) == (
        "Part of a signal on the chart: Special cause: improvement (outside the process limits)"
    )


def test_a_goal_that_chose_xmr_and_has_too_few_points_shows_its_run_chart_saying_why(
    qtbot, services, goals_page, make_goal
):
    goal = make_goal(TWENTY_WEEKS[:14])
    services.goals.update(goal.id, replace(goal.draft(), chart=ChartOptions(ChartKind.XMR)))
    goals_page.show_person(goal.person_id)
    detail = goals_page.detail
    assert detail.chart.isVisible() and not detail.xmr_chart.isVisible()
    assert detail.chart_choice.kind.currentText() == XMR
    assert detail.rules_summary.text().startswith(
        "The XmR chart needs at least 15 points to set its limits; this measure has 14, so "
        "the run chart is shown until then."
    )


def test_one_goal_goes_from_the_ihi_rules_to_anhoej_to_xmr_rebased_and_back(
    qtbot, services, goals_page, twenty_weeks, on_modal
):
    """Issue 16's round trip: at each step the chart model, the sentence under the chart
    and the stored goal agree on which chart and rules are in use."""
    goals_page.show_person(twenty_weeks.person_id)
    detail = goals_page.detail
    choice, said = detail.chart_choice, detail.rules_summary
    assert detail.chart.analysis.rule_set == RuleSet.IHI
    assert said.text().startswith("IHI run chart rules: ")
    assert "the trend rule often signals by chance" in said.text()  # 20 points: a long series

    choose(qtbot, detail.rule_set, "Anhøj rules")
    qtbot.waitUntil(lambda: detail.chart.analysis.rule_set == RuleSet.ANHOEJ, timeout=30_000)
    run = detail.chart.analysis
    assert [s.kind for s in run.signals] == [SignalKind.SHIFT]  # no trend rule under Anhøj
    assert said.text() == "Anhøj rules: signals of change: shift."
    assert services.goals.get(twenty_weeks.id).rule_set == RuleSet.ANHOEJ

    choose(qtbot, choice.kind, XMR)
    qtbot.waitUntil(detail.xmr_chart.isVisible, timeout=30_000)
    assert detail.xmr_chart.analysis.periods[0].first == 0
    assert said.text().startswith("XmR chart of 20 points: mean ")

    def rebase_at_the_huddle(dialog):
        dialog.field("date").setCurrentIndex(7)
        click_button(qtbot, dialog, "OK")

    on_modal(rebase_at_the_huddle)
    click(qtbot, choice.add_button)
    qtbot.waitUntil(lambda: len(detail.xmr_chart.analysis.periods) == 2, timeout=30_000)
    chart = detail.xmr_chart.analysis
    assert chart.rebase_dates == (HUDDLE,)
    # The change keeps climbing after the huddle: the last seven sit above the new mean.
    assert chart.causes[13:] == (SpecialCause.RUN,) * 7
    assert chart.variation == Variation.IMPROVEMENT
    assert detail.xmr_chart.icon_captions()[0] == "Improvement"
    stored = services.goals.get(twenty_weeks.id)
    assert stored.chart.kind == ChartKind.XMR and stored.rebase_dates == (HUDDLE,)

    # Back to the run chart: the Anhøj rules are still the goal's, the rebase is kept.
    choose(qtbot, choice.kind, "Run chart")
    qtbot.waitUntil(detail.chart.isVisible, timeout=30_000)
    assert not detail.xmr_chart.isVisible()
    assert detail.chart.analysis.rule_set == RuleSet.ANHOEJ
    assert detail.rule_set.currentText() == "Anhøj rules"
    assert said.text().startswith("Anhøj rules: ")
    assert services.goals.get(twenty_weeks.id).rebase_dates == (HUDDLE,)
