"""Column widths for tables and trees."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QAbstractItemView, QHeaderView

from alsdesk.shares import common_cap

COLUMN_PADDING = 12  # px beside a cell's text
MIN_COLUMN = 48  # px: a trimmed column still shows a word or two


def fit_columns(view, max_width: int = 260, stretch: int | None = None) -> None:
    """Size columns to their contents, none wider than ``max_width`` (the user can widen)."""
    header = view.header() if hasattr(view, "header") else view.horizontalHeader()
    header.setSectionResizeMode(header.ResizeMode.Interactive)
    for column in range(header.count()):
        view.resizeColumnToContents(column)
        if header.sectionSize(column) > max_width:
            header.resizeSection(column, max_width)
    if stretch is not None:
        header.setSectionResizeMode(stretch, header.ResizeMode.Stretch)


class _WidthSharer(QObject):
    """Re-shares a table's width among its columns whenever the table is resized."""

    def __init__(self, view: QAbstractItemView, keep: tuple[int, ...]):
        super().__init__(view)
        self._view = view
        self.keep = keep
        view.viewport().installEventFilter(self)  # its new width is known by then

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Resize:
            _share(self._view, self.keep)
        return False


def share_width(view: QAbstractItemView, keep: tuple[int, ...] = (0,)) -> None:
    """Columns at their contents' width where they fit the table; where they do not, the
    widest are trimmed first, to one common width, so no horizontal scrollbar appears and
    a near-empty column takes no more than its heading. ``keep`` (the names) are never
    trimmed. The table (or tree) keeps doing this as it is resized; the user can still
    drag a column wider."""
    sharer = view.findChild(_WidthSharer)
    if sharer is None:
        sharer = _WidthSharer(view, keep)
    sharer.keep = keep
    _share(view, keep)


def _share(view: QAbstractItemView, keep: tuple[int, ...]) -> None:
    header = view.header() if hasattr(view, "header") else view.horizontalHeader()
    header.setStretchLastSection(False)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    columns = [c for c in range(header.count()) if not header.isSectionHidden(c)]
    natural = {
        c: max(view.sizeHintForColumn(c), header.sectionSizeHint(c)) + COLUMN_PADDING
        for c in columns
    }
    room = view.viewport().width() - sum(natural[c] for c in columns if c in keep)
    trimmed = [c for c in columns if c not in keep]
    cap = common_cap([natural[c] for c in trimmed], room, lowest=MIN_COLUMN)
    widths = {c: natural[c] if c in keep else min(natural[c], cap) for c in columns}
    spare = view.viewport().width() - sum(widths.values())
    if spare > 0 and columns:  # the rest after the last column, as a stretched last one
        widths[columns[-1]] += spare
    for column, width in widths.items():
        header.resizeSection(column, width)
