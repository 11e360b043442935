"""The first visit to the journal: choose a passphrase, understand what forgetting it means.

Nothing is saved until the service accepts the passphrase and its confirmation;
its objections appear under the field they concern.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from alsdesk import theme
from alsdesk.services.errors import UserError, ValidationError
from alsdesk.services.vault import Vault
from alsdesk.ui.common.layouts import VerticalScrollArea, hint_label
from alsdesk.ui.common.widgets import InlineErrors, bold
from alsdesk.ui.journal.recovery_key_dialog import show_recovery_key
from alsdesk.ui.journal.strength_meter import (
    StrengthMeter,
    busy_cursor,
    passphrase_edit,
    show_toggle,
)

COLUMN_WIDTH = 520
_CAUTION = theme.current().screen.caution
WARNING_STYLE = (
    f"QLabel {{ background: {_CAUTION.fill}; color: {_CAUTION.text};"
    f" border-left: 4px solid {_CAUTION.border}; border-radius: 3px; padding: 8px 10px; }}"
)


class SetupPanel(QWidget):
    """Heading, a plain explanation, passphrase and confirmation, and "Create journal"."""

    set_up = Signal()
    """The journal now exists and is unlocked (and any recovery key has been shown)."""

    def __init__(self, vault: Vault, parent: QWidget | None = None):
        super().__init__(parent)
        self._vault = vault
        self.errors = InlineErrors(self)

        heading = bold(QLabel(self.tr("Your private journal")), 1.8)
        heading.setObjectName("heading")
        explanation = QLabel(
            self.tr(
                "Write honestly about your work, your colleagues and your own mistakes. "
                "Entries are encrypted on this computer with a passphrase you choose. "
                "Nobody can read them without it: not your facilitator, not your tutor, "
                "not IT."
            )
        )
        explanation.setWordWrap(True)
        warning = QLabel(
            self.tr(
                "If you forget the passphrase and have no recovery key, the journal cannot be "
                "opened by anyone, including us."
            )
        )
        warning.setObjectName("forget_warning")
        warning.setWordWrap(True)
        warning.setStyleSheet(WARNING_STYLE)

        self.passphrase = passphrase_edit("passphrase")
        self.confirmation = passphrase_edit("confirmation")
        self.meter = StrengthMeter()
        self.passphrase.textChanged.connect(self.meter.set_passphrase)
        self.passphrase.returnPressed.connect(self.confirmation.setFocus)
        self.confirmation.returnPressed.connect(self.create)
        self.show_passphrase = show_toggle(
            (self.passphrase, self.confirmation), self.tr("S&how passphrase")
        )

        self.with_recovery = QCheckBox(self.tr("Also make a &recovery key (recommended)"))
        self.with_recovery.setObjectName("with_recovery")
        self.with_recovery.setChecked(True)
        self.with_recovery.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        recovery_hint = hint_label(
            self.tr(
                "A recovery key is a second, long key shown to you once, to print or keep "
                "in a password manager. It opens the journal if you forget your passphrase."
            )
        )
        recovery_hint.setContentsMargins(24, 0, 0, 0)

        self.create_button = QPushButton(self.tr("Create journal"))
        self.create_button.setObjectName("create")
        self.create_button.setDefault(True)
        self.create_button.setMinimumSize(160, 34)
        self.create_button.clicked.connect(self.create)

        column = QVBoxLayout()
        column.setSpacing(6)
        column.addWidget(heading)
        column.addSpacing(6)
        column.addWidget(explanation)
        column.addSpacing(6)
        column.addWidget(warning)
        column.addSpacing(14)
        column.addWidget(self._caption(self.tr("&Passphrase"), self.passphrase))
        column.addWidget(self.passphrase)
        column.addWidget(self.errors.watch("passphrase", self.passphrase))
        column.addWidget(self.meter)
        column.addSpacing(12)
        column.addWidget(self._caption(self.tr("&Type it again"), self.confirmation))
        column.addWidget(self.confirmation)
        column.addWidget(self.errors.watch("confirmation", self.confirmation))
        column.addWidget(self.show_passphrase)
        column.addSpacing(10)
        column.addWidget(self.with_recovery)
        column.addWidget(recovery_hint)
        column.addSpacing(14)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.create_button)
        column.addLayout(buttons)
        column.addStretch(1)

        body = QWidget()
        body.setObjectName("setup_column")
        body.setLayout(column)
        body.setMaximumWidth(COLUMN_WIDTH)
        page = QWidget()
        centred = QHBoxLayout()
        centred.addStretch(1)
        centred.addWidget(body, 100)
        centred.addStretch(1)
        outer = QVBoxLayout(page)
        outer.setContentsMargins(24, 24, 24, 24)
        outer.addStretch(1)
        outer.addLayout(centred)
        outer.addStretch(2)
        self.scroll = VerticalScrollArea(page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.scroll)
        self.setFocusProxy(self.passphrase)

    def create(self) -> None:
        """Set the journal up with what is typed, or show why not under the field."""
        self.errors.clear()
        try:
            with busy_cursor():
                key = self._vault.set_up(
                    self.passphrase.text(),
                    self.confirmation.text(),
                    with_recovery_key=self.with_recovery.isChecked(),
                )
        except ValidationError as exc:
            self.errors.show(exc.fields, "passphrase")
            if "passphrase" in exc.fields:
                self.meter.hide_advice()
            self.scroll.fit()
            return
        except UserError as exc:
            self.errors.show({"passphrase": str(exc)}, "passphrase")
            self.scroll.fit()
            return
        self.passphrase.clear()
        self.confirmation.clear()
        if key is not None:
            show_recovery_key(self, key)
        self.set_up.emit()

    def error_text(self, field: str) -> str:
        """The message shown under ``field`` ("passphrase" or "confirmation"), or ''."""
        return self.errors.text(field)

    def _caption(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(buddy)
        return label
