"""Journal search results as a list, fetched in pages so a long journal opens at once.

Each row is a ``Hit`` (an entry with its snippet and the spans to highlight).
The model holds decrypted text only while the journal is open; ``clear()``
drops every reference when it locks.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, Qt

from alsdesk.dates import medium_date
from alsdesk.services.journal.search import Hit, Hits
from alsdesk.services.journal.words import entry_word_count
from alsdesk.ui.common.roles import ROW_OBJECT_ROLE, SORT_ROLE

PAGE = 200
UNTITLED = "Untitled reflection"


def entry_title(title: str) -> str:
    return title.strip() or UNTITLED


def entry_subtitle(hit: Hit) -> str:
    """'12 Nov 2026 · Gibbs' reflective cycle · 312 words'."""
    draft = hit.entry.draft
    words = entry_word_count(draft)
    count = "1 word" if words == 1 else f"{words:,} words"
    return f"{medium_date(draft.entry_date)} · {draft.model_name} · {count}"


class JournalListModel(QAbstractListModel):
    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._hits: Sequence[Hit] = []
        self._shown = 0

    def reload(self, hits: Sequence[Hit]) -> None:
        """Show ``hits``; a search's ``Hits`` is kept as it is (its rows are made when read)."""
        self.beginResetModel()
        self._hits = hits if isinstance(hits, Hits) else list(hits)
        self._shown = min(PAGE, len(self._hits))
        self.endResetModel()

    def clear(self) -> None:
        self.reload([])

    def total(self) -> int:
        return len(self._hits)

    def hit(self, row: int) -> Hit | None:
        return self._hits[row] if 0 <= row < self._shown else None

    def row_of(self, entry_id: int) -> int:
        """The row showing the entry (fetching pages up to it), or -1."""
        hits = self._hits
        ids = hits.entry_ids() if isinstance(hits, Hits) else [h.entry.id for h in hits]
        for row, found in enumerate(ids):
            if found == entry_id:
                while row >= self._shown and self.canFetchMore():
                    self.fetchMore()
                return row
        return -1

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else self._shown

    def canFetchMore(self, parent: QModelIndex = QModelIndex()) -> bool:
        return not parent.isValid() and self._shown < len(self._hits)

    def fetchMore(self, parent: QModelIndex = QModelIndex()) -> None:
        if parent.isValid():
            return
        more = min(PAGE, len(self._hits) - self._shown)
        if more <= 0:
            return
        self.beginInsertRows(QModelIndex(), self._shown, self._shown + more - 1)
        self._shown += more
        self.endInsertRows()

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        hit = self.hit(index.row()) if index.isValid() else None
        if hit is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return entry_title(hit.entry.draft.title)
        if role == Qt.ItemDataRole.AccessibleDescriptionRole:
            return f"{entry_subtitle(hit)}. {hit.snippet}"
        if role == SORT_ROLE:
            return hit.entry.draft.entry_date
        if role == ROW_OBJECT_ROLE:
            return hit
        return None
