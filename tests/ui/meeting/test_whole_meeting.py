"""A whole set meeting run in alsdesk, its record exported, and report-back next time.

Driven through the real widgets over a real database, with a fake clock for
the airtime timer (no waiting for real minutes).
"""

from __future__ import annotations

import datetime as dt

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QFileDialog

from alsdesk.services.actions import ActionStatus
from alsdesk.services.airtime_rounds import TurnState
from alsdesk.services.meetings import AttendanceStatus
from alsdesk.ui.meeting.workspace import AIRTIME_TAB, BIDS_TAB, REVIEW_TAB
from tests.ui.conftest import click
from tests.ui.meeting.helpers import (
    attendance_button,
    person,
    run_meeting,
    saved_turns,
    tick,
)


def add_action(qtbot, notes, text, owner=None, due=None):
    notes.action_text.setFocus()
    qtbot.keyClicks(notes.action_text, text)
    if owner is not None:
        notes.action_owner.setCurrentIndex(notes.action_owner.findText(owner))
    if due is not None:
        notes.action_due.setDate(QDate(due.year, due.month, due.day))
    click(qtbot, notes.add_button)
    assert notes.action_text.text() == "", "the action was not accepted"


def type_note(qtbot, widget, text):
    widget.setFocus()
    qtbot.keyClicks(widget, text)


@pytest.fixture
def pdf_target(tmp_path, monkeypatch):
    target = tmp_path / "record.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    return target


