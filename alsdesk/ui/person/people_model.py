"""The People list in the sidebar: the user first, then set members."""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, Qt
from PySide6.QtGui import QFont

from alsdesk.services.people import PersonEntry
from alsdesk.services.person_match import name_key
from alsdesk.ui.common.roles import ROW_OBJECT_ROLE, SORT_ROLE


class PeopleListModel(QAbstractListModel):
    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._people: list[PersonEntry] = []
        self._twins: set[int] = set()  # people listed under one name: told apart by their sets

    def reload(self, people: list[PersonEntry]) -> None:
        if list(people) == self._people:
            return  # the same list: no reset, so the view keeps its rows and current one
        self.beginResetModel()
        self._people = list(people)
        names = Counter(name_key(p.full_name) for p in self._people)
        self._twins = {p.id for p in self._people if names[name_key(p.full_name)] > 1}
        self.endResetModel()

    def row_of(self, person_id: int) -> int:
        return next((row for row, p in enumerate(self._people) if p.id == person_id), -1)

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._people)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._people):
            return None
        person = self._people[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            if person.is_self:
                return self.tr("%s (you)") % person.full_name
            if person.id in self._twins and person.set_names:
                return f"{person.full_name} · {person.subtitle}"
            return person.full_name
        if role == Qt.ItemDataRole.ToolTipRole:
            if person.is_self:
                return self.tr("Your own goals and development plan")
            return self.tr("%s\nMember of %s") % (person.full_name, person.subtitle)
        if role == Qt.ItemDataRole.FontRole and person.is_self:
            font = QFont()
            font.setBold(True)
            return font
        if role == ROW_OBJECT_ROLE:
            return person
        if role == SORT_ROLE:
            return (not person.is_self, person.full_name.casefold())
        return None
