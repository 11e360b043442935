"""The window's Help menu: help topics, keyboard shortcuts, the tour, About.

``WindowHelp`` owns the menu's actions and the dialogs they open; the window makes one
and hands it the Help menu. The tour is shown once, at the first start
(``show_tour_once``, called by ``alsdesk.app`` after the window appears), and remembered
in the settings file; Help > Tour of alsdesk shows it again.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from alsdesk.settings import AppSettings
from alsdesk.ui.common.toolbar_row import set_shortcuts
from alsdesk.ui.help.tour import Stop, Tour


class WindowHelp(QObject):
    def __init__(self, window: QMainWindow, app_settings: AppSettings):
        super().__init__(window)
        self.window = window
        self.app_settings = app_settings
        self.viewer = None
        self.tour: Tour | None = None
        keys = QKeySequence.StandardKey
        self.help_action = self._action("help_topics", self.tr("alsdesk &help"), self.show_help)
        set_shortcuts(self.help_action, keys.HelpContents)
        self.shortcuts_action = self._action(
            "shortcuts", self.tr("&Keyboard shortcuts"), self.show_shortcuts
        )
        self.shortcuts_action.setShortcut(QKeySequence("Ctrl+/"))
        self.tour_action = self._action("tour", self.tr("&Tour of alsdesk"), self.show_tour)
        self.about_action = self._action("about", self.tr("&About alsdesk"), self.about)

    def _action(self, name: str, text: str, slot) -> QAction:
        action = QAction(text, self.window)
        action.setObjectName(name)
        action.triggered.connect(slot)
        return action

    def fill(self, menu: QMenu) -> None:
        menu.addAction(self.help_action)
        menu.addAction(self.shortcuts_action)
        menu.addAction(self.tour_action)
        menu.addSeparator()
        menu.addAction(self.about_action)

    # -- help -------------------------------------------------------------------

    def show_help(self, topic: str = "") -> None:
        """The help viewer (made once, kept), at ``topic`` if given."""
        from alsdesk.ui.help.viewer import HelpViewer

        if self.viewer is None:
            self.viewer = HelpViewer(self.window)
        self.viewer.show_topic(topic or self.viewer.current_key())

    def show_shortcuts(self) -> None:
        from alsdesk.ui.help.shortcuts import ShortcutsDialog

        ShortcutsDialog(self.window, self.window).exec()

    def about(self) -> None:
        from alsdesk.ui.help.about import AboutDialog

        path = self.window.services.store.path
        AboutDialog(path.parent if path is not None else None, self.window).exec()

    # -- the tour -----------------------------------------------------------------

    def show_tour_once(self) -> bool:
        """The tour at the first start only; True if it was shown."""
        if self.app_settings.tour_seen:
            return False
        self.show_tour()
        return True

    def show_tour(self) -> None:
        if self.tour is not None:
            self.tour.end()
        self.app_settings.tour_seen = True
        self.tour = Tour(self.window, self._stops())
        self.tour.finished.connect(self._tour_ended)
        self.tour.start()

    def _tour_ended(self) -> None:
        self.tour = None

    def _stops(self) -> list[Stop]:
        w = self.window
        return [
            Stop(
                w.home_button,
                self.tr("Home"),
                self.tr(
                    "What today needs: the next meetings, actions falling due and plans "
                    "to review. Alt+Home comes back here."
                ),
            ),
            Stop(
                w.sets_panel,
                self.tr("Your sets"),
                self.tr(
                    "Each action learning set, with its members, schedule, register and "
                    "actions. File > New set starts one; File > Open the demonstration set "
                    "shows a year's worth to explore."
                ),
            ),
            Stop(
                w.stack,
                self.tr("Running a meeting"),
                self.tr(
                    "From a set's schedule, run a meeting: check-in, bids, the airtime "
                    "timer, actions and the process review, saved as you go."
                ),
            ),
            Stop(
                w.people_panel,
                self.tr("People"),
                self.tr(
                    "Each member's improvement goals, with run charts, and their "
                    "development plan. Add yourself to keep goals and a plan of your own."
                ),
            ),
            Stop(
                w.journal_button,
                self.tr("My journal"),
                self.tr(
                    "Your private reflective journal, sealed with a passphrase, with "
                    "prompts from Gibbs, Kolb, Johns and other models. Alt+J opens it."
                ),
            ),
            Stop(
                w.menuBar(),
                self.tr("Help and settings"),
                self.tr(
                    "Help explains action learning, airtime, the reflective models and "
                    "run-chart rules (F1), lists the keyboard shortcuts and shows this "
                    "tour again. Edit > Settings holds backups, the journal's lock and "
                    "the theme."
                ),
            ),
        ]
