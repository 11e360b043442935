"""Fixtures for driving the real main window and its modal dialogs."""

from __future__ import annotations

import datetime as dt
import os
from collections import deque
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QSettings, Qt, QThreadPool, QTimer
from PySide6.QtGui import QGuiApplication, QPalette
from PySide6.QtWidgets import QAbstractButton, QApplication, QDialog, QWidget

from alsdesk import theme
from alsdesk.ui.common import appearance
from alsdesk.ui.window.main_window import MainWindow

TODAY = dt.date(2026, 11, 23)


class FakeClock:
    """Wall-clock time (naive UTC) that only moves when a test says so."""

    def __init__(self, now: dt.datetime):
        self.now = now

    def __call__(self) -> dt.datetime:
        return self.now

    def advance(self, **delta) -> None:
        self.now += dt.timedelta(**delta)


POOL_WAIT_MS = 30_000


@pytest.fixture(autouse=True)
def background_jobs_finish(qapp):
    """No worker outlives its test: an export or backup still running would write into
    the next test's files, and its finished signal would reach the next test's window."""
    yield
    pool = QThreadPool.globalInstance()
    finished = pool.waitForDone(POOL_WAIT_MS)
    QApplication.processEvents()  # deliver the jobs' queued finished/failed signals here
    if not finished:
        pytest.fail(
            f"{pool.activeThreadCount()} background job(s) still running "
            f"{POOL_WAIT_MS // 1000} s after the test",
            pytrace=False,
        )


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
        with qtbot.waitExposed(window, timeout=30_000):
            window.show()
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=30_000)
        return window

    return make


@pytest.fixture
def window(make_window) -> MainWindow:
    return make_window()


class _ModalHandlers:
    """The ``on_modal`` queue: each handler answers exactly one modal dialog, in order.

    One timer polls for the active modal dialog while handlers are pending. A
    dialog whose handler is still running (its nested event loop lets the timer
    fire again) is never handed to the next handler: that one waits for a new
    dialog, such as a message box the first handler's click opened.
    """

    def __init__(self) -> None:
        self.pending: deque[tuple[Callable[[QWidget], object], bool]] = deque()
        self.in_progress: list[QWidget] = []
        self.failed = False
        self.timer = QTimer()
        self.timer.setInterval(10)
        self.timer.timeout.connect(self.poll)

    def __call__(self, interact: Callable[[QWidget], object], *, leave_open: bool = False) -> None:
        self.pending.append((interact, leave_open))
        if not self.timer.isActive():
            self.timer.start()

    def poll(self) -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None or not self.pending or any(d is dialog for d in self.in_progress):
            return
        interact, leave_open = self.pending.popleft()
        if not self.pending:
            self.timer.stop()
        self.in_progress.append(dialog)
        try:
            interact(dialog)
        except BaseException:
            self.failed = True
            _close(dialog)
            raise  # pytest-qt captures exceptions raised in Qt callbacks and fails the test
        else:
            if not leave_open:
                _close(dialog)
        finally:
            self.in_progress.pop()

    def finish(self) -> None:
        self.timer.stop()
        self.timer.timeout.disconnect(self.poll)
        unused, self.pending = list(self.pending), deque()
        if unused and not self.failed:
            names = ", ".join(getattr(h, "__qualname__", repr(h)) for h, _ in unused)
            pytest.fail(
                f"on_modal handler never ran: no modal dialog appeared ({names})", pytrace=False
            )


def _close(dialog: QWidget) -> None:
    """Reject a dialog its handler left open, even one that refuses (so exec() returns)."""
    if not dialog.isVisible():
        return
    if isinstance(dialog, QDialog):
        dialog.reject()
    else:
        dialog.close()
    if dialog.isVisible():
        dialog.hide()


@pytest.fixture
def on_modal(qtbot):
    """``on_modal(interact)``: run ``interact(dialog)`` on the next modal dialog, while it blocks.

    Handlers queue up: each answers exactly one modal dialog, first registered
    first served (a handler may register the next one). The dialog is rejected
    after ``interact`` unless ``leave_open=True`` (for the app to close it).
    Polling ends with the test, and a handler that never ran fails the test. If
    ``interact`` raises, the error reaches pytest-qt and the dialog is rejected
    so nothing hangs.
    """
    handlers = _ModalHandlers()
    yield handlers
    handlers.finish()


def activate(qtbot, window: QWidget) -> None:
    """Give the window focus back after a dialog, as the window manager would."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=30_000)


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


def positions(window: QWidget, widgets) -> list[tuple[int, int]]:
    """Where ``widgets`` sit in ``window`` once pending layout requests have run.

    A label whose text changed asks its layout to move things in a posted event;
    delivering the posted events first makes the positions the ones the user sees.
    """
    QApplication.sendPostedEvents()
    QApplication.processEvents()
    return [w.mapTo(window, QPoint()).toTuple() for w in widgets]


@pytest.fixture
def restores_appearance(qapp):
    """Whatever a test does to the look (``appearance.install``, as ``app.run_gui`` does),
    the next test starts with the style, palette and theme this one found."""
    style, palette = qapp.style().name(), QPalette(qapp.palette())
    yield
    for each in qapp.findChildren(appearance.Appearance):
        QGuiApplication.styleHints().colorSchemeChanged.disconnect(each._system_changed)
        each.setParent(None)
        each.deleteLater()
    qapp.setStyle(style)
    qapp.setPalette(palette)
    theme.use("light")


@pytest.fixture
def looks(qapp, restores_appearance):
    """``looks(preference)``: an ``Appearance`` on the test's QApplication, undone afterwards."""
    return lambda preference: appearance.install(qapp, preference)
