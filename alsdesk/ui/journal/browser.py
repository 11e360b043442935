"""Browse and search the open journal: a search box, filters and the list of entries.

Search runs on the in-memory index as the user types; nothing about a search is
stored. ``clear()`` empties every field and the list when the journal locks.
"""

from __future__ import annotations

import datetime as dt
import html

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from alsdesk import theme
from alsdesk.services.journal.links import LinkOptions
from alsdesk.services.journal.reflective_models import MODELS
from alsdesk.services.journal.search import Filters
from alsdesk.ui.common.empty_state import EmptyState
from alsdesk.ui.common.fields import OptionalDate
from alsdesk.ui.journal.entry_list import entry_list_view
from alsdesk.ui.journal.journal_list_model import JournalListModel
from alsdesk.ui.journal.sections import MUTED_STYLE
from alsdesk.ui.journal.session import JournalSession

SEARCH_DELAY_MS = 60
_DAMAGED = theme.current().screen.damaged
DAMAGED_STYLE = (
    f"color: {_DAMAGED.text}; background: {_DAMAGED.fill}; border-radius: 3px; padding: 6px;"
)


class EntryBrowser(QWidget):
    entry_chosen = Signal(int)
    """The user picked one entry to read or write."""

    def __init__(self, session: JournalSession, today, parent: QWidget | None = None):
        super().__init__(parent)
        self._session = session
        self._today = today
        self._quiet = False
        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setPlaceholderText(self.tr("Search (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search the journal"))
        QShortcut(QKeySequence.StandardKey.Find, self, self._focus_search)
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _text: self._search_timer.start())

        self.filters_button = QToolButton()
        self.filters_button.setObjectName("filters")
        self.filters_button.setText(self.tr("Filters"))
        self.filters_button.setCheckable(True)
        self.filters_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.filters_button.setArrowType(Qt.ArrowType.RightArrow)
        self.filters_button.toggled.connect(self._show_filters)

        self.tag = QComboBox(objectName="tag_filter")
        self.model = QComboBox(objectName="model_filter")
        self.link = QComboBox(objectName="link_filter")
        for box in (self.tag, self.model, self.link):
            box.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            box.setMinimumContentsLength(8)
            box.currentIndexChanged.connect(self.refresh)
        start = today() - dt.timedelta(days=30)
        self.date_from = OptionalDate(self.tr("From"), start)
        self.date_to = OptionalDate(self.tr("To"), today())
        self.date_from.setObjectName("date_from")
        self.date_to.setObjectName("date_to")
        for date in (self.date_from, self.date_to):
            date.changed.connect(self.refresh)
        self.clear_filters_button = QPushButton(self.tr("Clear filters"))
        self.clear_filters_button.setObjectName("clear_filters")
        self.clear_filters_button.clicked.connect(self.clear_filters)
        self.filter_panel = QWidget()
        form = QFormLayout(self.filter_panel)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Tag"), self.tag)
        form.addRow(self.tr("Model"), self.model)
        form.addRow(self.tr("Linked to"), self.link)
        form.addRow(self.tr("Dates"), self.date_from)
        form.addRow("", self.date_to)
        form.addRow("", self.clear_filters_button)
        self.filter_panel.hide()

        self.count = QLabel()
        self.count.setObjectName("count")
        self.count.setStyleSheet(MUTED_STYLE)
        self.damaged = QLabel()
        self.damaged.setObjectName("damaged")
        self.damaged.setWordWrap(True)
        self.damaged.setStyleSheet(DAMAGED_STYLE)
        self.damaged.setTextFormat(Qt.TextFormat.RichText)
        self.damaged.linkActivated.connect(lambda _link: self._session.accept_missing())
        self.damaged.hide()

        self.list_model = JournalListModel(self)
        self.view = entry_list_view()
        self.view.setModel(self.list_model)
        self.view.selectionModel().currentChanged.connect(self._current_changed)
        self.empty = EmptyState(self.view, "")
        self.empty.hint.setObjectName("entries_hint")

        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.filters_button)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(top)
        column.addWidget(self.filter_panel)
        column.addWidget(self.count)
        column.addWidget(self.damaged)
        column.addWidget(self.empty, 1)

    # -- filling ---------------------------------------------------------------

    def load_choices(self, links: LinkOptions) -> None:
        """Fill the filter boxes from the open journal; keeps what was chosen where it can."""
        self._refill(
            self.tag,
            [(self.tr("Any tag"), None)] + [(tag, tag) for tag in self._session.index.tags()],
        )
        models = [(self.tr("Any model"), None)] + [(m.name, m.key) for m in MODELS]
        models += [(t.draft.name, f"template:{t.uid}") for t in self._session.journal.templates()]
        self._refill(self.model, models)
        self._refill(
            self.link,
            [(self.tr("Anything"), None)]
            + [(self.tr("Goal: %s") % g.label, f"goal:{g.id}") for g in links.goals]
            + [(self.tr("Meeting: %s") % m.label, f"meeting:{m.id}") for m in links.meetings],
        )

    @staticmethod
    def _refill(box: QComboBox, items) -> None:
        chosen = box.currentData()
        box.blockSignals(True)
        box.clear()
        for label, data in items:
            box.addItem(label, data)
        at = box.findData(chosen) if chosen is not None else 0
        box.setCurrentIndex(max(at, 0))
        box.blockSignals(False)

    def filters(self) -> Filters:
        kind, _, number = (self.link.currentData() or "").partition(":")
        return Filters(
            tag=self.tag.currentData(),
            model_key=self.model.currentData(),
            goal_id=int(number) if kind == "goal" else None,
            meeting_id=int(number) if kind == "meeting" else None,
            date_from=self.date_from.value(),
            date_to=self.date_to.value(),
        )

    def active_filters(self) -> int:
        chosen = (self.tag, self.model, self.link, self.date_from, self.date_to)
        values = [w.currentData() if isinstance(w, QComboBox) else w.value() for w in chosen]
        return sum(value is not None for value in values)

    def refresh(self) -> None:
        """Search again with what is typed and chosen; keep the current entry selected."""
        current = self.current_id()
        hits = self._session.index.search(self.search.text(), self.filters())
        self.list_model.reload(hits)
        total = len(self._session.index)
        shown = len(hits)
        active = self.active_filters()
        self.filters_button.setText(
            self.tr("Filters (%d)") % active if active else self.tr("Filters")
        )
        if total == 0:
            self.count.setText("")
            self.empty.hint.setText(
                self.tr(
                    "No entries yet.\n\nChoose New entry and a reflective model to write "
                    "your first reflection. Only you can read what you write here."
                )
            )
        elif shown == 0:
            self.count.setText(self.tr("None of your %d entries match.") % total)
            self.empty.hint.setText(
                self.tr("Nothing matches. Try fewer words, or clear the filters.")
            )
        else:
            if shown < total:
                self.count.setText(self.tr("%d of %d entries") % (shown, total))
            else:
                self.count.setText(
                    self.tr("1 entry") if total == 1 else self.tr("%d entries") % total
                )
        self.empty.set_empty(shown == 0)
        problems = self._problems_text()
        self.damaged.setVisible(bool(problems))
        self.damaged.setText(problems)
        if current is not None:
            self.select(current, emit=False)

    def _problems_text(self) -> str:
        """What unlocking found wrong, in sentences (no entry's words: only counts and reasons)."""
        session = self._session
        parts = [html.escape(session.notice)] if session.notice else []
        by_reason: dict[str, int] = {}
        for damaged in session.damaged:
            by_reason[damaged.reason] = by_reason.get(damaged.reason, 0) + 1
        for reason, count in by_reason.items():
            what = (
                self.tr("1 entry could not be opened: it was %s.")
                if count == 1
                else self.tr("%d entries could not be opened: they were %%s.") % count
            )
            parts.append(html.escape(what % reason))
        if by_reason:
            parts.append(
                self.tr(
                    "alsdesk cannot trust it, so it is not shown. Your other entries are "
                    "safe; a backup of the database has it as it was."
                )
                if len(session.damaged) == 1
                else self.tr(
                    "alsdesk cannot trust them, so they are not shown. Your other entries are "
                    "safe; a backup of the database has them as they were."
                )
            )
        if session.missing:
            parts.append(
                (
                    self.tr(
                        "1 entry the journal recorded is no longer in the database: it was "
                        "deleted outside alsdesk, and a backup has it."
                    )
                    if session.missing == 1
                    else self.tr(
                        "%d entries the journal recorded are no longer in the database: they "
                        "were deleted outside alsdesk, and a backup has them."
                    )
                    % session.missing
                )
                + ' <a href="accept">'
                + self.tr("Stop reporting this")
                + "</a>"
            )
        return " ".join(parts)

    def clear(self) -> None:
        """Forget every decrypted word: search text, choices and rows."""
        self._search_timer.stop()
        for widget in (self.search, self.tag, self.model, self.link):
            widget.blockSignals(True)
        self.search.clear()
        self.tag.clear()
        self.model.clear()
        self.link.clear()
        for widget in (self.search, self.tag, self.model, self.link):
            widget.blockSignals(False)
        self.list_model.clear()
        self.count.clear()

    def clear_filters(self) -> None:
        for box in (self.tag, self.model, self.link):
            box.blockSignals(True)
            box.setCurrentIndex(0)
            box.blockSignals(False)
        self.date_from.set_value(None)
        self.date_to.set_value(None)
        self.refresh()

    # -- selection -------------------------------------------------------------

    def current_id(self) -> int | None:
        hit = self.list_model.hit(self.view.currentIndex().row())
        return hit.entry.id if hit else None

    def selected_ids(self) -> list[int]:
        rows = sorted(index.row() for index in self.view.selectionModel().selectedRows())
        hits = (self.list_model.hit(row) for row in rows)
        return [hit.entry.id for hit in hits if hit is not None]

    def select(self, entry_id: int, emit: bool = True) -> None:
        row = self.list_model.row_of(entry_id)
        if row < 0:
            return
        index = self.list_model.index(row)
        self._quiet = not emit
        try:
            self.view.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            )
        finally:
            self._quiet = False
        self.view.scrollTo(index)

    def _current_changed(self, current, _previous) -> None:
        hit = self.list_model.hit(current.row())
        if hit is not None and not self._quiet:
            self.entry_chosen.emit(hit.entry.id)

    def _show_filters(self, shown: bool) -> None:
        self.filter_panel.setVisible(shown)
        self.filters_button.setArrowType(
            Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow
        )

    def _focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()
