"""Every member present reports back, and the presenter's record says whose it is.

Meeting 2 of Cedar set (Tue 27 Oct 2026) hears back on what was agreed at
meeting 1; Amira and Daniel bid for airtime, Grace attends without presenting.
"""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, QSize, Qt
from PySide6.QtWidgets import QComboBox, QGroupBox, QLabel, QToolButton

from alsdesk.services.actions import ActionDraft, ActionStatus, completion_rate
from alsdesk.services.airtime_rounds import TurnState
from alsdesk.services.meetings import AttendanceStatus
from alsdesk.ui.meeting.workspace import AIRTIME_TAB, REPORT_BACK_TAB, REVIEW_TAB
from tests.ui.conftest import click, click_button, positions
from tests.ui.meeting.helpers import person, run_meeting, saved_turns

MEETING_3 = dt.date(2026, 12, 8)
SIZES = [(1024, 768), (1366, 768)]


def choose(qtbot, combo: QComboBox, text: str) -> None:
    """Open the combo's list with a click, move down to ``text`` and press Enter."""
    row = combo.findText(text)
    assert row >= 0, f"no {text!r} in {combo.objectName()}"
    click(qtbot, combo)
    popup = combo.view()
    qtbot.waitUntil(popup.isVisible, timeout=30_000)
    qtbot.keyClick(popup, Qt.Key.Key_Home)
    for _ in range(row):
        qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not popup.isVisible(), timeout=30_000)
    assert combo.currentText() == text


@pytest.fixture
def earlier_actions(services, cedar, meetings, two_bidders):
    """Meeting 1's actions: Grace's and Tomasz's, due at meeting 2; Grace is here, Tomasz not."""
    first = services.meetings.open_for_event(meetings[0].id)
    grace, tomasz = person(services, cedar, "Grace Mensah"), person(services, cedar, "Tomasz Nowak")
    due = meetings[1].date
    graces = services.actions.add(first.id, ActionDraft(grace, "Meet both practice managers", due))
    services.actions.add(first.id, ActionDraft(tomasz, "Audit a month of missed doses", due))
    services.meetings.mark(two_bidders.id, grace, AttendanceStatus.PRESENT)
    services.meetings.mark(two_bidders.id, tomasz, AttendanceStatus.APOLOGIES)
    return graces


def open_report_back(qtbot, window, event, size):
    window.resize(*size)
    qtbot.waitUntil(lambda: window.size() == QSize(*size), timeout=30_000)
    workspace = run_meeting(qtbot, window, event)
    workspace.tabs.tabBar().setCurrentIndex(REPORT_BACK_TAB)
    assert workspace.tabs.currentWidget() is workspace.report_back
    return workspace


@pytest.mark.parametrize("size", SIZES)
def test_a_member_who_does_not_present_reports_back_and_the_rate_counts_it(
    qtbot, shown, meetings, services, cedar, earlier_actions, size, screenshot
):
    workspace = open_report_back(qtbot, shown, meetings[1], size)
    panel = workspace.report_back
    positions(shown, [])  # the rows just built are shown
    boxes = [b.title() for b in panel.findChildren(QGroupBox) if b.isVisible()]
    assert boxes == ["Grace Mensah"]  # those present with something to report
    hints = [w.text() for w in panel.findChildren(QLabel) if w.isVisible()]
    assert "No earlier actions to report back on: Amira Hassan, Daniel Price." in hints
    assert panel.summary.text() == "0 of 1 earlier actions reported back on."
    away = [w.text() for w in panel.findChildren(QLabel) if w.isVisible()]
    assert any("Away today: Tomasz Nowak" in text for text in away)
    assert completion_rate(services.actions.tracker(cedar.id)) is None

    row = panel.rows[earlier_actions.id]
    before = positions(shown, [row.status, row.comment, row.carry])
    choose(qtbot, row.status, "Partly done")
    row.comment.setFocus()
    qtbot.keyClicks(row.comment, "One of the two met")
    qtbot.waitUntil(
        lambda: services.actions.get(earlier_actions.id).comment == "One of the two met",
        timeout=30_000,
    )

    assert services.actions.get(earlier_actions.id).status == ActionStatus.PARTLY_DONE
    assert completion_rate(services.actions.tracker(cedar.id)) == 0.5
    assert panel.summary.text() == "1 of 1 earlier actions reported back on."
    assert positions(shown, [row.status, row.comment, row.carry]) == before
    assert row.comment.visibleRegion().boundingRect().width() > 150  # room to write
    screenshot(shown, f"report-back-step-{size[0]}x{size[1]}")


