"""Nothing moves under the cursor: notes, messages and counts in the workspace keep their room.

A facilitator clicks down the attendance column and the bids ticks in quick
succession; a note changing or a message appearing must not move the next
target between two clicks.
"""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QPoint, QPointF, QSize, Qt, QTime
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QScrollArea

from alsdesk.services.meetings import AttendanceStatus
from alsdesk.ui.meeting.workspace import AIRTIME_TAB, BIDS_TAB
from tests.ui.conftest import click, positions
from tests.ui.meeting.helpers import person, run_meeting, tick

SIZES = [(1100, 700), (1024, 768), (1366, 768)]


def open_at(qtbot, window, event, size):
    window.resize(*size)
    qtbot.waitUntil(lambda: window.size() == QSize(*size), timeout=30_000)
    return run_meeting(qtbot, window, event)


@pytest.mark.parametrize("size", SIZES)
def test_marking_attendance_moves_no_other_button(qtbot, shown, meetings, services, cedar, size):
    workspace = open_at(qtbot, shown, meetings[1], size)
    rows = workspace.attendance.rows
    buttons = [button for row in rows.values() for button in row.buttons.values()]
    before = positions(shown, buttons)

    click(qtbot, buttons[0])  # the header's note turns into "All changes saved"
    assert workspace.saved_label.text() == "All changes saved"
    assert positions(shown, buttons) == before

    grace = rows[person(services, cedar, "Grace Mensah")]
    click(qtbot, grace.buttons[AttendanceStatus.LATE])
    grace.late_time.setTime(QTime(17, 15))  # after the end: a message beside the row
    qtbot.waitUntil(lambda: grace.error.text() != "", timeout=30_000)
    assert positions(shown, buttons) == before

    workspace._save_failed("the disk is full and nothing more can be written to it")
    assert positions(shown, buttons) == before


@pytest.mark.parametrize("size", SIZES)
def test_ticking_bids_moves_no_other_tick(qtbot, shown, meetings, services, cedar, clock, size):
    clock.now = dt.datetime(2026, 10, 27, 10, 30)
    workspace = open_at(qtbot, shown, meetings[1], size)
    click(qtbot, workspace.attendance.all_present)
    workspace.tabs.setCurrentIndex(BIDS_TAB)
    bids = workspace.bids
    targets = [w for row in bids.rows.values() for w in (row.bids, row.asks, row.planned)]
    before = positions(shown, targets)

    for row in bids.rows.values():
        tick(qtbot, row.bids)
        assert positions(shown, targets) == before

    bids.error.setText("That member has already had airtime today; it stays recorded.")
    assert positions(shown, targets) == before


@pytest.mark.parametrize("size", [(1024, 768), (1100, 700)])
def test_every_bids_column_and_attendance_message_shows_on_a_laptop(
    qtbot, shown, meetings, services, cedar, clock, size
):
    clock.now = dt.datetime(2026, 10, 27, 10, 5)
    workspace = open_at(qtbot, shown, meetings[1], size)
    grace = workspace.attendance.rows[person(services, cedar, "Grace Mensah")]
    click(qtbot, grace.buttons[AttendanceStatus.LATE])
    grace.late_time.setTime(QTime(9, 15))  # before the start
    qtbot.waitUntil(lambda: grace.error.text() != "", timeout=30_000)
    positions(shown, [])
    attendance_scroll = workspace.attendance.findChild(QScrollArea)
    assert attendance_scroll.horizontalScrollBar().maximum() == 0
    assert grace.error.toolTip() == ""  # the whole message shows, nothing cut

    workspace.tabs.setCurrentIndex(BIDS_TAB)
    bids = workspace.bids
    positions(shown, [])
    assert bids.grid_scroll.horizontalScrollBar().maximum() == 0
    viewport = bids.grid_scroll.viewport()
    for row in bids.rows.values():
        assert row.name.width() >= row.name.sizeHint().width()  # no name is cut
        right = row.so_far.mapTo(viewport, row.so_far.rect().topRight()).x()
        assert right <= viewport.width()  # "This year" in view


