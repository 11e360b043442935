"""A facilitator reads the set's attendance register on the Attendance tab."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt

from alsdesk.services.meetings import AttendanceStatus
from alsdesk.ui.sets.set_page import ATTENDANCE_TAB
from tests.ui.set_history import set_meetings, two_meetings_in


@pytest.fixture
def history(services, make_set, make_member):
    return two_meetings_in(services, make_set, make_member)


@pytest.fixture
def view(window, history):
    window.sets_panel.reload(history.action_set.id)
    window.set_page.tabs.setCurrentIndex(ATTENDANCE_TAB)
    return window.set_page.register


def row_texts(view):
    model = view.table.model()
    return [
        [model.index(row, column).data() for column in range(model.columnCount())]
        for row in range(model.rowCount())
    ]


def test_the_register_shows_each_member_at_each_held_meeting(window, view, screenshot):
    model = view.table.model()
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == ["Member", "15 Sep", "27 Oct", "Attended"]
    assert row_texts(view)[1] == ["Daniel Price", "Present", "Late", "2 of 2"]
    assert row_texts(view)[4] == ["Priya Raman", "—", "Present", "1 of 2"]
    assert model.index(2, 1).data(Qt.ItemDataRole.ToolTipRole) == (
        "Grace Mensah at Set meeting 1, Tue 15 Sep 2026: Apologies"
    )
    assert view.toolbar.status.text() == "2 meetings held · 78% attendance"
    assert view.empty.currentWidget() is view.table
    header = view.table.horizontalHeader()
    assert header.sectionSize(1) == header.sectionSize(2)
    assert window.set_page.tabs.tabText(ATTENDANCE_TAB) == "A&ttendance"
    screenshot(window, "attendance-register")


def test_before_any_meeting_is_held_the_register_says_how_to_start(window, make_set, screenshot):
    oak = make_set("Oak set")
    window.sets_panel.reload(oak.id)
    window.set_page.tabs.setCurrentIndex(ATTENDANCE_TAB)
    view = window.set_page.register

    assert view.empty.currentWidget() is view.empty.hint
    assert view.empty.hint.text() == (
        "No meetings held yet.\nOpen a set meeting from the Schedule tab to take attendance."
    )
    assert view.toolbar.status.text() == "0 meetings held"
    screenshot(window, "attendance-empty")


def test_a_third_meeting_adds_a_column_once_the_set_is_shown_again(window, view, history, services):
    third = set_meetings(services, history.action_set.id)[2]
    meeting = services.meetings.open_for_event(third.id)
    services.meetings.mark(meeting.id, history.person("Tomasz Nowak"), AttendanceStatus.PRESENT)

    window.sets_panel.reload(history.action_set.id)

    model = view.table.model()
    assert model.headerData(3, Qt.Orientation.Horizontal) == "8 Dec"
    assert row_texts(view)[3] == ["Tomasz Nowak", "Present", "Absent", "Present", "2 of 3"]
    assert row_texts(view)[0][3] == "—"


def test_clicking_attended_sorts_the_fewest_first_and_a_third_click_restores_the_set_order(
    qtbot, view
):
    header = view.table.horizontalHeader()
    attended = view.model.attended_column()
    where = QPoint(
        header.sectionViewportPosition(attended) + header.sectionSize(attended) // 2,
        header.height() // 2,
    )

    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=where)
    assert [row[0] for row in row_texts(view)][:3] == [
        "Grace Mensah",
        "Tomasz Nowak",
        "Priya Raman",
    ]
    for _ in range(2):
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=where)
    assert [row[0] for row in row_texts(view)] == [
        "Amira Hassan",
        "Daniel Price",
        "Grace Mensah",
        "Tomasz Nowak",
        "Priya Raman",
    ]