def test_carried_forward_is_due_at_the_next_meeting_or_the_day_chosen(
    qtbot, shown, meetings, services, cedar, earlier_actions
):
    workspace = open_report_back(qtbot, shown, meetings[1], (1024, 768))
    row = workspace.report_back.rows[earlier_actions.id]
    assert not row.carry.isEnabled()

    choose(qtbot, row.status, "Carried forward")

    assert row.carry.isEnabled()
    assert row.carry.date() == QDate(2026, 12, 8)  # meeting 3
    carried = services.actions.get(earlier_actions.id)
    assert (carried.status, carried.due_date) == (ActionStatus.CARRIED_FORWARD, MEETING_3)
    assert not carried.overdue(meetings[1].date + dt.timedelta(days=1))

    row.carry.setFocus()
    row.carry.selectAll()
    qtbot.keyClicks(row.carry, "15/12/26")
    qtbot.keyClick(row.carry, Qt.Key.Key_Tab)
    qtbot.waitUntil(
        lambda: services.actions.get(earlier_actions.id).due_date == dt.date(2026, 12, 15),
        timeout=30_000,
    )
    (was,) = services.actions.get(earlier_actions.id).history
    assert (was.due_date, was.carried) == (meetings[1].date, True)

    row.carry.setFocus()
    row.carry.selectAll()
    qtbot.keyClicks(row.carry, "the week after")
    qtbot.keyClick(row.carry, Qt.Key.Key_Tab)
    assert row.error.text() != ""  # said at the field; the date saved stays
    row.comment.setFocus()
    qtbot.keyClicks(row.comment, "Booked")
    qtbot.waitUntil(
        lambda: services.actions.get(earlier_actions.id).comment == "Booked", timeout=30_000
    )
    assert services.actions.get(earlier_actions.id).due_date == dt.date(2026, 12, 15)

    choose(qtbot, row.status, "Done")  # changed their mind: the old due date comes back
    qtbot.waitUntil(
        lambda: services.actions.get(earlier_actions.id).status == ActionStatus.DONE,
        timeout=30_000,
    )
    assert services.actions.get(earlier_actions.id).due_date == meetings[1].date
    assert not row.carry.isEnabled()


def test_a_presenters_report_back_shows_in_the_report_back_step(
    qtbot, shown, meetings, services, cedar, two_bidders
):
    amira = person(services, cedar, "Amira Hassan")
    first = services.meetings.open_for_event(meetings[0].id)
    action = services.actions.add(first.id, ActionDraft(amira, "Map the discharge process"))
    workspace = open_report_back(qtbot, shown, meetings[1], (1024, 768))
    workspace.tabs.setCurrentIndex(AIRTIME_TAB)
    status = workspace.airtime.notes.findChild(QComboBox, f"review_status_{action.id}")
    choose(qtbot, status, "Done")

    workspace.tabs.setCurrentIndex(REPORT_BACK_TAB)

    assert workspace.report_back.rows[action.id].status.currentText() == "Done"


# -- whose notes ---------------------------------------------------------------------------


def test_the_notes_say_whose_they_are_and_another_presenters_need_unlocking(
    qtbot, shown, meetings, services, two_bidders, screenshot
):
    shown.resize(1024, 768)
    workspace = run_meeting(qtbot, shown, meetings[1])
    workspace.tabs.setCurrentIndex(AIRTIME_TAB)
    airtime, notes = workspace.airtime, workspace.airtime.notes
    click(qtbot, airtime.start_button)  # Amira has the floor
    assert notes.whose.text() == "Notes for Amira Hassan"
    assert notes.whose_note.text() == "On the clock now."
    assert not notes.locked

    airtime.presenters.setCurrentRow(1)  # a look at Daniel's record

    assert notes.whose.text() == "Notes for Daniel Price"
    assert notes.whose_note.text() == "Amira Hassan has the floor: these notes are locked."
    assert notes.locked and not notes.issue.isEnabled()
    assert notes.unlock_button.isVisible()
    assert notes.unlock_button.text() == "Edit Daniel Price's notes"
    positions(shown, [])
    screenshot(shown, "notes-of-another-presenter-locked-1024x768")
    bar = airtime.notes_scroll.verticalScrollBar()
    bar.setValue(bar.maximum())  # down at the action form, it still says whose record
    assert bar.value() > 0
    assert notes.whose.visibleRegion().boundingRect().height() > 0
    qtbot.keyClicks(notes.issue, "typed into the wrong record")
    assert notes.issue.text() == ""

    click(qtbot, notes.unlock_button)  # the deliberate step
    assert not notes.locked and notes.issue.hasFocus()
    assert notes.whose_note.text() == "Amira Hassan has the floor: you are editing these notes."
    qtbot.keyClicks(notes.issue, "Triage calls wait too long")
    qtbot.waitUntil(
        lambda: (
            saved_turns(services, workspace)["Daniel Price"].issue == "Triage calls wait too long"
        ),
        timeout=30_000,
    )
    assert saved_turns(services, workspace)["Amira Hassan"].issue == ""

    airtime.presenters.setCurrentRow(0)
    airtime.presenters.setCurrentRow(1)
    assert notes.locked  # unlocked for that one visit only
    shown.resize(1366, 768)
    qtbot.waitUntil(lambda: shown.size() == QSize(1366, 768), timeout=30_000)
    positions(shown, [])
    screenshot(shown, "notes-of-another-presenter-locked-1366x768")