def wheel_down(widget) -> None:
    """One notch of the mouse wheel, towards the user, over the middle of ``widget``."""
    middle = QPointF(widget.rect().center())
    event = QWheelEvent(
        middle,
        QPointF(widget.mapToGlobal(widget.rect().center())),
        QPoint(),
        QPoint(0, -120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)


def test_the_wheel_over_a_filled_box_scrolls_the_record_unless_the_box_has_focus(
    qtbot, shown, meetings, two_bidders
):
    workspace = open_at(qtbot, shown, meetings[1], (1024, 768))
    workspace.tabs.setCurrentIndex(AIRTIME_TAB)
    notes, panel = workspace.airtime.notes, workspace.airtime.notes_scroll
    questions = notes.key_questions
    questions.setPlainText("\n".join(f"Question {n}?" for n in range(1, 30)))
    positions(shown, [])
    panel_bar, box_bar = panel.verticalScrollBar(), questions.verticalScrollBar()
    assert panel_bar.maximum() > 0 and box_bar.maximum() > 0
    notes.issue.setFocus()

    wheel_down(questions.viewport())
    assert panel_bar.value() > 0 and box_bar.value() == 0  # the record moved, not the box

    panel_bar.setValue(0)
    questions.setFocus()
    wheel_down(questions.viewport())
    assert box_bar.value() > 0 and panel_bar.value() == 0  # working in the box: it scrolls


def test_the_next_presenters_record_starts_at_its_top(qtbot, shown, meetings, two_bidders):
    workspace = open_at(qtbot, shown, meetings[1], (1024, 768))
    workspace.tabs.setCurrentIndex(AIRTIME_TAB)
    airtime = workspace.airtime
    click(qtbot, airtime.next_button)  # Amira has the floor
    positions(shown, [])
    bar = airtime.notes_scroll.verticalScrollBar()
    bar.setValue(bar.maximum())
    assert bar.value() > 0

    click(qtbot, airtime.next_button)  # on to Daniel

    assert airtime.shown.full_name == "Daniel Price"
    assert bar.value() == 0
    assert airtime.notes.issue.visibleRegion().boundingRect().height() > 0  # "Issue" in view


def test_the_timer_buttons_and_the_action_form_stay_put(qtbot, shown, meetings, two_bidders, clock):
    workspace = open_at(qtbot, shown, meetings[1], (1024, 768))
    workspace.tabs.setCurrentIndex(AIRTIME_TAB)
    airtime, notes = workspace.airtime, workspace.airtime.notes
    targets = [airtime.extend_button, airtime.next_button, notes.add_button, notes.action_text]
    before = positions(shown, targets)

    click(qtbot, airtime.start_button)  # Start becomes Pause
    assert airtime.start_button.text() == "Pause"
    assert positions(shown, targets) == before
    clock.advance(minutes=3)
    click(qtbot, airtime.start_button)  # and Resume
    assert airtime.start_button.text() == "Resume"
    assert positions(shown, targets) == before

    for text in ("Shadow the bed manager", "Ask pharmacy for the discharge data"):
        qtbot.keyClicks(notes.action_text, text)
        click(qtbot, notes.add_button)  # the agreed list grows below the form
        assert positions(shown, targets) == before


def test_the_airtime_tab_warns_as_the_plan_outgrows_the_time_left(
    qtbot, shown, meetings, two_bidders, clock
):
    workspace = open_at(qtbot, shown, meetings[1], (1024, 768))
    workspace.tabs.setCurrentIndex(AIRTIME_TAB)
    airtime = workspace.airtime
    assert airtime.plan_warning.text() == ""  # 11:00: 50 min planned, 240 min left

    clock.now = dt.datetime(2026, 10, 27, 15, 0)  # 90 min to the end, less 90 min
    airtime.check_plan()  # what the minute's check does
    assert airtime.plan_warning.text() == "Still planned 50 min: 50 min more than the 0 min left."
