"""Someone backs up, restores and checks their data from a terminal."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

from alsdesk.cli import main
from alsdesk.paths import DataPaths
from alsdesk.services import Services
from alsdesk.services.sets import SetDraft
from alsdesk.store import open_store

ERROR_PREFIX = "alsdesk: error:"


def _add_set(data_dir: str, name: str) -> None:
    Path(data_dir).mkdir(exist_ok=True)
    store = open_store(DataPaths(Path(data_dir)).database)
    try:
        Services.over(store).sets.create(SetDraft(name=name, programme="", facilitator=""))
    finally:
        store.close()


def _set_names(data_dir: str) -> list[str]:
    with closing(sqlite3.connect(DataPaths(Path(data_dir)).database)) as conn:
        return [r[0] for r in conn.execute("SELECT name FROM action_set ORDER BY name")]


def test_back_up_then_restore_brings_the_old_data_back(tmp_path, capsys):
    data_dir = str(tmp_path / "data")
    _add_set(data_dir, "Cedar set")
    out = tmp_path / "usb.sqlite3"
    assert main(["--data-dir", data_dir, "backup", "--out", str(out)]) == 0
    assert capsys.readouterr().out == f"Backed up to {out}\n"
    _add_set(data_dir, "Birch set")
    assert main(["--data-dir", data_dir, "restore", str(out)]) == 0
    printed = capsys.readouterr().out
    assert printed.startswith("Restored usb.sqlite3; the data it replaced is in ")
    assert printed.count("\n") == 1
    assert _set_names(data_dir) == ["Cedar set"]
    aside = list((tmp_path / "data" / "backups").glob("alsdesk-before-restore-*.sqlite3"))
    assert len(aside) == 1


def test_check_passes_a_sound_database_and_fails_a_damaged_one(tmp_path, capsys):
    data_dir = str(tmp_path / "data")
    _add_set(data_dir, "Cedar set")
    assert main(["--data-dir", data_dir, "check"]) == 0
    assert capsys.readouterr().out.endswith(": no problems found\n")
    database = DataPaths(Path(data_dir)).database
    with closing(sqlite3.connect(database)) as conn:
        conn.execute("PRAGMA foreign_keys=OFF")
        conn.execute("INSERT INTO membership (set_id, person_id, position) VALUES (999, 999, 0)")
        conn.commit()
    assert main(["--data-dir", data_dir, "check"]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].endswith(": 1 problem")
    assert "broken reference" in lines[1]


def test_restoring_something_that_is_not_a_backup_is_refused_in_one_line(tmp_path, capsys):
    data_dir = str(tmp_path / "data")
    _add_set(data_dir, "Cedar set")
    junk = tmp_path / "notes.sqlite3"
    junk.write_text("not a database")
    assert main(["--data-dir", data_dir, "restore", str(junk)]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.startswith(ERROR_PREFIX)
    assert "not an SQLite database" in captured.err
    assert captured.err.count("\n") == 1
    assert _set_names(data_dir) == ["Cedar set"]
    assert main(["--data-dir", data_dir, "restore", str(tmp_path / "missing.sqlite3")]) == 2
    assert main(["--data-dir", data_dir, "backup", "--out", str(tmp_path / "x.txt")]) == 2


def test_a_backup_carries_the_journal_and_a_restore_brings_it_back(tmp_path, capsys):
    import datetime as dt

    from alsdesk.services.journal.entries import EntryDraft, Section
    from alsdesk.store.backups import companion

    passphrase = "sturdy lantern orchard tide"
    data_dir = str(tmp_path / "data")
    _add_set(data_dir, "Cedar set")
    paths = DataPaths(Path(data_dir))

    def write(title: str, set_up: bool = False) -> None:
        services = Services.over(open_store(paths.database))
        if set_up:
            services.vault.set_up(passphrase, passphrase, with_recovery_key=False)
        else:
            services.vault.unlock(passphrase)
        services.journal.add(
            EntryDraft(dt.date(2026, 11, 3), title, "free", "Free writing", (Section("", "", "x"),))
        )
        services.close()

    write("In the backup", set_up=True)
    out = tmp_path / "usb.sqlite3"
    assert main(["--data-dir", data_dir, "backup", "--out", str(out)]) == 0
    assert companion(out).is_file()
    write("Written since")
    assert main(["--data-dir", data_dir, "restore", str(out)]) == 0
    capsys.readouterr()

    services = Services.over(open_store(paths.database))
    try:
        services.vault.unlock(passphrase)
        assert [e.draft.title for e in services.journal.read_all().entries] == ["In the backup"]
    finally:
        services.close()
