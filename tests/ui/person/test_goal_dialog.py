"""A member records an improvement goal, and is told at the field what cannot be saved."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from alsdesk.services.goals import GoalStatus
from alsdesk.ui.person.goal_dialog import GoalDialog
from alsdesk.ui.person.milestone_dialog import MilestoneDialog
from tests.ui.conftest import click, click_button, replace_text, type_into
from tests.ui.person.conftest import type_goal_date


def tick(qtbot, dialog, name: str) -> None:
    box = dialog.findChild(QWidget, name)
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Space)


def fill_discharge_goal(qtbot, dialog, target: str) -> None:
    type_into(qtbot, dialog, "title", "Discharge before noon on the acute medical unit")
    type_into(qtbot, dialog, "problem", "Most discharges happen late in the afternoon.")
    type_into(qtbot, dialog, "why_it_matters", "Patients get home while help is at hand.")
    type_into(qtbot, dialog, "measure_name", "Patients discharged before noon")
    type_into(qtbot, dialog, "measure_unit", "%")
    type_into(qtbot, dialog, "baseline_value", "42")
    tick(qtbot, dialog, "baseline_date_known")
    type_goal_date(qtbot, dialog.findChild(QWidget, "baseline_date_edit"), dt.date(2026, 9, 1))
    type_into(qtbot, dialog, "target_value", target)
    tick(qtbot, dialog, "target_date_known")
    type_goal_date(qtbot, dialog.findChild(QWidget, "target_date_edit"), dt.date(2027, 3, 31))


def test_a_member_with_no_goals_records_one_and_a_target_equal_to_the_baseline_is_refused(
    qtbot, goals_page, services, goal_owner, on_modal, screenshot
):
    page = goals_page
    assert page.stack.currentIndex() == 0
    assert page.empty_hint.text().startswith("No goals yet.")
    assert page.empty_new.isVisible()
    seen = {}

    def interact(dialog) -> None:
        assert dialog.windowTitle() == "New improvement goal"
        fill_discharge_goal(qtbot, dialog, target="42")
        click_button(qtbot, dialog, "Add goal")
        seen["refused"] = dialog.isVisible()
        seen["message"] = dialog.error_text("target_value")
        seen["saved"] = services.goals.list_goals(goal_owner.person_id)
        screenshot(dialog, "goal-dialog-error")
        replace_text(qtbot, dialog, "target_value", "80%")
        assert dialog.error_text("target_value") == ""  # cleared as soon as it is edited
        click_button(qtbot, dialog, "Add goal")

    on_modal(interact)
    with qtbot.waitSignal(page.changed):
        click(qtbot, page.empty_new)

    assert seen["refused"]
    assert seen["message"] == (
        "The target must differ from the baseline, or there is nothing to improve."
    )
    assert seen["saved"] == []
    [goal] = services.goals.list_goals(goal_owner.person_id)
    assert goal.measure.target_value == 80
    assert goal.status == GoalStatus.PLANNED
    assert page.stack.currentIndex() == 1
    assert page.detail.title.text() == "Discharge before noon on the acute medical unit"
    assert page.detail.status.text() == "Planned"
    assert page.detail.measure_name.text() == "Patients discharged before noon (%)"
    assert page.detail.measure.text() == (
        "Baseline 42% on 1 Sep 2026 → target 80% by 31 Mar 2027, higher is better"
    )
    assert page.list.currentIndex().data() == goal.title


def test_an_unreadable_baseline_and_dates_out_of_order_are_shown_together_and_nothing_is_saved(
    qtbot, goals_page, services, goal_owner, on_modal
):
    seen = {}

    def interact(dialog) -> None:
        fill_discharge_goal(qtbot, dialog, target="80")
        replace_text(qtbot, dialog, "baseline_value", "about forty")
        type_goal_date(qtbot, dialog.findChild(QWidget, "target_date_edit"), dt.date(2026, 8, 1))
        click_button(qtbot, dialog, "Add goal")
        seen["baseline"] = dialog.error_text("baseline_value")
        seen["target_date"] = dialog.error_text("target_date")
        seen["open"] = dialog.isVisible()

    on_modal(interact)
    click(qtbot, goals_page.empty_new)

    assert seen["open"]
    assert "number" in seen["baseline"]
    assert seen["target_date"] == "The target date is before the baseline date (1 Sep 2026)."
    assert services.goals.list_goals(goal_owner.person_id) == []
    assert goals_page.stack.currentIndex() == 0


def test_editing_a_goal_puts_it_on_hold_and_the_list_says_so(
    qtbot, goals_page, make_goal, on_modal
):
    goal = make_goal()
    goals_page.show_person(goal.person_id)
    assert goals_page.detail.status.text() == "Active"

    def interact(dialog) -> None:
        assert dialog.windowTitle() == "Edit improvement goal"
        assert dialog.field("baseline_value").text() == "42"
        status = dialog.field("status")
        status.setFocus()
        qtbot.keyClick(status, Qt.Key.Key_Down)  # from Active
        assert status.currentText() == "On hold"
        click_button(qtbot, dialog, "Save")

    on_modal(interact)
    with qtbot.waitSignal(goals_page.changed):
        click(qtbot, goals_page.detail.edit_button)

    assert goals_page.detail.status.text() == "On hold"
    assert goals_page.model.index(0).data(Qt.ItemDataRole.ToolTipRole) == (
        "Discharge before noon on the acute medical unit (On hold)"
    )


def test_a_date_label_shortcut_moves_to_the_date_without_clearing_it(qtbot):
    dialog = MilestoneDialog(lambda draft: draft, dt.date(2026, 11, 23))
    qtbot.addWidget(dialog)
    with qtbot.waitExposed(dialog, timeout=30_000):
        dialog.show()
    dialog.activateWindow()
    # The labels' shortcuts (window context) answer only once the dialog is the active window.
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=30_000)
    assert dialog.focusWidget() is dialog.title_edit, "typing starts in the first field"

    qtbot.keyClick(dialog, Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)

    # A shortcut that clicks a check box holds it down for a 100 ms animation, then clicks.
    known = dialog.due.known
    qtbot.waitUntil(lambda: dialog.focusWidget() is known and not known.isDown(), timeout=30_000)
    assert dialog.due.known.isChecked(), "Alt+D must not untick the date"


def test_a_direction_error_goes_when_the_direction_changes(qtbot, services):
    dialog = GoalDialog(services.goals, services.goals.validate, dt.date(2026, 11, 23))
    qtbot.addWidget(dialog)
    dialog.show_errors({"target_value": "Higher is better: the target must be above."})
    assert dialog.error_text("target_value")

    dialog.direction.setCurrentIndex(1)

    assert dialog.error_text("target_value") == ""


def test_a_target_of_150_percent_is_refused_at_the_target_and_nothing_is_saved(
    qtbot, goals_page, services, goal_owner, on_modal
):
    seen = {}

    def interact(dialog) -> None:
        fill_discharge_goal(qtbot, dialog, target="150")
        click_button(qtbot, dialog, "Add goal")
        seen["message"] = dialog.error_text("target_value")
        seen["saved"] = services.goals.list_goals(goal_owner.person_id)
        replace_text(qtbot, dialog, "target_value", "80")
        click_button(qtbot, dialog, "Add goal")

    on_modal(interact)
    with qtbot.waitSignal(goals_page.changed):
        click(qtbot, goals_page.empty_new)
    assert "between 0 and 100" in seen["message"]
    assert seen["saved"] == []
    [goal] = services.goals.list_goals(goal_owner.person_id)
    assert goal.measure.target_value == 80
