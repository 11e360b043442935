"""Creating or upgrading the schema is all-or-nothing.

A child process is killed (SIGKILL, no clean-up of any kind) at seeded random
points of a first start and of an upgrade from the oldest released database;
each time, the next start must open at the newest schema with every row intact.
The kill points are counted in SQL statements, so they land inside the
migrations themselves, not only before or after them.
"""

from __future__ import annotations

import itertools
import os
import random
import shutil
import signal
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import Engine, event

from alsdesk.services import Services
from alsdesk.services.sets import SetDraft
from alsdesk.store import StoreError, open_store
from alsdesk.store.engine import current_revision
from alsdesk.store.migrate import head_revision
from alsdesk.store.models import Base

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="kills a forked child (POSIX)")

OLDEST_FIXTURE = Path(__file__).with_name("fixtures") / "revision_0001_foundation.sqlite3"
KILLS_PER_CASE = 24

# What the foundation fixture holds, read with plain SQL that every revision answers.
FOUNDATION_ROWS = {
    "action_set": "SELECT id, name, programme, venue FROM action_set ORDER BY id",
    "person": "SELECT id, full_name, email, phone FROM person ORDER BY id",
    "membership": "SELECT id, set_id, person_id, position FROM membership ORDER BY id",
    "event": "SELECT id, uid, kind, title, date FROM event ORDER BY id",
}


def _rows(path: Path) -> dict[str, list[tuple]]:
    with closing(sqlite3.connect(path)) as conn:
        return {table: conn.execute(query).fetchall() for table, query in FOUNDATION_ROWS.items()}


def _count_hooks(limit: int | None) -> itertools.count:
    """Count every statement before and after it runs; SIGKILL this process at ``limit``."""
    counter = itertools.count(1)

    def hook(*_args, **_kwargs) -> None:
        if next(counter) == limit:
            os.kill(os.getpid(), signal.SIGKILL)

    event.listen(Engine, "before_cursor_execute", hook)
    event.listen(Engine, "after_cursor_execute", hook)
    event.listen(Engine, "commit", hook)
    return counter


def _points_in_an_open(path: Path) -> int:
    """How many kill points opening ``path`` passes (measured in a child, on a copy)."""
    scratch = path.with_name("scratch.sqlite3")
    shutil.copyfile(path, scratch) if path.exists() else scratch.unlink(missing_ok=True)
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - runs in the child
        status = 1
        try:
            counter = _count_hooks(None)
            open_store(scratch).close()
            os.write(write, str(next(counter) - 1).encode())
            status = 0
        finally:
            os._exit(status)
    os.close(write)
    with os.fdopen(read) as answer:
        points = int(answer.read())
    os.waitpid(pid, 0)
    for leftover in scratch.parent.glob("scratch.sqlite3*"):
        leftover.unlink()
    shutil.rmtree(scratch.parent / "backups", ignore_errors=True)
    return points


def _open_and_die_at(path: Path, point: int) -> None:
    pid = os.fork()
    if pid == 0:  # pragma: no cover - runs in the child
        try:
            _count_hooks(point)
            open_store(path).close()
        finally:
            os._exit(0)
    _, status = os.waitpid(pid, 0)
    assert os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL, (
        f"the child was meant to die at kill point {point}"
    )


def _assert_opens_at_head(path: Path) -> None:
    store = open_store(path)
    try:
        assert current_revision(store.engine) == head_revision()
        with store.engine.connect() as conn:
            assert compare_metadata(MigrationContext.configure(conn), Base.metadata) == []
        with store.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
    finally:
        store.close()


def _kill_points(total: int, seed: int) -> list[int]:
    return sorted(random.Random(seed).sample(range(1, total + 1), min(KILLS_PER_CASE, total)))


