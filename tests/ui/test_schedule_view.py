"""A facilitator lays out and edits a set's year, and shares it as a calendar."""

from __future__ import annotations

import datetime as dt

import pytest
from icalendar import Calendar
from PySide6.QtCore import QDate, QPoint, Qt, QTime
from PySide6.QtWidgets import QFileDialog

from alsdesk.services.meetings import AttendanceStatus
from alsdesk.services.regenerate import Regenerate
from alsdesk.services.schedule import EventDraft, EventKind
from alsdesk.ui.sets.agenda_model import CHECK, DATE, EVENT, NEXT_BACKGROUND, TIME, WARNING_TEXT
from tests.ui.conftest import TODAY, click_button, positions, type_into


@pytest.fixture
def cedar(window, make_set):
    action_set = make_set("Cedar set", start_date=dt.date(2026, 9, 14))
    window.sets_panel.reload(action_set.id)
    window.set_page.tabs.setCurrentWidget(window.set_page.schedule)
    return action_set


def choose(qtbot, radio):
    """Click a radio button on its circle (its middle may lie beyond the label)."""
    qtbot.mouseClick(radio, Qt.MouseButton.LeftButton, pos=QPoint(8, radio.height() // 2))
    assert radio.isChecked()


def _rows(model):
    """(month title, [event titles]) for every month in the agenda."""
    result = []
    for month_row in range(model.rowCount()):
        month = model.index(month_row, 0)
        titles = [model.index(r, EVENT, month).data() for r in range(model.rowCount(month))]
        result.append((month.data(), titles))
    return result


def test_facilitator_generates_the_programme_with_four_week_spacing(
    qtbot, window, cedar, services, on_modal, screenshot
):
    seen = {}

    def fill(dialog):
        assert dialog.start.date() == QDate(2026, 9, 14)
        dialog.spacing.selectAll()
        qtbot.keyClicks(dialog.spacing, "4")
        seen["preview"] = [dialog.preview.item(i).text() for i in range(dialog.preview.count())]
        screenshot(dialog, "generate-dialog")
        click_button(qtbot, dialog, "Generate")

    on_modal(fill)
    window.set_page.schedule.generate_action.trigger()

    events = services.schedule.list_events(cedar.id)
    assert len(events) == 11 == len(seen["preview"])
    assert seen["preview"][0] == "Mon 14 Sep 2026, 09:30: Opening workshop, day 1"
    meetings = [e for e in events if e.kind == EventKind.SET_MEETING]
    assert meetings[1].date - meetings[0].date == dt.timedelta(weeks=4)
    assert window.set_page.schedule.model.event_count() == 11
    assert _rows(window.set_page.schedule.model)[0] == (
        "September 2026",
        ["Opening workshop, day 1", "Opening workshop, day 2", "Set meeting 1"],
    )
    screenshot(window, "schedule-generated")

    window.undo_action.trigger()
    assert services.schedule.list_events(cedar.id) == []
    assert window.set_page.schedule.empty.currentWidget() is window.set_page.schedule.empty.hint


def test_the_agenda_dims_the_past_and_highlights_the_next_event(qtbot, window, cedar, services):
    services.schedule.generate_default(cedar.id, dt.date(2026, 9, 14))
    window.sets_panel.reload(cedar.id)
    model = window.set_page.schedule.model

    past = model.index_of_event(services.schedule.list_events(cedar.id)[0].id)
    upcoming = model.next_event_index()
    assert past.data(Qt.ItemDataRole.ForegroundRole) is not None
    assert upcoming.isValid()
    event = upcoming.data(Qt.ItemDataRole.UserRole + 1)
    assert event.date >= TODAY
    assert all(
        e.date < TODAY for e in services.schedule.list_events(cedar.id) if e.date < event.date
    )
    assert upcoming.data(Qt.ItemDataRole.BackgroundRole).color() == NEXT_BACKGROUND
    assert upcoming.data(Qt.ItemDataRole.FontRole).bold()
    assert model.index(upcoming.row(), CHECK, upcoming.parent()).data() == "● Next"
    assert window.set_page.details.next_event.text().endswith(
        f"{event.title}, Education Centre, Room 2"
    )


def test_an_event_ending_before_it_starts_is_refused(qtbot, window, cedar, services, on_modal):
    seen = {}

    def fill(dialog):
        type_into(qtbot, dialog, "title", "Tutor contact")
        dialog.start_time.setTime(QTime(14, 0))
        dialog.has_end.setChecked(True)
        dialog.end_time.setTime(QTime(13, 0))
        click_button(qtbot, dialog, "OK")
        seen["error"] = dialog.error_text("end_time")

    on_modal(fill)
    window.set_page.schedule.add_action.trigger()

    assert seen["error"] == "The end (13:00) must be after the start (14:00)."
    assert services.schedule.list_events(cedar.id) == []


def test_a_saturday_event_is_flagged_in_the_dialog_and_the_agenda(
    qtbot, window, cedar, services, on_modal, screenshot
):
    seen = {}

    def fill(dialog):
        type_into(qtbot, dialog, "title", "Assignment clinic")
        dialog.date.setDate(QDate(2027, 1, 15))  # a Friday: no flag
        below = positions(dialog, [dialog.all_day, dialog.field("title")])
        dialog.date.setDate(QDate(2027, 1, 16))
        seen["flag"] = dialog.flags.text()
        seen["moved"] = positions(dialog, [dialog.all_day, dialog.field("title")]) != below
        screenshot(dialog, "event-dialog-saturday")
        click_button(qtbot, dialog, "OK")

    on_modal(fill)
    window.set_page.schedule.add_action.trigger()

    assert seen["flag"] == "⚠ Saturday (weekend)"
    assert not seen["moved"]  # the flag had its line
    [event] = services.schedule.list_events(cedar.id)
    index = window.set_page.schedule.model.index_of_event(event.id)
    check = index.sibling(index.row(), CHECK).data()
    assert "Saturday (weekend)" in check
    assert index.sibling(index.row(), DATE).data() == "Sat 16 Jan"
    assert index.sibling(index.row(), TIME).data() == "09:30–16:30"


def test_cancelled_events_stay_struck_through_and_can_be_reinstated(qtbot, window, cedar, services):
    event = services.schedule.add(
        cedar.id, EventDraft(EventKind.SET_MEETING, "Set meeting 3", dt.date(2027, 1, 12))
    )
    window.sets_panel.reload(cedar.id)
    view = window.set_page.schedule
    view.tree.setCurrentIndex(view.model.index_of_event(event.id))
    assert view.cancel_action.text() == "Cancel event"

    view.cancel_action.trigger()

    assert services.schedule.get(event.id).cancelled
    index = view.model.index_of_event(event.id)
    assert index.sibling(index.row(), EVENT).data(Qt.ItemDataRole.FontRole).strikeOut()
    assert "Cancelled" in index.sibling(index.row(), CHECK).data()
    assert view.cancel_action.text() == "Reinstate event"
    view.cancel_action.trigger()
    assert not services.schedule.get(event.id).cancelled


def test_moving_an_event_to_another_date_keeps_its_calendar_identity(
    qtbot, window, cedar, services, on_modal
):
    event = services.schedule.add(
        cedar.id, EventDraft(EventKind.SET_MEETING, "Set meeting 3", dt.date(2027, 1, 12))
    )
    window.sets_panel.reload(cedar.id)
    view = window.set_page.schedule
    view.tree.setCurrentIndex(view.model.index_of_event(event.id))

    def move(dialog):
        dialog.date.setDate(QDate(2027, 1, 19))
        click_button(qtbot, dialog, "OK")

    on_modal(move)
    view.tree.setFocus()
    qtbot.keyClick(view.tree, Qt.Key.Key_Return)

    moved = services.schedule.get(event.id)
    assert moved.date == dt.date(2027, 1, 19)
    assert moved.uid == event.uid
    assert moved.sequence == event.sequence + 1


def test_deleting_events_asks_first_and_can_be_undone(qtbot, window, cedar, services, on_modal):
    services.schedule.generate_default(cedar.id, dt.date(2026, 9, 14))
    window.sets_panel.reload(cedar.id)
    view = window.set_page.schedule
    first = services.schedule.list_events(cedar.id)[0]
    view.tree.setCurrentIndex(view.model.index_of_event(first.id))

    on_modal(lambda box: click_button(qtbot, box, "Delete"))
    view.tree.setFocus()
    qtbot.keyClick(view.tree, Qt.Key.Key_Delete)

    assert len(services.schedule.list_events(cedar.id)) == 10
    window.undo_action.trigger()
    restored = services.schedule.list_events(cedar.id)
    assert len(restored) == 11
    assert restored[0].uid == first.uid


def test_exporting_the_calendar_writes_an_ics_in_the_background(
    qtbot, window, cedar, services, tmp_path, monkeypatch
):
    services.schedule.generate_default(cedar.id, dt.date(2026, 9, 14))
    window.sets_panel.reload(cedar.id)
    target = tmp_path / "cedar"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(target), ""))

    window.export_ics_action.trigger()
    qtbot.waitUntil(lambda: "Exported to" in window.statusBar().currentMessage(), timeout=30_000)

    calendar = Calendar.from_ical((tmp_path / "cedar.ics").read_bytes())
    uids = {str(event["UID"]) for event in calendar.walk("VEVENT")}
    assert uids == {e.uid for e in services.schedule.list_events(cedar.id)}
    assert str(tmp_path / "cedar.ics") in window.statusBar().currentMessage()


