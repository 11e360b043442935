"""A full disk during an edit is told to the user and leaves no false undo step."""

from __future__ import annotations

import dataclasses
import sqlite3

from sqlalchemy import event

from alsdesk.ui.editor import Editor


def test_facilitator_renames_a_set_on_a_full_disk_and_is_told(qtbot, services, make_set, store):
    cedar = make_set("Cedar set")
    editor = Editor(services)
    messages: list[str] = []
    editor.failed.connect(messages.append)

    def full(_conn, _cursor, statement, *_args):
        if statement.lstrip().upper().startswith("UPDATE"):
            raise sqlite3.OperationalError("database or disk is full")

    event.listen(store.engine, "before_cursor_execute", full)
    editor.edit_set(cedar, dataclasses.replace(cedar.draft(), name="Birch"))
    event.remove(store.engine, "before_cursor_execute", full)

    assert messages == ["alsdesk could not save: the disk is full. Nothing was changed."]
    assert editor.undo_stack.count() == 0
    assert services.sets.get(cedar.id).name == "Cedar set"
    editor.edit_set(cedar, dataclasses.replace(cedar.draft(), name="Birch"))
    assert services.sets.get(cedar.id).name == "Birch"
