"""A meeting on a full disk, and in a set that keeps another time zone."""

from __future__ import annotations

import datetime as dt
import sqlite3
from contextlib import contextmanager

from PySide6.QtWidgets import QSpinBox
from sqlalchemy import event, text

from alsdesk.services.meetings import AttendanceStatus
from alsdesk.ui.meeting.workspace import AIRTIME_TAB
from tests.ui.conftest import click, click_button
from tests.ui.meeting.helpers import person, run_meeting, saved_turns

FULL = "alsdesk could not save: the disk is full. Nothing was changed."


@contextmanager
def disk_full(store):
    """Every write fails as on a full disk; reads still work."""

    def full(_conn, _cursor, statement, *_args):
        if statement.lstrip().upper().startswith(("INSERT", "UPDATE", "DELETE")):
            raise sqlite3.OperationalError("database or disk is full")

    event.listen(store.engine, "before_cursor_execute", full)
    try:
        yield
    finally:
        event.remove(store.engine, "before_cursor_execute", full)


def test_minus_a_minute_and_set_time_on_a_full_disk_say_nothing_was_saved(
    qtbot, shown, meetings, services, two_bidders, store, on_modal
):
    workspace = run_meeting(qtbot, shown, meetings[1])
    workspace.tabs.setCurrentIndex(AIRTIME_TAB)
    airtime = workspace.airtime
    assert airtime.face.clock.text() == "30:00"

    with disk_full(store):
        click(qtbot, airtime.shorten_button)
        assert workspace.saved_label.text() == f"Not saved: {FULL}"
        assert airtime.face.clock.text() == "30:00"

        def twelve_minutes(dialog):
            spin = dialog.findChild(QSpinBox)
            spin.selectAll()
            qtbot.keyClicks(spin, "12")
            click_button(qtbot, dialog, "OK")

        workspace.saved_label.setText("")
        on_modal(twelve_minutes)
        click(qtbot, airtime.set_time_button)
        qtbot.waitUntil(lambda: workspace.saved_label.text() != "", timeout=30_000)
        assert workspace.saved_label.text() == f"Not saved: {FULL}"
    assert saved_turns(services, workspace)["Amira Hassan"].timer.allowed_seconds == 30 * 60

    click(qtbot, airtime.shorten_button)  # the disk has room again
    assert saved_turns(services, workspace)["Amira Hassan"].timer.allowed_seconds == 29 * 60


def test_removing_a_stop_on_a_full_disk_keeps_it_and_says_so(
    qtbot, shown, meetings, services, two_bidders, store, clock
):
    services.stops.stop_the_set(two_bidders.id, clock())
    workspace = run_meeting(qtbot, shown, meetings[1])
    review = workspace.review
    workspace.tabs.setCurrentWidget(review)
    review.stops.setCurrentRow(0)

    with disk_full(store):
        click(qtbot, review.remove_stop_button)

    assert workspace.saved_label.text() == f"Not saved: {FULL}"
    assert len(services.stops.stops(two_bidders.id)) == 1
    assert review.stops.item(0).text() == "Stopped at 11:00"


def test_a_set_in_new_york_takes_a_late_arrival_at_new_york_time(
    qtbot, shown, meetings, services, cedar, store, clock
):
    with store.engine.begin() as db:
        db.execute(
            text("UPDATE action_set SET timezone = 'America/New_York' WHERE id = :id"),
            {"id": cedar.id},
        )
    clock.now = dt.datetime(2026, 10, 27, 14, 5)  # UTC: 10:05 in New York (EDT), 14:05 London
    workspace = run_meeting(qtbot, shown, meetings[1])
    grace = person(services, cedar, "Grace Mensah")

    click(qtbot, workspace.attendance.rows[grace].buttons[AttendanceStatus.LATE])

    saved = {m.person_id: m for m in services.meetings.attendance(workspace.meeting.id)}
    assert saved[grace].late_at == dt.time(10, 5)
    assert workspace.meeting.timezone == "America/New_York"
