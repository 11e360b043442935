"""The attendance register's model passes Qt's checks and reads as a register."""

from __future__ import annotations

from PySide6.QtCore import Qt

from alsdesk.ui.common.roles import ROW_OBJECT_ROLE, SORT_ROLE
from alsdesk.ui.sets.register_model import ABSENT_TEXT, FIRST_MEETING, MEMBER, RegisterModel
from tests.ui.set_history import two_meetings_in


def test_register_model_passes_the_model_tester(qtmodeltester, services, make_set, make_member):
    history = two_meetings_in(services, make_set, make_member)
    model = RegisterModel()
    model.reload(*services.meetings.register(history.action_set.id))
    qtmodeltester.check(model)

    model.reload([], [])
    assert model.columnCount() == 2
    qtmodeltester.check(model)


def test_a_row_a_member_and_a_column_a_meeting(services, make_set, make_member):
    history = two_meetings_in(services, make_set, make_member)
    model = RegisterModel()
    model.reload(*services.meetings.register(history.action_set.id))

    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == ["Member", "15 Sep", "27 Oct", "Attended"]
    assert model.headerData(2, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole) == (
        "Set meeting 2, Tue 27 Oct 2026"
    )
    rows = [
        [model.index(r, c).data() for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]
    assert rows == [
        ["Amira Hassan", "Present", "Present", "2 of 2"],
        ["Daniel Price", "Present", "Late", "2 of 2"],
        ["Grace Mensah", "Apologies", "Present", "1 of 2"],
        ["Tomasz Nowak", "Present", "Absent", "1 of 2"],
        ["Priya Raman", "—", "Present", "1 of 2"],
    ]
    assert model.index(3, 2).data(Qt.ItemDataRole.ToolTipRole) == (
        "Tomasz Nowak at Set meeting 2, Tue 27 Oct 2026: Absent"
    )
    assert model.index(4, 1).data(Qt.ItemDataRole.ToolTipRole) == (
        "Priya Raman at Set meeting 1, Tue 15 Sep 2026: not recorded"
    )
    assert model.index(3, 2).data(Qt.ItemDataRole.ForegroundRole).color() == ABSENT_TEXT
    assert model.index(0, FIRST_MEETING).data(Qt.ItemDataRole.TextAlignmentRole) == (
        Qt.AlignmentFlag.AlignCenter
    )
    assert model.index(2, MEMBER).data(ROW_OBJECT_ROLE).full_name == "Grace Mensah"


def test_attendance_sorts_by_number_attended(services, make_set, make_member):
    history = two_meetings_in(services, make_set, make_member)
    model = RegisterModel()
    model.reload(*services.meetings.register(history.action_set.id))
    attended = model.attended_column()

    rows = sorted(range(model.rowCount()), key=lambda r: model.index(r, attended).data(SORT_ROLE))
    assert [model.index(r, MEMBER).data() for r in rows[:3]] == [
        "Grace Mensah",
        "Tomasz Nowak",
        "Priya Raman",
    ]
