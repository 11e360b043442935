"""A row of tool buttons above a table, driven by QActions."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QToolBar, QWidget


class ToolbarRow(QWidget):
    """Buttons for ``actions`` (overflowing into a menu when narrow) and a status text."""

    def __init__(self, actions: list[QAction], parent: QWidget | None = None):
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.bar = QToolBar()
        self.bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.bar.setIconSize(QSize(20, 20))
        self.bar.addActions(actions)
        layout.addWidget(self.bar, 1)
        self.status = QLabel()
        self.status.setObjectName("row_status")
        self.status.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Preferred)
        layout.addWidget(self.status)


def set_shortcuts(action: QAction, shortcut) -> None:
    """Every platform binding of a standard key (Redo is Ctrl+Y and Ctrl+Shift+Z)."""
    if isinstance(shortcut, QKeySequence.StandardKey):
        action.setShortcuts(shortcut)
    else:
        action.setShortcut(shortcut)


def make_action(parent: QWidget, name: str, text: str, icon=None, shortcut=None) -> QAction:
    """A named action scoped to ``parent`` and its children."""
    action = QAction(text, parent)
    action.setObjectName(name)
    if icon is not None:
        action.setIcon(icon)
    if shortcut is not None:
        set_shortcuts(action, shortcut)
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    parent.addAction(action)
    return action
