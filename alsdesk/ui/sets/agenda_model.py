"""The schedule as an agenda: months at the top level, their events beneath.

The Status column says in words (and a mark) where each event stands: a held
meeting, a missed one (its date passed with nothing recorded), today's, one to
come. Past events are also dimmed, the next one is bold on a highlight,
cancelled ones are struck through, and weekend or bank-holiday dates carry a
warning.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QObject, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

from alsdesk import theme
from alsdesk.services.agenda import AgendaItem, EventStatus, MonthGroup
from alsdesk.services.schedule import EventInfo
from alsdesk.ui.common.roles import ROW_OBJECT_ROLE, SORT_ROLE, column_title

DATE, TIME, EVENT, KIND, VENUE, CHECK = range(6)
_MONTH_ROW = 0  # internalId of month rows; event rows hold their month's row + 1

NEXT_BACKGROUND = QColor(theme.current().screen.next_row)
WARNING_TEXT = QColor(theme.current().screen.attention)


def time_text(item: AgendaItem) -> str:
    event = item.event
    if event.start_time is None:
        return QApplication.translate("AgendaModel", "All day")
    if event.end_time is None:
        return f"{event.start_time:%H:%M}"
    return f"{event.start_time:%H:%M}–{event.end_time:%H:%M}"


STATUS_MARKS = {
    EventStatus.HELD: "✓",
    EventStatus.MISSED: "✗",
    EventStatus.TODAY: "▶",
    EventStatus.UPCOMING: "○",
    EventStatus.PAST: "–",
    EventStatus.CANCELLED: "⊘",
}


def status_text(item: AgendaItem) -> str:
    """A mark and a word, so held, missed and coming meetings differ without colour."""
    return f"{STATUS_MARKS[item.status]} {item.status.label}"


class AgendaModel(QAbstractItemModel):
    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._groups: list[MonthGroup] = []
        self._headers = [
            self.tr("Date"),
            self.tr("Time"),
            self.tr("Event"),
            self.tr("Kind"),
            self.tr("Venue"),
            self.tr("Status"),
        ]

    def reload(self, groups: list[MonthGroup]) -> None:
        self.beginResetModel()
        self._groups = list(groups)
        self.endResetModel()

    def event_count(self) -> int:
        return sum(len(group.items) for group in self._groups)

    def index_of_event(self, event_id: int) -> QModelIndex:
        for month_row, group in enumerate(self._groups):
            for row, item in enumerate(group.items):
                if item.event.id == event_id:
                    return self.index(row, 0, self.index(month_row, 0))
        return QModelIndex()

    def next_event(self) -> EventInfo | None:
        """The event the agenda highlights as next (build_agenda decides), if any."""
        item = self.item_at(self.next_event_index())
        return item.event if item else None

    def next_event_index(self) -> QModelIndex:
        for month_row, group in enumerate(self._groups):
            for row, item in enumerate(group.items):
                if item.is_next:
                    return self.index(row, 0, self.index(month_row, 0))
        return QModelIndex()

    # -- structure ---------------------------------------------------------

    def index(self, row: int, column: int, parent: QModelIndex = QModelIndex()) -> QModelIndex:
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, _MONTH_ROW)
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, index: QModelIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        if not index.isValid() or index.internalId() == _MONTH_ROW:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, _MONTH_ROW)

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        if not parent.isValid():
            return len(self._groups)
        if parent.internalId() == _MONTH_ROW and parent.column() == 0:
            return len(self._groups[parent.row()].items)
        return 0

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return len(self._headers)

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):
        return column_title(self._headers, section, orientation, role)

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if index.internalId() == _MONTH_ROW:
            return Qt.ItemFlag.ItemIsEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    # -- content -------------------------------------------------------------

    def item_at(self, index: QModelIndex) -> AgendaItem | None:
        if not index.isValid() or index.internalId() == _MONTH_ROW:
            return None
        return self._groups[index.internalId() - 1].items[index.row()]

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if index.internalId() == _MONTH_ROW:
            return self._month_data(self._groups[index.row()], index.column(), role)
        return self._event_data(self.item_at(index), index.column(), role)

    def _month_data(self, group: MonthGroup, column: int, role: int):
        if role == Qt.ItemDataRole.DisplayRole and column == DATE:
            return group.title
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        if role == SORT_ROLE:
            return group.month.isoformat()
        return None

    def _event_data(self, item: AgendaItem, column: int, role: int):
        event = item.event
        if role == Qt.ItemDataRole.DisplayRole:
            return self._event_text(item, column)
        if role == SORT_ROLE:
            return f"{event.date.isoformat()} {event.start_time or ''}"
        if role == ROW_OBJECT_ROLE:
            return event
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setStrikeOut(event.cancelled and column != CHECK)
            font.setBold(item.is_next)
            return font
        if role == Qt.ItemDataRole.ForegroundRole:
            missed = item.status == EventStatus.MISSED
            if column == CHECK and (missed or (item.flags and not item.is_past)):
                return QBrush(WARNING_TEXT)
            if column == CHECK and item.status == EventStatus.HELD:
                return None  # the one word on a past row that is not dimmed
            if item.is_past or event.cancelled:
                return QApplication.palette().color(
                    QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text
                )
        if role == Qt.ItemDataRole.BackgroundRole and item.is_next:
            return QBrush(NEXT_BACKGROUND)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(item)
        return None

    def _event_text(self, item: AgendaItem, column: int) -> str:
        event = item.event
        if column == DATE:
            return f"{event.date:%a} {event.date.day} {event.date:%b}"
        if column == TIME:
            return time_text(item)
        if column == EVENT:
            return event.title
        if column == KIND:
            return event.kind.label
        if column == VENUE:
            return event.venue
        if item.is_next and item.status == EventStatus.UPCOMING:
            notes = ["● " + self.tr("Next")]
        else:
            notes = [status_text(item)]
        notes.extend(f"⚠ {flag}" for flag in item.flags)
        return " · ".join(notes)

    def _tooltip(self, item: AgendaItem) -> str | None:
        event = item.event
        lines = [f"{event.title}, {event.date:%A %d %B %Y}"]
        if event.preparation:
            lines.append(self.tr("Preparation: %s") % event.preparation)
        if event.notes:
            lines.append(event.notes)
        return "\n".join(lines)
