"""A member records progress on a goal and reads the run chart as it grows."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from PySide6.QtCore import Qt

from alsdesk.services.run_chart import RuleSet, SignalKind
from alsdesk.ui.person.goal_updates_model import DATE, NARRATIVE, VALUE
from tests.ui.conftest import TODAY, click, click_button, positions, replace_text
from tests.ui.person.conftest import (
    DISCHARGE_GOAL,
    GOAL_AFTER,
    GOAL_BEFORE,
    goal_week,
    type_goal_date,
)


def add_update(qtbot, page, week: int, value: str, narrative: str = "") -> None:
    """Fill in the Add update form and press its button, as a member would."""
    panel = page.detail.updates
    type_goal_date(qtbot, panel.date, goal_week(week))
    replace_text(qtbot, panel, "update_value", value)
    if narrative:
        replace_text(qtbot, panel, "update_narrative", narrative)
    click(qtbot, panel.add_button)


def click_row(qtbot, table, row: int) -> None:
    centre = table.visualRect(table.model().index(row, 0)).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=centre)


def table_column(table, column: int) -> list[str]:
    model = table.model()
    return [model.index(row, column).data() for row in range(model.rowCount())]


def test_updates_added_one_by_one_show_a_shift_on_the_sixth_point_above_the_median(
    qtbot, goals_page, make_goal, services
):
    goal = make_goal(GOAL_BEFORE)
    page = goals_page
    page.show_person(goal.person_id)
    assert page.chart.analysis.median == 42.5
    assert SignalKind.SHIFT not in page.chart.marked_points().values()

    for step, value in enumerate(GOAL_AFTER[:5]):
        narrative = "10:00 huddle started" if step == 0 else ""
        with qtbot.waitSignal(page.changed):
            add_update(qtbot, page, len(GOAL_BEFORE) + step, f"{value}%", narrative)
        assert page.detail.updates.errors.text("value") == ""
        assert SignalKind.SHIFT not in page.chart.marked_points().values()

    with qtbot.waitSignal(page.changed):
        add_update(qtbot, page, 13, str(GOAL_AFTER[5]))

    shift = set(range(8, 14))
    marked = page.chart.marked_points()
    assert {index for index, kind in marked.items() if kind == SignalKind.SHIFT} == shift
    assert page.chart.analysis.flagged(SignalKind.SHIFT) == shift
    assert page.detail.latest.text() == "Latest 63% on 2 Nov 2026 · 14 measurements"
    assert page.detail.updates.value.text() == ""  # ready for the next one

    table = page.detail.updates.table
    assert table_column(table, DATE)[:2] == ["2 Nov 2026", "26 Oct 2026"]
    assert table_column(table, VALUE)[:2] == ["63%", "60%"]
    assert table_column(table, NARRATIVE)[5] == "10:00 huddle started"
    newest = table.model().index(0, VALUE)
    assert newest.data(Qt.ItemDataRole.ToolTipRole) == "Part of a signal on the chart: Shift"
    assert newest.data(Qt.ItemDataRole.FontRole).bold()
    assert table.model().index(13, VALUE).data(Qt.ItemDataRole.FontRole) is None
    assert len(services.goals.updates(goal.id)) == 14


def test_a_value_that_is_not_a_number_is_refused_at_its_field_and_nothing_is_saved(
    qtbot, goals_page, make_goal, services
):
    goal = make_goal(GOAL_BEFORE[:3])
    goals_page.show_person(goal.person_id)
    panel = goals_page.detail.updates

    add_update(qtbot, goals_page, 3, "about half", "Busy week")

    assert panel.errors.text("value").startswith("Type a number")
    assert panel.value.text() == "about half"  # kept, to correct
    assert panel.narrative.text() == "Busy week"
    assert len(services.goals.updates(goal.id)) == 3
    qtbot.keyClick(panel.value, Qt.Key.Key_Backspace)
    assert panel.errors.text("value") == ""


def test_an_update_dated_before_the_baseline_is_refused_at_the_date(
    qtbot, goals_page, make_goal, services
):
    goal = make_goal()
    goals_page.show_person(goal.person_id)
    panel = goals_page.detail.updates

    add_update(qtbot, goals_page, -2, "40")

    assert panel.errors.text("date") == (
        "The measure's baseline is dated 3 Aug 2026; progress comes after it."
    )
    assert services.goals.updates(goal.id) == []
    assert panel.empty_hint.isVisible()


def test_fixing_the_median_on_the_first_points_makes_the_improvement_a_shift(
    qtbot, goals_page, make_goal, services
):
    goal = make_goal(GOAL_BEFORE + GOAL_AFTER, replace(DISCHARGE_GOAL, median_points=None))
    page = goals_page
    page.show_person(goal.person_id)
    spin = page.detail.median_points
    assert spin.text() == "all points"
    assert page.chart.analysis.baseline_count == 16
    assert page.chart.analysis.median == 49  # dragged up by the improvement itself
    assert page.chart.analysis.flagged(SignalKind.SHIFT) == set(range(16))  # below, then above

    spin.setFocus()
    spin.selectAll()
    with qtbot.waitSignal(page.changed):
        qtbot.keyClicks(spin, "8")
        qtbot.keyClick(spin, Qt.Key.Key_Return)

    assert spin.text() == "the first 8 points"
    assert services.goals.get(goal.id).median_points == 8
    assert page.chart.analysis.baseline_count == 8
    assert page.chart.analysis.median == 42.5
    shifted = {i for i, kind in page.chart.marked_points().items() if kind == SignalKind.SHIFT}
    assert shifted == set(range(8, 16))

    with qtbot.waitSignal(page.changed):
        qtbot.keyClick(spin, Qt.Key.Key_PageDown)  # to the bottom of the range
    assert spin.text() == "all points"
    assert services.goals.get(goal.id).median_points is None
    assert page.chart.analysis.baseline_count == 16


def test_a_mistyped_update_is_corrected_and_another_deleted_after_asking(
    qtbot, goals_page, make_goal, services, on_modal
):
    goal = make_goal([44, 40, 64])
    page = goals_page
    page.show_person(goal.person_id)
    panel = page.detail.updates
    assert not panel.edit_button.isEnabled()

    click_row(qtbot, panel.table, 0)  # the newest, 64% (46 mistyped), is at the top
    assert panel.selected().value == 64

    def correct(dialog) -> None:
        assert dialog.windowTitle() == "Edit progress update"
        replace_text(qtbot, dialog, "value", "forty six")
        click_button(qtbot, dialog, "Save")
        assert dialog.error_text("value").startswith("Type a number")
        replace_text(qtbot, dialog, "value", "460")  # a share is never more than the whole
        click_button(qtbot, dialog, "Save")
        assert "between 0 and 100" in dialog.error_text("value")
        replace_text(qtbot, dialog, "value", "46")
        click_button(qtbot, dialog, "Save")

    on_modal(correct)
    with qtbot.waitSignal(page.changed):
        click(qtbot, panel.edit_button)
    assert [u.value for u in services.goals.updates(goal.id)] == [44, 40, 46]
    assert table_column(panel.table, VALUE) == ["46%", "40%", "44%"]

    on_modal(lambda box: click_button(qtbot, box, "Cancel"))
    click(qtbot, panel.delete_button)
    assert len(services.goals.updates(goal.id)) == 3

    on_modal(lambda box: click_button(qtbot, box, "Delete update"))
    with qtbot.waitSignal(page.changed):
        click(qtbot, panel.delete_button)
    assert [u.value for u in services.goals.updates(goal.id)] == [44, 40]
    assert page.chart.analysis.points[-1].value == 40


def test_a_goal_switches_to_the_anhoej_rules_and_the_chart_says_what_they_find(
    qtbot, goals_page, make_goal, services, on_modal
):
    goal = make_goal(GOAL_BEFORE + GOAL_AFTER)
    page = goals_page
    page.show_person(goal.person_id)
    rules, said = page.detail.rule_set, page.detail.rules_summary
    assert rules.currentText() == "IHI run chart rules"
    assert said.text().startswith("IHI run chart rules: signals of change: shift")
    assert said.isVisible()

    rules.setFocus()
    with qtbot.waitSignal(page.changed):
        qtbot.keyClick(rules, Qt.Key.Key_Down)

    assert rules.currentText() == "Anhøj rules"
    assert services.goals.get(goal.id).rule_set == RuleSet.ANHOEJ
    assert page.chart.analysis.rule_set == RuleSet.ANHOEJ
    assert said.text().startswith("Anhøj rules: signals of change: shift")
    assert "trend" not in said.text()

    def keep_everything(dialog):  # editing the goal keeps its rules
        click_button(qtbot, dialog, "Save")

    on_modal(keep_everything)
    with qtbot.waitSignal(page.changed):
        click(qtbot, page.detail.edit_button)
    assert services.goals.get(goal.id).rule_set == RuleSet.ANHOEJ
    assert rules.currentText() == "Anhøj rules"


def test_adding_weekly_values_never_moves_the_add_button(qtbot, goals_page, make_goal):
    goal = make_goal()
    goals_page.show_person(goal.person_id)
    panel = goals_page.detail.updates
    targets = [panel.add_button, panel.narrative]
    before = positions(panel, targets)

    add_update(qtbot, goals_page, 3, "about half")  # refused: a message above the button
    assert panel.errors.text("value")
    assert positions(panel, targets) == before

    add_update(qtbot, goals_page, 3, "44")  # the first measurement: "Latest 44%…" appears
    assert goals_page.detail.latest.text().startswith("Latest 44")
    assert positions(panel, targets) == before


def test_progress_typed_freely_is_saved_and_an_impossible_one_is_refused_at_its_field(
    qtbot, goals_page, make_goal, services
):
    services.goals.today = lambda: TODAY
    goal = make_goal()
    page = goals_page
    page.show_person(goal.person_id)
    panel = page.detail.updates

    def try_adding(date_text: str, value: str) -> None:
        panel.date.setFocus()
        panel.date.selectAll()
        qtbot.keyClicks(panel.date, date_text)
        replace_text(qtbot, panel, "update_value", value)
        click(qtbot, panel.add_button)

    try_adding("31/2/26", "50")
    assert "no such day" in panel.errors.text("date")
    future = TODAY + dt.timedelta(weeks=5)
    try_adding(f"{future.day} {future:%b %Y}", "50")
    assert "not come yet" in panel.errors.text("date")
    try_adding(TODAY.isoformat(), "150")
    assert "between 0 and 100" in panel.errors.text("value")
    assert services.goals.updates(goal.id) == []

    with qtbot.waitSignal(page.changed):
        try_adding(f"{TODAY.day}/{TODAY.month}/{TODAY:%y}", "55")
    [saved] = services.goals.updates(goal.id)
    assert (saved.date, saved.value) == (TODAY, 55)
