"""Steps a facilitator takes in the meeting workspace, for the tests to share."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.ui.conftest import click

MEMBERS = ["Amira Hassan", "Daniel Price", "Grace Mensah", "Tomasz Nowak"]


def person(services, cedar, name):
    return next(
        m.person_id for m in services.members.list_members(cedar.id) if m.person.full_name == name
    )


def run_meeting(qtbot, window, event):
    """Select the event on the Schedule tab and press Run meeting."""
    schedule = window.set_page.schedule
    schedule.tree.clearSelection()
    schedule._select(event.id)
    button = schedule.toolbar.bar.widgetForAction(schedule.run_action)
    assert button.isEnabled()
    click(qtbot, button)
    assert window.stack.currentWidget() is window.meeting_page
    return window.meeting_page


def tick(qtbot, checkbox):
    checkbox.setFocus()
    qtbot.keyClick(checkbox, Qt.Key.Key_Space)


def attendance_button(workspace, person_id, status):
    row = workspace.attendance.rows[person_id]
    return row.buttons[status]


def saved_turns(services, workspace):
    return {t.full_name: t for t in services.airtime.turns(workspace.meeting.id)}