def test_a_whole_meeting_then_report_back_at_the_next(
    qtbot, shown, meetings, services, cedar, clock, pdf_target, screenshot
):
    amira, daniel = person(services, cedar, "Amira Hassan"), person(services, cedar, "Daniel Price")
    grace, tomasz = person(services, cedar, "Grace Mensah"), person(services, cedar, "Tomasz Nowak")

    # -- meeting 2, Tuesday 27 October, 09:30 to 16:30 ---------------------------------
    clock.now = dt.datetime(2026, 10, 27, 9, 35)
    workspace = run_meeting(qtbot, shown, meetings[1])

    # Check-in: attendance, one click each.
    click(qtbot, attendance_button(workspace, amira, AttendanceStatus.PRESENT))
    click(qtbot, attendance_button(workspace, daniel, AttendanceStatus.PRESENT))
    click(qtbot, attendance_button(workspace, tomasz, AttendanceStatus.APOLOGIES))
    clock.now = dt.datetime(2026, 10, 27, 9, 50)
    click(qtbot, attendance_button(workspace, grace, AttendanceStatus.LATE))

    # Bids: Amira asks for 40 minutes, Daniel for some time.
    click(qtbot, workspace.next_step_button)
    assert workspace.tabs.currentIndex() == BIDS_TAB
    bids = workspace.bids
    tick(qtbot, bids.rows[amira].bids)
    bids.rows[amira].asks.setFocus()
    bids.rows[amira].asks.selectAll()
    qtbot.keyClicks(bids.rows[amira].asks, "40")
    tick(qtbot, bids.rows[daniel].bids)
    click(qtbot, bids.use_proposal)
    planned = {name: t.planned_minutes for name, t in saved_turns(services, workspace).items()}
    assert planned["Amira Hassan"] == 40
    assert planned["Daniel Price"] > 40

    # Airtime round 1: Amira.
    click(qtbot, workspace.next_step_button)
    assert workspace.tabs.currentIndex() == AIRTIME_TAB
    airtime = workspace.airtime
    notes = airtime.notes
    assert airtime.face.name.text() == "Amira Hassan"
    clock.now = dt.datetime(2026, 10, 27, 10, 0)
    click(qtbot, airtime.start_button)
    type_note(qtbot, notes.issue, "Patients wait until late afternoon to go home")
    type_note(qtbot, notes.key_questions, "What would a good discharge day look like?")
    type_note(qtbot, notes.sees_differently, "The delay starts the evening before")
    add_action(qtbot, notes, "Start a 'tomorrow's discharges' list at the evening board round")
    clock.advance(minutes=42)  # two minutes over
    qtbot.waitUntil(lambda: airtime.face.clock.text() == "-2:00", timeout=30_000)

    # Airtime round 2: Daniel.
    click(qtbot, airtime.next_button)
    assert airtime.face.name.text() == "Daniel Price"
    click(qtbot, airtime.start_button)
    type_note(qtbot, notes.issue, "Handover at the emergency department takes too long")
    add_action(qtbot, notes, "Time ten handovers with a stopwatch")
    add_action(qtbot, notes, "Ask Grace how her practice runs huddles", owner="Grace Mensah")
    clock.advance(minutes=35)
    assert airtime.next_button.text() == "End airtime"
    click(qtbot, airtime.next_button)

    turns = saved_turns(services, workspace)
    assert turns["Amira Hassan"].state == turns["Daniel Price"].state == TurnState.DONE
    assert turns["Amira Hassan"].timer.used_before == pytest.approx(42 * 60)
    assert turns["Daniel Price"].timer.used_before == pytest.approx(35 * 60)
    assert turns["Amira Hassan"].issue == "Patients wait until late afternoon to go home"

    # Process review and close.
    click(qtbot, workspace.next_step_button)
    assert workspace.tabs.currentIndex() == REVIEW_TAB
    type_note(qtbot, workspace.review.process_review, "We slipped into advice twice; noticed it.")
    type_note(qtbot, workspace.review.next_meeting, "8 December, Seminar Room 3, bring data.")
    screenshot(shown, "whole_meeting_review")

    # The record, exported in the background.
    click(qtbot, workspace.review.export_button)
    qtbot.waitUntil(lambda: "Exported to" in shown.statusBar().currentMessage(), timeout=30_000)
    text = "\n".join(page.extract_text() for page in PdfReader(pdf_target).pages)
    flat = " ".join(text.split())
    for expected in (
        "Cedar set",
        "Set meeting 2",
        "Amira Hassan",
        "Apologies",
        "Late",
        "09:50",
        "Patients wait until late afternoon to go home",
        "Handover at the emergency department takes too long",
        "Time ten handovers with a stopwatch",
        "Grace Mensah",
        "8 Dec 2026",
        "We slipped into advice twice; noticed it.",
        "Confidential",
    ):
        assert expected in flat, f"{expected!r} missing from the meeting record"

    # -- meeting 3, Tuesday 8 December: report-back ----------------------------------------
    click(qtbot, workspace.back_button)
    clock.now = dt.datetime(2026, 12, 8, 9, 40)
    workspace = run_meeting(qtbot, shown, meetings[2])
    click(qtbot, workspace.attendance.all_present)
    workspace.tabs.setCurrentIndex(BIDS_TAB)
    tick(qtbot, workspace.bids.rows[amira].bids)
    workspace.tabs.setCurrentIndex(AIRTIME_TAB)
    notes = workspace.airtime.notes
    (earlier,) = services.actions.report_back(workspace.meeting.id, amira)
    status = notes.findChild(object, f"review_status_{earlier.action.id}")
    status.setCurrentIndex(status.findData(ActionStatus.CARRIED_FORWARD))
    comment = notes.findChild(object, f"review_comment_{earlier.action.id}")
    type_note(qtbot, comment, "Two wards so far")
    workspace.flush()

    tracked = {a.text: a for a in services.actions.tracker(cedar.id)}
    assert tracked["Time ten handovers with a stopwatch"].status == ActionStatus.OPEN
    list_action = tracked["Start a 'tomorrow's discharges' list at the evening board round"]
    assert list_action.status == ActionStatus.CARRIED_FORWARD
    assert list_action.comment == "Two wards so far"
    fourth = services.meetings.open_for_event(meetings[3].id)
    assert [i.action.id for i in services.actions.report_back(fourth.id, amira)] == [list_action.id]
