"""A goal's progress updates as a table: date, value and narrative, in the order given.

A value that belongs to a run-chart signal says so in its tooltip and in bold, so the table
and the chart point at the same updates.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt
from PySide6.QtGui import QFont

from alsdesk.dates import medium_date
from alsdesk.services.goals import UpdateInfo
from alsdesk.ui.common.roles import ROW_OBJECT_ROLE, SORT_ROLE, column_title
from alsdesk.ui.person.goal_format import with_unit

DATE, VALUE, NARRATIVE = range(3)


class GoalUpdatesModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._updates: list[UpdateInfo] = []
        self._unit = ""
        self._signals: dict[int, str] = {}
        self._headers = [self.tr("Date"), self.tr("Value"), self.tr("Narrative")]

    def reload(
        self, updates: list[UpdateInfo], unit: str = "", signals: dict[int, str] | None = None
    ) -> None:
        """``signals`` maps an update id to the signals its value is part of ("Shift")."""
        signals = signals or {}
        if (updates, unit, signals) == (self._updates, self._unit, self._signals):
            return
        self.beginResetModel()
        self._updates = list(updates)
        self._unit = unit
        self._signals = dict(signals)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._updates)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):
        return column_title(self._headers, section, orientation, role)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._updates):
            return None
        update = self._updates[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(update, column)
        if role == SORT_ROLE:
            return self._sort_key(update, column)
        if role == ROW_OBJECT_ROLE:
            return update
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == VALUE and update.id in self._signals:
                return self.tr("Part of a signal on the chart: %s") % self._signals[update.id]
            if column == NARRATIVE and update.narrative:
                return update.narrative
        if role == Qt.ItemDataRole.FontRole and column == VALUE and update.id in self._signals:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column == VALUE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _text(self, update: UpdateInfo, column: int) -> str:
        if column == DATE:
            return medium_date(update.date)
        if column == VALUE:
            return with_unit(update.value, self._unit)
        return " ".join(update.narrative.split())

    def _sort_key(self, update: UpdateInfo, column: int):
        if column == DATE:
            return update.date.isoformat()
        if column == VALUE:
            return update.value if update.value is not None else float("-inf")
        return update.narrative.casefold()
