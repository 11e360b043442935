"""Pictures of a dialog as the user sees it: over the window, at a laptop's screen size."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QApplication, QWidget

LAPTOPS = ((1024, 768), (1366, 768))


def on_screen(window: QWidget, dialog: QWidget, path: Path, size: tuple[int, int]) -> None:
    """The window at ``size`` with the dialog centred over it; the dialog must fit."""
    window.resize(*size)
    QApplication.processEvents()
    picture = window.grab()
    shot = dialog.grab()
    assert shot.width() <= size[0] and shot.height() <= size[1], "dialog larger than the screen"
    painter = QPainter(picture)
    corner = QPoint((picture.width() - shot.width()) // 2, (picture.height() - shot.height()) // 2)
    painter.drawPixmap(corner, shot)
    painter.end()
    assert picture.save(str(path))


def on_laptops(window: QWidget, dialog: QWidget, folder: Path, name: str) -> None:
    for width, height in LAPTOPS:
        on_screen(window, dialog, folder / f"{name}-{width}x{height}.png", (width, height))
