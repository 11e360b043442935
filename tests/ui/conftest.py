"""Fixtures for driving the real main window and its modal dialogs."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget

from alsdesk.ui.main_window import MainWindow

TODAY = dt.date(2026, 11, 23)


class FakeClock:
    """Wall-clock time (naive UTC) that only moves when a test says so."""

    def __init__(self, now: dt.datetime):
        self.now = now

    def __call__(self) -> dt.datetime:
        return self.now

    def advance(self, **delta) -> None:
        self.now += dt.timedelta(**delta)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(dt.datetime.combine(TODAY, dt.time(9, 0)))


@pytest.fixture
def make_window(qtbot, services, data_paths, clock):
    """Factory: a shown main window over the test's database and settings file."""

    def make(today: dt.date = TODAY) -> MainWindow:
        settings = QSettings(str(data_paths.settings), QSettings.Format.IniFormat)
        window = MainWindow(services, settings, today=lambda: today, clock=clock)
        qtbot.addWidget(window)
        window.show()
        window.activateWindow()
        qtbot.waitActive(window)
        return window

    return make


@pytest.fixture
def window(make_window) -> MainWindow:
    return make_window()


@pytest.fixture
def on_modal(qtbot):
    """Run ``interact(dialog)`` on the next modal dialog, while its exec() blocks.

    If ``interact`` fails, the dialog is rejected so the test fails instead of
    hanging, and the error reaches pytest-qt.
    """

    def schedule(interact) -> None:
        def run() -> None:
            dialog = QApplication.activeModalWidget()
            if dialog is None:
                QTimer.singleShot(10, run)
                return
            try:
                interact(dialog)
            finally:
                if dialog.isVisible():
                    dialog.reject()

        QTimer.singleShot(0, run)

    return schedule


def activate(qtbot, window: QWidget) -> None:
    """Give the window focus back after a dialog, as the window manager would."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def click(qtbot, widget: QWidget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def click_button(qtbot, dialog: QWidget, text: str) -> None:
    """Click the dialog's button labelled ``text`` (ignoring & accelerators)."""
    for button in dialog.findChildren(QAbstractButton):
        if button.text().replace("&", "") == text and button.isVisible():
            click(qtbot, button)
            return
    raise AssertionError(f"no button {text!r} in {dialog.windowTitle()!r}")


def type_into(qtbot, dialog: QWidget, field: str, text: str) -> None:
    widget = dialog.findChild(QWidget, field)
    assert widget is not None, f"no field {field!r}"
    widget.setFocus()
    qtbot.keyClicks(widget, text)


def replace_text(qtbot, dialog: QWidget, field: str, text: str) -> None:
    """Select all of a line edit and type over it, as a user would."""
    widget = dialog.findChild(QWidget, field)
    widget.setFocus()
    widget.selectAll()
    qtbot.keyClicks(widget, text)


def rename_set_to(qtbot, name: str):
    """A dialog interaction: type a new set name and press OK."""

    def interact(dialog) -> None:
        replace_text(qtbot, dialog, "name", name)
        click_button(qtbot, dialog, "OK")

    return interact


@pytest.fixture
def screenshot(tmp_path):
    """Save a widget's picture; into $ALSDESK_SCREENSHOTS when set, for review."""
    folder = Path(os.environ.get("ALSDESK_SCREENSHOTS", tmp_path / "screenshots"))
    folder.mkdir(parents=True, exist_ok=True)

    def save(widget: QWidget, name: str) -> Path:
        path = folder / f"{name}.png"
        assert widget.grab().save(str(path))
        return path

    return save
