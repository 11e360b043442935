"""Home left open past midnight, or a laptop woken the next day, shows the new day."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QGuiApplication

from alsdesk.services.demo import create_demo
from alsdesk.ui.window.main_window import MainWindow
from tests.ui.conftest import TODAY


class Calendar:
    """The window's "today", which a test can turn over."""

    def __init__(self, day: dt.date):
        self.day = day

    def __call__(self) -> dt.date:
        return self.day


def open_window(qtbot, services, data_paths, clock, calendar) -> MainWindow:
    settings = QSettings(str(data_paths.settings), QSettings.Format.IniFormat)
    window = MainWindow(services, settings, today=calendar, clock=clock)
    qtbot.addWidget(window)
    with qtbot.waitExposed(window, timeout=30_000):
        window.show()
    window.show_home()
    return window


def test_home_turns_to_the_new_day_at_midnight_and_on_waking(qtbot, services, data_paths, clock):
    create_demo(services, TODAY)
    calendar = Calendar(TODAY)
    home = open_window(qtbot, services, data_paths, clock, calendar).welcome
    assert home.day_heading.text() == "Today, Monday 23 November 2026"
    assert "(in 29 days)" in home.meeting_line.text()

    home.day_watch.timeout.emit()  # the minute's check, the same day: nothing to do
    assert home.day_heading.text() == "Today, Monday 23 November 2026"

    calendar.day = TODAY + dt.timedelta(days=1)
    assert home.day_watch.isActive()
    home.day_watch.timeout.emit()  # the first check after midnight
    assert home.day_heading.text() == "Today, Tuesday 24 November 2026"
    assert "(in 28 days)" in home.meeting_line.text()

    calendar.day = TODAY + dt.timedelta(days=7)
    QGuiApplication.instance().applicationStateChanged.emit(Qt.ApplicationState.ApplicationActive)
    assert home.day_heading.text() == "Today, Monday 30 November 2026"