def test_printing_the_schedule_writes_a_pdf(qtbot, window, cedar, services, tmp_path, monkeypatch):
    from pypdf import PdfReader

    services.schedule.generate_default(cedar.id, dt.date(2026, 9, 14))
    window.sets_panel.reload(cedar.id)
    target = tmp_path / "cedar.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(target), ""))

    window.export_pdf_action.trigger()
    qtbot.waitUntil(lambda: "Exported to" in window.statusBar().currentMessage(), timeout=30_000)

    text = "\n".join(page.extract_text() for page in PdfReader(target).pages)
    assert "Cedar set" in text
    assert "Set meeting 7 (final)" in text


def test_an_export_that_cannot_be_written_says_so(
    qtbot, window, cedar, tmp_path, monkeypatch, on_modal
):
    target = tmp_path / "missing-folder" / "cedar.ics"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(target), ""))
    seen = {}

    def read(box):
        seen["text"] = box.text()
        click_button(qtbot, box, "OK")

    on_modal(read)
    window.export_ics_action.trigger()
    qtbot.waitUntil(lambda: "text" in seen, timeout=30_000)
    assert seen["text"].startswith("Could not write")
    assert "missing-folder" in seen["text"]


def test_generating_again_replaces_the_year_keeping_calendar_identities(
    qtbot, window, cedar, services, on_modal
):
    services.schedule.generate_default(cedar.id, dt.date(2026, 9, 14))
    before = {e.title: e for e in services.schedule.list_events(cedar.id)}
    window.sets_panel.reload(cedar.id)
    seen = {}

    def fill(dialog):
        seen["default"] = dialog.mode()
        choose(qtbot, dialog.mode_buttons[Regenerate.ALL])
        dialog.start.setDate(QDate(2026, 9, 21))
        seen["summary"] = dialog.summary.text()
        click_button(qtbot, dialog, "Generate")

    on_modal(fill)
    window.set_page.schedule.generate_action.trigger()

    after = {e.title: e for e in services.schedule.list_events(cedar.id)}
    assert seen["default"] == Regenerate.FUTURE  # the year has begun: the past stays by default
    assert seen["summary"].startswith("Events kept: 0; replaced: 11; new: 11.")
    assert len(after) == 11
    assert after["Set meeting 3"].date == before["Set meeting 3"].date + dt.timedelta(weeks=1)
    assert all(after[title].uid == before[title].uid for title in before)
    assert all(after[title].sequence > before[title].sequence for title in before)

    window.undo_action.trigger()
    assert {e.title: e.date for e in services.schedule.list_events(cedar.id)} == {
        t: e.date for t, e in before.items()
    }
    window.redo_action.trigger()
    assert {e.title: e.date for e in services.schedule.list_events(cedar.id)} == {
        t: e.date for t, e in after.items()
    }
    assert window.statusBar().currentMessage().startswith("Redone")


