"""One earlier action at report-back: what it is, what became of it, and where it goes next.

Shared by the presenter's record and the report-back step of the meeting
workspace (and read by the Actions tab's report dialog): the status, a
comment, and, for an action carried forward, its new due date. The date field
is always there, greyed out until "Carried forward" is chosen, so choosing it
moves nothing under the cursor.
"""

from __future__ import annotations

import datetime as dt
import html

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import QComboBox, QGridLayout, QHBoxLayout, QLabel, QLineEdit, QWidget

from alsdesk import theme
from alsdesk.dates import medium_date
from alsdesk.i18n import translate
from alsdesk.services.actions import REVIEW_STATUSES, ActionInfo, ActionStatus, ReportItem
from alsdesk.ui.common.date_field import DateField
from alsdesk.ui.common.form import ERROR_STYLE
from alsdesk.ui.common.steady import SteadyLabel


def to_qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(day: QDate) -> dt.date:
    return dt.date(day.year(), day.month(), day.day())


def history_lines(action: ActionInfo) -> list[str]:
    """What the action was before each change, in words, oldest first."""
    lines = []
    for was, fields in action.revisions():
        when = medium_date(was.day)
        due = medium_date(was.due_date) if was.due_date else translate("ReviewRow", "no date")
        if was.carried and fields == ("due_date",):
            lines.append(translate("ReviewRow", "Carried forward %s: was due %s") % (when, due))
            continue
        parts = []
        if "text" in fields:
            parts.append(translate("ReviewRow", "was “%s”") % was.text)
        if "owner" in fields:
            parts.append(translate("ReviewRow", "was %s’s") % was.owner_name)
        if "due_date" in fields:
            parts.append(translate("ReviewRow", "was due %s") % due)
        lines.append(translate("ReviewRow", "Changed %s: %s") % (when, ", ".join(parts)))
    return lines


def history_tooltip(action: ActionInfo) -> str:
    """The action in full and its history, as rich text that wraps ('' if unchanged)."""
    lines = history_lines(action)
    if not lines:
        return ""
    items = "".join(f"<li>{html.escape(line)}</li>" for line in lines)
    heading = html.escape(translate("ReviewRow", "History:"))
    return f"<p>{html.escape(action.text)}</p><p>{heading}</p><ul>{items}</ul>"


class ReviewRow(QWidget):
    """An action's report-back; ``edited`` says the facilitator changed it (``at_once``
    for a choice, False while typing a comment)."""

    edited = Signal(bool)

    def __init__(
        self,
        item: ReportItem,
        default_carry: dt.date | None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        action = item.action
        self.action = action
        self._default_carry = default_carry
        hint = theme.current().screen.hint
        carried = (
            f" · {self.tr('carried forward')}"
            if action.status == ActionStatus.CARRIED_FORWARD
            else ""
        )
        due = medium_date(action.due_date) if action.due_date else self.tr("no date")
        self.label = QLabel(
            f"{html.escape(action.text)}<br><span style='color:{hint}'>"
            + html.escape(self.tr("agreed %s · due %s") % (medium_date(action.agreed_on), due))
            + html.escape(carried)
            + "</span>"
        )
        self.label.setWordWrap(True)
        self.label.setToolTip(history_tooltip(action))
        self.status = QComboBox()
        self.status.setObjectName(f"review_status_{action.id}")
        self.status.addItem(self.tr("Not reported yet"), None)
        for choice in REVIEW_STATUSES:
            self.status.addItem(choice.label, choice)
        self.status.setCurrentIndex(self.status.findData(item.status) if item.status else 0)
        self.comment = QLineEdit(item.comment)
        self.comment.setCursorPosition(0)
        self.comment.setObjectName(f"review_comment_{action.id}")
        self.comment.setPlaceholderText(self.tr("Comment"))
        self.carry_label = QLabel(self.tr("Due again"))
        self.carry = DateField()
        self.carry.setObjectName(f"review_carry_{action.id}")
        self.carry.setToolTip(self.tr("The new due date of an action carried forward"))
        self.carry_label.setBuddy(self.carry)
        carry_to = item.carried_to or default_carry
        if carry_to is not None:
            self.carry.setDate(to_qdate(carry_to))
        self.error = SteadyLabel(name=f"review_error_{action.id}")
        self.error.setStyleSheet(ERROR_STYLE)
        # The comment gets the width; the new due date has a line of its own, with room
        # beside it for a message, so neither squeezes the comment in a narrow panel.
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.label, 0, 0, 1, 2)
        grid.addWidget(self.status, 1, 0)
        grid.addWidget(self.comment, 1, 1)
        carry_line = QHBoxLayout()
        carry_line.addWidget(self.carry, 0)
        carry_line.addWidget(self.error, 1)
        grid.addWidget(self.carry_label, 2, 0, Qt.AlignmentFlag.AlignRight)
        grid.addLayout(carry_line, 2, 1)
        grid.setColumnStretch(1, 1)
        self.carry.setFixedWidth(self.carry.fontMetrics().horizontalAdvance("00 Sep 0000") + 48)
        self._enable()
        self.status.currentIndexChanged.connect(self._status_chosen)
        self.comment.textEdited.connect(lambda _t: self.edited.emit(False))
        self.carry.dateChanged.connect(self._carry_chosen)
        self.carry.editingFinished.connect(lambda: self.error.setText(self.carry.problem()))

    # -- what was chosen -------------------------------------------------------------

    def chosen_status(self) -> ActionStatus | None:
        return self.status.currentData()

    def carried_to(self) -> dt.date | None:
        """The new due date when carried forward (the last day the field named, while
        its text names none: a comment typed meanwhile never moves the date)."""
        if self.chosen_status() != ActionStatus.CARRIED_FORWARD:
            return None
        return from_qdate(self.carry.date())

    def show_error(self, message: str) -> None:
        self.error.setText(message)

    # -- changes ---------------------------------------------------------------------

    def _enable(self) -> None:
        status = self.chosen_status()
        self.comment.setEnabled(status is not None)
        carried = status == ActionStatus.CARRIED_FORWARD
        self.carry.setEnabled(carried)
        self.carry_label.setEnabled(carried)

    def _carry_chosen(self) -> None:
        self.error.clear()
        self.edited.emit(True)

    def _status_chosen(self) -> None:
        self._enable()
        self.error.clear()
        if (
            self.chosen_status() == ActionStatus.CARRIED_FORWARD
            and self._default_carry is not None
            and self.action.due_date is not None
            and from_qdate(self.carry.date()) <= self.action.due_date
        ):
            self.carry.blockSignals(True)
            self.carry.setDate(to_qdate(self._default_carry))
            self.carry.blockSignals(False)
        self.edited.emit(True)
