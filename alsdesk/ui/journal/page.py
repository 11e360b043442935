"""The Journal page: set-up the first time, the lock screen, or the open journal."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtWidgets import (
    QApplication,
    QLineEdit,
    QMessageBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from alsdesk.services.errors import UserError
from alsdesk.services.journal.service import JournalService
from alsdesk.services.vault import Vault
from alsdesk.ui.common.page import Page
from alsdesk.ui.journal.session import Clock, IdleLock, JournalSession
from alsdesk.ui.journal.setup_panel import SetupPanel
from alsdesk.ui.journal.strength_meter import busy_cursor
from alsdesk.ui.journal.unlock_panel import UnlockPanel
from alsdesk.ui.journal.workspace import JournalWorkspace


class JournalPage(Page):
    """No subject. Exports "journal" with an ExportChoice; after a passphrase change it
    asks the window to "offer_reseal" (older backups still open with the old one)."""

    name = "journal"
    takes_new_shortcut = True  # Ctrl+N makes an entry, not a set

    def __init__(
        self,
        journal: JournalService,
        vault: Vault,
        today: Callable[[], dt.date],
        clock: Clock,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.session = session = JournalSession(journal, vault, self)
        self._today = today
        self.idle = IdleLock(session, clock, self)
        self.setup_panel = SetupPanel(vault)
        self.unlock_panel = UnlockPanel(vault, session=session)
        self.workspace: JournalWorkspace | None = None
        self.stack = QStackedWidget()
        self.stack.addWidget(self.setup_panel)
        self.stack.addWidget(self.unlock_panel)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.stack)

        self.setup_panel.set_up.connect(self._set_up)
        self.unlock_panel.unlocked.connect(self._opened)
        session.locking.connect(self._clear)
        session.locked.connect(self.show_current)
        self.show_current()

    # -- the page contract ------------------------------------------------------

    def title(self) -> str:
        return self.tr("My journal")

    def entered(self) -> None:
        self.show_current()
        self.focus_start()

    def refresh(self) -> None:
        self.show_current()

    def release(self) -> None:
        self.lock()

    def exports(self) -> tuple[str, ...]:
        return ("journal",) if self.workspace is not None else ()

    def show_current(self) -> None:
        """Set-up, the lock screen or the open journal, whichever applies now."""
        if self.session.is_unlocked and self.workspace is not None:
            self.stack.setCurrentWidget(self.workspace)
        elif self.session.vault.is_set_up():
            self.unlock_panel.reset()
            self.stack.setCurrentWidget(self.unlock_panel)
        else:
            self.stack.setCurrentWidget(self.setup_panel)

    def focus_start(self) -> None:
        """Put the keyboard where the user starts: passphrase, or the search box."""
        current = self.stack.currentWidget()
        if current is self.unlock_panel:
            self.unlock_panel.reset()
        elif current is self.setup_panel:
            self.setup_panel.findChild(QLineEdit, "passphrase").setFocus()
        elif self.workspace is not None:
            self.workspace.focus_start()

    def lock(self) -> None:
        self.session.lock()

    def _set_up(self) -> None:
        """A new journal: nothing to decrypt yet, so it is read here."""
        with busy_cursor():
            self.session.opened()
        self._opened()

    def _opened(self) -> None:
        """The session holds the decrypted entries (read in the unlock panel's worker)."""
        with busy_cursor():
            self.workspace = JournalWorkspace(self.session, self._today)
        self.workspace.export_requested.connect(
            lambda choice: self.export_requested.emit("journal", choice)
        )
        self.workspace.failed.connect(self._failed)
        self.workspace.change_passphrase_requested.connect(self._change_passphrase)
        self.workspace.recovery_key_requested.connect(self._new_recovery_key)
        self.workspace.templates_requested.connect(self._templates)
        self.stack.addWidget(self.workspace)
        self.stack.setCurrentWidget(self.workspace)
        self.workspace.focus_start()

    def _clear(self) -> None:
        self._clear_copied_text()
        workspace, self.workspace = self.workspace, None
        if workspace is None:
            return
        workspace.clear()
        self.stack.removeWidget(workspace)
        workspace.deleteLater()

    def _clear_copied_text(self) -> None:
        """Empty the clipboard if it holds words copied from the journal."""
        clipboard = QApplication.clipboard()
        copied = clipboard.text().strip()
        if copied and self.session.index.search(copied[:300]):
            clipboard.clear()

    def _failed(self, message: str) -> None:
        QMessageBox.warning(self, self.tr("Journal"), message)

    def _change_passphrase(self) -> None:
        from alsdesk.ui.journal.passphrase_dialog import ChangePassphraseDialog

        if ChangePassphraseDialog(self.session.vault, self).exec():
            self.command_requested.emit("offer_reseal")

    def _new_recovery_key(self) -> None:
        from alsdesk.ui.journal.passphrase_dialog import replace_recovery_key

        replace_recovery_key(self, self.session.vault)

    def _templates(self) -> None:
        from alsdesk.ui.journal.templates_dialog import TemplatesDialog

        try:
            TemplatesDialog(self.session.journal, self).exec()
        except UserError as exc:
            self._failed(str(exc))
