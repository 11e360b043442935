"""Starting alsdesk a second time on the same data folder brings the first window forward."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtNetwork import QLocalSocket
from PySide6.QtWidgets import QMainWindow

from alsdesk.instance import DataFolderLock
from alsdesk.ui.window.single_instance import serve_later_starts

START_WAIT_MS = 120_000  # an alsdesk start on a loaded 2-core machine; ends at the condition


def _start(root: Path) -> subprocess.Popen:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.Popen(
        [sys.executable, "-m", "alsdesk", "--data-dir", str(root)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )


def _finish(qtbot, process: subprocess.Popen) -> tuple[int, str, str]:
    """Wait for ``process`` while this test's event loop keeps answering."""
    qtbot.waitUntil(lambda: process.poll() is not None, timeout=START_WAIT_MS)
    out, err = process.communicate()
    return process.returncode, out, err


def _listening(name: str) -> bool:
    socket = QLocalSocket()
    socket.connectToServer(name)
    connected = socket.waitForConnected(1000)
    socket.abort()
    return connected


@pytest.fixture
def root(tmp_path) -> Path:
    folder = tmp_path / "data"
    folder.mkdir()
    return folder


def test_a_second_start_brings_the_running_window_forward_and_exits(qtbot, root):
    lock = DataFolderLock(root)
    assert lock.acquire()
    window = QMainWindow()
    qtbot.addWidget(window)
    server = serve_later_starts(window, lock.server_name)
    assert server.listening
    window.show()
    window.setWindowState(Qt.WindowState.WindowMinimized)
    with qtbot.waitSignal(server.activation_requested, timeout=START_WAIT_MS):
        second = _start(root)
        code, out, err = _finish(qtbot, second)
    assert (code, err) == (0, "")
    assert out == f"alsdesk is already open on {root}; its window was brought forward.\n"
    assert not window.windowState() & Qt.WindowState.WindowMinimized
    assert window.isVisible()
    server.close()
    lock.release()


def test_a_start_while_a_command_holds_the_folder_says_so_in_one_line(qtbot, root):
    lock = DataFolderLock(root)  # held, but nobody listens: a command is writing
    assert lock.acquire()
    code, out, err = _finish(qtbot, _start(root))
    lock.release()
    assert code == 1 and out == ""
    assert err.count("\n") == 1 and "alsdesk is already in use on" in err


@pytest.mark.skipif(sys.platform == "win32", reason="kill() is a hard kill on POSIX only")
def test_the_real_app_refuses_a_second_copy_and_a_crashed_copy_does_not_block_the_next(qtbot, root):
    name = DataFolderLock(root).server_name
    first = _start(root)
    try:
        qtbot.waitUntil(lambda: first.poll() is None and _listening(name), timeout=START_WAIT_MS)
        code, out, _err = _finish(qtbot, _start(root))
        assert code == 0 and "its window was brought forward" in out
        first.kill()  # a crash: the lock file and the socket are left behind
        first.wait()
        assert (root / "alsdesk.lock").exists()
        third = _start(root)
        try:
            qtbot.waitUntil(
                lambda: third.poll() is None and _listening(name), timeout=START_WAIT_MS
            )
        finally:
            third.terminate()
            third.communicate()
    finally:
        if first.poll() is None:
            first.kill()
        first.communicate()


def test_the_app_starts_while_another_program_holds_a_write_lock(qtbot, root):
    """Purging a set deleted last time needs a write: it waits for a later start instead."""
    import sqlite3
    from contextlib import closing

    from alsdesk.paths import DataPaths
    from alsdesk.services import Services
    from alsdesk.services.sets import SetDraft
    from alsdesk.store import open_store

    database = DataPaths(root).database
    store = open_store(database)
    services = Services.over(store)
    services.sets.delete(services.sets.create(SetDraft(name="Deleted set")).id)
    store.close()
    name = DataFolderLock(root).server_name
    with closing(sqlite3.connect(database, isolation_level=None)) as other:
        other.execute("BEGIN IMMEDIATE")
        app = _start(root)
        try:
            qtbot.waitUntil(lambda: app.poll() is None and _listening(name), timeout=START_WAIT_MS)
        finally:
            other.execute("ROLLBACK")
            app.terminate()
            _out, err = app.communicate()
    assert "Traceback" not in err
    with closing(sqlite3.connect(database)) as conn:
        assert conn.execute("SELECT count(*) FROM action_set").fetchone() == (1,)
