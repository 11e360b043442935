"""Small helpers for the workspace's hand-built grids."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QLayout

HINT_STYLE = "color: #52606d;"


def clear_layout(layout: QLayout) -> None:
    """Remove and delete every widget in ``layout`` (hidden at once, freed later)."""
    while layout.count():
        item = layout.takeAt(0)
        if item.widget() is not None:
            item.widget().hide()
            item.widget().deleteLater()
        elif item.layout() is not None:
            clear_layout(item.layout())


def hint_label(text: str) -> QLabel:
    """A muted, wrapping explanation: what a panel is for, or why it is empty."""
    label = QLabel(text)
    label.setWordWrap(True)
    label.setStyleSheet(HINT_STYLE)
    return label
