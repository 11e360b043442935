"""Backups of the database: whole or absent, rotated, described, checked and restored."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from contextlib import closing

import pytest

from alsdesk.store import backups, open_store
from alsdesk.store.backups import BackupError


@pytest.fixture
def database(tmp_path, make_set, store):
    make_set("Cedar set")
    return store.path


def _names(folder):
    return sorted(p.name for p in folder.iterdir())


def test_a_backup_holds_the_sets_and_is_described_by_counts(database, tmp_path):
    (tmp_path / "usb").mkdir()
    target = backups.write_backup(database, tmp_path / "usb" / "copy.sqlite3")
    summary = backups.describe(target)
    assert (summary.sets, summary.meetings, summary.entries) == (1, 0, 0)
    assert summary.revision is not None
    assert backups.check(target) == []
    assert _names(tmp_path / "usb") == ["copy.sqlite3"]


def test_a_failed_rename_leaves_no_partial_file(database, tmp_path, monkeypatch):
    def refuse(*_args):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(backups.os, "replace", refuse)
    with pytest.raises(BackupError, match="Permission denied"):
        backups.write_backup(database, tmp_path / "copy.sqlite3")
    assert not list(tmp_path.glob("copy*"))


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into read-only folders")
def test_a_read_only_folder_leaves_nothing_behind(database, tmp_path):
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(BackupError):
            backups.write_backup(database, folder / "copy.sqlite3")
        assert list(folder.iterdir()) == []
    finally:
        folder.chmod(0o700)


def test_rotation_keeps_the_newest_of_each_recent_day_and_week(tmp_path):
    now = dt.datetime(2026, 12, 2, 20, 0)  # a Wednesday
    stamps = [now - dt.timedelta(days=d, hours=h) for d in range(0, 40) for h in (1, 5)]
    for stamp in stamps:
        (tmp_path / backups.auto_name(stamp)).touch()
    upgrade = tmp_path / "alsdesk-0004_goals_plan-20250101-120000.sqlite3"
    upgrade.touch()
    backups.rotate(tmp_path, keep_daily=7, keep_weekly=4, now=now)
    kept = {backups.stamp_of(p) for p in tmp_path.glob("alsdesk-auto-*")}
    daily = {now - dt.timedelta(days=d, hours=1) for d in range(7)}
    # Newest of each of this week and the three before it: Wednesday 2 Dec (already
    # daily), Sunday 29 Nov (daily), Sunday 22 Nov, Sunday 15 Nov.
    weekly = {dt.datetime(2026, 11, 22, 19, 0), dt.datetime(2026, 11, 15, 19, 0)}
    assert kept == daily | weekly
    assert upgrade.exists()


def test_restoring_yesterdays_backup_brings_back_its_rows_and_keeps_today_aside(
    tmp_path, data_paths, store, make_set
):
    make_set("Cedar set")
    yesterday = backups.write_backup(store.path, tmp_path / "yesterday.sqlite3")
    make_set("Birch set")
    store.close()
    aside = backups.restore(yesterday, store.path, data_paths.backups)
    assert aside.name.startswith(backups.BEFORE_RESTORE_PREFIX)
    assert backups.describe(aside).sets == 2
    reopened = open_store(store.path)
    try:
        with reopened.engine.connect() as conn:
            names = [r[0] for r in conn.exec_driver_sql("SELECT name FROM action_set")]
    finally:
        reopened.close()
    assert names == ["Cedar set"]


def test_check_finds_a_damaged_page(database, tmp_path):
    copy = backups.write_backup(database, tmp_path / "copy.sqlite3")
    with closing(sqlite3.connect(copy)) as conn:
        root = conn.execute(
            "SELECT rootpage FROM sqlite_master WHERE name='action_set'"
        ).fetchone()[0]
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    with copy.open("r+b") as file:
        file.seek((root - 1) * page_size)
        file.write(b"\xff" * 64)
    problems = backups.check(copy)
    assert problems
    assert any("Damaged" in p or "malformed" in p for p in problems)
    with pytest.raises(BackupError, match="cannot be restored"):
        backups.restore(copy, tmp_path / "alsdesk.sqlite3", tmp_path / "aside")


def test_check_refuses_files_that_are_not_alsdesk_databases(tmp_path):
    text = tmp_path / "notes.sqlite3"
    text.write_text("hello")
    other = tmp_path / "other.sqlite3"
    with closing(sqlite3.connect(other)) as conn:
        conn.execute("CREATE TABLE t (x)")
    assert backups.check(text) == ["notes.sqlite3 is not an SQLite database."]
    assert backups.check(other) == ["other.sqlite3 is not an alsdesk database."]
