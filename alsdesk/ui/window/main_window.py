"""The main window: sets on the left, the chosen set (or the welcome page) on the right."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
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

from alsdesk import __version__
from alsdesk.services import Services
from alsdesk.services.demo import create_demo
from alsdesk.services.errors import StorageError, UserError
from alsdesk.ui.common.confirm import confirm
from alsdesk.ui.common.form import FormDialog
from alsdesk.ui.common.icons import icon
from alsdesk.ui.common.roles import ROW_OBJECT_ROLE
from alsdesk.ui.common.toolbar_row import set_shortcuts
from alsdesk.ui.home.welcome_page import WelcomePage
from alsdesk.ui.journal.page import JournalPage
from alsdesk.ui.journal.session import JournalSession
from alsdesk.ui.meeting.autosave import Autosaver
from alsdesk.ui.meeting.context import Clock, MeetingContext, utc_now
from alsdesk.ui.meeting.workspace import MeetingWorkspace
from alsdesk.ui.person.people_panel import PeoplePanel
from alsdesk.ui.person.person_page import PLAN_TAB, PersonPage
from alsdesk.ui.sets.editor import Editor
from alsdesk.ui.sets.set_dialog import SetDialog
from alsdesk.ui.sets.set_page import SetPage
from alsdesk.ui.sets.sets_panel import SetsPanel
from alsdesk.ui.window.backups import WindowBackups
from alsdesk.ui.window.exports import STATUS_TIMEOUT_MS, WindowExports


class MainWindow(QMainWindow, WindowExports, WindowBackups):
    def __init__(
        self,
        services: Services,
        settings: QSettings,
        today: Callable[[], dt.date] = dt.date.today,
        clock: Clock = utc_now,
    ):
        super().__init__()
        self.services = services
        self.settings = settings
        self._today = today
        self.setWindowTitle("alsdesk")
        self.setWindowIcon(icon("alsdesk"))
        self.editor = Editor(services, self)
        self.editor.changed.connect(self._after_change)
        self.editor.failed.connect(self.show_error)
        self._exports: set = set()  # running export jobs' signals, kept alive until done

        self.sets_panel = SetsPanel(services.sets)
        self.people_panel = PeoplePanel(services.people)
        self.welcome = WelcomePage()
        self.set_page = SetPage(self.editor, today)
        self.meeting_page = MeetingWorkspace(MeetingContext(services, clock, Autosaver(self)))
        self.person_page = PersonPage(services, today)
        self.journal_session = JournalSession(services.journal, self)
        self.journal_page = JournalPage(self.journal_session, today, clock)
        self.stack = QStackedWidget()
        pages = (
            self.welcome,
            self.set_page,
            self.meeting_page,
            self.person_page,
            self.journal_page,
        )
        for page in pages:
            self.stack.addWidget(page)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("main_splitter")
        self.splitter.addWidget(self._sidebar())
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([240, 760])
        self.setCentralWidget(self.splitter)

        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setMaximumWidth(120)
        self.progress.hide()
        self.statusBar().addPermanentWidget(self.progress)

        self._build_actions()
        self._build_menus()
        self.sets_panel.set_selected.connect(self._show_set)
        self.sets_panel.new_button.clicked.connect(self.new_set)
        self.people_panel.person_selected.connect(self._show_person)
        self.people_panel.me_button.clicked.connect(self.add_me)
        self.home_button.clicked.connect(self.show_home)
        self.journal_button.clicked.connect(self.show_journal)
        self.journal_page.export_requested.connect(self.export_journal)
        self.journal_page.passphrase_changed.connect(self.offer_reseal)
        self.welcome.create_requested.connect(self.new_set)
        self.welcome.demo_requested.connect(self.open_demo)
        self.welcome.review_requested.connect(self.open_review)
        self.person_page.changed.connect(self._refresh_home)
        self.person_page.goals.export_requested.connect(self.export_goal_report)
        self.person_page.plan.export_requested.connect(self.export_plan)
        self.set_page.schedule.meeting_requested.connect(self.open_meeting)
        self.meeting_page.back_requested.connect(self._back_from_meeting)
        self.meeting_page.export_requested.connect(self.export_meeting_record)

        self._restore_state()

    # -- building -------------------------------------------------------------

    def _sidebar(self) -> QWidget:
        """Home and the journal at the top, then the sets and the people."""
        self.home_button = _sidebar_button(
            "home",
            "alsdesk",
            self.tr("Home"),
            self.tr("Home: reviews due and getting started (Alt+Home)"),
            "Alt+Home",
        )
        self.journal_button = _sidebar_button(
            "journal_button",
            "journal",
            self.tr("My journal"),
            self.tr("Your private reflective journal (Alt+J)"),
            "Alt+J",
        )
        parts = QSplitter(Qt.Orientation.Vertical)
        parts.setObjectName("sidebar_splitter")
        parts.addWidget(self.sets_panel)
        parts.addWidget(self.people_panel)
        parts.setStretchFactor(0, 3)
        parts.setStretchFactor(1, 2)
        sidebar = QWidget()
        column = QVBoxLayout(sidebar)
        column.setContentsMargins(6, 6, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.home_button)
        column.addWidget(self.journal_button)
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

    def _build_actions(self) -> None:
        keys = QKeySequence.StandardKey
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
        self.export_ics_action = self._action(
            "export_ics",
            self.tr("Export &calendar (.ics)…"),
            lambda: self.export_schedule(".ics"),
            QKeySequence("Ctrl+Shift+C"),
            "calendar-export",
        )
        self.export_pdf_action = self._action(
            "export_pdf",
            self.tr("&Print schedule (PDF)…"),
            lambda: self.export_schedule(".pdf"),
            keys.Print,
            "print",
        )
        self.export_record_action = self._action(
            "export_set_record",
            self.tr("Export set &record (PDF)…"),
            self.export_set_record,
        )
        self.export_actions_action = self._action(
            "export_actions",
            self.tr("Export &actions (CSV)…"),
            self.export_actions_csv,
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
        self.about_action = self._action("about", self.tr("&About alsdesk"), self.about)

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
        set_menu = menus.addMenu(self.tr("&Set"))
        set_menu.addActions([self.edit_set_action, self.archive_action, self.delete_set_action])
        set_menu.addSeparator()
        members = self.set_page.members
        schedule = self.set_page.schedule
        set_menu.addActions([members.add_action, schedule.add_action, schedule.generate_action])
        set_menu.addAction(schedule.run_action)
        menus.addMenu(self.tr("&Help")).addAction(self.about_action)

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
        last = self.settings.value("window/last_set")
        self.sets_panel.reload(int(last) if last not in (None, "") else None)
        tab = self.settings.value("window/tab")
        if tab not in (None, ""):
            self.set_page.tabs.setCurrentIndex(int(tab))
        self.people_panel.reload()
        self._refresh_home()
        page = self.settings.value("window/page") or ""
        if page == "home":
            self.show_home()
        elif page == "journal":
            self.show_journal()
        elif page.startswith("person:"):
            self.people_panel.select(int(page.removeprefix("person:")))
        meeting = self.settings.value("window/meeting")
        if meeting not in (None, ""):
            self._reopen_meeting(int(meeting))

    def save_state(self) -> None:
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/splitter", self.splitter.saveState())
        current = self.sets_panel.current_id()
        self.settings.setValue("window/last_set", "" if current is None else current)
        self.settings.setValue("window/tab", self.set_page.tabs.currentIndex())
        meeting = self.current_meeting()
        self.settings.setValue("window/meeting", "" if meeting is None else meeting.id)
        self.settings.setValue("window/page", self._page_name())
        self.settings.sync()

    def _page_name(self) -> str:
        """What to reopen at the next start besides the set: "home", "person:<id>" or ""."""
        if self.stack.currentWidget() is self.person_page and self.person_page.person:
            return f"person:{self.person_page.person.id}"
        if self.stack.currentWidget() is self.welcome and self.sets_panel.current_id() is None:
            return "home"
        if self.stack.currentWidget() is self.journal_page:
            return "journal"
        return ""

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._pending_splitter is not None:
            self.splitter.restoreState(self._pending_splitter)
            self._pending_splitter = None

    def closeEvent(self, event: QCloseEvent) -> None:
        self.meeting_page.flush()
        self.journal_page.lock()
        self.save_state()
        self.back_up_at_quit()
        super().closeEvent(event)

    # -- showing ----------------------------------------------------------------

    def current_set(self):
        return self.set_page.action_set if self.stack.currentWidget() is self.set_page else None

    def current_meeting(self):
        if self.stack.currentWidget() is not self.meeting_page:
            return None
        return self.meeting_page.meeting

    def _show_set(self, set_id: int | None) -> None:
        self.meeting_page.flush()
        if set_id is None:
            self.set_page.action_set = None
            if self.stack.currentWidget() is not self.person_page:
                self.stack.setCurrentWidget(self.welcome)
        else:
            self.people_panel.clear_selection()
            self.set_page.show_set(self.services.sets.get(set_id))
            self.stack.setCurrentWidget(self.set_page)
        self._update_actions()

    def _show_person(self, person_id: int | None) -> None:
        self.meeting_page.flush()
        entry = self.people_panel.model.data(self.people_panel.view.currentIndex(), ROW_OBJECT_ROLE)
        if person_id is None or entry is None:
            if self.stack.currentWidget() is self.person_page:
                self.show_home()
            return
        self.sets_panel.clear_selection()
        self.set_page.action_set = None
        self.person_page.show_person(entry)
        self.stack.setCurrentWidget(self.person_page)
        self._update_actions()

    def _leave_sets_and_people(self) -> None:
        """Save the meeting and let go of the chosen set and person, for a page of its own."""
        self.meeting_page.flush()
        self.sets_panel.clear_selection()
        self.people_panel.clear_selection()
        self.set_page.action_set = None

    def show_home(self) -> None:
        self._leave_sets_and_people()
        self._refresh_home()
        self.stack.setCurrentWidget(self.welcome)
        self._update_actions()

    def show_journal(self) -> None:
        """The journal page: set-up, the lock screen or the open journal."""
        self._leave_sets_and_people()
        self.journal_page.show_current()
        self.stack.setCurrentWidget(self.journal_page)
        self.journal_page.focus_start()
        self._update_actions()

    def _refresh_home(self) -> None:
        """The home page's review list, and the count on the Home button."""
        today = self._today()
        due = self.services.plan.due_for_review(today)
        self.welcome.show_reviews(due, today, anyone=self.people_panel.model.rowCount() > 0)
        self.home_button.setText(
            self.tr("Home (%d due for review)") % len(due) if due else self.tr("Home")
        )

    def _update_actions(self) -> None:
        # Meetings, goals and plans save as they happen and are not on the undo stack;
        # set-level undo from those pages would change a set behind the user's back.
        saves_as_it_goes = self.stack.currentWidget() in (
            self.meeting_page,
            self.person_page,
            self.journal_page,
        )
        # On the journal page Ctrl+N makes an entry, not a set.
        self.new_set_action.setEnabled(self.stack.currentWidget() is not self.journal_page)
        self.undo_action.setVisible(not saves_as_it_goes)
        self.redo_action.setVisible(not saves_as_it_goes)
        current = self.current_set()
        for action in (
            self.edit_set_action,
            self.archive_action,
            self.delete_set_action,
            self.export_ics_action,
            self.export_pdf_action,
            self.export_record_action,
            self.export_actions_action,
        ):
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
            self.editor.create_set(chosen)
            self.set_page.tabs.setCurrentIndex(1)

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

    def open_review(self, person_id: int, item_id: int) -> None:
        """From the home page to the plan item that is due for review."""
        if self.people_panel.select(person_id):
            self.person_page.tabs.setCurrentIndex(PLAN_TAB)
            self.person_page.plan.select_item(item_id)

    def open_meeting(self, event_id: int) -> None:
        try:
            meeting = self.services.meetings.open_for_event(event_id)
        except (UserError, StorageError) as exc:
            self.show_error(str(exc))
            return
        self.meeting_page.open_meeting(meeting)
        self.stack.setCurrentWidget(self.meeting_page)
        self._update_actions()

    def _reopen_meeting(self, meeting_id: int) -> None:
        """Back to the meeting that was open when alsdesk last closed, if it still exists."""
        try:
            meeting = self.services.meetings.get(meeting_id)
            self.services.sets.get(meeting.set_id)
        except UserError:
            return
        if self.sets_panel.current_id() != meeting.set_id:
            return
        self.meeting_page.open_meeting(meeting)
        self.stack.setCurrentWidget(self.meeting_page)
        self._update_actions()

    def _back_from_meeting(self, set_id: int) -> None:
        self.sets_panel.reload(set_id)
        self._show_set(set_id)
        self.set_page.tabs.setCurrentWidget(self.set_page.schedule)

    def about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About alsdesk"),
            self.tr(
                "<b>alsdesk %s</b><p>An offline companion for action learning sets in "
                "health and care leadership programmes.</p><p>Your data: %s</p>"
            )
            % (__version__, self.services.store.path),
        )

    def show_error(self, message: str) -> None:
        self.statusBar().showMessage(message, STATUS_TIMEOUT_MS)
        QMessageBox.warning(self, self.tr("alsdesk"), message)


def _sidebar_button(name: str, icon_name: str, text: str, tip: str, shortcut: str) -> QPushButton:
    button = QPushButton(icon(icon_name), text)
    button.setObjectName(name)
    button.setFlat(True)
    button.setStyleSheet("text-align: left; padding: 4px 6px;")
    button.setToolTip(tip)
    button.setShortcut(QKeySequence(shortcut))
    return button