def test_a_first_start_killed_at_any_point_starts_cleanly_next_time(tmp_path):
    path = tmp_path / "alsdesk.sqlite3"
    total = _points_in_an_open(path)
    assert total > 50  # the whole schema, statement by statement

    for point in _kill_points(total, seed=1101):
        for leftover in tmp_path.glob("alsdesk.sqlite3*"):
            leftover.unlink()
        _open_and_die_at(path, point)

        _assert_opens_at_head(path)
        store = open_store(path)
        try:
            services = Services.over(store)
            services.sets.create(SetDraft(name="Cedar set"))
            assert [s.name for s in services.sets.list_sets()] == ["Cedar set"]
        finally:
            store.close()


def test_an_upgrade_killed_at_any_point_keeps_every_row_and_finishes_next_time(tmp_path):
    path = tmp_path / "data" / "alsdesk.sqlite3"
    path.parent.mkdir()
    shutil.copyfile(OLDEST_FIXTURE, path)
    expected = _rows(path)
    assert all(expected.values())
    total = _points_in_an_open(path)
    assert total > 20

    for point in _kill_points(total, seed=1102):
        for leftover in path.parent.glob("alsdesk.sqlite3*"):
            leftover.unlink()
        shutil.rmtree(path.parent / "backups", ignore_errors=True)
        shutil.copyfile(OLDEST_FIXTURE, path)
        _open_and_die_at(path, point)

        # Killed midway, the file holds the old schema or the new one, never a mix.
        assert _rows(path) == expected
        _assert_opens_at_head(path)
        assert _rows(path) == expected
        # Never a partial backup under a real name.
        for backup in (path.parent / "backups").glob("*.sqlite3"):
            assert _rows(backup) == expected


def test_a_migration_that_fails_midway_changes_nothing_and_leaves_no_backup(tmp_path):
    path = tmp_path / "alsdesk.sqlite3"
    shutil.copyfile(OLDEST_FIXTURE, path)
    expected = _rows(path)
    counter = itertools.count(1)

    def disk_full_midway(*_args, **_kwargs) -> None:
        if next(counter) == 30:
            raise sqlite3.OperationalError("database or disk is full")

    event.listen(Engine, "before_cursor_execute", disk_full_midway)
    try:
        with pytest.raises(StoreError, match="disk is full"):
            open_store(path)
    finally:
        event.remove(Engine, "before_cursor_execute", disk_full_midway)

    with closing(sqlite3.connect(path)) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchall() == [
            ("0001_foundation",)
        ]
        tables = conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()
        assert ("meeting",) not in tables
    assert _rows(path) == expected
    assert list((tmp_path / "backups").glob("*")) == []

    # The next start (space freed) upgrades normally, with one backup.
    _assert_opens_at_head(path)
    assert _rows(path) == expected
    assert len(list((tmp_path / "backups").glob("*.sqlite3"))) == 1


def test_a_first_start_that_fails_midway_leaves_an_empty_database_that_opens_later(tmp_path):
    path = tmp_path / "alsdesk.sqlite3"
    counter = itertools.count(1)

    def disk_full_midway(*_args, **_kwargs) -> None:
        if next(counter) == 40:
            raise sqlite3.OperationalError("database or disk is full")

    event.listen(Engine, "before_cursor_execute", disk_full_midway)
    try:
        with pytest.raises(StoreError):
            open_store(path)
    finally:
        event.remove(Engine, "before_cursor_execute", disk_full_midway)

    with closing(sqlite3.connect(path)) as conn:
        assert conn.execute("SELECT name FROM sqlite_master").fetchall() == []
    _assert_opens_at_head(path)


def test_a_backup_that_cannot_be_finished_leaves_no_file(tmp_path, monkeypatch):
    from alsdesk.store import backups as store_backups

    path = tmp_path / "alsdesk.sqlite3"
    shutil.copyfile(OLDEST_FIXTURE, path)

    def no_room(*_args, **_kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(store_backups.os, "fsync", no_room)
    with pytest.raises(StoreError, match="No space left on device"):
        open_store(path)

    assert list((tmp_path / "backups").iterdir()) == []
    assert _rows(path) == _rows(OLDEST_FIXTURE)
