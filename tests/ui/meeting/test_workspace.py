"""A facilitator runs set meetings in the workspace: attendance, bids, timer, notes, actions."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, QPoint, Qt, QTime
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QSpinBox, QToolButton

from alsdesk.services.actions import ActionDraft, ActionStatus
from alsdesk.services.airtime import Cue
from alsdesk.services.airtime_rounds import TurnState
from alsdesk.services.meeting_agenda import StepKind
from alsdesk.services.meetings import AttendanceStatus
from alsdesk.ui.meeting.autosave import DELAY_MS
from alsdesk.ui.meeting.workspace import AIRTIME_TAB, ATTENDANCE_TAB, BIDS_TAB
from tests.ui.conftest import activate, click, click_button
from tests.ui.meeting.helpers import (
    MEMBERS,
    attendance_button,
    person,
    run_meeting,
    saved_turns,
    tick,
)

# -- opening ----------------------------------------------------------------------------


def test_run_meeting_opens_the_workspace_at_check_in(qtbot, shown, meetings, screenshot):
    workspace = run_meeting(qtbot, shown, meetings[1])

    assert workspace.title.text() == "Set meeting 2: Cedar set"
    assert "Tuesday 27 October 2026, 09:30 to 16:30" in workspace.subtitle.text()
    first = workspace.steps.item(0)
    assert first.text().startswith("▶") and first.font().bold()
    assert not workspace.steps.item(1).text().startswith("▶")
    assert workspace.tabs.currentIndex() == ATTENDANCE_TAB
    screenshot(shown, "meeting_check_in")


def test_run_meeting_is_offered_only_for_set_meetings(qtbot, shown, services, cedar):
    schedule = shown.set_page.schedule
    workshop = services.schedule.list_events(cedar.id)[0]
    schedule._select(workshop.id)
    assert not schedule.run_action.isEnabled()


def test_next_step_moves_the_marker_and_the_panel(qtbot, shown, meetings, services):
    workspace = run_meeting(qtbot, shown, meetings[1])

    click(qtbot, workspace.next_step_button)

    assert workspace.tabs.currentIndex() == BIDS_TAB
    assert workspace.steps.item(1).text().startswith("▶")
    assert services.meetings.get(workspace.meeting.id).current.kind == StepKind.BIDS


def test_back_returns_to_the_schedule(qtbot, shown, meetings):
    workspace = run_meeting(qtbot, shown, meetings[1])
    click(qtbot, workspace.back_button)
    assert shown.stack.currentWidget() is shown.set_page
    assert shown.set_page.tabs.currentWidget() is shown.set_page.schedule


def test_back_builds_the_set_page_once(qtbot, shown, meetings, cedar):
    workspace = run_meeting(qtbot, shown, meetings[1])
    resets: list = []
    shown.set_page.members.model.modelReset.connect(lambda: resets.append(True))
    click(qtbot, workspace.back_button)
    assert len(resets) == 1
    assert shown.sets_panel.current_id() == cedar.id
    assert shown.set_page.action_set.id == cedar.id


# -- attendance -------------------------------------------------------------------------


def test_attendance_takes_one_click_per_member(qtbot, shown, meetings, services, cedar):
    workspace = run_meeting(qtbot, shown, meetings[1])
    amira, daniel = person(services, cedar, "Amira Hassan"), person(services, cedar, "Daniel Price")

    click(qtbot, attendance_button(workspace, amira, AttendanceStatus.PRESENT))
    click(qtbot, attendance_button(workspace, daniel, AttendanceStatus.APOLOGIES))

    marks = {m.full_name: m.status for m in services.meetings.attendance(workspace.meeting.id)}
    assert marks["Amira Hassan"] == AttendanceStatus.PRESENT
    assert marks["Daniel Price"] == AttendanceStatus.APOLOGIES
    assert marks["Grace Mensah"] is None
    assert "1 present · 1 apologies" in workspace.attendance.summary.text()

    click(qtbot, workspace.attendance.all_present)
    marks = {m.full_name: m.status for m in services.meetings.attendance(workspace.meeting.id)}
    assert marks["Grace Mensah"] == AttendanceStatus.PRESENT
    assert marks["Daniel Price"] == AttendanceStatus.APOLOGIES


def test_a_late_arrival_records_the_time_and_refuses_one_outside_the_meeting(
    qtbot, shown, meetings, services, cedar, clock
):
    clock.now = dt.datetime(2026, 10, 27, 10, 5)
    workspace = run_meeting(qtbot, shown, meetings[1])
    grace = person(services, cedar, "Grace Mensah")
    row = workspace.attendance.rows[grace]

    click(qtbot, row.buttons[AttendanceStatus.LATE])

    saved = {m.person_id: m for m in services.meetings.attendance(workspace.meeting.id)}
    assert saved[grace].status == AttendanceStatus.LATE
    assert saved[grace].late_at == dt.time(10, 5)
    assert row.late_time.isVisible()

    row.late_time.setTime(QTime(17, 15))  # after the meeting ended
    qtbot.waitUntil(lambda: row.error.text() != "", timeout=30_000)
    assert "after the meeting ended" in row.error.text()
    saved = {m.person_id: m for m in services.meetings.attendance(workspace.meeting.id)}
    assert saved[grace].late_at == dt.time(10, 5)  # the bad time was not saved

    row.late_time.setTime(QTime(10, 20))
    qtbot.waitUntil(lambda: row.error.text() == "", timeout=30_000)
    saved = {m.person_id: m for m in services.meetings.attendance(workspace.meeting.id)}
    assert saved[grace].late_at == dt.time(10, 20)


# -- bids ---------------------------------------------------------------------------------


def test_bids_get_a_fair_share_of_the_time_left(qtbot, shown, meetings, services, cedar, clock):
    clock.now = dt.datetime(2026, 10, 27, 10, 30)
    workspace = run_meeting(qtbot, shown, meetings[1])
    click(qtbot, workspace.attendance.all_present)
    workspace.tabs.setCurrentIndex(BIDS_TAB)
    bids = workspace.bids
    amira, daniel = person(services, cedar, "Amira Hassan"), person(services, cedar, "Daniel Price")

    # 10:30 to 16:30 is 360 min, less 60 min breaks and 30 min process review.
    assert "270 min" in bids.available.text()
    tick(qtbot, bids.rows[amira].bids)
    bids.rows[amira].asks.setFocus()
    bids.rows[amira].asks.selectAll()
    qtbot.keyClicks(bids.rows[amira].asks, "45")
    tick(qtbot, bids.rows[daniel].bids)
    qtbot.waitUntil(lambda: bids.rows[amira].proposed.text() == "45 min", timeout=30_000)
    # An open bid shares the rest, up to an hour.
    assert bids.rows[daniel].proposed.text() == "60 min"

    bids.breaks.setValue(240)  # long breaks leave less to share
    assert "90 min left" in bids.available.text()
    assert bids.rows[daniel].proposed.text() == "45 min"
    assert services.meetings.get(workspace.meeting.id).breaks_minutes == 240

    click(qtbot, bids.use_proposal)
    turns = saved_turns(services, workspace)
    assert turns["Amira Hassan"].planned_minutes == 45
    assert turns["Daniel Price"].planned_minutes == 45
    assert bids.order.count() == 2


def test_presenters_are_reordered_in_the_order_list(qtbot, shown, meetings, services, cedar):
    workspace = run_meeting(qtbot, shown, meetings[1])
    meeting_id = workspace.meeting.id
    for name in MEMBERS[:3]:
        services.airtime.bid(meeting_id, person(services, cedar, name))
    workspace.tabs.setCurrentIndex(BIDS_TAB)
    order = workspace.bids.order
    order.setCurrentRow(2)
    order.setFocus()

    qtbot.keyClick(order, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(order, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)

    names = [t.full_name for t in services.airtime.turns(meeting_id)]
    assert names == ["Grace Mensah", "Amira Hassan", "Daniel Price"]
    assert order.item(0).text().startswith("1. Grace Mensah")


MODIFIERS_FOR_STOP = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


# -- the timer ------------------------------------------------------------------------------


def test_the_countdown_runs_pauses_extends_and_cues(
    qtbot, shown, meetings, services, two_bidders, clock, screenshot
):
    workspace = run_meeting(qtbot, shown, meetings[1])
    workspace.tabs.setCurrentIndex(AIRTIME_TAB)
    airtime = workspace.airtime
    assert airtime.face.name.text() == "Amira Hassan"
    assert airtime.face.clock.text() == "30:00"

    click(qtbot, airtime.start_button)
    assert airtime.start_button.text() == "Pause"
    clock.advance(minutes=28, seconds=30)
    qtbot.waitUntil(lambda: airtime.face.clock.text() == "1:30", timeout=30_000)
    assert airtime.face.cue == Cue.TWO_MINUTES
    assert "Two minutes left" in airtime.face.cue_line.text()
    screenshot(shown, "meeting_timer_two_minutes")

    click(qtbot, airtime.start_button)  # pause
    clock.advance(minutes=10)
    airtime.tick()
    assert airtime.face.clock.text() == "1:30"
    assert airtime.start_button.text() == "Resume"

    click(qtbot, airtime.extend_button)
    assert airtime.face.clock.text() == "2:30"
    click(qtbot, airtime.start_button)  # resume
    clock.advance(minutes=3)
    qtbot.waitUntil(lambda: airtime.face.clock.text() == "-0:30", timeout=30_000)
    assert airtime.face.cue == Cue.OVER
    assert "Time is up" in airtime.face.cue_line.text()

    click(qtbot, airtime.next_button)
    turns = saved_turns(services, workspace)
    assert turns["Amira Hassan"].state == TurnState.DONE
    assert turns["Amira Hassan"].timer.used_before == pytest.approx(31.5 * 60)
    assert turns["Daniel Price"].state == TurnState.CURRENT
    qtbot.keyClick(airtime.face, Qt.Key.Key_Space)  # and again: pause
    assert not saved_turns(services, workspace)["Daniel Price"].timer.running
    assert airtime.face.name.text() == "Daniel Price"
    assert airtime.presenters.item(0).text().startswith("✓ 1. Amira Hassan")


def test_the_facilitator_takes_a_minute_off_or_sets_the_presenters_time(
    qtbot, shown, meetings, services, two_bidders, clock, on_modal
):
    workspace = run_meeting(qtbot, shown, meetings[1])
    workspace.tabs.setCurrentIndex(AIRTIME_TAB)
    airtime = workspace.airtime
    assert airtime.face.clock.text() == "30:00"

    click(qtbot, airtime.shorten_button)
    assert airtime.face.clock.text() == "29:00"
    timer = saved_turns(services, workspace)["Amira Hassan"].timer
    assert (timer.planned_seconds, timer.allowed_seconds) == (30 * 60, 29 * 60)

    def twelve_minutes(dialog):
        spin = dialog.findChild(QSpinBox)
        assert spin.value() == 29
        spin.selectAll()
        qtbot.keyClicks(spin, "12")
        click_button(qtbot, dialog, "OK")

    on_modal(twelve_minutes)
    click(qtbot, airtime.set_time_button)
    qtbot.waitUntil(lambda: airtime.face.clock.text() == "12:00", timeout=30_000)
    assert saved_turns(services, workspace)["Amira Hassan"].timer.allowed_seconds == 12 * 60

    click(qtbot, airtime.start_button)
    clock.advance(minutes=11, seconds=30)
    airtime.tick()
    for _ in range(15):  # never below a minute in all
        click(qtbot, airtime.shorten_button)
    assert saved_turns(services, workspace)["Amira Hassan"].timer.allowed_seconds == 60
    assert airtime.face.cue == Cue.OVER


def test_a_line_under_the_timer_says_when_airtime_ends_at_this_pace(
    qtbot, shown, meetings, services, two_bidders, clock
):
    workspace = run_meeting(qtbot, shown, meetings[1])
    workspace.tabs.setCurrentIndex(AIRTIME_TAB)
    airtime = workspace.airtime
    meeting = services.meetings.get(two_bidders.id)
    # 16:30 less breaks and review; 11:00 in London on 27 October (GMT) is 11:00 UTC.
    plan = dt.datetime.combine(meeting.date, meeting.end_time) - dt.timedelta(
        minutes=meeting.breaks_minutes + meeting.review_minutes
    )

    def expected(ends: dt.datetime) -> str:
        ahead = round((plan - ends).total_seconds() / 60)
        if ahead > 0:
            return f"At this pace airtime ends {ends:%H:%M}, {ahead} min ahead of the plan."
        return f"At this pace airtime ends {ends:%H:%M}, {-ahead} min behind the plan."

    eleven = dt.datetime(2026, 10, 27, 11, 0)
    assert airtime.pace.text() == expected(eleven + dt.timedelta(minutes=30 + 20))

    click(qtbot, airtime.start_button)
    clock.advance(minutes=10)
    airtime.tick()  # running to time: the end stays put
    assert airtime.pace.text() == expected(eleven + dt.timedelta(minutes=50))

    click(qtbot, airtime.start_button)  # paused for a long discussion
    clock.advance(hours=4)
    airtime.check_plan()
    late = eleven + dt.timedelta(hours=4, minutes=10 + 20 + 20)
    assert late > plan
    assert airtime.pace.text() == expected(late)
    assert "behind the plan" in airtime.pace.text()


def test_stop_the_set_marks_the_moment_and_the_line_that_follows(
    qtbot, shown, meetings, services, two_bidders, clock, on_modal
):
    workspace = run_meeting(qtbot, shown, meetings[1])
    review = workspace.review
    assert review.stops.item(0).text().startswith("No stops yet")

    def say_what_happened(dialog):
        assert "Stopped at 11:00" in dialog.labelText()
        qtbot.keyClicks(dialog.findChild(QLineEdit), "Advice creeping in")
        click_button(qtbot, dialog, "OK")

    on_modal(say_what_happened)
    click(qtbot, workspace.stop_button)
    qtbot.waitUntil(lambda: review.stops.count() == 1 and "Advice" in review.stops.item(0).text())
    assert review.stops.item(0).text() == "Stopped at 11:00: Advice creeping in"

    clock.advance(minutes=25)
    on_modal(lambda dialog: click_button(qtbot, dialog, "Cancel"))  # the mark stays, no line
    activate(qtbot, shown)  # back from the dialog
    workspace.steps.setFocus()
    qtbot.waitUntil(workspace.steps.hasFocus)
    qtbot.keyClick(workspace.steps, Qt.Key.Key_S, MODIFIERS_FOR_STOP)
    qtbot.waitUntil(lambda: review.stops.count() == 2)
    assert review.stops.item(1).text() == "Stopped at 11:25"
    saved = services.stops.stops(two_bidders.id)
    assert [(s.at, s.note) for s in saved] == [
        (dt.datetime(2026, 10, 27, 11, 0), "Advice creeping in"),
        (dt.datetime(2026, 10, 27, 11, 25), ""),
    ]

    workspace.tabs.setCurrentWidget(review)
    review.stops.setCurrentRow(1)
    click(qtbot, review.remove_stop_button)
    assert [s.note for s in services.stops.stops(two_bidders.id)] == ["Advice creeping in"]
    assert review.stops.count() == 1


def test_a_line_too_long_for_a_stop_is_asked_again_as_typed(
    qtbot, shown, meetings, services, two_bidders, on_modal
):
    workspace = run_meeting(qtbot, shown, meetings[1])
    too_long = "advice " * 40  # 280 characters

    def type_too_much(dialog):
        dialog.setTextValue(too_long)
        click_button(qtbot, dialog, "OK")

    def shorten_it(dialog):
        assert "200 characters" in dialog.labelText()
        assert dialog.textValue() == too_long  # nothing typed is lost
        dialog.setTextValue("Advice creeping in")
        click_button(qtbot, dialog, "OK")

    on_modal(type_too_much)
    on_modal(shorten_it)
    click(qtbot, workspace.stop_button)
    qtbot.waitUntil(lambda: bool(services.stops.stops(two_bidders.id)[0].note))
    assert [s.note for s in services.stops.stops(two_bidders.id)] == ["Advice creeping in"]


def test_a_running_timer_survives_closing_and_reopening_alsdesk(
    qtbot, make_window, cedar, meetings, services, two_bidders, clock
):
    first = make_window()
    first.sets_panel.reload(cedar.id)
    workspace = run_meeting(qtbot, first, meetings[1])
    workspace.tabs.setCurrentIndex(AIRTIME_TAB)
    click(qtbot, workspace.airtime.start_button)
    clock.advance(minutes=5)
    first.close()

    clock.advance(minutes=7)  # the laptop slept; alsdesk restarts
    second = make_window()

    assert second.stack.currentWidget() is second.meeting_page
    airtime = second.meeting_page.airtime
    second.meeting_page.tabs.setCurrentIndex(AIRTIME_TAB)
    assert airtime.face.name.text() == "Amira Hassan"
    assert airtime.face.clock.text() == "18:00"
    assert airtime.start_button.text() == "Pause"


def test_the_full_screen_view_follows_the_timer_and_closes_on_escape(
    qtbot, shown, meetings, services, two_bidders, clock
):
    workspace = run_meeting(qtbot, shown, meetings[1])
    workspace.tabs.setCurrentIndex(AIRTIME_TAB)
    airtime = workspace.airtime
    click(qtbot, airtime.present_button)
    view = airtime.presentation
    assert view is not None and view.isFullScreen()
    click(qtbot, airtime.start_button)
    clock.advance(minutes=1)
    qtbot.waitUntil(lambda: view.face.clock.text() == "29:00", timeout=30_000)
    assert view.face.name.text() == "Amira Hassan"

    qtbot.keyClick(view, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: airtime.presentation is None, timeout=30_000)


# -- notes and actions ---------------------------------------------------------------------


def test_notes_are_saved_within_a_second_without_a_save_button(
    qtbot, shown, meetings, services, two_bidders
):
    workspace = run_meeting(qtbot, shown, meetings[1])
    workspace.tabs.setCurrentIndex(AIRTIME_TAB)
    notes = workspace.airtime.notes
    notes.issue.setFocus()
    qtbot.keyClicks(notes.issue, "Discharges happen too late in the day")

    assert DELAY_MS < 1000
    qtbot.waitUntil(
        lambda: (
            saved_turns(services, workspace)["Amira Hassan"].issue
            == "Discharges happen too late in the day"
        ),
        timeout=30_000,
    )
    assert workspace.saved_label.text() == "All changes saved"


def test_closing_the_window_saves_what_was_just_typed(
    qtbot, shown, meetings, services, two_bidders
):
    workspace = run_meeting(qtbot, shown, meetings[1])
    workspace.tabs.setCurrentIndex(AIRTIME_TAB)
    notes = workspace.airtime.notes
    notes.key_questions.setFocus()
    qtbot.keyClicks(notes.key_questions, "Who decides when a patient is ready?")

    shown.close()  # at once, before the autosave delay

    assert saved_turns(services, workspace)["Amira Hassan"].key_questions == (
        "Who decides when a patient is ready?"
    )


def test_an_action_needs_text_and_a_due_date_after_the_meeting(
    qtbot, shown, meetings, services, two_bidders
):
    workspace = run_meeting(qtbot, shown, meetings[1])
    workspace.tabs.setCurrentIndex(AIRTIME_TAB)
    notes = workspace.airtime.notes
    assert notes.action_due.date() == QDate(2026, 12, 8)  # the next set meeting

    add_at = notes.add_button.mapTo(shown, QPoint())
    click(qtbot, notes.add_button)
    assert "Say what the action is" in notes.text_error.text()
    assert notes.add_button.mapTo(shown, QPoint()) == add_at  # the message had its room

    qtbot.keyClicks(notes.action_text, "Shadow the bed manager for a morning")
    notes.action_due.setDate(QDate(2026, 10, 1))
    click(qtbot, notes.add_button)
    assert "before the meeting" in notes.due_error.text()
    assert notes.add_button.mapTo(shown, QPoint()) == add_at
    assert services.actions.agreed_at(workspace.meeting.id) == []

    notes.action_due.setDate(QDate(2026, 11, 20))
    click(qtbot, notes.add_button)
    (action,) = services.actions.agreed_at(workspace.meeting.id)
    assert action.text == "Shadow the bed manager for a morning"
    assert action.owner_name == "Amira Hassan"
    assert action.due_date == dt.date(2026, 11, 20)
    assert notes.text_error.text() == "" and notes.due_error.text() == ""
    assert notes.action_text.text() == ""
    shown_rows = [w.text() for w in notes.findChildren(QLabel) if "Shadow the bed" in w.text()]
    assert shown_rows and "due 20 Nov 2026" in shown_rows[0]

    remove = next(b for b in notes.findChildren(QToolButton) if b.objectName() == "remove_action")
    click(qtbot, remove)
    assert services.actions.agreed_at(workspace.meeting.id) == []


def test_report_back_shows_earlier_actions_and_carries_them_forward(
    qtbot, shown, meetings, services, cedar, two_bidders, clock
):
    amira = person(services, cedar, "Amira Hassan")
    earlier = services.actions.add(
        two_bidders.id, ActionDraft(amira, "Map the discharge process", dt.date(2026, 12, 8))
    )
    clock.now = dt.datetime(2026, 12, 8, 10, 0)
    third = services.meetings.open_for_event(meetings[2].id)
    services.airtime.bid(third.id, amira, 30)

    workspace = run_meeting(qtbot, shown, meetings[2])
    workspace.tabs.setCurrentIndex(AIRTIME_TAB)
    notes = workspace.airtime.notes
    status = notes.findChild(object, f"review_status_{earlier.id}")
    comment = notes.findChild(object, f"review_comment_{earlier.id}")
    assert status.currentText() == "Not reported yet"
    assert not comment.isEnabled()

    status.setCurrentIndex(status.findData(ActionStatus.CARRIED_FORWARD))
    comment.setFocus()
    qtbot.keyClicks(comment, "Half the wards mapped")
    qtbot.waitUntil(
        lambda: services.actions.get(earlier.id).comment == "Half the wards mapped", timeout=30_000
    )
    assert services.actions.get(earlier.id).status == ActionStatus.CARRIED_FORWARD

    fourth = services.meetings.open_for_event(meetings[3].id)
    (again,) = services.actions.report_back(fourth.id, amira)
    assert again.action.text == "Map the discharge process"
    QApplication.processEvents()


# -- the agenda -----------------------------------------------------------------------------


def test_a_set_changes_its_agenda_for_this_and_future_meetings(
    qtbot, shown, meetings, services, on_modal
):
    workspace = run_meeting(qtbot, shown, meetings[1])

    def edit(dialog):
        table = dialog.table
        table.setCurrentCell(0, 0)
        click_button(qtbot, dialog, "Add step")
        table.item(1, 0).setText("Ground rules revisited")
        click_button(qtbot, dialog, "Move up")
        assert table.item(0, 0).text() == "Ground rules revisited"
        dialog.for_set.setChecked(True)
        click_button(qtbot, dialog, "OK")

    on_modal(edit)
    click(qtbot, workspace.agenda_button)

    titles = [workspace.steps.item(i).text().strip(" ▶") for i in range(workspace.steps.count())]
    assert titles[:2] == ["Ground rules revisited", "Check-in"]
    assert len(titles) == 6
    later = services.meetings.open_for_event(meetings[2].id)
    assert [s.title for s in later.agenda][:2] == ["Ground rules revisited", "Check-in"]


def test_an_agenda_step_without_a_title_is_refused_in_the_dialog(
    qtbot, shown, meetings, services, on_modal
):
    workspace = run_meeting(qtbot, shown, meetings[1])
    seen = {}

    def edit(dialog):
        dialog.table.item(2, 0).setText("   ")
        click_button(qtbot, dialog, "OK")
        seen["visible"] = dialog.isVisible()
        seen["error"] = dialog.findChild(QLabel, "error_steps").text()

    on_modal(edit)
    click(qtbot, workspace.agenda_button)

    assert seen == {"visible": True, "error": "Every step needs a title."}
    assert services.meetings.get(workspace.meeting.id).agenda[2].title == "Airtime rounds"


def test_a_former_member_shows_in_the_attendance_they_had_but_cannot_be_marked(
    qtbot, shown, meetings, services, cedar
):
    meeting = services.meetings.open_for_event(meetings[1].id)
    grace = person(services, cedar, "Grace Mensah")
    services.meetings.mark(meeting.id, grace, AttendanceStatus.PRESENT)
    services.members.remove(cedar.id, grace)

    workspace = run_meeting(qtbot, shown, meetings[1])

    row = workspace.attendance.rows[grace]
    assert not row.isEnabled()
    assert row.buttons[AttendanceStatus.PRESENT].isChecked()
    click(qtbot, workspace.attendance.all_present)
    assert grace not in workspace.bids.rows


# -- review findings ----------------------------------------------------------------------


def test_the_time_is_up_cue_paints_a_red_background(
    qtbot, shown, meetings, services, two_bidders, clock
):
    workspace = run_meeting(qtbot, shown, meetings[1])
    workspace.tabs.setCurrentIndex(AIRTIME_TAB)
    airtime = workspace.airtime
    click(qtbot, airtime.start_button)
    clock.advance(minutes=31)
    airtime.tick()

    corner = airtime.face.grab().toImage().pixelColor(4, 4)
    assert corner.name() == "#b42318"


def test_the_clock_stays_on_the_presenter_while_another_is_selected(
    qtbot, shown, meetings, services, two_bidders, clock
):
    workspace = run_meeting(qtbot, shown, meetings[1])
    workspace.tabs.setCurrentIndex(AIRTIME_TAB)
    airtime = workspace.airtime
    click(qtbot, airtime.start_button)  # Amira has the floor
    clock.advance(minutes=5)

    airtime.presenters.setCurrentRow(1)  # look at Daniel's notes
    airtime.tick()

    assert airtime.notes.turn.full_name == "Daniel Price"
    assert airtime.face.name.text() == "Amira Hassan"
    assert airtime.face.clock.text() == "25:00"
    assert airtime.start_button.text() == "Pause"


def test_space_after_clicking_next_presenter_starts_the_new_presenter(
    qtbot, shown, meetings, services, two_bidders, clock
):
    workspace = run_meeting(qtbot, shown, meetings[1])
    workspace.tabs.setCurrentIndex(AIRTIME_TAB)
    airtime = workspace.airtime
    click(qtbot, airtime.start_button)
    clock.advance(minutes=30)
    click(qtbot, airtime.next_button)
    assert airtime.face.name.text() == "Daniel Price"

    assert not airtime.next_button.hasFocus()
    activate(qtbot, shown)
    airtime.face.setFocus()
    qtbot.keyClick(airtime.face, Qt.Key.Key_Space)

    turns = saved_turns(services, workspace)
    assert turns["Daniel Price"].timer.running
    assert turns["Daniel Price"].state == TurnState.CURRENT


def test_undo_is_off_inside_a_meeting(qtbot, shown, meetings, services, cedar):
    shown.editor.set_archived(cedar, False)  # something on the undo stack
    shown.editor.undo_stack.clear()
    shown.editor.edit_set(cedar, cedar.draft())
    workspace = run_meeting(qtbot, shown, meetings[1])
    assert not shown.undo_action.isVisible()

    activate(qtbot, shown)
    workspace.attendance.summary.setFocus()
    qtbot.keyClick(shown, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)

    assert shown.stack.currentWidget() is workspace
    assert shown.editor.undo_stack.canUndo()  # nothing was undone
    click(qtbot, workspace.back_button)
    assert shown.undo_action.isVisible()


def test_a_refused_late_time_does_not_claim_to_be_saved(
    qtbot, shown, meetings, services, cedar, clock
):
    clock.now = dt.datetime(2026, 10, 27, 10, 5)
    workspace = run_meeting(qtbot, shown, meetings[1])
    row = workspace.attendance.rows[person(services, cedar, "Grace Mensah")]
    click(qtbot, row.buttons[AttendanceStatus.LATE])
    row.late_time.setTime(QTime(8, 0))
    qtbot.waitUntil(lambda: row.error.text() != "", timeout=30_000)
    assert workspace.saved_label.text().startswith("Not saved")


def test_leaving_the_airtime_rounds_offers_to_end_a_running_clock(
    qtbot, shown, meetings, services, two_bidders, clock, on_modal
):
    workspace = run_meeting(qtbot, shown, meetings[1])
    workspace.go_to_step(2)  # airtime rounds
    click(qtbot, workspace.airtime.start_button)
    clock.advance(minutes=12)
    seen = {}

    def end(box):
        seen["text"] = box.text()
        click_button(qtbot, box, "End airtime")

    on_modal(end)
    click(qtbot, workspace.next_step_button)  # to process review

    assert "Amira Hassan's airtime is still running" in seen["text"]
    amira = saved_turns(services, workspace)["Amira Hassan"]
    assert amira.state == TurnState.DONE and not amira.timer.running
    assert amira.timer.used_before == pytest.approx(12 * 60)


def test_someone_away_cannot_bid_and_the_share_and_an_overrun_are_spelled_out(
    qtbot, shown, meetings, services, cedar, clock
):
    clock.now = dt.datetime(2026, 10, 27, 14, 0)
    workspace = run_meeting(qtbot, shown, meetings[1])
    amira, daniel, grace, tomasz = (person(services, cedar, name) for name in MEMBERS)
    services.airtime.bid(workspace.meeting.id, grace, 20)
    click(qtbot, attendance_button(workspace, grace, AttendanceStatus.ABSENT))
    click(qtbot, attendance_button(workspace, tomasz, AttendanceStatus.APOLOGIES))
    click(qtbot, workspace.attendance.all_present)
    workspace.tabs.setCurrentIndex(BIDS_TAB)
    bids = workspace.bids

    for away in (grace, tomasz):  # Grace's bid went when she was marked absent
        assert not bids.rows[away].bids.isEnabled() and not bids.rows[away].bids.isChecked()
        assert bids.rows[away].proposed.text() == "–"
    assert bids.rows[grace].name.text() == "Grace Mensah (absent)"
    assert bids.order.count() == 0

    # 14:00 to 16:30 less 60 min breaks and 30 min review leaves 60 min; asks of 99 and 10.
    services.airtime.bid(workspace.meeting.id, amira, 99)
    services.airtime.bid(workspace.meeting.id, daniel, 10)
    bids.refresh()
    assert bids.rows[amira].proposed.text() == "50 min"
    assert bids.rows[daniel].proposed.text() == "10 min"  # the small ask in full
    assert bids.sharing.text() == (
        "Asks 109 min for 60 min left: asks over 50 min trimmed to 50 min, smaller ones in full."
    )
    # Planned follows the asks until the set agrees a plan: 109 min against 60 min.
    assert bids.plan_warning.text() == "Planned 109 min: 49 min more than the 60 min left."

    click(qtbot, bids.use_proposal)
    assert bids.plan_warning.text() == ""
