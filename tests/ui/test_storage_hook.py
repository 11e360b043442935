"""A storage failure no panel caught still reaches the user as a message."""

from __future__ import annotations

import sqlite3
import sys

import pytest
from PySide6.QtWidgets import QMessageBox

from alsdesk.store.failures import StorageError, translate
from alsdesk.ui.window import storage_hook


def _disk_full() -> StorageError:
    failure = translate(sqlite3.OperationalError("database or disk is full"), True)
    assert failure is not None
    return failure


def test_an_uncaught_storage_failure_is_shown_over_the_window(qtbot, window, on_modal):
    shown: list[str] = []

    def read(dialog) -> None:
        assert isinstance(dialog, QMessageBox)
        shown.append(dialog.text())

    uninstall = storage_hook.install(window.show_error)
    try:
        on_modal(read)
        failure = _disk_full()
        try:
            raise RuntimeError("a reload failed") from failure
        except RuntimeError as wrapped:
            sys.excepthook(type(wrapped), wrapped, wrapped.__traceback__)
    finally:
        uninstall()

    assert shown == ["alsdesk could not save: the disk is full. Nothing was changed."]
    assert window.isVisible()


def test_other_exceptions_still_go_to_the_previous_hook(monkeypatch):
    seen: list[BaseException] = []
    monkeypatch.setattr(sys, "excepthook", lambda _kind, error, _trace: seen.append(error))
    shown: list[str] = []
    uninstall = storage_hook.install(shown.append)
    bug = ValueError("a bug of ours")
    sys.excepthook(ValueError, bug, None)
    uninstall()

    assert seen == [bug]
    assert shown == []


@pytest.mark.parametrize("wrapped", [False, True])
def test_the_failure_is_found_behind_a_later_exception(wrapped):
    failure = _disk_full()
    if not wrapped:
        assert storage_hook.storage_failure(failure) is failure
        return
    try:
        raise KeyError("x") from failure
    except KeyError as later:
        assert storage_hook.storage_failure(later) is failure
