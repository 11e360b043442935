"""Change the journal's passphrase, or replace its recovery key.

Both only re-wrap the journal's data key, so they take a moment however many
entries there are; the entries themselves are not touched.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from alsdesk.i18n import translate
from alsdesk.services.errors import UserError
from alsdesk.services.vault import Vault
from alsdesk.ui.common.confirm import confirm
from alsdesk.ui.common.form import FormDialog
from alsdesk.ui.common.layouts import hint_label
from alsdesk.ui.journal.recovery_key_dialog import show_recovery_key
from alsdesk.ui.journal.strength_meter import (
    StrengthMeter,
    busy_cursor,
    passphrase_edit,
    show_toggle,
)


class NewPassphraseForm(FormDialog):
    """A FormDialog ending in "new passphrase", its confirmation, a strength meter and Show.

    Subclasses add their own fields first, then call :meth:`add_new_passphrase`.
    ``apply`` calls the service with what was typed (a ValidationError keeps the
    dialog open with each message under its field).
    """

    def __init__(
        self,
        title: str,
        vault: Vault,
        apply: Callable[[], None],
        parent: QWidget | None = None,
    ):
        super().__init__(title, self._submit, parent)
        self.vault = vault
        self._apply = apply
        self.setMinimumWidth(500)
        self.form.setVerticalSpacing(10)
        self.meter = StrengthMeter()
        self.show_passphrase = None

    def add_intro(self, text: str) -> QLabel:
        label = hint_label(text)
        label.setObjectName("intro")
        self.top.addWidget(label)
        self.top.addSpacing(8)
        return label

    def add_new_passphrase(self, label: str) -> None:
        passphrase = self.add_field("passphrase", label, passphrase_edit("passphrase"))
        passphrase.textChanged.connect(self.meter.set_passphrase)
        self.form.addRow("", self.meter)
        confirmation = self.add_field(
            "confirmation",
            translate("NewPassphraseForm", "T&ype it again"),
            passphrase_edit("confirmation"),
        )
        secret_fields = [w for w in self._fields.values() if w.objectName() != "recovery_key"]
        self.show_passphrase = show_toggle(
            secret_fields, translate("NewPassphraseForm", "S&how passphrases")
        )
        self.form.addRow("", self.show_passphrase)
        confirmation.returnPressed.connect(self.ok_button.click)

    def show_errors(self, problems: dict[str, str]) -> None:
        super().show_errors(problems)
        if "passphrase" in problems:
            self.meter.hide_advice()

    def text(self, key: str) -> str:
        return self.field(key).text()

    def showEvent(self, event: QShowEvent) -> None:
        """Tab runs through the fields, then Show, then OK and Cancel."""
        super().showEvent(event)
        chain = [*self._fields.values(), self.show_passphrase, self.ok_button]
        chain.append(self.buttons.button(self.buttons.StandardButton.Cancel))
        for before, after in itertools.pairwise(w for w in chain if w is not None):
            QWidget.setTabOrder(before, after)

    def _submit(self) -> bool:
        with busy_cursor():
            self._apply()
        return True


class ChangePassphraseDialog(NewPassphraseForm):
    """Current passphrase, new passphrase and its confirmation."""

    def __init__(self, vault: Vault, parent: QWidget | None = None):
        super().__init__(self.tr("Change passphrase"), vault, self._change, parent)
        self.add_intro(
            self.tr("Your entries stay as they are; only the key that opens them changes.")
        )
        self.add_field("current", self.tr("&Current passphrase"), passphrase_edit("current"))
        self.add_new_passphrase(self.tr("&New passphrase"))
        self.ok_button.setText(self.tr("Change passphrase"))

    def _change(self) -> None:
        self.vault.change_passphrase(
            self.text("current"), self.text("passphrase"), self.text("confirmation")
        )


def replace_recovery_key(parent: QWidget | None, vault: Vault) -> bool:
    """Make a new recovery key (after asking, if it replaces one) and show it once.

    The journal must be unlocked. True when a new key was made.
    """
    title = translate("RecoveryKey", "New recovery key")
    if vault.has_recovery_key() and not confirm(
        parent,
        title,
        translate(
            "RecoveryKey",
            "Make a new recovery key? Your current recovery key will stop working, so "
            "destroy the old copy once you have stored the new one.",
        ),
        translate("RecoveryKey", "Make a new key"),
    ):
        return False
    try:
        key = vault.replace_recovery_key()
    except UserError as exc:
        QMessageBox.warning(parent, title, str(exc))
        return False
    show_recovery_key(parent, key)
    return True
