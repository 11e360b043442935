"""The action tracker's model passes Qt's checks and says what a facilitator needs."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from alsdesk.services.actions import ActionDraft
from alsdesk.ui.common.actions_model import (
    ACTION,
    AGREED,
    COMMENT,
    DUE,
    MEMBER,
    OVERDUE_TEXT,
    STATUS,
    ActionsModel,
)
from alsdesk.ui.common.roles import ROW_OBJECT_ROLE, SORT_ROLE
from tests.ui.set_history import two_meetings_in

TODAY = dt.date(2026, 11, 23)


def test_actions_model_passes_the_model_tester(qtmodeltester, services, make_set, make_member):
    history = two_meetings_in(services, make_set, make_member)
    model = ActionsModel()
    model.reload(services.actions.tracker(history.action_set.id), TODAY)
    qtmodeltester.check(model)

    model.reload([], TODAY)
    assert model.rowCount() == 0
    qtmodeltester.check(model)


def test_each_column_reads_as_a_sentence_would(services, make_set, make_member):
    history = two_meetings_in(services, make_set, make_member)
    model = ActionsModel()
    model.reload(services.actions.tracker(history.action_set.id), TODAY)

    carried = [model.index(3, column).data() for column in range(model.columnCount())]
    assert carried == [
        "Grace Mensah",
        "Meet both practice managers about a single reception rota",
        "15 Sep 2026",
        "8 Dec 2026",  # carried forward to meeting 3
        "Carried forward",
        "Second meeting booked for November",
    ]
    assert model.index(3, STATUS).data(Qt.ItemDataRole.ToolTipRole) == (
        "Reported back on 27 Oct 2026: Carried forward"
    )
    assert "Carried forward 27 Oct 2026: was due 27 Oct 2026" in model.index(3, DUE).data(
        Qt.ItemDataRole.ToolTipRole
    )
    assert model.index(3, DUE).data(Qt.ItemDataRole.ForegroundRole) is None
    assert model.index(4, DUE).data(Qt.ItemDataRole.ForegroundRole).color() == OVERDUE_TEXT
    assert model.index(3, MEMBER).data(Qt.ItemDataRole.ForegroundRole) is None
    assert model.index(3, ACTION).data(ROW_OBJECT_ROLE).owner_name == "Grace Mensah"
    no_due_date = model.index(7, DUE)
    assert no_due_date.data() == "—"
    assert no_due_date.data(Qt.ItemDataRole.ToolTipRole) == "No due date"
    assert model.headerData(COMMENT, Qt.Orientation.Horizontal) == "Last comment"


def test_dates_sort_as_dates_and_a_missing_due_date_sorts_last(services, make_set, make_member):
    history = two_meetings_in(services, make_set, make_member)
    model = ActionsModel()
    model.reload(services.actions.tracker(history.action_set.id), TODAY)

    def sorted_texts(column):
        rows = sorted(range(model.rowCount()), key=lambda r: model.index(r, column).data(SORT_ROLE))
        return [model.index(r, column).data() for r in rows]

    assert sorted_texts(DUE)[-3:] == ["8 Dec 2026", "8 Dec 2026", "—"]
    assert sorted_texts(AGREED)[0] == "15 Sep 2026"
    assert sorted_texts(STATUS)[:3] == ["Open · overdue", "Open · overdue", "Open"]


def test_long_text_wraps_in_its_tooltip_and_shows_on_one_line(services, make_set, make_member):
    history = two_meetings_in(services, make_set, make_member)
    services.actions.add(
        history.meetings[1].id,
        ActionDraft(history.person("Priya Raman"), "Talk to the team\nabout <supervision> & time"),
    )
    model = ActionsModel()
    model.reload(services.actions.tracker(history.action_set.id), TODAY)

    last = model.index(model.rowCount() - 1, ACTION)
    assert last.data() == "Talk to the team about <supervision> & time"
    assert last.data(Qt.ItemDataRole.ToolTipRole) == (
        "<p>Talk to the team<br>about &lt;supervision&gt; &amp; time</p>"
    )


def test_reloading_the_same_actions_keeps_the_rows(qtbot, services, make_set, make_member):
    history = two_meetings_in(services, make_set, make_member)
    actions = services.actions.tracker(history.action_set.id)
    model = ActionsModel()
    model.reload(actions, TODAY)

    with qtbot.assertNotEmitted(model.modelReset):
        model.reload(list(actions), TODAY)
    with qtbot.waitSignal(model.modelReset, timeout=0):
        model.reload(actions, dt.date(2026, 10, 1))
    assert model.index(3, STATUS).data() == "Carried forward"
