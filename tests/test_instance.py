"""One alsdesk per data folder: the lock, its stale take-over, and the command line."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest

from alsdesk.cli import main
from alsdesk.instance import LOCK_NAME, DataFolderInUseError, DataFolderLock
from alsdesk.paths import DataPaths
from alsdesk.services import Services
from alsdesk.services.sets import SetDraft
from alsdesk.store import open_store

# A child that takes the folder's lock, says so, then waits to be killed.
HOLD_LOCK = """
import sys, time
from pathlib import Path
from alsdesk.instance import DataFolderLock
lock = DataFolderLock(Path(sys.argv[1]))
assert lock.acquire()
print("locked", flush=True)
time.sleep(600)
"""


def _hold_in_child(root: Path) -> subprocess.Popen:
    child = subprocess.Popen(
        [sys.executable, "-c", HOLD_LOCK, str(root)], stdout=subprocess.PIPE, text=True
    )
    assert child.stdout.readline() == "locked\n"  # blocks until the child holds it
    return child


def _set_names(root: Path) -> list[str]:
    with closing(sqlite3.connect(DataPaths(root).database)) as conn:
        return [r[0] for r in conn.execute("SELECT name FROM action_set ORDER BY name")]


def test_a_second_lock_on_the_same_folder_is_refused_until_the_first_is_released(tmp_path):
    first, second = DataFolderLock(tmp_path), DataFolderLock(tmp_path)
    assert first.acquire()
    assert (tmp_path / LOCK_NAME).exists()
    assert not second.acquire()
    assert second.holder_pid() == os.getpid()
    first.release()
    assert second.acquire()
    second.release()


def test_different_folders_have_different_locks_and_socket_names(tmp_path):
    one, two = DataFolderLock(tmp_path / "a"), DataFolderLock(tmp_path / "b")
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    assert one.acquire() and two.acquire()
    assert one.server_name != two.server_name
    assert one.server_name == DataFolderLock(tmp_path / "a").server_name
    one.release()
    two.release()


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_a_lock_left_by_a_killed_copy_is_taken_over(tmp_path):
    child = _hold_in_child(tmp_path)
    assert not DataFolderLock(tmp_path).acquire()  # alive: refused
    child.send_signal(signal.SIGKILL)
    child.wait()
    assert (tmp_path / LOCK_NAME).exists()  # the crashed run left its lock behind
    lock = DataFolderLock(tmp_path)
    assert lock.acquire()
    lock.release()


def test_the_context_manager_refuses_a_held_folder_and_says_the_app_is_open(tmp_path):
    holder = DataFolderLock(tmp_path)
    assert holder.acquire()
    with (
        pytest.raises(DataFolderInUseError, match="alsdesk is open on the data folder"),
        DataFolderLock(tmp_path),
    ):
        pass
    holder.release()
    with DataFolderLock(tmp_path):
        assert not DataFolderLock(tmp_path).acquire()
    assert DataFolderLock(tmp_path).acquire()


def test_demo_refuses_while_the_app_is_open_and_writes_nothing(tmp_path, capsys):
    root = tmp_path / "data"
    root.mkdir()
    open_store(DataPaths(root).database).close()
    child = _hold_in_child(root)
    try:
        assert main(["--data-dir", str(root), "demo"]) == 2
    finally:
        child.kill()
        child.wait()
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "alsdesk is open on the data folder" in err and "Nothing was changed." in err
    assert _set_names(root) == []
    assert main(["--data-dir", str(root), "demo"]) == 0  # the stale lock is taken over
    assert len(_set_names(root)) == 1


def test_restore_refuses_while_the_app_is_open_and_the_data_stays(tmp_path, capsys):
    root = tmp_path / "data"
    root.mkdir()
    store = open_store(DataPaths(root).database)
    Services.over(store).sets.create(SetDraft(name="Cedar set", programme="", facilitator=""))
    store.close()
    backup = tmp_path / "usb.sqlite3"
    assert main(["--data-dir", str(root), "backup", "--out", str(backup)]) == 0
    store = open_store(DataPaths(root).database)
    Services.over(store).sets.create(SetDraft(name="Birch set", programme="", facilitator=""))
    store.close()
    holder = DataFolderLock(root)
    assert holder.acquire()
    try:
        assert main(["--data-dir", str(root), "restore", str(backup)]) == 2
    finally:
        holder.release()
    assert "alsdesk is open on the data folder" in capsys.readouterr().err
    assert _set_names(root) == ["Birch set", "Cedar set"]
    assert main(["--data-dir", str(root), "restore", str(backup)]) == 0
    assert _set_names(root) == ["Cedar set"]
