"""Small helpers for the workspace's hand-built grids."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QLayout, QScrollArea, QWidget

from alsdesk import theme

HINT_STYLE = f"color: {theme.current().screen.hint};"


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


class VerticalScrollArea(QScrollArea):
    """Scrolls its widget up and down only, giving it the height its wrapped text needs.

    QScrollArea sizes a resizable widget to the viewport; wrapped labels then
    get squeezed instead of the area scrolling. This sets the widget's minimum
    height from its layout's height for the viewport's width.
    """

    def __init__(self, widget: QWidget, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWidget(widget)

    def fit(self) -> None:
        widget, layout = self.widget(), self.widget().layout()
        if layout is not None and layout.hasHeightForWidth():
            widget.setMinimumHeight(layout.heightForWidth(self.viewport().width()))

    def resizeEvent(self, event: QResizeEvent) -> None:
        self.fit()
        super().resizeEvent(event)
