"""Locked, full and damaged databases give one clear sentence, never a driver error."""

from __future__ import annotations

import sqlite3
from contextlib import closing

import pytest
from sqlalchemy import event

from alsdesk.cli import main
from alsdesk.services.sets import SetDraft
from alsdesk.store.failures import StorageError, StorageKind


def test_another_program_holding_the_lock_is_named_and_nothing_changes(
    impatient, services, make_set, data_paths
):
    make_set("Cedar set")
    with closing(sqlite3.connect(data_paths.database, isolation_level=None)) as other:
        other.execute("BEGIN IMMEDIATE")
        with pytest.raises(StorageError) as raised:
            services.sets.create(SetDraft(name="Birch set"))
        other.execute("ROLLBACK")
    assert raised.value.kind is StorageKind.LOCKED
    assert str(raised.value).startswith("alsdesk could not save: the database is in use")
    assert "Nothing was changed." in str(raised.value)
    assert [s.name for s in services.sets.list_sets()] == ["Cedar set"]


def test_a_full_disk_says_so(services, make_set, store):
    make_set("Cedar set")

    def full(_conn, _cursor, statement, *_args):
        if statement.lstrip().upper().startswith("INSERT"):
            raise sqlite3.OperationalError("database or disk is full")

    event.listen(store.engine, "before_cursor_execute", full)
    with pytest.raises(StorageError) as raised:
        services.sets.create(SetDraft(name="Birch set"))
    event.remove(store.engine, "before_cursor_execute", full)
    assert str(raised.value) == "alsdesk could not save: the disk is full. Nothing was changed."
    assert [s.name for s in services.sets.list_sets()] == ["Cedar set"]


def _damage_sets_table(path) -> None:
    with closing(sqlite3.connect(path)) as db:
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        page_size = db.execute("PRAGMA page_size").fetchone()[0]
        (root,) = db.execute(
            "SELECT rootpage FROM sqlite_master WHERE type='table' AND name='action_set'"
        ).fetchone()
    with open(path, "r+b") as file:
        file.seek((root - 1) * page_size)
        file.write(b"\xff" * page_size)


def test_a_damaged_page_asks_for_a_backup_when_reading(services, make_set, store, data_paths):
    make_set("Cedar set")
    store.close()
    _damage_sets_table(data_paths.database)
    with pytest.raises(StorageError) as raised:
        services.sets.list_sets()
    assert raised.value.kind is StorageKind.DAMAGED
    assert str(raised.value).startswith("alsdesk could not read your data: the database file")
    assert "Restore it from a backup" in str(raised.value)


def test_exporting_from_a_damaged_database_prints_one_line(
    make_set, store, data_paths, tmp_path, capsys
):
    make_set("Cedar set")
    store.close()
    _damage_sets_table(data_paths.database)
    code = main(
        [
            "--data-dir",
            str(data_paths.root),
            "export",
            "actions",
            "--set",
            "Cedar set",
            "--out",
            str(tmp_path / "actions.csv"),
        ]
    )
    err = capsys.readouterr().err
    assert code == 2
    assert "Traceback" not in err
    assert len(err.strip().splitlines()) == 1
    assert "damaged" in err
