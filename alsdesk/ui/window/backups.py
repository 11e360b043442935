"""The main window's backups: Back up now, Restore from backup, and the automatic ones.

A mixin of ``MainWindow`` (it uses the window's services, settings, pages and
status bar); how many are kept is chosen in the Settings dialog. A restore swaps
the database and vault files under the same engines (locking the vault first), so
the services stay as they are; the window then reloads what it shows.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QFileDialog, QMessageBox

from alsdesk.i18n import translate
from alsdesk.services.backup import BackupService
from alsdesk.store import StoreError, open_store
from alsdesk.store import backups as store_backups
from alsdesk.store.vault import open_vault
from alsdesk.ui.common.confirm import confirm

STATUS_TIMEOUT_MS = 8000


class WindowBackups:
    """Backup actions of the main window (mixed into ``MainWindow``)."""

    def backup_service(self) -> BackupService | None:
        """Backups of the open database; None for an in-memory one."""
        path = self.services.store.path
        if path is None:
            return None
        return BackupService(
            path,
            path.parent / "backups",
            vault_path=self.services.vault.store.path,
            keep_daily=self.app_settings.keep_daily,
            keep_weekly=self.app_settings.keep_weekly,
        )

    def backup_settings(self) -> None:
        """The Settings dialog, at its backups (File > Automatic backups)."""
        self.open_settings(focus="backups")

    def open_settings(self, focus: str = "") -> None:
        from alsdesk.ui.window.settings_dialog import SettingsDialog

        path = self.services.store.path
        folder = path.parent if path is not None else Path()
        before = (self.app_settings.keep_daily, self.app_settings.keep_weekly)
        dialog = SettingsDialog(
            self.app_settings, self.services.vault, folder, folder / "backups", self
        )
        if focus == "backups":
            dialog.daily.setFocus()
        if not dialog.exec():
            return
        kept = (self.app_settings.keep_daily, self.app_settings.keep_weekly)
        message = translate("WindowBackups", "Settings saved")
        if kept != before or focus == "backups":
            message = (
                translate(
                    "WindowBackups", "Automatic backups: the last %d days and %d weeks are kept"
                )
                % kept
            )
        self.statusBar().showMessage(message, STATUS_TIMEOUT_MS)

    def back_up_now(self) -> None:
        suggested = Path.home() / f"alsdesk backup {dt.date.today():%Y-%m-%d}.sqlite3"
        chosen, _ = QFileDialog.getSaveFileName(
            self,
            translate("WindowBackups", "Back up now"),
            str(suggested),
            translate("WindowBackups", "alsdesk backup (*.sqlite3)"),
        )
        if chosen:
            path = Path(chosen)
            self.back_up_to(path if path.suffix == ".sqlite3" else path.with_suffix(".sqlite3"))

    def back_up_to(self, path: Path) -> bool:
        service = self.backup_service()
        if service is None:
            return False
        try:
            service.back_up_to(path)
        except StoreError as exc:
            QMessageBox.warning(self, translate("WindowBackups", "Backup failed"), str(exc))
            return False
        self.statusBar().showMessage(
            translate("WindowBackups", "Backed up to %s") % path, STATUS_TIMEOUT_MS
        )
        return True

    def restore_from_backup(self) -> None:
        from alsdesk.ui.window.restore_dialog import RestoreDialog

        service = self.backup_service()
        if service is None:
            return
        dialog = RestoreDialog(service, self)
        if dialog.exec() and dialog.chosen is not None and self._confirm_restore(dialog.chosen):
            self.restore_file(dialog.chosen)

    def _confirm_restore(self, path: Path) -> bool:
        return confirm(
            self,
            translate("WindowBackups", "Restore from backup"),
            translate(
                "WindowBackups",
                "Put %s in place of the data you have now? What you have now is kept in "
                "the backups folder, so you can go back to it.",
            )
            % path.name,
            translate("WindowBackups", "Restore"),
        )

    def restore_file(self, path: Path) -> bool:
        """Swap the database for ``path`` (checked first) and show the restored data."""
        store, vault = self.services.store, self.services.vault
        self.release_pages()
        vault.lock()
        store.close()
        vault.store.close()
        folder = store.path.parent / "backups"
        try:
            aside = store_backups.restore(path, store.path, folder, vault_path=vault.store.path)
            open_store(store.path, folder).close()  # upgrade if older (moves its journal)
            open_vault(vault.store.path, folder).close()
        except StoreError as exc:
            QMessageBox.warning(self, translate("WindowBackups", "Restore failed"), str(exc))
            return False
        self.editor.undo_stack.clear()
        self.refresh_pages()
        self.sets_panel.reload(None)
        self.people_panel.reload()
        self.show_home()
        self.statusBar().showMessage(
            translate("WindowBackups", "Restored %s; the data it replaced is in %s")
            % (path.name, aside),
            STATUS_TIMEOUT_MS,
        )
        return True

    def offer_reseal(self) -> None:
        """After a passphrase change: re-seal, remove or keep the backups the old one opens."""
        service = self.backup_service()
        older = service.older_sealed_backups() if service is not None else []
        if not older:
            return
        box = QMessageBox(self)
        box.setWindowTitle(translate("WindowBackups", "Older backups"))
        box.setIcon(QMessageBox.Icon.Question)
        box.setText(
            translate(
                "WindowBackups",
                "Your %d older backups still open with the old passphrase. Re-seal them "
                "with the new one, or remove them?",
            )
            % len(older)
        )
        box.setInformativeText(
            translate(
                "WindowBackups",
                "Copies you saved elsewhere with Back up now are not changed: they still "
                "open with the old passphrase.",
            )
        )
        reseal = box.addButton(
            translate("WindowBackups", "Re-seal them"), QMessageBox.ButtonRole.AcceptRole
        )
        remove = box.addButton(
            translate("WindowBackups", "Remove them"), QMessageBox.ButtonRole.DestructiveRole
        )
        box.addButton(translate("WindowBackups", "Keep them"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(reseal)
        box.exec()
        self.answer_reseal(
            "reseal"
            if box.clickedButton() is reseal
            else "remove"
            if box.clickedButton() is remove
            else "keep",
            older,
        )

    def answer_reseal(self, answer: str, older: list[Path]) -> None:
        """Carry out the answer to :meth:`offer_reseal` ("reseal", "remove" or "keep")."""
        service = self.backup_service()
        if service is None or answer == "keep":
            return
        try:
            if answer == "remove":
                service.remove(older)
                message = translate("WindowBackups", "Removed %d older backups") % len(older)
            else:
                journal = self.services.journal
                result = service.reseal(older, journal.opens_sealed, journal.reseal_manifest)
                message = translate("WindowBackups", "Re-sealed %d older backups") % len(
                    result.resealed
                )
                if result.skipped:  # sealed under another data key: only removing helps
                    message += translate(
                        "WindowBackups",
                        "; %d from an earlier journal still open with its old passphrase",
                    ) % len(result.skipped)
        except (StoreError, OSError) as exc:
            QMessageBox.warning(self, translate("WindowBackups", "Older backups"), str(exc))
            return
        self.statusBar().showMessage(message, STATUS_TIMEOUT_MS)

    def start_daily_backup(self) -> None:
        """The day's automatic backup, if due, off the GUI thread."""
        service = self.backup_service()
        if service is not None and service.daily_due():
            QThreadPool.globalInstance().start(lambda: _quietly(service.back_up))

    def back_up_at_quit(self) -> None:
        service = self.backup_service()
        if service is not None:
            _quietly(service.back_up_if_changed)


def _quietly(back_up) -> None:
    """An automatic backup that fails must not stop the app; the next one tries again."""
    import logging

    try:
        back_up()
    except (StoreError, OSError) as exc:
        logging.getLogger(__name__).warning("Automatic backup failed: %s", exc)
