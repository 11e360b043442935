"""A person's development plan items as a table: the need, its dimensions, review and status.

An item due for review is tinted and says so in words ("12 Dec 2026 · due soon",
"· overdue"), so the warning does not rest on colour alone. Achieved and
dropped items are greyed.
"""

from __future__ import annotations

import datetime as dt
import html

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt
from PySide6.QtGui import QBrush, QColor

from alsdesk import theme
from alsdesk.dates import medium_date
from alsdesk.services.leadership import dimension
from alsdesk.services.plan import PlanItemInfo
from alsdesk.ui.common.roles import ROW_OBJECT_ROLE, SORT_ROLE, column_title

NEED, DIMENSIONS, REVIEW, STATUS = range(4)

DUE_BACKGROUND = QColor(theme.current().screen.warning.fill)
DUE_TEXT = QColor(theme.current().screen.warning.text)
OVERDUE_TEXT = QColor(theme.current().screen.error)
CLOSED_TEXT = QColor(theme.current().screen.closed)

_NO_REVIEW_DATE = "9999-12-31"  # sorts after every real date


def dimension_names(numbers: tuple[int, ...]) -> str:
    return ", ".join(dimension(n).name for n in numbers)


class PlanItemsModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._items: list[PlanItemInfo] = []
        self._today = dt.date.today()
        self._headers = [
            self.tr("Development need"),
            self.tr("Dimensions"),
            self.tr("Review"),
            self.tr("Status"),
        ]

    def reload(self, items: list[PlanItemInfo], today: dt.date) -> None:
        """Show ``items`` (in the service's order), due for review as of ``today``."""
        if items == self._items and today == self._today:
            return
        self.beginResetModel()
        self._items = list(items)
        self._today = today
        self.endResetModel()

    def row_of(self, item_id: int) -> int:
        """The row showing that item, or -1."""
        ids = [item.id for item in self._items]
        return ids.index(item_id) if item_id in ids else -1

    def due_count(self) -> int:
        return sum(item.due_for_review(self._today) for item in self._items)

    def review_text(self, item: PlanItemInfo) -> str:
        """'12 Dec 2026', with '· overdue', '· due today' or '· due soon' when due."""
        if item.review_date is None:
            return "—"
        text = medium_date(item.review_date)
        if not item.due_for_review(self._today):
            return text
        if item.review_date < self._today:
            return self.tr("%s · overdue") % text
        if item.review_date == self._today:
            return self.tr("%s · due today") % text
        return self.tr("%s · due soon") % text

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):
        return column_title(self._headers, section, orientation, role)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not self.checkIndex(index, QAbstractTableModel.CheckIndexOption.IndexIsValid):
            return None
        item = self._items[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(item, column)
        if role == SORT_ROLE:
            return self._sort_key(item, column)
        if role == ROW_OBJECT_ROLE:
            return item
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(item, column)
        due = item.due_for_review(self._today)
        if role == Qt.ItemDataRole.BackgroundRole and due:
            return QBrush(DUE_BACKGROUND)
        if role == Qt.ItemDataRole.ForegroundRole:
            if due:
                overdue = column == REVIEW and item.review_date < self._today
                return QBrush(OVERDUE_TEXT if overdue else DUE_TEXT)
            if not item.status.still_open:
                return QBrush(CLOSED_TEXT)
        return None

    def _text(self, item: PlanItemInfo, column: int) -> str:
        if column == NEED:
            return " ".join(item.need.split())
        if column == DIMENSIONS:
            return dimension_names(item.dimensions)
        if column == REVIEW:
            return self.review_text(item)
        return item.status.label

    def _sort_key(self, item: PlanItemInfo, column: int) -> str:
        if column == REVIEW:
            return item.review_date.isoformat() if item.review_date else _NO_REVIEW_DATE
        if column == STATUS:
            return f"{int(not item.status.still_open)}{item.status.label}"
        return self._text(item, column).casefold()

    def _tooltip(self, item: PlanItemInfo, column: int) -> str | None:
        if column == NEED:
            return rich_tooltip(item.need)
        if column == DIMENSIONS:
            return "\n".join(dimension(n).name for n in item.dimensions)
        if column == REVIEW and item.review_date is None:
            return self.tr("No review date")
        if column == STATUS and item.reviews:
            latest = item.reviews[-1]
            return rich_tooltip(
                self.tr("Last reviewed %s: %s") % (medium_date(latest.date), latest.note)
            )
        return None


def rich_tooltip(text: str) -> str:
    """``text`` as rich text, so a long tooltip wraps instead of running off the screen."""
    return "<p>" + html.escape(text).replace("\n", "<br>") + "</p>"
