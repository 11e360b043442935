"""One date entry for every form: type the date as you write it, or pick it from a calendar.

A ``DateField`` is a line edit that reads what was typed with ``alsdesk.dates.parse_date``
(12/1/27, 12 Jan 2027, 2027-01-12) when the user leaves it or presses Enter, and shows
the day it understood in the field's display format. Its button (or Alt+Down) opens a
calendar with a "Today" button; Up and Down step a day. It offers ``date()``,
``setDate()`` and ``dateChanged`` as QDateEdit does, so forms read it the same way.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QDate, QPoint, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCalendarWidget,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from alsdesk.dates import parse_date
from alsdesk.ui.common.icons import icon


class CalendarPopup(QFrame):
    """The month to pick a day from, with "Today" beneath it."""

    picked = Signal(QDate)

    def __init__(self, parent: QWidget):
        super().__init__(parent, Qt.WindowType.Popup)
        self.setObjectName("calendar_popup")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.calendar = QCalendarWidget()
        self.calendar.setObjectName("calendar")
        self.calendar.setGridVisible(False)
        self.calendar.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        self.calendar.clicked.connect(self.picked)
        self.calendar.activated.connect(self.picked)
        self.today_button = QPushButton(self.tr("&Today"))
        self.today_button.setObjectName("calendar_today")
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.today_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.calendar)
        layout.addLayout(row)


class DateField(QLineEdit):
    """A day typed freely or picked; ``problem()`` says why the text is not a date."""

    dateChanged = Signal(QDate)  # noqa: N815 - QDateEdit's name, so forms connect alike

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        display: str = "d MMM yyyy",
        today: Callable[[], dt.date] = dt.date.today,
    ):
        super().__init__(parent)
        self._display = display
        self._today = today
        self._date = QDate(today())
        self._problem = ""
        self.setPlaceholderText(self.tr("e.g. 12/1/27"))
        self.setToolTip(self.tr("Type a date (12/1/27, 12 Jan 2027) or press Alt+Down"))
        self.calendar_action = self.addAction(
            icon("calendar"), QLineEdit.ActionPosition.TrailingPosition
        )
        self.calendar_action.setToolTip(self.tr("Pick from a calendar (Alt+Down)"))
        for button in self.calendar_action.associatedObjects():
            if isinstance(button, QToolButton):  # the icon's button: a name to be read out
                button.setAccessibleName(self.tr("Pick from a calendar"))
        self.calendar_action.triggered.connect(self.show_calendar)
        self.popup: CalendarPopup | None = None
        self.editingFinished.connect(self.read_text)
        self._show_date()

    # -- QDateEdit's way in and out ---------------------------------------------------

    def date(self) -> QDate:
        """The day the text names (read now, so a form collected before the user left
        the field gets what was typed); the last good day while the text is no date."""
        self.read_text()
        return QDate(self._date)

    def setDate(self, day: QDate) -> None:  # noqa: N802 - QDateEdit's name
        self._problem = ""
        changed = day != self._date
        self._date = QDate(day)
        self._show_date()
        if changed:
            self.dateChanged.emit(QDate(day))

    def setDisplayFormat(self, display: str) -> None:  # noqa: N802 - QDateEdit's name
        self._display = display
        self._show_date()

    def problem(self) -> str:
        """Why the text is not a day ('' when it is one)."""
        self.read_text()
        return self._problem

    # -- typing ------------------------------------------------------------------------

    def read_text(self) -> None:
        if self.text() == self._date.toString(self._display):
            self._problem = ""
            return
        try:
            day = parse_date(self.text(), self._today())
        except ValueError as exc:
            self._problem = str(exc)
            return
        self.setDate(QDate(day))

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        key, mods = event.key(), event.modifiers()
        if (
            key == Qt.Key.Key_Down
            and mods & Qt.KeyboardModifier.AltModifier
            or (key == Qt.Key.Key_F4)
        ):
            self.show_calendar()
        elif key in (Qt.Key.Key_Up, Qt.Key.Key_Down) and not self.isReadOnly():
            self.read_text()
            if not self._problem:
                self.setDate(self._date.addDays(1 if key == Qt.Key.Key_Up else -1))
        else:
            super().keyPressEvent(event)

    # -- the calendar ------------------------------------------------------------------

    def show_calendar(self) -> None:
        if not self.isEnabled() or self.isReadOnly():
            return
        self.read_text()
        if self.popup is None:
            self.popup = CalendarPopup(self)
            self.popup.picked.connect(self._pick)
            self.popup.today_button.clicked.connect(lambda: self._pick(QDate(self._today())))
        self.popup.calendar.setSelectedDate(self._date)
        self.popup.adjustSize()
        self.popup.move(self.mapToGlobal(QPoint(0, self.height())))
        self.popup.show()
        self.popup.calendar.setFocus()

    def _pick(self, day: QDate) -> None:
        if self.popup is not None:
            self.popup.hide()
        self.setDate(day)
        self.setFocus()

    def _show_date(self) -> None:
        self.setText(self._date.toString(self._display))
