"""The open journal: the list and search on the left, the entry being written on the right.

Built when the journal unlocks and thrown away when it locks, after every field
has been cleared, so no decrypted text outlives the unlocked session in a widget.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from alsdesk import theme
from alsdesk.services.journal.reflective_models import MODELS, template_model
from alsdesk.services.journal.service import IDLE_MINUTES_RANGE
from alsdesk.ui.common.icons import icon
from alsdesk.ui.common.widgets import scale_font
from alsdesk.ui.journal.browser import EntryBrowser
from alsdesk.ui.journal.editor import EntryEditor
from alsdesk.ui.journal.export_choice import ExportChoice, ask_about_patient_data
from alsdesk.ui.journal.sections import MUTED_STYLE
from alsdesk.ui.journal.session import JournalSession


class JournalWorkspace(QWidget):
    export_requested = Signal(object)
    """An ExportChoice: the chosen entries, and whether to redact them."""
    change_passphrase_requested = Signal()
    recovery_key_requested = Signal()
    templates_requested = Signal()
    failed = Signal(str)

    def __init__(
        self, session: JournalSession, today: Callable[[], dt.date], parent: QWidget | None = None
    ):
        super().__init__(parent)
        self._session = session
        self._today = today
        self.browser = EntryBrowser(session, today)
        self.editor = EntryEditor(session, today)
        self.browser.entry_chosen.connect(self._open)
        self.editor.saved.connect(self._saved)
        self.editor.failed.connect(self.failed)

        self.new_button = QToolButton(objectName="new_entry")
        self.new_button.setText(self.tr("New entry"))
        self.new_button.setToolTip(self.tr("Write a new reflection (Ctrl+N)"))
        self.new_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.new_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.new_menu = QMenu(self.new_button)
        self.new_menu.aboutToShow.connect(self._fill_new_menu)
        self.new_button.setMenu(self.new_menu)
        self.delete_button = QPushButton(self.tr("Delete entry"), objectName="delete_entry")
        self.delete_button.clicked.connect(self.delete_current)
        self.export_button = QPushButton(self.tr("Export chosen…"), objectName="export_entries")
        self.export_button.setToolTip(
            self.tr("Export the entries chosen in the list to PDF (Ctrl+click to choose several)")
        )
        self.export_button.clicked.connect(self.export_chosen)
        self.lock_button = QPushButton(icon("lock"), self.tr("Lock"), objectName="lock")
        self.lock_button.setToolTip(self.tr("Lock the journal now (Ctrl+L)"))
        self.lock_button.clicked.connect(session.lock)
        self.more_button = QToolButton(objectName="journal_more")
        self.more_button.setText(self.tr("Journal settings"))
        self.more_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        more = QMenu(self.more_button)
        more.addAction(self.tr("Change passphrase…"), self.change_passphrase_requested)
        more.addAction(self.tr("New recovery key…"), self.recovery_key_requested)
        more.addAction(self.tr("Lock when idle…"), self.choose_idle_minutes)
        more.addAction(self.tr("My templates…"), self.templates_requested)
        self.more_button.setMenu(more)

        new_action = QAction(self)
        new_action.setShortcut(QKeySequence.StandardKey.New)
        new_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        new_action.triggered.connect(self.new_button.showMenu)
        self.addAction(new_action)
        lock_action = QAction(self)
        lock_action.setShortcut(QKeySequence("Ctrl+L"))
        lock_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        lock_action.triggered.connect(session.lock)
        self.addAction(lock_action)

        toolbar = QHBoxLayout()
        for widget in (self.new_button, self.delete_button, self.export_button):
            toolbar.addWidget(widget)
        toolbar.addStretch(1)
        toolbar.addWidget(self.more_button)
        toolbar.addWidget(self.lock_button)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.editor_hint = QLabel(
            self.tr(
                "Choose an entry in the list to read or go on writing it, or press "
                "New entry (Ctrl+N) and pick a reflective model."
            ),
            objectName="editor_hint",
        )
        self.editor_hint.setWordWrap(True)
        self.editor_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.editor_hint.setStyleSheet(f"{MUTED_STYLE} padding: 24px;")
        scale_font(self.editor_hint, theme.current().screen_sizes.hint)
        self.editor_stack = QStackedWidget()
        self.editor_stack.addWidget(self.editor_hint)
        self.editor_stack.addWidget(self.editor)
        self.browser.setMinimumWidth(240)
        self.splitter.addWidget(self.browser)
        self.splitter.addWidget(self.editor_stack)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setChildrenCollapsible(False)
        column = QVBoxLayout(self)
        column.setContentsMargins(8, 8, 8, 8)
        column.addLayout(toolbar)
        column.addWidget(self.splitter, 1)

        session.entries_changed.connect(self._refresh_lists)
        self.reload()

    # -- contents ----------------------------------------------------------------

    def reload(self) -> None:
        links = self._session.link_options()
        self.editor.set_choices(links, self._session.index.tags())
        self.browser.load_choices(links)
        self.browser.refresh()
        first = self.browser.list_model.hit(0)
        if first is not None:
            self.browser.select(first.entry.id)
        self._update_buttons()

    def _refresh_lists(self) -> None:
        self.browser.load_choices(self._session.journal.link_options())
        self.browser.refresh()
        self.editor.set_tags(self._session.index.tags())
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.editor_stack.setCurrentWidget(
            self.editor if self.editor.isEnabled() else self.editor_hint
        )
        has_entries = len(self._session.index) > 0
        self.export_button.setEnabled(has_entries)
        self.delete_button.setEnabled(self.editor.entry_id is not None)

    def _open(self, entry_id: int) -> None:
        if entry_id == self.editor.entry_id:
            return
        self.editor.flush()
        entry = self._session.index.get(entry_id)
        if entry is not None:
            self.editor.show_entry(entry)
        self._update_buttons()

    def _saved(self, entry_id: int) -> None:
        self.browser.select(entry_id, emit=False)
        self._update_buttons()

    def _fill_new_menu(self) -> None:
        self.new_menu.clear()
        for model in MODELS:
            action = self.new_menu.addAction(model.name)
            action.setToolTip(model.summary)
            action.triggered.connect(lambda _checked=False, m=model: self.start_entry(m))
        templates = self._session.journal.templates()
        if templates:
            self.new_menu.addSection(self.tr("My templates"))
            for template in templates:
                model = template_model(template)
                action = self.new_menu.addAction(model.name)
                action.triggered.connect(lambda _checked=False, m=model: self.start_entry(m))
        self.new_menu.addSeparator()
        self.new_menu.addAction(self.tr("Make a template…"), self.templates_requested)
        self.new_menu.setToolTipsVisible(True)

    def start_entry(self, model) -> None:
        self.editor.flush()
        self.browser.view.clearSelection()
        self.editor.start_entry(model)
        self._update_buttons()

    def delete_current(self) -> None:
        entry_id = self.editor.entry_id
        if entry_id is None:
            return
        title = self.editor.title.text().strip() or self.tr("this untitled entry")
        answer = QMessageBox.question(
            self,
            self.tr("Delete entry"),
            self.tr("Delete “%s” from your journal? This cannot be undone.") % title,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.editor.clear()
        self._session.delete(entry_id)
        self.editor.set_choices(self._session.journal.link_options(), self._session.index.tags())
        first = self.browser.list_model.hit(0)
        if first is not None:
            self.browser.select(first.entry.id)
        self._update_buttons()

    def choose_idle_minutes(self) -> None:
        low, high = IDLE_MINUTES_RANGE
        minutes, ok = QInputDialog.getInt(
            self,
            self.tr("Lock when idle"),
            self.tr("Lock the journal after this many minutes without typing or clicking:"),
            self._session.vault.idle_minutes(),
            low,
            high,
        )
        if ok:
            self._session.vault.set_idle_minutes(minutes)
            self._session.idle_minutes_changed.emit(minutes)

    # -- export ---------------------------------------------------------------------

    def export_chosen(self) -> None:
        self.editor.flush()
        ids = self.browser.selected_ids()
        shown = self.editor.entry_id
        if not ids and shown is not None and self.browser.list_model.row_of(shown) >= 0:
            ids = [shown]  # the entry open in the editor, when the list shows it
        entries = [e for e in (self._session.index.get(i) for i in ids) if e is not None]
        if not entries:
            QMessageBox.information(
                self,
                self.tr("Export entries"),
                self.tr(
                    "Choose the entries to export in the list first: Ctrl+click or "
                    "Shift+click chooses several."
                ),
            )
            return
        entries.sort(key=lambda e: (e.draft.entry_date, e.id))
        redact = ask_about_patient_data(self, entries, self._today())
        if redact is None:
            return
        self.export_requested.emit(ExportChoice(tuple(entries), redact))

    def focus_start(self) -> None:
        """Where the keyboard starts when the page is shown: the search box."""
        self.browser.search.setFocus()

    def clear(self) -> None:
        """Forget every decrypted word shown here (the journal is locking)."""
        self.editor.flush()
        self.editor.clear()
        self.browser.clear()
