"""The set's action tracker, as a table: one row an action, with its latest status.

An open action past its due date says so in words ("Open · overdue") and in a
warning colour, so the warning does not rest on colour alone.
"""

from __future__ import annotations

import datetime as dt
import html

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt
from PySide6.QtGui import QBrush, QColor

from alsdesk import theme
from alsdesk.dates import medium_date
from alsdesk.services.actions import ActionInfo, ActionStatus
from alsdesk.ui.common.action_review import history_tooltip
from alsdesk.ui.common.roles import ROW_OBJECT_ROLE, SORT_ROLE, column_title

MEMBER, ACTION, AGREED, DUE, STATUS, COMMENT = range(6)

OVERDUE_TEXT = QColor(theme.current().screen.error)

# Status sort order: what needs following up first.
_STATUS_RANK = {
    ActionStatus.OPEN: 1,
    ActionStatus.CARRIED_FORWARD: 2,
    ActionStatus.PARTLY_DONE: 3,
    ActionStatus.NOT_DONE: 4,
    ActionStatus.DONE: 5,
    ActionStatus.DROPPED: 6,
}
_NO_DUE_DATE = "9999-12-31"  # sorts after every real date


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _wrapping(text: str) -> str:
    """``text`` as rich text, so a long tooltip wraps instead of running off the screen."""
    return "<p>" + html.escape(text).replace("\n", "<br>") + "</p>"


class ActionsModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._actions: list[ActionInfo] = []
        self._today = dt.date.today()
        self._headers = [
            self.tr("Member"),
            self.tr("Action"),
            self.tr("Agreed"),
            self.tr("Due"),
            self.tr("Status"),
            self.tr("Last comment"),
        ]

    def reload(self, actions: list[ActionInfo], today: dt.date) -> None:
        """Show ``actions``, overdue as of ``today``; the same rows again change nothing,
        so a view's selection and scroll position survive a reload after an unrelated edit."""
        if actions == self._actions and today == self._today:
            return
        self.beginResetModel()
        self._actions = list(actions)
        self._today = today
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._actions)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):
        return column_title(self._headers, section, orientation, role)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._actions):
            return None
        action = self._actions[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(action, column)
        if role == SORT_ROLE:
            return self._sort_key(action, column)
        if role == ROW_OBJECT_ROLE:
            return action
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(action, column)
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and column in (DUE, STATUS)
            and action.overdue(self._today)
        ):
            return QBrush(OVERDUE_TEXT)
        return None

    def _text(self, action: ActionInfo, column: int) -> str:
        if column == MEMBER:
            return action.owner_name
        if column == ACTION:
            return _one_line(action.text)
        if column == AGREED:
            return medium_date(action.agreed_on)
        if column == DUE:
            return medium_date(action.due_date) if action.due_date else "—"
        if column == STATUS:
            if action.overdue(self._today):
                return self.tr("%s · overdue") % action.status.label
            return action.status.label
        return _one_line(action.comment)

    def _sort_key(self, action: ActionInfo, column: int) -> str:
        if column == AGREED:
            return action.agreed_on.isoformat()
        if column == DUE:
            return action.due_date.isoformat() if action.due_date else _NO_DUE_DATE
        if column == STATUS:
            rank = 0 if action.overdue(self._today) else _STATUS_RANK[action.status]
            return str(rank)
        return self._text(action, column).casefold()

    def _tooltip(self, action: ActionInfo, column: int) -> str | None:
        if column in (ACTION, DUE) and action.history:
            return history_tooltip(action) or _wrapping(action.text)
        if column == ACTION:
            return _wrapping(action.text)
        if column == DUE and action.due_date is None:
            return self.tr("No due date")
        if column == STATUS:
            if action.reviewed_on is None:
                return self.tr("Not yet reported back on")
            if action.reported_between:
                return self.tr("Reported back between meetings, on %s: %s") % (
                    medium_date(action.reviewed_on),
                    action.status.label,
                )
            return self.tr("Reported back on %s: %s") % (
                medium_date(action.reviewed_on),
                action.status.label,
            )
        if column == COMMENT and action.comment:
            return _wrapping(action.comment)
        return None
