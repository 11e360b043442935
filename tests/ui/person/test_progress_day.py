"""Progress is checked against the window's day, not the computer's, at both ways in."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate

from alsdesk.services.goals import UpdateDraft
from tests.ui.conftest import TODAY, click, click_button, replace_text
from tests.ui.person.conftest import type_goal_date

AHEAD = TODAY + dt.timedelta(days=10)  # after the window's day, but the computer's may be later


def test_progress_dated_after_the_windows_day_is_refused_at_the_date(
    qtbot, goals_page, make_goal, services
):
    services.goals.today = lambda: AHEAD + dt.timedelta(days=365)  # a clock far ahead
    goal = make_goal()
    goals_page.show_person(goal.person_id)
    panel = goals_page.detail.updates

    type_goal_date(qtbot, panel.date, AHEAD)
    replace_text(qtbot, panel, "update_value", "50")
    click(qtbot, panel.add_button)

    assert panel.errors.text("date") == (
        "That day has not come yet: record progress once it is measured."
    )
    assert services.goals.updates(goal.id) == []


def test_an_update_moved_into_the_future_in_the_edit_dialog_is_refused_there(
    qtbot, goals_page, make_goal, services, on_modal
):
    goal = make_goal()
    services.goals.add_update(goal.id, UpdateDraft(TODAY, 40.0))
    goals_page.show_person(goal.person_id)
    services.goals.today = lambda: AHEAD + dt.timedelta(days=365)
    panel = goals_page.detail.updates
    panel.table.selectRow(0)
    seen = {}

    def move_ahead(dialog):
        dialog.date.setDate(QDate(AHEAD))
        click_button(qtbot, dialog, "Save")
        seen["error"] = dialog.error_text("date")
        seen["open"] = dialog.isVisible()

    on_modal(move_ahead)
    panel.edit_selected()

    assert seen == {
        "error": "That day has not come yet: record progress once it is measured.",
        "open": True,
    }
    assert [u.date for u in services.goals.updates(goal.id)] == [TODAY]
