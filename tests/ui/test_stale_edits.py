"""Two windows (or copies) edit the same row: the later, stale edit is refused, not lost."""

from __future__ import annotations

import dataclasses

import pytest

from alsdesk.services import Services
from alsdesk.store import open_store
from alsdesk.ui.sets.editor import Editor
from tests.ui.conftest import click, click_button, replace_text

STALE = "was changed elsewhere since you opened it"


@pytest.fixture
def other(data_paths):
    """A second copy's services over the same database file."""
    store = open_store(data_paths.database)
    yield Services.over(store)
    store.close()


def _editor(qtbot, services) -> tuple[Editor, list[str]]:
    editor = Editor(services.sets, services.members, services.schedule)
    messages: list[str] = []
    editor.failed.connect(messages.append)
    return editor, messages


def test_an_edit_from_a_stale_copy_of_the_set_is_refused_and_leaves_no_undo_step(
    qtbot, services, other, make_set
):
    cedar = make_set("Cedar set")
    first, _ = _editor(qtbot, services)
    second, said = _editor(qtbot, other)
    seen_by_second = other.sets.get(cedar.id)

    first.edit_set(cedar, dataclasses.replace(cedar.draft(), venue="Room 1"))
    second.edit_set(seen_by_second, dataclasses.replace(seen_by_second.draft(), venue="Room 9"))

    assert len(said) == 1 and STALE in said[0] and "nothing was saved" in said[0]
    assert second.undo_stack.count() == 0
    assert services.sets.get(cedar.id).venue == "Room 1"


def test_undo_does_not_overwrite_a_change_made_meanwhile_elsewhere(
    qtbot, services, other, make_set
):
    cedar = make_set("Cedar set")
    editor, said = _editor(qtbot, services)
    editor.edit_set(cedar, dataclasses.replace(cedar.draft(), venue="Room 1"))
    fresh = other.sets.get(cedar.id)
    other.sets.update(cedar.id, dataclasses.replace(fresh.draft(), venue="Room 9"), fresh.version)

    editor.undo_stack.undo()

    assert len(said) == 1 and said[0].startswith("Could not undo") and STALE in said[0]
    assert services.sets.get(cedar.id).venue == "Room 9"
    assert not editor.undo_stack.canUndo()


def test_undo_and_redo_of_ones_own_edit_still_work(qtbot, services, make_set):
    cedar = make_set("Cedar set", venue="Room 0")
    editor, said = _editor(qtbot, services)
    editor.edit_set(cedar, dataclasses.replace(cedar.draft(), venue="Room 1"))
    editor.undo_stack.undo()
    assert services.sets.get(cedar.id).venue == "Room 0"
    editor.undo_stack.redo()
    editor.undo_stack.undo()
    editor.undo_stack.redo()
    assert services.sets.get(cedar.id).venue == "Room 1"
    assert said == []


def test_the_window_says_a_member_changed_elsewhere_and_keeps_the_other_change(
    qtbot, window, make_set, make_member, services, other, on_modal
):
    cedar = make_set("Cedar set")
    make_member(cedar.id, "Daniel Price")
    window.sets_panel.reload(cedar.id)
    view = window.set_page.members
    window.set_page.tabs.setCurrentWidget(view)
    view.table.selectRow(0)
    daniel = other.members.list_members(cedar.id)[0].person
    other.members.update_person(
        daniel.id, dataclasses.replace(daniel.draft(), job_title="Matron"), daniel.version
    )
    told = {}

    def read_box(box):
        told["text"] = box.text()
        click_button(qtbot, box, "OK")

    def edit(dialog):
        replace_text(qtbot, dialog, "job_title", "Advanced Paramedic Practitioner")
        on_modal(read_box)
        click_button(qtbot, dialog, "Save")

    on_modal(edit)
    click(qtbot, view.toolbar.bar.widgetForAction(view.edit_action))
    qtbot.waitUntil(lambda: "text" in told, timeout=30_000)

    assert STALE in told["text"]
    assert services.members.get_person(daniel.id).job_title == "Matron"
    assert not window.undo_action.isEnabled()
