"""A person's improvement goals as a list: each row the title, with its status beneath."""

from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, Qt

from alsdesk.services.goals import GoalInfo
from alsdesk.ui.common.roles import ROW_OBJECT_ROLE, SORT_ROLE

STATUS_ROLE = Qt.ItemDataRole.UserRole + 3
"""The goal's status label ("Active"), which the list's delegate draws under the title."""


class GoalListModel(QAbstractListModel):
    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._goals: list[GoalInfo] = []

    def reload(self, goals: list[GoalInfo]) -> None:
        if goals == self._goals:
            return
        self.beginResetModel()
        self._goals = list(goals)
        self.endResetModel()

    def row_of(self, goal_id: int) -> int:
        """The row showing the goal, or -1."""
        return next((row for row, goal in enumerate(self._goals) if goal.id == goal_id), -1)

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._goals)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._goals):
            return None
        goal = self._goals[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return goal.title
        if role == STATUS_ROLE:
            return goal.status.label
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{goal.title} ({goal.status.label})"
        if role == Qt.ItemDataRole.AccessibleDescriptionRole:
            return goal.status.label
        if role == SORT_ROLE:
            return goal.title.casefold()
        if role == ROW_OBJECT_ROLE:
            return goal
        return None
