"""The real start (``app.run_gui``): the theme chosen in Settings, and the tour once."""

from __future__ import annotations

import sys

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from alsdesk import app, theme
from alsdesk.paths import DataPaths
from alsdesk.settings import THEME, TOUR_SEEN
from alsdesk.ui.window import main_window


def start_and_look(monkeypatch, folder) -> dict:
    """Run the app on ``folder`` until its window is up, note what it shows, close it."""
    seen: dict = {}
    real = main_window.MainWindow

    def made(*args, **kwargs):
        window = real(*args, **kwargs)
        seen["theme at build"] = theme.current().name

        def look() -> None:
            seen["window colour"] = QApplication.palette().color(QPalette.ColorRole.Window).name()
            seen["tour"] = window.help.tour is not None and window.help.tour.isVisible()
            window.close()

        QTimer.singleShot(0, look)
        return window

    monkeypatch.setattr(main_window, "MainWindow", made)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # run_gui routes storage errors
    seen["exit"] = app.run_gui(str(folder))
    return seen


def test_the_first_start_shows_the_tour_and_the_next_in_the_chosen_theme_without_it(
    qtbot, tmp_path, monkeypatch, restores_appearance
):
    folder = tmp_path / "data"
    first = start_and_look(monkeypatch, folder)
    assert first == {
        "theme at build": "light",  # the offscreen platform has no dark scheme to follow
        "window colour": theme.LIGHT.palette.window,
        "tour": True,
        "exit": 0,
    }
    settings = QSettings(str(DataPaths(folder).settings), QSettings.Format.IniFormat)
    assert settings.value(TOUR_SEEN) in (True, "true")
    settings.setValue(THEME, "dark")
    settings.sync()

    second = start_and_look(monkeypatch, folder)
    assert second == {
        "theme at build": "dark",
        "window colour": theme.DARK.palette.window,
        "tour": False,
        "exit": 0,
    }