def test_a_held_meeting_cannot_be_deleted_and_the_facilitator_is_told_why(
    qtbot, window, cedar, services, on_modal
):
    services.schedule.generate_default(cedar.id, dt.date(2026, 9, 14))
    meeting_event = [e for e in services.schedule.list_events(cedar.id) if e.kind == "set_meeting"][
        1
    ]
    services.meetings.open_for_event(meeting_event.id)
    window.sets_panel.reload(cedar.id)
    view = window.set_page.schedule
    view.tree.setCurrentIndex(view.model.index_of_event(meeting_event.id))
    seen = {}

    def read(box):
        seen["text"] = box.text()
        click_button(qtbot, box, "OK")

    on_modal(lambda box: (click_button(qtbot, box, "Delete"), on_modal(read)))
    view.delete_action.trigger()

    assert "has a meeting record" in seen["text"]
    assert services.schedule.get(meeting_event.id).title == "Set meeting 2"
    assert not window.undo_action.isEnabled()


def test_generating_after_meetings_were_held_replaces_only_what_is_to_come(
    qtbot, window, cedar, services, make_member, on_modal, screenshot
):
    services.schedule.generate_default(cedar.id, dt.date(2026, 9, 14))
    amira = make_member(cedar.id).person_id
    before = services.schedule.list_events(cedar.id)
    held = next(e for e in before if e.title == "Set meeting 2")  # 27 Oct, before TODAY
    meeting = services.meetings.open_for_event(held.id)
    services.meetings.mark(meeting.id, amira, AttendanceStatus.PRESENT)
    window.sets_panel.reload(cedar.id)
    seen = {}

    def fill(dialog):
        seen["default"] = dialog.mode()
        dialog.start.setDate(QDate(2026, 9, 21))
        seen["summary"] = dialog.summary.text()
        seen["preview"] = [dialog.preview.item(i).text() for i in range(dialog.preview.count())]
        screenshot(dialog, "generate-after-meetings")
        click_button(qtbot, dialog, "Generate")

    on_modal(fill)
    window.set_page.schedule.generate_action.trigger()

    past = [e for e in before if e.date <= TODAY]
    future = [e for e in before if e.date > TODAY]
    assert seen["default"] == Regenerate.FUTURE
    assert seen["summary"].startswith(
        f"Events kept: {len(past)}; replaced: {len(future)}; new: {len(future)}."
    )
    assert "Everything up to today and every meeting with a record stays." in seen["summary"]
    assert "Kept (has a meeting record): Tue 27 Oct 2026, 09:30: Set meeting 2" in seen["preview"]
    assert "Kept: Tue 15 Sep 2026, 13:30: Set meeting 1" in seen["preview"]
    after = services.schedule.list_events(cedar.id)
    assert [e for e in after if e.date <= TODAY] == past
    assert services.meetings.attendance(meeting.id)[0].status == AttendanceStatus.PRESENT
    moved = {e.title: e for e in after if e.date > TODAY}
    assert set(moved) == {e.title for e in future}
    for old in future:  # a week later, same calendar identity
        assert moved[old.title].date >= old.date
        assert moved[old.title].uid == old.uid
    assert window.set_page.schedule.model.event_count() == len(before)

    window.undo_action.trigger()
    restored = services.schedule.list_events(cedar.id)
    assert [(e.id, e.title, e.date) for e in restored] == [(e.id, e.title, e.date) for e in before]


