"""Dates far from what is likely are questioned at their field; OK still saves them."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QApplication

from alsdesk.services.schedule import EventKind
from alsdesk.ui.person.assessment_dialog import AssessmentDialog
from alsdesk.ui.person.goal_dialog import GoalDialog
from alsdesk.ui.person.milestone_dialog import MilestoneDialog
from alsdesk.ui.person.plan_item_dialog import PlanItemDialog
from tests.ui.conftest import TODAY, click_button, positions, type_into
from tests.ui.person.conftest import type_goal_date

TYPO_AHEAD = dt.date(2062, 6, 30)  # 2026 typed as 2062
TYPO_BACK = dt.date(2016, 6, 30)


def shown(qtbot, dialog):
    qtbot.addWidget(dialog)
    with qtbot.waitExposed(dialog, timeout=30_000):
        dialog.show()
    return dialog


def test_a_milestone_decades_ahead_is_questioned_and_can_be_kept(qtbot, screenshot):
    saved = []
    dialog = shown(qtbot, MilestoneDialog(lambda draft: saved.append(draft) or draft, TODAY))
    type_into(qtbot, dialog, "title", "Huddle trialled")
    below = positions(dialog, [dialog.field("status")])

    type_goal_date(qtbot, dialog.due.edit, TYPO_AHEAD)
    assert dialog.error_text("due_date") == ("More than three years ahead: check the year.")
    assert positions(dialog, [dialog.field("status")]) == below
    screenshot(dialog, "milestone-far-ahead")
    type_goal_date(qtbot, dialog.due.edit, TYPO_BACK)
    assert dialog.error_text("due_date") == "More than a year ago: check the year."
    type_goal_date(qtbot, dialog.due.edit, TODAY + dt.timedelta(days=60))
    assert dialog.error_text("due_date") == ""

    type_goal_date(qtbot, dialog.due.edit, TYPO_AHEAD)
    click_button(qtbot, dialog, "Add")
    assert [d.due_date for d in saved] == [TYPO_AHEAD]  # a doubt, not a refusal


def test_a_goal_target_and_baseline_far_off_are_questioned(qtbot, services):
    dialog = shown(qtbot, GoalDialog(services.goals, services.goals.validate, TODAY))
    dialog.target_date.known.setChecked(True)
    type_goal_date(qtbot, dialog.target_date.edit, TYPO_AHEAD)
    assert dialog.error_text("target_date") == "More than three years ahead: check the year."
    dialog.baseline_date.known.setChecked(True)
    type_goal_date(qtbot, dialog.baseline_date.edit, TYPO_BACK)
    assert dialog.error_text("baseline_date") == "More than two years ago: check the year."
    type_goal_date(qtbot, dialog.baseline_date.edit, TODAY)
    assert dialog.error_text("baseline_date") == ""


def test_a_plan_review_years_ahead_is_questioned(qtbot, services):
    dialog = shown(qtbot, PlanItemDialog(services.plan, TODAY))
    dialog.review.known.setChecked(True)
    type_goal_date(qtbot, dialog.review.edit, TYPO_AHEAD)
    assert dialog.error_text("review_date") == "More than two years ahead: check the year."


def test_an_event_long_after_the_programme_is_questioned_in_the_event_dialog(
    qtbot, window, make_set, services, on_modal, screenshot
):
    cedar = make_set("Cedar set", start_date=dt.date(2026, 9, 14))
    services.schedule.generate_default(cedar.id, dt.date(2026, 9, 14))  # to 26 May 2027
    window.sets_panel.reload(cedar.id)
    window.set_page.tabs.setCurrentWidget(window.set_page.schedule)
    seen = {}

    def fill(dialog):
        type_into(qtbot, dialog, "title", "Dissertation due")
        dialog.kind.setCurrentIndex(dialog.kind.findData(EventKind.DEADLINE))
        dialog.date.setDate(QDate(2027, 9, 30))  # four months after: likely
        seen["likely"] = dialog.error_text("date")
        dialog.date.setDate(QDate(2072, 9, 30))  # 2027 typed as 2072
        seen["typo"] = dialog.error_text("date")
        screenshot(dialog, "event-dialog-after-programme")
        dialog.date.setDate(QDate(2025, 9, 30))
        seen["before"] = dialog.error_text("date")
        click_button(qtbot, dialog, "OK")

    on_modal(fill)
    window.set_page.schedule.add_action.trigger()

    assert seen == {
        "likely": "",
        "typo": "After the programme ends (26 May 2027): check the date.",
        "before": "Before the programme starts (14 Sep 2026): check the date.",
    }
    added = [e for e in services.schedule.list_events(cedar.id) if e.title == "Dissertation due"]
    assert [e.date for e in added] == [dt.date(2025, 9, 30)]  # kept, as the user chose
    assert QApplication.activeModalWidget() is None


def test_a_self_assessment_dated_years_ahead_is_questioned(qtbot, services, make_set, make_member):
    amira = make_member(make_set("Cedar set").id).person_id
    dialog = shown(qtbot, AssessmentDialog(services.plan, amira, TODAY))
    type_goal_date(qtbot, dialog.date, TYPO_AHEAD)
    assert dialog.error_text("date") == "More than a year ahead: check the year."
    type_goal_date(qtbot, dialog.date, TODAY)
    assert dialog.error_text("date") == ""
