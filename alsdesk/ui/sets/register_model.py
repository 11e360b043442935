"""The attendance register as a table: a row a member, a column a held meeting.

Columns: the member, then one per meeting (oldest first, headed by its date),
then how many of those meetings the member attended.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt
from PySide6.QtGui import QBrush, QColor, QPalette
from PySide6.QtWidgets import QApplication

from alsdesk import theme
from alsdesk.services.meetings import AttendanceStatus, MeetingInfo, RegisterRow
from alsdesk.ui.common.roles import ROW_OBJECT_ROLE, SORT_ROLE

MEMBER = 0
FIRST_MEETING = 1

ABSENT_TEXT = QColor(theme.current().screen.error)
NOT_RECORDED = "—"

# Mark sort order: attended first, not recorded last.
_MARK_RANK = {
    AttendanceStatus.PRESENT: 0,
    AttendanceStatus.LATE: 1,
    AttendanceStatus.APOLOGIES: 2,
    AttendanceStatus.ABSENT: 3,
    None: 4,
}


class RegisterModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._meetings: list[MeetingInfo] = []
        self._rows: list[RegisterRow] = []

    def reload(self, meetings: list[MeetingInfo], rows: list[RegisterRow]) -> None:
        """Show the register; the same register again changes nothing (selection stays)."""
        if meetings == self._meetings and rows == self._rows:
            return
        self.beginResetModel()
        self._meetings = list(meetings)
        self._rows = list(rows)
        self.endResetModel()

    def meeting_count(self) -> int:
        return len(self._meetings)

    def attended_column(self) -> int:
        return FIRST_MEETING + len(self._meetings)

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._meetings) + 2

    def _meeting(self, column: int) -> MeetingInfo | None:
        position = column - FIRST_MEETING
        return self._meetings[position] if 0 <= position < len(self._meetings) else None

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < self.columnCount():
            return None
        meeting = self._meeting(section)
        if role == Qt.ItemDataRole.DisplayRole:
            if section == MEMBER:
                return self.tr("Member")
            if meeting is None:
                return self.tr("Attended")
            return f"{meeting.date.day} {meeting.date:%b}"
        if role == Qt.ItemDataRole.ToolTipRole:
            if meeting is not None:
                return _meeting_title(meeting)
            if section != MEMBER:
                return self.tr("Meetings attended, present or late, of those held")
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == ROW_OBJECT_ROLE:
            return row
        if column == MEMBER:
            if role == Qt.ItemDataRole.DisplayRole:
                return row.full_name
            if role == SORT_ROLE:
                return row.full_name.casefold()
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignCenter
        meeting = self._meeting(column)
        if meeting is None:
            return self._attended_data(row, role)
        mark = row.marks[column - FIRST_MEETING]
        if role == Qt.ItemDataRole.DisplayRole:
            return mark.label if mark else NOT_RECORDED
        if role == SORT_ROLE:
            return str(_MARK_RANK[mark])
        if role == Qt.ItemDataRole.ToolTipRole:
            said = mark.label if mark else self.tr("not recorded")
            return self.tr("%s at %s: %s") % (row.full_name, _meeting_title(meeting), said)
        if role == Qt.ItemDataRole.ForegroundRole:
            if mark is None:
                return QApplication.palette().color(
                    QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text
                )
            if mark == AttendanceStatus.ABSENT:
                return QBrush(ABSENT_TEXT)
        return None

    def _attended_data(self, row: RegisterRow, role: int):
        if role == Qt.ItemDataRole.DisplayRole:
            return self.tr("%d of %d") % (row.attended, len(self._meetings))
        if role == SORT_ROLE:
            return f"{row.attended:04d}"
        return None


def _meeting_title(meeting: MeetingInfo) -> str:
    """'Set meeting 2, Tue 27 Oct 2026'."""
    return f"{meeting.title}, {meeting.date:%a} {meeting.date.day} {meeting.date:%b %Y}"
