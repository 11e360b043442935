"""Opening the database file: creation, pragmas, refusals and clear errors."""

from __future__ import annotations

import datetime as dt
import sqlite3
import subprocess
import sys
import textwrap

import pytest
from sqlalchemy import inspect, text
from sqlalchemy.exc import IntegrityError

from alsdesk.services import Services
from alsdesk.services.sets import SetDraft
from alsdesk.store import StoreError, StoreTooNewError, open_store
from alsdesk.store import engine as store_engine
from alsdesk.store.engine import SCHEMA_HEAD, current_revision
from alsdesk.store.migrate import head_revision

FOUNDATION_TABLES = {"action_set", "person", "membership", "event", "alembic_version"}


def _tables(path) -> set[str]:
    with sqlite3.connect(path) as conn:
        rows = conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()
    conn.close()
    return {name for (name,) in rows}


def _set_revision(path, revision: str) -> None:
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = ?", (revision,))
    conn.close()


# -- a first start ---------------------------------------------------------


def test_first_start_creates_the_database_with_every_table(data_paths):
    assert not data_paths.database.exists()

    store = open_store(data_paths.database)
    try:
        assert data_paths.database.exists()
        assert store.path == data_paths.database
        assert FOUNDATION_TABLES.issubset(inspect(store.engine).get_table_names())
        assert current_revision(store.engine) == head_revision()
    finally:
        store.close()
    assert FOUNDATION_TABLES.issubset(_tables(data_paths.database))


def test_an_empty_file_is_treated_as_a_new_database(data_paths):
    data_paths.database.write_bytes(b"")

    store = open_store(data_paths.database)
    try:
        assert current_revision(store.engine) == head_revision()
    finally:
        store.close()


def test_every_connection_uses_wal_foreign_keys_and_normal_sync(store):
    for _ in range(2):  # a second connection gets the same pragmas
        with store.engine.connect() as conn:
            assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
            assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
            assert conn.execute(text("PRAGMA synchronous")).scalar() == 1  # NORMAL
            assert conn.execute(text("PRAGMA busy_timeout")).scalar() == 5000


def test_foreign_keys_are_enforced_by_the_database_itself(store):
    with pytest.raises(IntegrityError, match="FOREIGN KEY"), store.engine.begin() as conn:
        conn.execute(
            text("INSERT INTO membership (set_id, person_id, position) VALUES (999, 999, 0)")
        )


def test_schema_head_constant_matches_the_newest_migration():
    # open_store skips Alembic when the database is at SCHEMA_HEAD; if a new
    # migration is added without bumping the constant, users never get it.
    assert head_revision() == SCHEMA_HEAD


def test_an_in_memory_store_works_for_quick_experiments():
    store = open_store(":memory:")
    try:
        assert store.path is None
        services = Services.over(store)
        created = services.sets.create(SetDraft(name="Scratch set"))
        assert [s.id for s in services.sets.list_sets()] == [created.id]
    finally:
        store.close()


# -- later starts ------------------------------------------------------------


def test_reopening_an_up_to_date_database_keeps_data_and_writes_no_backup(data_paths):
    first = open_store(data_paths.database)
    Services.over(first).sets.create(SetDraft(name="Cedar set"))
    first.close()

    again = open_store(data_paths.database)
    try:
        assert [s.name for s in Services.over(again).sets.list_sets()] == ["Cedar set"]
        assert current_revision(again.engine) == head_revision()
    finally:
        again.close()
    assert not data_paths.backups.exists()