def test_replacing_every_event_keeps_a_held_meeting_and_does_not_fail(
    qtbot, window, cedar, services, make_member, on_modal
):
    services.schedule.generate_default(cedar.id, dt.date(2026, 9, 14))
    amira = make_member(cedar.id).person_id
    held = next(e for e in services.schedule.list_events(cedar.id) if e.title == "Set meeting 2")
    meeting = services.meetings.open_for_event(held.id)
    services.meetings.mark(meeting.id, amira, AttendanceStatus.PRESENT)
    window.sets_panel.reload(cedar.id)
    seen = {}

    def fill(dialog):
        choose(qtbot, dialog.mode_buttons[Regenerate.ALL])
        seen["summary"] = dialog.summary.text()
        click_button(qtbot, dialog, "Generate")

    on_modal(fill)
    window.set_page.schedule.generate_action.trigger()

    assert seen["summary"].startswith("Events kept: 1; replaced: 10; new: 10.")
    assert "Meetings with a record (attendance, notes) always stay." in seen["summary"]
    after = services.schedule.list_events(cedar.id)
    assert [e.title for e in after].count("Set meeting 2") == 1
    assert services.schedule.get(held.id).date == held.date
    assert len(after) == 11


@pytest.mark.parametrize("size", [(1024, 768), (1366, 768)])
def test_held_missed_and_coming_meetings_say_which_is_which(
    qtbot, window, cedar, services, make_member, screenshot, size
):
    services.schedule.generate_default(cedar.id, dt.date(2026, 9, 14))
    amira = make_member(cedar.id).person_id
    events = {e.title: e for e in services.schedule.list_events(cedar.id)}
    for title in ("Set meeting 1", "Set meeting 3"):  # 15 Sep held; 8 Dec (to come) opened only
        meeting = services.meetings.open_for_event(events[title].id)
        if title == "Set meeting 1":
            services.meetings.mark(meeting.id, amira, AttendanceStatus.PRESENT)
    services.meetings.open_for_event(events["Set meeting 2"].id)  # opened on 27 Oct, nothing kept
    window.resize(*size)
    window.show()
    window.sets_panel.reload(cedar.id)
    view = window.set_page.schedule
    model = view.model

    def status(title: str) -> str:
        index = model.index_of_event(events[title].id)
        return model.index(index.row(), CHECK, index.parent()).data()

    assert status("Set meeting 1") == "✓ Held"
    assert status("Set meeting 2") == "✗ Missed: no record"
    assert status("Set meeting 3") == "● Next"
    assert status("Set meeting 4") == "○ Upcoming"
    assert status("Opening workshop, day 1") == "– Past"
    missed = model.index_of_event(events["Set meeting 2"].id)
    missed_status = model.index(missed.row(), CHECK, missed.parent())
    assert missed_status.data(Qt.ItemDataRole.ForegroundRole).color() == WARNING_TEXT

    qtbot.waitUntil(lambda: view.tree.isVisible(), timeout=30_000)
    header = view.tree.header()
    needed = view.tree.sizeHintForColumn(CHECK)
    assert header.sectionSize(CHECK) >= needed  # the status is never cut
    assert view.tree.horizontalScrollBar().maximum() == 0
    count = view.toolbar.status
    qtbot.waitUntil(lambda: count.width() >= count.sizeHint().width(), timeout=30_000)
    screenshot(window, f"schedule-status-{size[0]}x{size[1]}")
