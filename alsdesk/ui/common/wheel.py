"""The mouse wheel scrolls the panel, not the box that happens to be under the pointer.

Scrolling down a panel of notes or report-back rows, the pointer soon rests on a
filled text box, a level chooser or a spin box; Qt would then scroll the box's
text or change its value. Unless that box has the keyboard focus (the user is
working in it), the wheel goes to the scrolling panel around it instead.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QPlainTextEdit,
    QScrollArea,
    QTextEdit,
    QWidget,
)

BOXES = (QPlainTextEdit, QTextEdit, QAbstractSpinBox, QComboBox)


class PanelWheel(QObject):
    """An application-wide event filter; see :func:`install`."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() != QEvent.Type.Wheel or not isinstance(watched, QWidget):
            return False
        box = _box_at(watched)
        if box is None or box.hasFocus():
            return False
        panel = _panel_around(box)
        if panel is None:
            return False
        QApplication.sendEvent(panel.verticalScrollBar(), event)
        return True


def _box_at(widget: QWidget) -> QWidget | None:
    """The text, spin or combo box ``widget`` is, or is the inside of (a text box's viewport)."""
    for candidate in (widget, widget.parentWidget()):
        if isinstance(candidate, BOXES):
            return candidate
    return None


def _panel_around(box: QWidget) -> QScrollArea | None:
    parent = box.parentWidget()
    while parent is not None:
        if isinstance(parent, QScrollArea):
            return parent
        parent = parent.parentWidget()
    return None


def install(app: QApplication) -> None:
    """Route the wheel as described above, for every window of ``app`` (once)."""
    if app.findChild(PanelWheel) is None:
        app.installEventFilter(PanelWheel(app))
