"""The list of sets in the sidebar."""

from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, Qt
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QApplication

from alsdesk.services.sets import SetInfo
from alsdesk.ui.common.roles import ROW_OBJECT_ROLE, SORT_ROLE


class SetListModel(QAbstractListModel):
    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._sets: list[SetInfo] = []

    def reload(self, sets: list[SetInfo]) -> None:
        self.beginResetModel()
        self._sets = list(sets)
        self.endResetModel()

    def row_of(self, set_id: int) -> int:
        return next((row for row, s in enumerate(self._sets) if s.id == set_id), -1)

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._sets)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._sets):
            return None
        item = self._sets[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            suffix = self.tr(" (archived)") if item.archived else ""
            return item.name + suffix
        if role == Qt.ItemDataRole.ToolTipRole:
            count = item.member_count
            members = self.tr("1 member") if count == 1 else self.tr("%d members") % count
            return "\n".join(filter(None, [item.name, item.programme, members]))
        if role == Qt.ItemDataRole.FontRole and item.archived:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and item.archived:
            return QApplication.palette().color(
                QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text
            )
        if role == ROW_OBJECT_ROLE:
            return item
        if role == SORT_ROLE:
            return item.name.casefold()
        return None
