"""Column widths for tables and trees."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QAbstractItemView, QHeaderView

from alsdesk.shares import common_cap

COLUMN_PADDING = 12  # px beside a cell's text
MIN_COLUMN = 48  # px: a trimmed column still shows a word or two
SAMPLE_ROWS = 50  # rows Qt reads to size a column: those in sight first, then the nearest


def fit_columns(
    view,
    max_width: int = 260,
    stretch: int | None = None,
    then: Callable[[], None] | None = None,
) -> None:
    """Size columns to their contents, none wider than ``max_width`` (the user can widen).

    Qt measures the heading and a sample of rows (those in sight, then up to
    ``SAMPLE_ROWS``), not every row through the model's ``data()``; a view that is not
    shown (a tab not open) is fitted when it is first shown again, not now; ``then``
    runs after the fit, whenever that is (to adjust the widths found).
    """
    if not view.isVisible():
        fitter = view.findChild(_FitOnShow)
        if fitter is None:
            fitter = _FitOnShow(view)
        fitter.pending = (max_width, stretch, then)
        return
    _fit(view, max_width, stretch, then)


def _fit(view, max_width: int, stretch: int | None, then: Callable[[], None] | None) -> None:
    header = view.header() if hasattr(view, "header") else view.horizontalHeader()
    header.setResizeContentsPrecision(SAMPLE_ROWS)
    header.setSectionResizeMode(header.ResizeMode.Interactive)
    for column in range(header.count()):
        view.resizeColumnToContents(column)
        if header.sectionSize(column) > max_width:
            header.resizeSection(column, max_width)
    if stretch is not None:
        header.setSectionResizeMode(stretch, header.ResizeMode.Stretch)
    if then is not None:
        then()


class _FitOnShow(QObject):
    """Fits a view's columns when it is next shown, if a fit was asked for while hidden."""

    def __init__(self, view):
        super().__init__(view)
        self._view = view
        self.pending: tuple[int, int | None, Callable[[], None] | None] | None = None
        view.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Show and self.pending is not None:
            max_width, stretch, then = self.pending
            self.pending = None
            _fit(self._view, max_width, stretch, then)
        return False


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
