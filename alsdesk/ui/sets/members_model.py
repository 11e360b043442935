"""The members of one set, as a table."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt

from alsdesk.services.members import MemberInfo
from alsdesk.ui.common.roles import ROW_OBJECT_ROLE, SORT_ROLE, column_title

NAME, JOB_TITLE, ORGANISATION, EMAIL, PHONE, OTHER_SETS = range(6)


class MembersModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._members: list[MemberInfo] = []
        self._headers = [
            self.tr("Name"),
            self.tr("Job title"),
            self.tr("Organisation"),
            self.tr("Email"),
            self.tr("Phone"),
            self.tr("Also in"),
        ]

    def reload(self, members: list[MemberInfo]) -> None:
        self.beginResetModel()
        self._members = list(members)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._members)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):
        return column_title(self._headers, section, orientation, role)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._members):
            return None
        member = self._members[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE):
            person = member.person
            value = [
                person.full_name,
                person.job_title,
                person.organisation,
                person.email,
                person.phone,
                ", ".join(member.other_sets),
            ][index.column()]
            return value.casefold() if role == SORT_ROLE else value
        if role == Qt.ItemDataRole.ToolTipRole:
            if index.column() == NAME:
                return member.person.notes or None
            return self.data(index) or None
        if role == ROW_OBJECT_ROLE:
            return member
        return None
