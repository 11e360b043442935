"""Bids tab: a late arrival counts from their arrival, and a plan beyond the time left is named.

Set meeting 2 runs 09:30 to 16:30 on Tuesday 27 October 2026 (GMT, so the
test clock's UTC is the meeting's own time), less 60 min breaks and 30 min
process review.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QSize, Qt

from alsdesk.services.airtime_rounds import TurnState
from alsdesk.services.meetings import AttendanceStatus
from alsdesk.ui.meeting.workspace import AIRTIME_TAB, BIDS_TAB
from tests.ui.conftest import click, positions
from tests.ui.meeting.helpers import person, run_meeting, saved_turns, tick


def open_bids(qtbot, window, event, size=(1024, 768)):
    window.resize(*size)
    qtbot.waitUntil(lambda: window.size() == QSize(*size), timeout=30_000)
    workspace = run_meeting(qtbot, window, event)
    workspace.tabs.setCurrentIndex(BIDS_TAB)
    return workspace, workspace.bids


def test_a_member_due_later_bids_and_gets_time_only_once_they_arrive(
    qtbot, shown, meetings, services, cedar, clock, screenshot
):
    clock.now = dt.datetime(2026, 10, 27, 11, 0)
    meeting = services.meetings.open_for_event(meetings[1].id)
    amira, grace = person(services, cedar, "Amira Hassan"), person(services, cedar, "Grace Mensah")
    services.meetings.mark(meeting.id, amira, AttendanceStatus.PRESENT)
    services.meetings.mark(meeting.id, grace, AttendanceStatus.LATE, dt.time(13, 0))
    services.airtime.bid(meeting.id, amira, 30)
    workspace, bids = open_bids(qtbot, shown, meetings[1])
    row = bids.rows[grace]
    targets = [w for r in bids.rows.values() for w in (r.bids, r.asks, r.planned)]
    before = positions(shown, targets)

    screenshot(shown, "bids_late_arrival_1024x768")
    assert not row.bids.isEnabled()
    assert row.proposed.text() == "from 13:00"
    assert row.bids.toolTip() == "Late: can bid and is given time from 13:00."
    assert set(services.airtime.proposal(meeting.id, clock.now).minutes) == {amira}

    clock.now = dt.datetime(2026, 10, 27, 13, 0)  # Grace arrives
    bids.arrival_check.timeout.emit()  # what the minute's check does
    assert row.bids.isEnabled()
    assert positions(shown, targets) == before  # nothing moved as she arrived
    tick(qtbot, row.bids)
    assert "Grace Mensah" in saved_turns(services, workspace)
    assert row.proposed.text().endswith(" min")
    assert bids.error.text() == ""


def test_a_plan_beyond_the_time_left_is_named_until_it_fits(
    qtbot, shown, meetings, services, cedar, two_bidders, clock
):
    clock.now = dt.datetime(2026, 10, 27, 14, 30)  # 120 min to the end, 30 after breaks, review
    workspace, bids = open_bids(qtbot, shown, meetings[1])
    # Planned starts at each ask (Amira 30, Daniel 20): more than is left, and said so.
    assert bids.available.text().startswith("30 min left for airtime")
    assert bids.plan_warning.text() == "Planned 50 min: 20 min more than the 30 min left."

    bids.use_proposal.click()
    assert bids.plan_warning.text() == ""
    planned = {t.full_name: t.planned_minutes for t in saved_turns(services, workspace).values()}
    assert sum(planned.values()) <= 30

    amira = bids.rows[person(services, cedar, "Amira Hassan")]
    amira.planned.setFocus()
    amira.planned.selectAll()
    qtbot.keyClicks(amira.planned, "40")
    qtbot.keyClick(amira.planned, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: bids.plan_warning.text() != "", timeout=30_000)
    daniel = planned["Daniel Price"]
    assert bids.plan_warning.text() == (
        f"Planned {40 + daniel} min: {10 + daniel} min more than the 30 min left."
    )


def test_next_presenter_passes_over_someone_not_here_yet_and_calls_them_once_arrived(
    qtbot, shown, meetings, services, cedar, two_bidders, clock
):
    daniel = person(services, cedar, "Daniel Price")
    services.meetings.mark(two_bidders.id, daniel, AttendanceStatus.LATE, dt.time(12, 0))
    workspace, _bids = open_bids(qtbot, shown, meetings[1])
    workspace.tabs.setCurrentIndex(AIRTIME_TAB)
    airtime = workspace.airtime
    assert airtime.face.name.text() == "Amira Hassan"
    click(qtbot, airtime.start_button)
    clock.advance(minutes=30)  # 11:30, Daniel due at 12:00
    click(qtbot, airtime.next_button)
    assert saved_turns(services, workspace)["Daniel Price"].state == TurnState.WAITING
    airtime.presenters.setCurrentRow(1)  # the facilitator looks at Daniel
    assert airtime.face.name.text() == "Daniel Price"
    assert airtime.face.cue_line.text() == "arrives 12:00: called once here"

    clock.advance(minutes=30)  # 12:00: here
    airtime.check_plan()  # what the minute's check does
    assert "arrives" not in airtime.face.cue_line.text()
    click(qtbot, airtime.next_button)
    assert saved_turns(services, workspace)["Daniel Price"].state == TurnState.CURRENT