def test_an_issue_written_after_the_last_airtime_shows_when_the_presenter_is_chosen_again(
    qtbot, shown, meetings, services, two_bidders, clock
):
    workspace = run_meeting(qtbot, shown, meetings[1])
    workspace.tabs.setCurrentIndex(AIRTIME_TAB)
    airtime, notes = workspace.airtime, workspace.airtime.notes
    click(qtbot, airtime.start_button)
    clock.advance(minutes=30)
    click(qtbot, airtime.next_button)  # on to Daniel
    click(qtbot, airtime.start_button)
    clock.advance(minutes=20)
    assert airtime.next_button.text() == "End airtime"
    click(qtbot, airtime.next_button)
    assert saved_turns(services, workspace)["Daniel Price"].state == TurnState.DONE

    notes.issue.setFocus()  # written up once the round is over
    qtbot.keyClicks(notes.issue, "Triage calls wait too long")
    qtbot.waitUntil(
        lambda: (
            saved_turns(services, workspace)["Daniel Price"].issue == "Triage calls wait too long"
        ),
        timeout=30_000,
    )
    assert not notes.locked  # nobody has the floor now

    airtime.presenters.setCurrentRow(0)
    airtime.presenters.setCurrentRow(1)

    assert notes.whose.text() == "Notes for Daniel Price"
    assert notes.issue.text() == "Triage calls wait too long"
    notes.key_questions.setFocus()
    qtbot.keyClicks(notes.key_questions, "Who decides?")
    qtbot.waitUntil(
        lambda: saved_turns(services, workspace)["Daniel Price"].key_questions == "Who decides?",
        timeout=30_000,
    )
    assert saved_turns(services, workspace)["Daniel Price"].issue == "Triage calls wait too long"


def test_the_close_names_who_has_not_reported_back_yet(
    qtbot, shown, meetings, services, cedar, earlier_actions
):
    workspace = open_report_back(qtbot, shown, meetings[1], (1024, 768))
    workspace.tabs.setCurrentIndex(REVIEW_TAB)
    assert workspace.review.unreported.text() == (
        "Not reported back yet: Grace Mensah (1). See the Report-back tab."
    )

    workspace.tabs.setCurrentIndex(REPORT_BACK_TAB)
    choose(qtbot, workspace.report_back.rows[earlier_actions.id].status, "Done")
    workspace.tabs.setCurrentIndex(REVIEW_TAB)

    assert workspace.review.unreported.text() == ""


def test_an_action_agreed_today_is_changed_from_the_presenters_record(
    qtbot, shown, meetings, services, cedar, two_bidders, on_modal
):
    amira = person(services, cedar, "Amira Hassan")
    agreed = services.actions.add(two_bidders.id, ActionDraft(amira, "Shadow the bed manger"))
    workspace = run_meeting(qtbot, shown, meetings[1])
    workspace.tabs.setCurrentIndex(AIRTIME_TAB)
    notes = workspace.airtime.notes
    edit = next(
        b for b in notes.findChildren(QToolButton) if b.objectName() == "edit_agreed_action"
    )

    def fix(dialog) -> None:
        dialog.field("text").setFocus()
        dialog.field("text").selectAll()
        qtbot.keyClicks(dialog.field("text"), "Shadow the bed manager")
        choose(qtbot, dialog.field("owner_id"), "Grace Mensah")
        click_button(qtbot, dialog, "OK")

    on_modal(fix, leave_open=True)
    click(qtbot, edit)

    fixed = services.actions.get(agreed.id)
    assert (fixed.text, fixed.owner_name, fixed.history) == (
        "Shadow the bed manager",
        "Grace Mensah",
        (),  # nobody had reported back on it: a correction, not a change of plan
    )
    positions(shown, [])
    shown_rows = [
        w.text()
        for w in notes.findChildren(QLabel)
        if "Shadow the bed" in w.text() and w.isVisible()
    ]
    assert len(shown_rows) == 1 and "Grace Mensah" in shown_rows[0]  # still in Amira's record
