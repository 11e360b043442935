"""The window follows light or dark as chosen, shows where the focus is, and leaves text
at the system's size."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QLineEdit, QPushButton, QVBoxLayout, QWidget

import alsdesk
from alsdesk import theme

UI = Path(alsdesk.__file__).parent / "ui"
FIXED_SIZE = re.compile(
    r"font-size\s*:\s*[\d.]+\s*(?:px|pt)|setPixelSize\(\s*\d|setPointSize\(\s*\d"
)


def window_colour() -> str:
    return QApplication.palette().color(QPalette.ColorRole.Window).name()


def test_choosing_dark_gives_the_dark_palette_and_light_brings_the_light_back(looks):
    chosen = looks("dark")
    assert theme.current() is theme.DARK
    assert window_colour() == theme.DARK.palette.window
    assert QApplication.palette().color(QPalette.ColorRole.Text).name() == theme.DARK.palette.text
    chosen.set_preference("light")
    assert theme.current() is theme.LIGHT
    assert window_colour() == theme.LIGHT.palette.window


def test_system_follows_the_systems_colour_scheme_as_it_changes(qtbot, looks):
    # The offscreen platform has no colour scheme to change: say it changed, as a desktop does.
    hints = QGuiApplication.styleHints()
    looks("system")
    assert window_colour() == theme.LIGHT.palette.window  # unknown reads as light
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert window_colour() == theme.DARK.palette.window
    assert theme.current() is theme.DARK
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Light)
    assert window_colour() == theme.LIGHT.palette.window


def test_a_chosen_theme_stays_when_the_system_changes(looks):
    looks("light")
    QGuiApplication.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert window_colour() == theme.LIGHT.palette.window


def focus_pixels(widget: QWidget) -> int:
    image = widget.grab().toImage()
    ring = QColor(theme.current().palette.focus)
    return sum(
        1
        for x in range(image.width())
        for y in (0, 1, image.height() // 2, image.height() - 2)
        if _close(image.pixelColor(x, y), ring)
    ) + sum(1 for y in range(image.height()) if _close(image.pixelColor(1, y), ring))


def _close(a: QColor, b: QColor) -> bool:
    return abs(a.red() - b.red()) + abs(a.green() - b.green()) + abs(a.blue() - b.blue()) < 60


@pytest.mark.parametrize("preference", ["light", "dark"])
def test_the_focused_control_has_a_ring_in_the_focus_colour(qtbot, looks, preference):
    looks(preference)
    form = QWidget()
    qtbot.addWidget(form)
    button, field = QPushButton("Save"), QLineEdit()
    field.setAccessibleName("Name")
    column = QVBoxLayout(form)
    column.addWidget(field)
    column.addWidget(button)
    form.resize(240, 120)
    with qtbot.waitExposed(form, timeout=30_000):
        form.show()
    form.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is form, timeout=30_000)
    field.setFocus()
    qtbot.waitUntil(field.hasFocus, timeout=30_000)
    assert focus_pixels(field) > 20 and focus_pixels(button) == 0
    button.setFocus()
    qtbot.waitUntil(button.hasFocus, timeout=30_000)
    assert focus_pixels(button) > 20 and focus_pixels(field) == 0


def test_no_widget_fixes_its_text_at_a_size_of_its_own():
    fixed = [
        f"{path.relative_to(UI)}:{n}: {line.strip()}"
        for path in sorted(UI.rglob("*.py"))
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if FIXED_SIZE.search(line)
    ]
    assert fixed == []


def test_hints_grow_with_the_system_font(qtbot, qapp):
    from alsdesk.ui.common.empty_state import EmptyState

    base = qapp.font()
    try:
        bigger = qapp.font()
        bigger.setPointSizeF(base.pointSizeF() * 1.5)
        qapp.setFont(bigger)
        state = EmptyState(QWidget(), "Nothing here yet")
        qtbot.addWidget(state)
        expected = bigger.pointSizeF() * theme.current().screen_sizes.hint
        assert state.hint.font().pointSizeF() == pytest.approx(expected)
    finally:
        qapp.setFont(base)


def line_colours(chosen: theme.Theme) -> set[str]:
    from alsdesk.ui.common.icons import icon

    theme.use(chosen.name)
    image = icon("edit").pixmap(48, 48).toImage()
    return {
        image.pixelColor(x, y).name()
        for x in range(image.width())
        for y in range(image.height())
        if image.pixelColor(x, y).alpha() == 255
    }


def test_icons_are_drawn_in_the_themes_line_colour(restores_appearance):
    light, dark = line_colours(theme.LIGHT), line_colours(theme.DARK)
    assert theme.LIGHT.screen.icon_stroke in light
    assert theme.DARK.screen.icon_stroke in dark
    assert theme.LIGHT.screen.icon_stroke not in dark