def test_reopening_an_up_to_date_database_does_not_load_alembic(data_paths):
    open_store(data_paths.database).close()
    script = textwrap.dedent(
        f"""
        import sys
        from alsdesk.store import open_store
        open_store({str(data_paths.database)!r}).close()
        print(sorted(m for m in sys.modules if m.split(".")[0] == "alembic"))
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, timeout=60
    )
    assert result.stdout.strip() == "[]"


def test_a_database_from_a_newer_alsdesk_is_refused_with_a_clear_message(data_paths):
    open_store(data_paths.database).close()
    _set_revision(data_paths.database, "9999_future")

    with pytest.raises(StoreTooNewError, match="newer version") as caught:
        open_store(data_paths.database)

    assert "9999_future" in str(caught.value)
    assert isinstance(caught.value, StoreError)
    # Nothing was touched: no backup, and the revision is still the newer one.
    assert not data_paths.backups.exists()
    with sqlite3.connect(data_paths.database) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == (
            "9999_future",
        )
    conn.close()


def test_a_file_that_is_not_a_database_gives_a_store_error(data_paths):
    data_paths.database.write_bytes(b"This is a shopping list, not a database.\n" * 200)

    with pytest.raises(StoreError) as caught:
        open_store(data_paths.database)

    assert not isinstance(caught.value, sqlite3.Error)
    assert str(data_paths.database) in str(caught.value)
    assert "not a database" in str(caught.value)


def test_a_database_in_a_missing_folder_gives_a_store_error(tmp_path):
    with pytest.raises(StoreError, match="Cannot open the database"):
        open_store(tmp_path / "no such folder" / "alsdesk.sqlite3")


# -- upgrading from an older release -------------------------------------------
#
# Only one revision exists so far, so these tests pretend this build is newer
# (SCHEMA_HEAD ahead of the file) to exercise the backup taken before upgrading.


@pytest.fixture
def older_database(data_paths, monkeypatch):
    store = open_store(data_paths.database)
    Services.over(store).sets.create(SetDraft(name="Cedar set"))
    store.close()
    monkeypatch.setattr(store_engine, "SCHEMA_HEAD", "0002_a_newer_build")
    return data_paths.database


def test_an_older_database_is_backed_up_before_it_is_upgraded(older_database, data_paths):
    store = open_store(older_database)
    store.close()

    backups = list(data_paths.backups.iterdir())
    assert len(backups) == 1
    backup = backups[0]
    assert backup.name.startswith(f"alsdesk-{head_revision()}-")
    assert backup.suffix == ".sqlite3"
    with sqlite3.connect(backup) as conn:
        assert conn.execute("SELECT name FROM action_set").fetchall() == [("Cedar set",)]
    conn.close()


def test_a_backup_folder_can_be_chosen(older_database, tmp_path):
    chosen = tmp_path / "elsewhere"
    open_store(older_database, backup_dir=chosen).close()
    assert len(list(chosen.iterdir())) == 1


def test_a_backup_folder_blocked_by_a_file_gives_a_store_error(older_database, tmp_path):
    blocker = tmp_path / "backups-is-a-file"
    blocker.write_text("not a folder")

    with pytest.raises(StoreError):
        open_store(older_database, backup_dir=blocker)


def test_a_backup_that_sqlite_cannot_write_gives_a_store_error(older_database, tmp_path):
    # Occupy every backup file name for the next few seconds with a folder, so
    # SQLite itself fails to create the copy.
    folder = tmp_path / "backups"
    folder.mkdir()
    now = dt.datetime.now()
    for seconds in range(-2, 30):
        stamp = f"{now + dt.timedelta(seconds=seconds):%Y%m%d-%H%M%S}"
        (folder / f"alsdesk-{head_revision()}-{stamp}.sqlite3").mkdir()

    with pytest.raises(StoreError, match="Cannot open the database"):
        open_store(older_database, backup_dir=folder)


# -- opening by URL --------------------------------------------------------


def test_a_database_url_opens_the_same_file_as_its_path(data_paths):
    store = open_store(f"sqlite:///{data_paths.database}")
    try:
        assert store.path == data_paths.database
        Services.over(store).sets.create(SetDraft(name="Cedar set"))
    finally:
        store.close()
    again = open_store(data_paths.database)
    try:
        assert [s.name for s in Services.over(again).sets.list_sets()] == ["Cedar set"]
        assert again.url.get_backend_name() == "sqlite"
        with again.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
    finally:
        again.close()


def test_an_in_memory_url_is_a_database_without_a_file(tmp_path):
    store = open_store("sqlite://")
    try:
        assert store.path is None
        assert current_revision(store.engine) == head_revision()
    finally:
        store.close()
    assert list(tmp_path.iterdir()) == []


def test_a_url_alsdesk_cannot_read_is_a_clear_error():
    with pytest.raises(StoreError, match="not a database URL"):
        open_store("sqlite+:://nowhere")
