"""Layout helpers for the development plan page: side-by-side panes that stack when narrow."""

from __future__ import annotations

import html

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from alsdesk import theme

HEADING_SCALE = theme.current().screen_sizes.plan_heading
SUMMARY_STYLE = f"color: {theme.current().screen.hint};"
HINT_STYLE = f"color: {theme.current().screen.hint};"
EMPTY_STYLE = (
    f"QFrame#empty_hint {{ border: 1px dashed {theme.current().screen.empty_border};"
    " border-radius: 6px; }"
)


class PlanRow(QWidget):
    """Two panes side by side, or one above the other below ``breakpoint`` pixels wide.

    The owner calls :meth:`fit_width` before the row is laid out at a new width
    (from its scroll area's resize), so the row's minimum size already suits it.
    """

    def __init__(
        self,
        first: QWidget,
        second: QWidget,
        breakpoint: int,
        stretch: tuple[int, int] = (1, 1),
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.breakpoint = breakpoint
        self.box = QBoxLayout(QBoxLayout.Direction.TopToBottom, self)
        self.box.setContentsMargins(0, 0, 0, 0)
        self.box.setSpacing(16)
        self.box.addWidget(first, stretch[0], Qt.AlignmentFlag.AlignTop)
        self.box.addWidget(second, stretch[1], Qt.AlignmentFlag.AlignTop)

    def side_by_side(self) -> bool:
        return self.box.direction() == QBoxLayout.Direction.LeftToRight

    def fit_width(self, width: int) -> None:
        wide = width >= self.breakpoint
        direction = QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom
        if self.box.direction() != direction:
            self.box.setDirection(direction)


class ShowAllRows(QObject):
    """Keeps a table as tall as its header and rows, so the page scrolls instead of it.

    With ``sideways`` the table scrolls left and right when its columns do not fit
    (room is left for the scroll bar then); without, its columns must fit (a
    stretched column gives way).
    """

    def __init__(self, table: QTableView, min_rows: int = 0, sideways: bool = False):
        super().__init__(table)
        self._table = table
        self._min_rows = min_rows
        self._sideways = sideways
        table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        if not sideways:
            table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        table.setSizePolicy(table.sizePolicy().horizontalPolicy(), QSizePolicy.Policy.Fixed)
        table.verticalHeader().setSectionResizeMode(table.verticalHeader().ResizeMode.Fixed)
        table.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.fit(event.size().width())
        return False

    def content_width(self) -> int:
        """The width that shows every column without scrolling."""
        rows = self._table.verticalHeader()
        labels = rows.sizeHint().width() if not rows.isHidden() else 0
        return labels + self._table.horizontalHeader().length() + 2 * self._table.frameWidth()

    def fit(self, width: int | None = None) -> None:
        """Set the height for the table at ``width`` (default: its width now)."""
        table = self._table
        width = table.width() if width is None else width
        rows = table.verticalHeader()
        height = max(rows.length(), self._min_rows * rows.defaultSectionSize())
        if self._sideways and self.content_width() > width:
            height += table.horizontalScrollBar().sizeHint().height()
        header = table.horizontalHeader().sizeHint().height()
        table.setFixedHeight(header + height + 2 * table.frameWidth())


class SectionTitle(QWidget):
    """A section's title, a little larger and bold, with a muted summary beside it."""

    def __init__(self, text: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.title = QLabel(text)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * HEADING_SCALE)
        font.setBold(True)
        self.title.setFont(font)
        self.summary = QLabel()
        self.summary.setObjectName("section_summary")
        self.summary.setStyleSheet(SUMMARY_STYLE)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(12)
        row.addWidget(self.title)
        row.addWidget(self.summary, 0, Qt.AlignmentFlag.AlignBaseline)
        row.addStretch(1)


class EmptyHint(QFrame):
    """What a section is for while it is empty, with the button that starts it."""

    def __init__(self, title: str, text: str, action: QAction, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("empty_hint")
        self.setStyleSheet(EMPTY_STYLE)
        self.title = QLabel(f"<b>{html.escape(title)}</b>")
        self.title.setStyleSheet(HINT_STYLE)
        self.hint = QLabel(text)
        self.hint.setObjectName("empty_text")
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet(HINT_STYLE)
        self.button = QPushButton(action.icon(), action.text())
        self.button.setObjectName("empty_button")
        self.button.clicked.connect(action.trigger)
        action.changed.connect(lambda: self.button.setEnabled(action.isEnabled()))
        column = QVBoxLayout(self)
        column.setContentsMargins(16, 14, 16, 14)
        column.addWidget(self.title)
        column.addWidget(self.hint)
        column.addWidget(self.button, 0, Qt.AlignmentFlag.AlignLeft)


def rule() -> QFrame:
    """A thin line between sections."""
    line = QFrame()
    line.setFrameShape(QFrame.Shape.HLine)
    line.setFrameShadow(QFrame.Shadow.Sunken)
    return line
