"""The people asked in a round, with how they know the member and where their reply is."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem

from alsdesk.services.feedback.tracking import Tracking

NAME, RELATIONSHIP, STANDING = range(3)


class PeopleTable(QTableWidget):
    """Read-only rows; ``chosen()`` is the respondent id of the current row."""

    def __init__(self, parent=None):
        super().__init__(0, 3, parent)
        self.setObjectName("people")
        self.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Relationship"), self.tr("Status")]
        )
        header = self.horizontalHeader()
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        for column in (RELATIONSHIP, STANDING):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.setWordWrap(False)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.verticalHeader().hide()

    def fill(self, tracked: Tracking | None) -> None:
        people = tracked.people if tracked is not None else ()
        self.setRowCount(len(people))
        for row, person in enumerate(people):
            for column, text in (
                (NAME, person.name),
                (RELATIONSHIP, person.relationship.label),
                (STANDING, person.standing.label),
            ):
                cell = QTableWidgetItem(text)
                cell.setData(Qt.ItemDataRole.UserRole, person.respondent_id)
                self.setItem(row, column, cell)

    def chosen(self) -> int | None:
        row = self.currentRow()
        cell = self.item(row, NAME) if row >= 0 else None
        return cell.data(Qt.ItemDataRole.UserRole) if cell else None
