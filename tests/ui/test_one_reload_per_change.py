"""One edit reloads the set page once: each tab's table and the sidebar lists, no more."""

from __future__ import annotations

import datetime as dt

import pytest

from alsdesk.services.members import PersonDraft
from alsdesk.services.schedule import EventDraft, EventKind
from tests.ui.set_history import two_meetings_in


@pytest.fixture
def history(services, make_set, make_member):
    return two_meetings_in(services, make_set, make_member)


def counter(signal) -> list[int]:
    count = [0]
    signal.connect(lambda *_: count.__setitem__(0, count[0] + 1))
    return count


def texts(model, parent=None) -> list[str]:
    """Every cell's text in a tree model, depth first."""
    from PySide6.QtCore import QModelIndex

    parent = parent or QModelIndex()
    found = []
    for row in range(model.rowCount(parent)):
        for column in range(model.columnCount(parent)):
            found.append(str(model.index(row, column, parent).data() or ""))
        found += texts(model, model.index(row, 0, parent))
    return found


def test_adding_an_event_reloads_each_table_of_the_set_page_once(qtbot, window, history):
    window.people_panel.reload()  # the window opened before the members were added
    window.sets_panel.reload(history.action_set.id)
    page = window.set_page
    assert page.action_set.id == history.action_set.id
    counts = {
        "members": counter(page.members.reloaded),
        "schedule": counter(page.schedule.reloaded),
        "actions": counter(page.actions.reloaded),
        "register": counter(page.register.reloaded),
        "sets list": counter(window.sets_panel.model.modelReset),
        "people list": counter(window.people_panel.model.modelReset),
    }
    shown = []
    window.sets_panel.set_selected.connect(shown.append)

    window.editor.add_event(
        history.action_set.id,
        EventDraft(EventKind.OTHER, "Visit to the discharge lounge", dt.date(2026, 10, 7)),
    )

    assert {name: count[0] for name, count in counts.items()} == {
        "members": 1,
        "schedule": 1,
        "actions": 1,
        "register": 1,
        "sets list": 1,
        "people list": 0,  # nobody joined, left or was renamed: the list stays as it is
    }
    assert shown == [history.action_set.id]  # the set is announced once
    assert "Visit to the discharge lounge" in texts(page.schedule.model)  # listed once reloaded
    assert window.sets_panel.current_id() == history.action_set.id


def test_renaming_a_member_still_reloads_the_people_list(qtbot, window, history, services):
    window.people_panel.reload()
    window.sets_panel.reload(history.action_set.id)
    people = counter(window.people_panel.model.modelReset)
    member = next(
        m
        for m in services.members.list_members(history.action_set.id)
        if m.person.full_name == "Priya Raman"
    )

    window.editor.edit_member(member, PersonDraft("Priya Raman-Shah"))

    assert people[0] == 1
    names = [
        window.people_panel.model.index(r).data()
        for r in range(window.people_panel.model.rowCount())
    ]
    assert "Priya Raman-Shah" in names
