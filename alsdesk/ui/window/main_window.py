"""The main window: the sidebar (home, journal, sets, people) and a stack of pages.

The window knows its pages only through ``alsdesk.ui.common.page.Page`` and the
list in ``alsdesk.ui.window.pages``: it shows a page with a subject, lets it save
before another takes its place, enables the exports and undo it offers, and
restores at the next start what it saved.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from alsdesk.services import Services
from alsdesk.services.errors import UserError
from alsdesk.settings import AppSettings
from alsdesk.ui.common import wheel
from alsdesk.ui.common.confirm import confirm
from alsdesk.ui.common.form import FormDialog
from alsdesk.ui.common.icons import icon
from alsdesk.ui.common.page import Page
from alsdesk.ui.common.toolbar_row import set_shortcuts
from alsdesk.ui.meeting.context import Clock, utc_now
from alsdesk.ui.person.people_panel import PeoplePanel
from alsdesk.ui.sets.editor import Editor
from alsdesk.ui.sets.set_dialog import SetDialog
from alsdesk.ui.sets.sets_panel import SetsPanel
from alsdesk.ui.window.backups import WindowBackups
from alsdesk.ui.window.exports import STATUS_TIMEOUT_MS, WindowExports
from alsdesk.ui.window.help_menu import WindowHelp
from alsdesk.ui.window.pages import PAGES, PageEntry, PageParts, SidebarButton
from alsdesk.ui.window.people_merge import merge_people
from alsdesk.ui.window.saved_state import SavedPages

SIDEBAR_WIDTH = 240
SIDEBAR_KEYS = (QKeySequence("Ctrl+\\"), QKeySequence("F9"))


class MainWindow(QMainWindow, WindowBackups):
    def __init__(
        self,
        services: Services,
        settings: QSettings,
        today: Callable[[], dt.date] = dt.date.today,
        clock: Clock = utc_now,
    ):
        super().__init__()
        wheel.install(QApplication.instance())
        self.services = services
        self.settings = settings
        self.app_settings = AppSettings(settings, self)
        self.saved_pages = SavedPages(settings)
        self._today = today
        self.setWindowTitle("alsdesk")
        self.setWindowIcon(icon("alsdesk"))
        self.editor = Editor(services.sets, services.members, services.schedule, self)
        self.editor.changed.connect(self._after_change)
        self.editor.failed.connect(self.show_error)

        self._entries: dict[str, PageEntry] = {entry.name: entry for entry in PAGES}
        self._parts = PageParts(services, self.editor, today, clock, self, self.app_settings)
        self._pages: dict[str, Page] = {}
        self._buttons: dict[str, QPushButton] = {}
        self.sets_panel = SetsPanel(services.sets)
        self.people_panel = PeoplePanel(services.people)
        self.stack = QStackedWidget()
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("main_splitter")
        self.sidebar = self._sidebar()
        self.splitter.addWidget(self.sidebar)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([SIDEBAR_WIDTH, 760])
        self.splitter.setCollapsible(0, False)  # hidden with View > Show sidebar, not a drag
        self.setCentralWidget(self.splitter)
        for entry in PAGES:
            if entry.at_start:
                self.page(entry.name)

        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setMaximumWidth(120)
        self.progress.hide()
        self.statusBar().addPermanentWidget(self.progress)
        self.documents = WindowExports(self, services, today, self.progress, self.show_error)

        self._build_actions()
        self._build_menus()
        self._commands = {
            "new_set": self.new_set,
            "open_demo": self.open_demo,
            "offer_reseal": self.offer_reseal,
        }
        self.sets_panel.set_selected.connect(self._show_set)
        self.sets_panel.new_button.clicked.connect(self.new_set)
        self.people_panel.person_selected.connect(self._show_person)
        self.people_panel.me_button.clicked.connect(self.add_me)
        self.people_panel.merge_button.clicked.connect(lambda: merge_people(self))

        self._restore_state()

    # -- pages ------------------------------------------------------------------

    def page(self, name: str) -> Page:
        """The page called ``name``, built (and wired to the window) the first time."""
        page = self._pages.get(name)
        if page is None:
            page = self._pages[name] = self._entries[name].build(self._parts)
            page.navigate.connect(self._navigate)
            page.export_requested.connect(self.export)
            page.command_requested.connect(lambda command: self._commands[command]())
            page.changed.connect(self._refresh_home)
            page.failed.connect(self.show_error)
            if name in self._buttons:
                page.title_changed.connect(self._buttons[name].setText)
            self.stack.addWidget(page)
        return page

    def built_pages(self) -> list[Page]:
        return list(self._pages.values())

    @property
    def welcome(self) -> Page:
        return self.page("home")

    @property
    def set_page(self):
        return self.page("set")

    @property
    def meeting_page(self):
        return self.page("meeting")

    @property
    def person_page(self):
        return self.page("person")

    @property
    def journal_page(self):
        return self.page("journal")

    def current_page(self) -> Page | None:
        current = self.stack.currentWidget()
        return current if isinstance(current, Page) else None

    def show_page(self, name: str, subject: object = None) -> bool:
        """Show page ``name`` with ``subject``; False (staying put) if it no longer exists."""
        page = self.page(name)
        current = self.current_page()
        if current is not None and current is not page:
            current.flush()
            if current.name == "meeting":
                # A meeting saves as it goes without a word to the window (Home read again
                # at each keystroke would be wasted); once left, Home shows what it changed.
                self._refresh_home()
        if not page.show_subject(subject):
            return False
        self._leave_sidebar_for(name)
        self.stack.setCurrentWidget(page)
        page.entered()
        self._update_actions()
        return True

    def _leave_sidebar_for(self, name: str) -> None:
        """Let go of the set and the person the sidebar shows unless ``name`` shows them."""
        if name != "set":
            self.sets_panel.clear_selection()
            self.set_page.show_subject(None)
        if name != "person":
            self.people_panel.clear_selection()

    def _navigate(self, name: str, subject: object) -> None:
        """A page asked for another: the sidebar follows the set or person it shows."""
        key = subject[0] if isinstance(subject, tuple) else subject
        if name == "set":
            # Shown once, below: the list announcing it too built the set page twice.
            self.sets_panel.reload(key, announce=False)  # type: ignore[arg-type]
            if self.sets_panel.current_id() != key:  # gone: show what the list now shows
                self._show_set(self.sets_panel.current_id())
                return
        elif name == "person" and not self.people_panel.select(key):  # type: ignore[arg-type]
            return
        self.show_page(name, subject)

    def release_pages(self) -> None:
        """Every built page saves what is pending and forgets what must not outlive it."""
        for page in self.built_pages():
            page.release()

    def refresh_pages(self) -> None:
        for page in self.built_pages():
            page.refresh()

    # -- building -------------------------------------------------------------

    def _sidebar(self) -> QWidget:
        """The pages' buttons at the top (home, the journal), then the sets and the people."""
        sidebar = QWidget()
        column = QVBoxLayout(sidebar)
        column.setContentsMargins(6, 6, 0, 0)
        column.setSpacing(0)
        for entry in PAGES:
            if entry.button is not None:
                button = _sidebar_button(entry.button)
                button.clicked.connect(lambda _=False, name=entry.name: self.show_page(name))
                self._buttons[entry.name] = button
                column.addWidget(button)
        self.home_button = self._buttons["home"]
        self.journal_button = self._buttons["journal"]
        parts = QSplitter(Qt.Orientation.Vertical)
        parts.setObjectName("sidebar_splitter")
        parts.addWidget(self.sets_panel)
        parts.addWidget(self.people_panel)
        parts.setStretchFactor(0, 3)
        parts.setStretchFactor(1, 2)
        column.addWidget(parts, 1)
        return sidebar

    def _action(self, name, text, slot, shortcut=None, icon_name=None) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        if shortcut is not None:
            set_shortcuts(action, shortcut)
        if icon_name:
            action.setIcon(icon(icon_name))
        action.triggered.connect(slot)
        return action

    def _export_action(self, document: str, name, text, shortcut=None, icon_name=None) -> QAction:
        """A menu command exporting ``document`` from the page showing, when it offers it."""
        action = self._action(
            name, text, lambda: self._export_current(document), shortcut, icon_name
        )
        self._export_actions[action] = document
        return action

    def _build_actions(self) -> None:
        keys = QKeySequence.StandardKey
        self._export_actions: dict[QAction, str] = {}
        self.new_set_action = self._action(
            "new_set", self.tr("&New set…"), self.new_set, keys.New, "set-new"
        )
        self.edit_set_action = self._action(
            "edit_set", self.tr("&Edit set…"), self.edit_set, QKeySequence("Ctrl+E"), "edit"
        )
        self.archive_action = self._action(
            "archive_set", self.tr("&Archive set"), self.toggle_archived, None, "archive"
        )
        self.delete_set_action = self._action(
            "delete_set", self.tr("&Delete set…"), self.delete_set, None, "delete"
        )
        self.export_ics_action = self._export_action(
            "schedule-ics",
            "export_ics",
            self.tr("Export &calendar (.ics)…"),
            QKeySequence("Ctrl+Shift+C"),
            "calendar-export",
        )
        self.export_pdf_action = self._export_action(
            "schedule-pdf", "export_pdf", self.tr("&Print schedule (PDF)…"), keys.Print, "print"
        )
        self.export_record_action = self._export_action(
            "set-record", "export_set_record", self.tr("Export set &record (PDF)…")
        )
        self.export_actions_action = self._export_action(
            "actions", "export_actions", self.tr("Export &actions (CSV)…")
        )
        self.demo_action = self._action(
            "open_demo", self.tr("Open the &demonstration set"), self.open_demo
        )
        self.backup_action = self._action("back_up_now", self.tr("&Back up now…"), self.back_up_now)
        self.restore_action = self._action(
            "restore_backup", self.tr("Re&store from backup…"), self.restore_from_backup
        )
        self.backup_settings_action = self._action(
            "backup_settings", self.tr("Automatic ba&ckups…"), self.backup_settings
        )
        self.quit_action = self._action("quit", self.tr("&Quit"), self.close, keys.Quit)
        self.undo_action = self.editor.undo_stack.createUndoAction(self, self.tr("&Undo"))
        set_shortcuts(self.undo_action, keys.Undo)
        self.redo_action = self.editor.undo_stack.createRedoAction(self, self.tr("&Redo"))
        set_shortcuts(self.redo_action, keys.Redo)
        self.settings_action = self._action(
            "settings", self.tr("Se&ttings…"), self.open_settings, QKeySequence("Ctrl+,")
        )
        self.help = WindowHelp(self, self.app_settings)
        self.sidebar_action = self._action(
            "toggle_sidebar", self.tr("Show &sidebar"), self.show_sidebar
        )
        self.sidebar_action.setCheckable(True)
        self.sidebar_action.setChecked(True)
        self.sidebar_action.setShortcuts(SIDEBAR_KEYS)
        self.sidebar_action.setToolTip(
            self.tr("Show or hide the sidebar, for more room on a small screen (%s)")
            % " or ".join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in SIDEBAR_KEYS)
        )

    def _build_menus(self) -> None:
        menus = self.menuBar()
        file_menu = menus.addMenu(self.tr("&File"))
        file_menu.addActions([self.new_set_action, self.demo_action])
        file_menu.addSeparator()
        file_menu.addActions([self.export_ics_action, self.export_pdf_action])
        file_menu.addActions([self.export_record_action, self.export_actions_action])
        file_menu.addSeparator()
        file_menu.addActions([self.backup_action, self.restore_action, self.backup_settings_action])
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        edit_menu = menus.addMenu(self.tr("&Edit"))
        edit_menu.addActions([self.undo_action, self.redo_action])
        edit_menu.addSeparator()
        edit_menu.addAction(self.settings_action)
        menus.addMenu(self.tr("&View")).addAction(self.sidebar_action)
        set_menu = menus.addMenu(self.tr("&Set"))
        set_menu.addActions([self.edit_set_action, self.archive_action, self.delete_set_action])
        set_menu.addSeparator()
        set_menu.addActions(list(self.set_page.menu_actions()))
        self.help.fill(menus.addMenu(self.tr("&Help")))

        toolbar = self.addToolBar(self.tr("Main"))
        toolbar.setObjectName("main_toolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toolbar.addActions([self.new_set_action, self.edit_set_action])
        toolbar.addSeparator()
        toolbar.addActions([self.export_ics_action, self.export_pdf_action])

    # -- state ------------------------------------------------------------------

    def _restore_state(self) -> None:
        geometry = self.settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1100, 700)
        # The splitter is restored once the window has its real size (showEvent).
        self._pending_splitter = self.settings.value("window/splitter")
        shown = _setting_is_on(self.settings.value("window/sidebar"))
        self.sidebar_action.setChecked(shown)
        self.sidebar.setVisible(shown)
        last = self.settings.value("window/last_set")
        self.sets_panel.reload(int(last) if last not in (None, "") else None)
        self.set_page.restore_state(self.saved_pages.state("set"))
        self.people_panel.reload()
        self._refresh_home()
        name = self.saved_pages.page()
        state = self.saved_pages.state(name)
        if name in ("home", "journal"):
            self.show_page(name)
        elif name == "person" and state.isdigit():
            self.people_panel.select(int(state))
        elif name == "meeting" and state.isdigit():
            self._reopen_meeting(int(state))

    def save_state(self) -> None:
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/splitter", self.splitter.saveState())
        current = self.sets_panel.current_id()
        self.settings.setValue("window/last_set", "" if current is None else current)
        page = self.current_page()
        self.saved_pages.save(
            page.name if page is not None else "",
            {built.name: built.saved_state() for built in self.built_pages()},
        )
        self.settings.sync()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._pending_splitter is not None:
            self.splitter.restoreState(self._pending_splitter)
            self._pending_splitter = None
            self.sidebar.setVisible(self.sidebar_action.isChecked())

    def show_sidebar(self, shown: bool) -> None:
        """Show or hide the sidebar; remembered at once, for the next start too."""
        self.sidebar.setVisible(shown)
        if shown and self.splitter.sizes()[0] == 0:  # collapsed by an older alsdesk's drag
            rest = max(0, self.splitter.width() - SIDEBAR_WIDTH)
            self.splitter.setSizes([SIDEBAR_WIDTH, rest])
        self.settings.setValue("window/sidebar", shown)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.release_pages()
        self.save_state()
        self.back_up_at_quit()
        super().closeEvent(event)

    # -- showing ----------------------------------------------------------------

    def current_set(self):
        page = self.current_page()
        return page.subject() if page is not None and page.name == "set" else None

    def current_meeting(self):
        page = self.current_page()
        return page.subject() if page is not None and page.name == "meeting" else None

    def _export_current(self, document: str) -> None:
        page = self.current_page()
        if page is not None and document in page.exports():
            subject = page.subject()
            self.export(document, getattr(subject, "id", subject))

    def _show_set(self, set_id: int | None) -> None:
        """The sets list's choice."""
        if set_id is not None:
            self.show_page("set", set_id)
            return
        self.set_page.show_subject(None)
        current = self.current_page()
        if current is None or current.name not in ("person", "journal"):
            self.show_page("home")
        self._update_actions()

    def _show_person(self, person_id: int | None) -> None:
        """The people list's choice."""
        if person_id is not None:
            self.show_page("person", person_id)
        elif self.current_page() is self._pages.get("person"):
            self.show_home()

    def show_home(self) -> None:
        self.show_page("home")

    def show_journal(self) -> None:
        """The journal page: set-up, the lock screen or the open journal."""
        self.show_page("journal")

    def _refresh_home(self) -> None:
        """The home page's review list, and the count on the Home button."""
        self.welcome.refresh()

    def _update_actions(self) -> None:
        page = self.current_page()
        # Meetings, goals and plans save as they happen and are not on the undo stack;
        # set-level undo from those pages would change a set behind the user's back.
        undo = page is None or page.undo_applies
        self.new_set_action.setEnabled(page is None or not page.takes_new_shortcut)
        self.undo_action.setVisible(undo)
        self.redo_action.setVisible(undo)
        offered = page.exports() if page is not None else ()
        for action, document in self._export_actions.items():
            action.setEnabled(document in offered)
        current = self.current_set()
        for action in (self.edit_set_action, self.archive_action, self.delete_set_action):
            action.setEnabled(current is not None)
        archived = current is not None and current.archived
        self.archive_action.setText(
            self.tr("Bring back from &archive") if archived else self.tr("&Archive set")
        )

    def _after_change(self, set_id: int | None, message: str) -> None:
        self.sets_panel.reload(set_id)
        self.people_panel.reload()
        self._refresh_home()
        if set_id is not None and self.sets_panel.current_id() != set_id:
            message += self._where_it_went(set_id)
        self.statusBar().showMessage(message, STATUS_TIMEOUT_MS)

    def _where_it_went(self, set_id: int) -> str:
        try:
            archived = self.services.sets.get(set_id).archived
        except UserError:
            return ""
        return self.tr(" (tick “Show archived sets” to see it)") if archived else ""

    # -- commands -----------------------------------------------------------------

    def new_set(self) -> None:
        dialog = SetDialog(self.services.sets, parent=self)
        if (chosen := dialog.ask()) is not None:
            created = self.editor.create_set(chosen)
            if created is not None:
                self.show_page("set", (created, "members"))

    def edit_set(self) -> None:
        current = self.current_set()
        if current is None:
            return
        dialog = SetDialog(self.services.sets, existing=current, parent=self)
        if (chosen := dialog.ask()) is not None:
            self.editor.edit_set(current, chosen)

    def toggle_archived(self) -> None:
        current = self.current_set()
        if current is not None:
            self.editor.set_archived(current, not current.archived)

    def delete_set(self) -> None:
        current = self.current_set()
        if current is None:
            return
        question = (
            self.tr(
                'Delete the set "%s" with its members list and schedule?\n'
                "You can undo this until you close alsdesk."
            )
            % current.name
        )
        if confirm(self, self.tr("Delete set"), question, self.tr("Delete set")):
            self.editor.delete_set(current)

    def open_demo(self) -> None:
        from alsdesk.services.demo import create_demo  # only on request: it loads every area

        action_set, created = create_demo(self.services)
        if action_set.archived:
            self.sets_panel.show_archived.setChecked(True)
        self.sets_panel.reload(action_set.id)
        self.people_panel.reload()
        self._refresh_home()
        message = (
            self.tr("Created the demonstration set")
            if created
            else self.tr("Opened the demonstration set")
        )
        self.statusBar().showMessage(message, STATUS_TIMEOUT_MS)

    def add_me(self) -> None:
        """Name the app's own user so they can keep goals and a plan of their own."""
        dialog = FormDialog(
            self.tr("Your own goals and plan"),
            lambda: self.services.people.set_me(name.text()),
            self,
        )
        name = dialog.add_field("full_name", self.tr("Your name:"), QLineEdit())
        name.setPlaceholderText(self.tr("As it should appear on reports for your tutor"))
        dialog.setMinimumWidth(420)
        me = dialog.ask()
        if me is not None:
            self.people_panel.reload()
            self.people_panel.select(me.id)
            self._refresh_home()

    def _reopen_meeting(self, meeting_id: int) -> None:
        """Back to the meeting that was open when alsdesk last closed, if it still exists."""
        meeting = self.meeting_page
        if not meeting.show_subject(meeting_id):
            return
        if self.sets_panel.current_id() == meeting.subject().set_id:
            self.show_page("meeting", meeting_id)

    def export(self, document: str, subject: object) -> None:
        """Export ``document`` (see ``alsdesk.documents``) about ``subject``."""
        self.documents.export(document, subject)

    def show_error(self, message: str) -> None:
        self.statusBar().showMessage(message, STATUS_TIMEOUT_MS)
        QMessageBox.warning(self, self.tr("alsdesk"), message)


def _setting_is_on(value: object) -> bool:
    """A flag from the settings file (written as true/false; unset means on)."""
    return value is None or str(value).lower() not in ("false", "0")


def _sidebar_button(spec: SidebarButton) -> QPushButton:
    text = QCoreApplication.translate("MainWindow", spec.text)
    button = QPushButton(icon(spec.icon), text)
    button.setObjectName(spec.object_name)
    button.setFlat(True)
    button.setStyleSheet("text-align: left; padding: 4px 6px;")
    button.setToolTip(QCoreApplication.translate("MainWindow", spec.tip))
    button.setShortcut(QKeySequence(spec.shortcut))
    return button
