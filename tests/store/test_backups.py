"""Backups of the database: whole or absent, rotated, described, checked and restored."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from contextlib import closing
from pathlib import Path

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


# -- the vault travels with its backup --------------------------------------------

PASSPHRASE = "sturdy lantern orchard tide"


def _entry(title: str):
    from alsdesk.services.journal.entries import EntryDraft, Section

    return EntryDraft(dt.date(2026, 11, 3), title, "free", "Free writing", (Section("", "", "x"),))


def _titles(data_paths, passphrase: str = PASSPHRASE) -> list[str]:
    from alsdesk.services import Services

    services = Services.over(open_store(data_paths.database))
    try:
        services.vault.unlock(passphrase)
        return [e.draft.title for e in services.journal.read_all().entries]
    finally:
        services.close()


def test_a_backup_holds_the_vault_beside_it_and_a_restore_brings_both_back(
    services, data_paths, vault_store, store
):
    from alsdesk.services.backup import BackupService

    services.vault.set_up(PASSPHRASE, PASSPHRASE, with_recovery_key=False)
    services.journal.add(_entry("Kept"))
    service = BackupService(store.path, data_paths.backups, vault_path=vault_store.path)
    taken = service.back_up()
    services.journal.add(_entry("Written after the backup"))
    assert backups.companion(taken).is_file()
    assert backups.list_backups(data_paths.backups) == [taken]
    assert backups.describe(taken).entries == 1
    assert backups.check(taken) == []

    services.close()
    aside = service.restore(taken)

    assert _titles(data_paths) == ["Kept"]
    assert backups.describe(aside).entries == 2  # today's journal went aside with today's data
    assert backups.companion(aside).is_file()


def test_an_old_single_file_backup_restores_and_its_journal_moves_into_the_vault(
    services, data_paths, vault_store, store, tmp_path
):
    import shutil

    from tests.store.make_fixture_0006 import PASSPHRASE as OLD_PASSPHRASE

    services.vault.set_up(PASSPHRASE, PASSPHRASE, with_recovery_key=False)
    services.journal.add(_entry("Today's"))
    old = tmp_path / "from-last-year.sqlite3"
    shutil.copyfile(
        Path(__file__).with_name("fixtures") / "revision_0006_versions_manifest.sqlite3", old
    )
    assert backups.describe(old).entries == 2 and backups.check(old) == []
    services.close()

    aside = backups.restore(old, store.path, data_paths.backups, vault_path=vault_store.path)

    assert not data_paths.vault.exists()  # its journal is in the backup, moved in when opened
    assert _titles(data_paths, OLD_PASSPHRASE) == [
        "Asking for help",
        "The handover that went wrong",
    ]
    assert backups.describe(aside).entries == 1


def test_rotating_removes_a_backups_vault_with_it(tmp_path):
    now = dt.datetime(2026, 12, 2, 20, 0)
    for days in (0, 30):
        main = tmp_path / backups.auto_name(now - dt.timedelta(days=days))
        main.touch()
        backups.companion(main).touch()
    backups.rotate(tmp_path, keep_daily=7, keep_weekly=1, now=now)
    assert _names(tmp_path) == [
        backups.auto_name(now),
        backups.auto_name(now) + backups.VAULT_SUFFIX,
    ]
