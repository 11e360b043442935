"""Small widget factories shared by the dialogs."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Signal
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QPlainTextEdit, QWidget

from alsdesk.ui.common.date_field import DateField


def plain_text_edit(lines: int = 3) -> QPlainTextEdit:
    """A plain-text box about ``lines`` high where Tab moves to the next field."""
    edit = QPlainTextEdit()
    edit.setTabChangesFocus(True)
    height = QFontMetrics(edit.font()).lineSpacing() * lines + 12
    edit.setFixedHeight(height)
    return edit


class OptionalDate(QWidget):
    """A date that may be unknown: a check box ("on", "by") switching a date edit on."""

    changed = Signal()

    def __init__(
        self,
        text: str,
        fallback: dt.date,
        parent: QWidget | None = None,
    ):
        """``fallback`` is the date offered when the box is ticked with no date yet."""
        super().__init__(parent)
        self._fallback = fallback
        self.known = QCheckBox(text)
        self.edit = DateField()
        self.edit.setEnabled(False)
        self.edit.setDate(QDate(fallback))
        self.known.toggled.connect(self.edit.setEnabled)
        self.known.toggled.connect(self.changed)
        self.edit.dateChanged.connect(self.changed)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.known)
        row.addWidget(self.edit, 1)

    def value(self) -> dt.date | None:
        return self.edit.date().toPython() if self.known.isChecked() else None

    def set_value(self, day: dt.date | None) -> None:
        self.known.setChecked(day is not None)
        self.edit.setDate(QDate(day or self._fallback))
