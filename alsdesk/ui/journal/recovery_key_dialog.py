"""Show a new recovery key, once, and help the user put it somewhere safe.

The key is never stored by alsdesk (only the data key wrapped by it), so this
dialog is the user's one chance to copy it. It is not logged; if it was copied,
the clipboard is cleared when the dialog closes, so it does not linger there.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtGui import QCloseEvent, QFontDatabase, QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialog,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from alsdesk import theme
from alsdesk.ui.common.form import ERROR_STYLE
from alsdesk.ui.common.layouts import hint_label
from alsdesk.ui.common.steady import SteadyLabel
from alsdesk.ui.common.widgets import bold

KEY_STYLE = (
    "QLabel { background: palette(base); border: 1px solid palette(mid);"
    " border-radius: 6px; padding: 14px 18px; }"
)
DONE_STYLE = f"color: {theme.current().screen.success};"


class RecoveryKeyDialog(QDialog):
    """The key in large type, Copy and Save buttons, and Done once the user says it is stored.

    Escape and the window's close button are ignored until "I have stored my
    recovery key" is ticked: closing by accident would lose the key for good.
    """

    def __init__(self, key: str, parent: QWidget | None = None):
        super().__init__(parent)
        self._key = key
        self._copied = False
        self.setWindowTitle(self.tr("Your recovery key"))
        self.setModal(True)

        heading = bold(QLabel(self.tr("Your recovery key")), 1.4)
        intro = QLabel(
            self.tr(
                "If you ever forget your passphrase, this key is the only other way to open "
                "your journal. It is shown only this once."
            )
        )
        intro.setWordWrap(True)

        self.key_label = QLabel(key)
        self.key_label.setObjectName("recovery_key")
        self.key_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.key_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(
            QApplication.font().pointSizeF() * theme.current().screen_sizes.recovery_key
        )
        font.setBold(True)
        self.key_label.setFont(font)
        self.key_label.setStyleSheet(KEY_STYLE)
        self.key_label.setAccessibleName(self.tr("Recovery key"))

        advice = hint_label(
            self.tr(
                "Print it, or store it somewhere safe away from this computer: in a password "
                "manager, or on paper in a locked drawer. Anyone who has this key can open "
                "your journal, so keep it as private as the journal itself."
            )
        )

        self.copy_button = QPushButton(self.tr("&Copy"))
        self.copy_button.setObjectName("copy")
        self.copy_button.clicked.connect(self.copy)
        self.save_button = QPushButton(self.tr("&Save as text file…"))
        self.save_button.setObjectName("save")
        self.save_button.clicked.connect(self.save)
        actions = QHBoxLayout()
        actions.addWidget(self.copy_button)
        actions.addWidget(self.save_button)
        actions.addStretch(1)

        # Two lines kept for "Copied…" or "Saved to…", so "I have stored it" and Done stay put.
        self.status = SteadyLabel(2, name="status")

        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)

        self.stored = QCheckBox(self.tr("I have stored my recovery key"))
        self.stored.setObjectName("stored")
        self.done_button = QPushButton(self.tr("&Done"))
        self.done_button.setObjectName("done")
        self.done_button.setEnabled(False)
        self.done_button.setDefault(True)
        self.done_button.setMinimumWidth(100)
        self.stored.toggled.connect(self.done_button.setEnabled)
        self.done_button.clicked.connect(self.accept)
        finish = QHBoxLayout()
        finish.addWidget(self.stored)
        finish.addStretch(1)
        finish.addWidget(self.done_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(12)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addSpacing(4)
        layout.addWidget(self.key_label)
        layout.addSpacing(4)
        layout.addWidget(advice)
        layout.addLayout(actions)
        layout.addWidget(self.status)
        layout.addSpacing(4)
        layout.addWidget(line)
        layout.addLayout(finish)
        self.setMinimumWidth(max(520, self.key_label.sizeHint().width() + 48))
        self.stored.setFocus()

    def copy(self) -> None:
        QApplication.clipboard().setText(self._key)
        self._copied = True
        self._say(
            self.tr("Copied. Paste it into your password manager now."),
            DONE_STYLE,
        )

    def save(self) -> None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        suggested = str(Path(folder) / self.tr("alsdesk journal recovery key.txt"))
        path, _chosen = QFileDialog.getSaveFileName(
            self, self.tr("Save recovery key"), suggested, self.tr("Text files (*.txt)")
        )
        if not path:
            return
        instructions = self.tr(
            "alsdesk journal recovery key. If you forget your passphrase, choose "
            '"Forgotten your passphrase?" and type this key. Keep it away from the computer.'
        )
        try:
            Path(path).write_text(f"{instructions}\n\n{self._key}\n", encoding="utf-8")
        except OSError as exc:
            self._say(
                self.tr("The key could not be saved there: %s. Choose another place.")
                % (exc.strerror or exc),
                ERROR_STYLE,
            )
            return
        self._say(
            self.tr(
                "Saved to %s. Move the file off this computer (print it, or copy it to a USB "
                "stick you keep safe), then delete it here."
            )
            % path,
            DONE_STYLE,
        )

    def status_text(self) -> str:
        return self.status.text()

    def done(self, result: int) -> None:
        if self._copied and QApplication.clipboard().text() == self._key:
            QApplication.clipboard().clear()
        super().done(result)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and not self.stored.isChecked():
            event.ignore()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.stored.isChecked():
            event.ignore()
            return
        super().closeEvent(event)

    def _say(self, text: str, style: str) -> None:
        self.status.setStyleSheet(style)
        self.status.setText(text)


def show_recovery_key(parent: QWidget | None, key: str) -> None:
    """Show ``key`` modally until the user says it is stored."""
    dialog = RecoveryKeyDialog(key, parent)
    try:
        dialog.exec()
    finally:
        dialog.deleteLater()
