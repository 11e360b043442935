"""The rows of a member file, as the import preview table shows them."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt
from PySide6.QtGui import QColor

from alsdesk import theme
from alsdesk.services.member_import import ImportRow
from alsdesk.services.members import PersonDraft
from alsdesk.ui.common.roles import ROW_OBJECT_ROLE, SORT_ROLE, column_title

LINE, NAME, JOB_TITLE, ORGANISATION, EMAIL, OUTCOME = range(6)


class ImportRowsModel(QAbstractTableModel):
    """One row per file row; the outcome column says what happens to it, or why not.

    A row naming someone already in alsdesk is ticked "joins": unticked, it
    creates a new person of that name instead.
    """

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._rows: list[ImportRow] = []
        self._join: set[int] = set()  # lines whose known person is joined
        self._headers = [
            self.tr("Row"),
            self.tr("Name"),
            self.tr("Job title"),
            self.tr("Organisation"),
            self.tr("Email"),
            self.tr("What happens"),
        ]

    def reload(self, rows: tuple[ImportRow, ...]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._join = {row.line for row in rows if row.ok and row.match is not None}
        self.endResetModel()

    def chosen(self) -> list[tuple[PersonDraft, int | None]]:
        """The rows to import: each draft with the known person it joins (None: new)."""
        return [
            (row.draft, row.match.id if row.match and row.line in self._join else None)
            for row in self._rows
            if row.ok
        ]

    def problem_count(self) -> int:
        return sum(not row.ok for row in self._rows)

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):
        return column_title(self._headers, section, orientation, role)

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        row = self._row(index)
        if row is not None and index.column() == OUTCOME and row.ok and row.match is not None:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        row = self._row(index)
        if row is None:
            return None
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE, Qt.ItemDataRole.ToolTipRole):
            if column == LINE:
                return row.line if role != Qt.ItemDataRole.DisplayRole else str(row.line)
            draft = row.draft
            value = [
                draft.full_name,
                draft.job_title,
                draft.organisation,
                draft.email,
                self._outcome(row),
            ][column - 1]
            if role == Qt.ItemDataRole.DisplayRole and column == NAME and not value:
                return self.tr("(no name)")
            return value.casefold() if role == SORT_ROLE else value or None
        if role == Qt.ItemDataRole.ForegroundRole and not row.ok:
            return QColor(theme.current().screen.error)
        known = row.ok and row.match is not None
        if role == Qt.ItemDataRole.CheckStateRole and column == OUTCOME and known:
            joined = row.line in self._join
            return Qt.CheckState.Checked if joined else Qt.CheckState.Unchecked
        if role == ROW_OBJECT_ROLE:
            return row
        return None

    def setData(self, index: QModelIndex, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        row = self._row(index)
        if row is None or role != Qt.ItemDataRole.CheckStateRole or index.column() != OUTCOME:
            return False
        if row.match is None or not row.ok:
            return False
        if Qt.CheckState(value) == Qt.CheckState.Checked:
            self._join.add(row.line)
        else:
            self._join.discard(row.line)
        self.dataChanged.emit(index, index)
        return True

    def _row(self, index: QModelIndex) -> ImportRow | None:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        return self._rows[index.row()]

    def _outcome(self, row: ImportRow) -> str:
        if not row.ok:
            return self.tr("Not imported: %s") % " ".join(row.problems)
        if row.match is None:
            return self.tr("New member")
        details = f" ({row.match.details})" if row.match.details else ""
        if row.line in self._join:
            return self.tr("Joins: %s, already in alsdesk%s") % (row.match.full_name, details)
        return self.tr("New person, not the %s already in alsdesk") % row.match.full_name
