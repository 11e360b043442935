"""A full disk during an edit is told to the user and leaves no false undo step."""

from __future__ import annotations

import dataclasses
import sqlite3
from contextlib import closing

from PySide6.QtWidgets import QFileDialog, QMessageBox
from sqlalchemy import event

from alsdesk.ui.sets.editor import Editor
from tests.ui.conftest import click_button


def test_facilitator_renames_a_set_on_a_full_disk_and_is_told(qtbot, services, make_set, store):
    cedar = make_set("Cedar set")
    editor = Editor(services.sets, services.members, services.schedule)
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


def _read_box(qtbot, shown: list[str]):
    def read(box) -> None:
        assert isinstance(box, QMessageBox)
        shown.append(box.text())
        click_button(qtbot, box, "OK")

    return read


def test_a_rename_while_another_program_holds_the_database_is_told_and_can_be_retried(
    qtbot, impatient, make_set, make_window, services, data_paths, on_modal
):
    cedar = make_set("Cedar set")
    window = make_window()
    shown: list[str] = []
    with closing(sqlite3.connect(data_paths.database, isolation_level=None)) as other:
        other.execute("BEGIN IMMEDIATE")
        on_modal(_read_box(qtbot, shown))
        window.editor.edit_set(cedar, dataclasses.replace(cedar.draft(), name="Birch set"))
        qtbot.waitUntil(lambda: len(shown) == 1, timeout=30_000)
        other.execute("ROLLBACK")
    assert shown[0].startswith("alsdesk could not save: the database is in use")
    assert "Nothing was changed." in shown[0]
    assert services.sets.get(cedar.id).name == "Cedar set"
    assert not window.undo_action.isEnabled()
    window.editor.edit_set(cedar, dataclasses.replace(cedar.draft(), name="Birch set"))
    assert services.sets.get(cedar.id).name == "Birch set"


def _damage_table(path, table: str) -> None:
    """Overwrite the root pages of ``table`` and of its indexes (a query may use either)."""
    with closing(sqlite3.connect(path)) as db:
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        page_size = db.execute("PRAGMA page_size").fetchone()[0]
        roots = [
            root
            for (root,) in db.execute(
                "SELECT rootpage FROM sqlite_master WHERE tbl_name=? AND rootpage > 0", (table,)
            )
        ]
    with open(path, "r+b") as file:
        for root in roots:
            file.seek((root - 1) * page_size)
            file.write(b"\xff" * page_size)


def test_exporting_actions_from_a_damaged_table_says_so_and_writes_nothing(
    qtbot, make_set, make_window, store, data_paths, tmp_path, on_modal, monkeypatch
):
    cedar = make_set("Cedar set")
    window = make_window()
    window.sets_panel.reload(cedar.id)
    store.engine.dispose()
    _damage_table(data_paths.database, "action")
    target = tmp_path / "actions.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    shown: list[str] = []
    on_modal(_read_box(qtbot, shown))
    window.export_actions_action.trigger()
    qtbot.waitUntil(lambda: len(shown) == 1, timeout=30_000)
    assert "the database file" in shown[0] and "Restore it from a backup" in shown[0]
    assert not target.exists()
    assert window.isVisible() and window.current_set() is not None
