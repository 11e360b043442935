"""Small pieces the goals page shares: inline errors, compact tables, status colours."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QObject
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QTableView,
    QWidget,
)

from alsdesk import theme
from alsdesk.services.goals import GoalStatus
from alsdesk.ui.common.form import ERROR_STYLE, keep_room_when_hidden, mark_invalid
from alsdesk.ui.common.sorted_table import sorted_table
from alsdesk.ui.common.steady import SteadyLabel

# Each status's pill beside the goal's title (fill and text); the word says it too.
_PILLS = theme.current().screen.goal_status
STATUS_COLOURS = {
    GoalStatus.PLANNED: _PILLS.planned,
    GoalStatus.ACTIVE: _PILLS.active,
    GoalStatus.ON_HOLD: _PILLS.on_hold,
    GoalStatus.ACHIEVED: _PILLS.achieved,
    GoalStatus.STOPPED: _PILLS.stopped,
}


def status_style(status: GoalStatus) -> str:
    tone = STATUS_COLOURS[status]
    return f"background: {tone.fill}; color: {tone.text}; border-radius: 9px; padding: 2px 10px;"


def bold(label: QLabel, scale: float = 1.0) -> QLabel:
    font = label.font()
    font.setBold(True)
    if scale != 1.0:
        font.setPointSizeF(font.pointSizeF() * scale)
    label.setFont(font)
    return label


def scale_font(widget: QWidget, scale: float) -> QWidget:
    """``widget``'s text ``scale`` times its font's size, so it grows with the system's."""
    font = widget.font()
    font.setPointSizeF(font.pointSizeF() * scale)
    widget.setFont(font)
    return widget


def wrapping_label(name: str = "") -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setObjectName(name)
    return label


class InlineErrors(QObject):
    """Messages under the fields of a form that lives on the page rather than in a dialog.

    Mirrors FormDialog: a red message below the field, the field outlined, both cleared as
    soon as the field is edited. A form the user works down again and again (a weekly
    update) asks for ``reserve``: the message's line is kept free, so nothing moves.
    """

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._labels: dict[str, QLabel] = {}
        self._fields: dict[str, QWidget] = {}

    def watch(self, key: str, field: QWidget, reserve: bool = False) -> QLabel:
        """The message label for ``field`` (hidden until needed, or a reserved empty line):
        the caller places it under the field."""
        if reserve:
            label: QLabel = SteadyLabel(name=f"error_{key}")
            label.setStyleSheet(ERROR_STYLE)
        else:
            label = QLabel()
            label.setObjectName(f"error_{key}")
            label.setStyleSheet(ERROR_STYLE)
            label.setWordWrap(True)
            label.hide()
        self._labels[key] = label
        self._fields[key] = field
        if isinstance(field, QLineEdit):
            field.textEdited.connect(lambda _text: self.clear(key))
        elif isinstance(field, QAbstractSpinBox):
            field.editingFinished.connect(lambda: self.clear(key))
        return label

    def show(self, problems: dict[str, str], fallback: str) -> None:
        """Each message at its field; one for a field not on this form goes to ``fallback``."""
        first = None
        for key, message in problems.items():
            key = key if key in self._labels else fallback
            label = self._labels[key]
            before = self.text(key)
            label.setText(f"{before} {message}" if before else message)
            keep_room_when_hidden(label)  # the fields below stay put while it is corrected
            label.show()
            mark_invalid(self._fields[key])
            first = first or self._fields[key]
        if first is not None:
            first.setFocus()

    def text(self, key: str) -> str:
        label = self._labels[key]
        return label.text() if not label.isHidden() else ""

    def clear(self, key: str | None = None) -> None:
        for each in [key] if key else list(self._labels):
            label = self._labels[each]
            if self.text(each):
                if isinstance(label, SteadyLabel):
                    label.clear()
                else:
                    label.hide()
                mark_invalid(self._fields[each], False)


def compact_table(model: QAbstractItemModel, name: str, owner: QObject) -> QTableView:
    """A sortable read-only table sized by ``fit_rows``, so the page scrolls, not the table."""
    _proxy, table = sorted_table(model, name, owner)
    table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    table.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
    table.horizontalHeader().setHighlightSections(False)
    return table


def fit_rows(table: QTableView, max_rows: int = 10) -> None:
    """Make ``table`` as tall as its rows (up to ``max_rows``; it scrolls beyond)."""
    rows = min(table.model().rowCount(), max_rows)
    row_height = table.verticalHeader().defaultSectionSize()
    height = table.horizontalHeader().sizeHint().height() + rows * row_height
    table.setFixedHeight(height + 2 * table.frameWidth() + 2)
