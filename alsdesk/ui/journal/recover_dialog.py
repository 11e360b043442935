"""Open a journal whose passphrase is forgotten, with its recovery key, and choose a new one."""

from __future__ import annotations

from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QLineEdit, QWidget

from alsdesk.crypto import recovery
from alsdesk.services.vault import Vault
from alsdesk.ui.journal.passphrase_dialog import NewPassphraseForm

# What a recovery key looks like (eight groups of four), as the field's placeholder.
KEY_PLACEHOLDER = recovery.format_key(bytes(recovery.RAW_LENGTH)).replace("0", "X")


class RecoverDialog(NewPassphraseForm):
    """Recovery key, new passphrase and its confirmation; accepted once the journal is open.

    ``ask()`` returns True when the journal was recovered (and is now unlocked).
    """

    def __init__(self, vault: Vault, parent: QWidget | None = None):
        super().__init__(self.tr("Open with your recovery key"), vault, self._recover, parent)
        self.add_intro(
            self.tr(
                "Type the recovery key you stored when you set up the journal (capitals, "
                "spaces and dashes do not matter), then choose a new passphrase."
            )
        )
        key = QLineEdit()
        key.setPlaceholderText(KEY_PLACEHOLDER)
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(key.font().pointSizeF())
        key.setFont(font)
        key.setMinimumWidth(key.fontMetrics().horizontalAdvance(KEY_PLACEHOLDER) + 16)
        self.add_field("recovery_key", self.tr("&Recovery key"), key)
        self.add_new_passphrase(self.tr("&New passphrase"))
        self.ok_button.setText(self.tr("Open journal"))

    def _recover(self) -> None:
        self.vault.unlock_with_recovery(
            self.text("recovery_key"), self.text("passphrase"), self.text("confirmation")
        )
