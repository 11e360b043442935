"""A goal's milestones as a table: what, by when, and how it stands.

A milestone still planned or in progress after its date says so in words ("Planned · overdue")
and in a warning colour, so the warning does not rest on colour alone.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt
from PySide6.QtGui import QBrush

from alsdesk.dates import medium_date
from alsdesk.services.goals import MilestoneInfo, MilestoneStatus
from alsdesk.ui.common.actions_model import OVERDUE_TEXT
from alsdesk.ui.common.roles import ROW_OBJECT_ROLE, SORT_ROLE, column_title

MILESTONE, DUE, STATUS = range(3)

_NO_DUE_DATE = "9999-12-31"  # sorts after every real date
_OPEN = (MilestoneStatus.PLANNED, MilestoneStatus.IN_PROGRESS)


def overdue(milestone: MilestoneInfo, today: dt.date) -> bool:
    return (
        milestone.status in _OPEN and milestone.due_date is not None and milestone.due_date < today
    )


class GoalMilestonesModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._milestones: list[MilestoneInfo] = []
        self._today = dt.date.today()
        self._headers = [self.tr("Milestone"), self.tr("Due"), self.tr("Status")]

    def reload(self, milestones: list[MilestoneInfo], today: dt.date) -> None:
        if (milestones, today) == (self._milestones, self._today):
            return
        self.beginResetModel()
        self._milestones = list(milestones)
        self._today = today
        self.endResetModel()

    def row_of(self, milestone_id: int) -> int:
        return next((r for r, m in enumerate(self._milestones) if m.id == milestone_id), -1)

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._milestones)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):
        return column_title(self._headers, section, orientation, role)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._milestones):
            return None
        milestone = self._milestones[index.row()]
        column = index.column()
        late = overdue(milestone, self._today)
        if role == Qt.ItemDataRole.DisplayRole:
            if column == MILESTONE:
                return " ".join(milestone.title.split())
            if column == DUE:
                return medium_date(milestone.due_date) if milestone.due_date else "—"
            if late:
                return self.tr("%s · overdue") % milestone.status.label
            return milestone.status.label
        if role == SORT_ROLE:
            if column == DUE:
                return milestone.due_date.isoformat() if milestone.due_date else _NO_DUE_DATE
            if column == STATUS:
                return "0" if late else str(list(MilestoneStatus).index(milestone.status) + 1)
            return milestone.title.casefold()
        if role == ROW_OBJECT_ROLE:
            return milestone
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == MILESTONE:
                return milestone.title
            if column == DUE and milestone.due_date is None:
                return self.tr("No due date")
        if role == Qt.ItemDataRole.ForegroundRole and column in (DUE, STATUS) and late:
            return QBrush(OVERDUE_TEXT)
        return None
