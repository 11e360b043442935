"""The locked journal: type the passphrase, or recover with the recovery key."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QStackedLayout,
    QVBoxLayout,
    QWidget,
)

from alsdesk import theme
from alsdesk.services.errors import StorageError, UserError
from alsdesk.services.vault import Vault
from alsdesk.ui.common import jobs
from alsdesk.ui.common.form import ERROR_STYLE, mark_invalid
from alsdesk.ui.common.steady import SteadyLabel
from alsdesk.ui.common.widgets import bold
from alsdesk.ui.journal.recover_dialog import RecoverDialog
from alsdesk.ui.journal.session import JournalSession, Opened
from alsdesk.ui.journal.strength_meter import passphrase_edit

COLUMN_WIDTH = 360
# Drawn like the icons in resources/icons: a padlock, closed.
LOCK_SVG = f"""<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" fill="none"
stroke="{theme.current().screen.icon_stroke}" stroke-width="1.6" stroke-linecap="round"
stroke-linejoin="round">
<rect x="5" y="10.5" width="14" height="10" rx="2"/><path d="M8 10.5V7.5a4 4 0 0 1 8 0v3"/>
<path d="M12 14.5v2.5"/></svg>""".encode()
LINK_STYLE = (
    "QPushButton { border: none; color: palette(link); text-decoration: underline;"
    " padding: 2px; } QPushButton:focus { outline: 1px dotted palette(link); }"
)


def lock_pixmap(size: int, ratio: float = 1.0) -> QPixmap:
    pixmap = QPixmap(QSize(round(size * ratio), round(size * ratio)))
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    QSvgRenderer(QByteArray(LOCK_SVG)).render(
        painter, QRectF(0, 0, pixmap.width(), pixmap.height())
    )
    painter.end()
    pixmap.setDevicePixelRatio(ratio)
    return pixmap


class UnlockPanel(QWidget):
    """A padlock, "Your journal is locked", the passphrase field and Unlock.

    Stretching the passphrase into a key and, with a ``session``, decrypting every
    entry and building the search index run in a worker while a progress line shows
    (the window keeps painting); the session then adopts what was read, on the GUI
    thread, and ``unlocked`` follows. Call :meth:`reset` each time the panel is
    shown, so no earlier attempt is left in it.
    """

    unlocked = Signal()
    """The journal was opened, by passphrase or by recovery key (and read, with a session)."""
    busy_changed = Signal(bool)
    """Unlocking or reading started (True) or ended (False)."""

    def __init__(
        self,
        vault: Vault,
        parent: QWidget | None = None,
        *,
        session: JournalSession | None = None,
    ):
        super().__init__(parent)
        self._vault = vault
        self._session = session
        self._job: jobs.JobSignals | None = None

        self.lock_icon = QLabel()
        self.lock_icon.setPixmap(lock_pixmap(56, self.devicePixelRatioF()))
        self.lock_icon.setAlignment(Qt.AlignmentFlag.AlignCenter)
        heading = bold(QLabel(self.tr("Your journal is locked")), 1.6)
        heading.setObjectName("heading")
        heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        prompt = QLabel(self.tr("Type your passphrase to open it."))
        prompt.setAlignment(Qt.AlignmentFlag.AlignCenter)
        prompt.setWordWrap(True)

        self.passphrase = passphrase_edit("passphrase")
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.passphrase.setPlaceholderText(self.tr("Passphrase"))
        self.passphrase.setMinimumHeight(32)
        self.passphrase.returnPressed.connect(self.unlock)
        self.passphrase.textEdited.connect(self._clear_error)
        self.unlock_button = QPushButton(self.tr("&Unlock"))
        self.unlock_button.setObjectName("unlock")
        self.unlock_button.setDefault(True)
        self.unlock_button.setMinimumHeight(32)
        self.unlock_button.clicked.connect(self.unlock)
        field_row = QHBoxLayout()
        field_row.setSpacing(8)
        field_row.addWidget(self.passphrase, 1)
        field_row.addWidget(self.unlock_button)

        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        # Room for a two-line message, kept while hidden, so nothing jumps when one appears.
        self.error.setMinimumHeight(self.error.fontMetrics().lineSpacing() * 2 + 2)
        policy = self.error.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        self.error.setSizePolicy(policy)
        # While unlocking, a moving bar and what is being done take the error's place.
        self.progress_bar = QProgressBar()
        self.progress_bar.setObjectName("unlock_progress")
        self.progress_bar.setRange(0, 0)
        self.progress_bar.setTextVisible(False)
        self.progress_bar.setMaximumHeight(8)
        self.status = SteadyLabel(name="unlock_status")
        progress = QWidget()
        progress_column = QVBoxLayout(progress)
        progress_column.setContentsMargins(0, 4, 0, 0)
        progress_column.addWidget(self.progress_bar)
        progress_column.addWidget(self.status)
        progress_column.addStretch(1)
        self._progress = progress
        # The layout has its widget before anything is added: a widget put in a layout
        # without one would be shown for a moment as a window of its own.
        feedback = QWidget()
        self._feedback = QStackedLayout(feedback)
        self._feedback.addWidget(self.error)
        self._feedback.addWidget(progress)
        self.error.hide()

        self.forgot_button = QPushButton(self.tr("Forgotten your passphrase?"))
        self.forgot_button.setObjectName("forgot")
        self.forgot_button.setStyleSheet(LINK_STYLE)
        self.forgot_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.forgot_button.setAutoDefault(False)
        self.forgot_button.clicked.connect(self.forgot)

        column = QVBoxLayout()
        column.setSpacing(8)
        column.addWidget(self.lock_icon)
        column.addWidget(heading)
        column.addWidget(prompt)
        column.addSpacing(10)
        column.addLayout(field_row)
        column.addWidget(feedback)
        column.addWidget(self.forgot_button, 0, Qt.AlignmentFlag.AlignHCenter)
        body = QWidget()
        body.setLayout(column)
        # As wide as the heading needs at the text size in use (at 150% it was cut at both ends).
        words = heading.fontMetrics().horizontalAdvance(heading.text())
        room = words + 4 * heading.fontMetrics().averageCharWidth()
        body.setFixedWidth(max(COLUMN_WIDTH, room))

        layout = QVBoxLayout(self)
        layout.addStretch(2)
        layout.addWidget(body, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(3)
        self.setFocusProxy(self.passphrase)

    def reset(self) -> None:
        """Empty the field and any error, and put the cursor in the field."""
        self.passphrase.clear()
        self._clear_error()
        self.passphrase.setFocus(Qt.FocusReason.OtherFocusReason)

    @property
    def busy(self) -> bool:
        """Whether an unlock (or the reading after one) is under way in the worker."""
        return self._job is not None

    def unlock(self) -> None:
        if self.busy:
            return
        passphrase = self.passphrase.text()
        if not passphrase:
            self._show_error(self.tr("Type your passphrase first."))
            return
        checking = self.tr("Checking the passphrase…")

        def work(progress: jobs.Progress) -> Opened | None:
            progress(checking)
            self._vault.unlock(passphrase)
            return self._read(progress)

        self._run(work, checking)

    def open_journal(self) -> None:
        """The vault was just opened elsewhere (the recovery key): read the journal in a worker."""
        if self.busy:
            return
        self._run(self._read, self.tr("Opening your journal…"))

    def _read(self, progress: jobs.Progress) -> Opened | None:
        return self._session.read(progress) if self._session is not None else None

    def _run(self, work, status: str) -> None:
        self._clear_error()
        self.status.setText(status)
        self._feedback.setCurrentWidget(self._progress)
        # Read-only, not disabled: the keyboard stays in the field (a disabled focus
        # widget would send it away), and nothing can be typed meanwhile.
        self.passphrase.setReadOnly(True)
        self.passphrase.setFocus(Qt.FocusReason.OtherFocusReason)
        self.unlock_button.setEnabled(False)
        self.forgot_button.setEnabled(False)
        job = jobs.Job(work, _explain, "the journal unlock")
        self._job = jobs.start(
            job, self._done, self._refused, self._crashed, on_progress=self.status.setText
        )
        self.busy_changed.emit(True)

    def _finish(self) -> None:
        self._job = None
        self.status.clear()
        self._feedback.setCurrentWidget(self.error)
        self.error.hide()
        self.passphrase.setReadOnly(False)
        self.unlock_button.setEnabled(True)
        self.forgot_button.setEnabled(True)
        self.busy_changed.emit(False)

    def _done(self, opened: Opened | None) -> None:
        self._finish()
        if not self._vault.is_unlocked:  # locked again while the entries were being read
            self.reset()
            return
        self.passphrase.clear()
        self._clear_error()
        if opened is not None and self._session is not None:
            self._session.adopt(opened)
        self.unlocked.emit()

    def _refused(self, message: str) -> None:
        self._finish()
        self._show_error(message)

    def _crashed(self, report) -> None:
        from alsdesk.ui.common.bug_dialog import show_bug

        self._finish()
        show_bug(report)

    def forgot(self) -> None:
        """Recover with the recovery key, or explain kindly why there is no way back without one."""
        try:
            has_key = self._vault.has_recovery_key()
        except UserError as exc:
            self._show_error(str(exc))
            return
        if not has_key:
            self._explain_no_recovery()
            return
        dialog = RecoverDialog(self._vault, self)
        if dialog.ask():
            self.passphrase.clear()
            self._clear_error()
            if self._session is not None:
                self.open_journal()
            else:
                self.unlocked.emit()

    def error_text(self) -> str:
        return self.error.text() if not self.error.isHidden() else ""

    def _explain_no_recovery(self) -> None:
        box = QMessageBox(self)
        box.setObjectName("no_recovery")
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(self.tr("Forgotten your passphrase?"))
        box.setText(self.tr("This journal can only be opened with its passphrase."))
        box.setInformativeText(
            self.tr(
                "No recovery key was made for it, and without the passphrase or a recovery "
                "key nobody can open it, not even us. That is what keeps it private.\n\n"
                "Take your time: passphrases often come back when you try the words you "
                "usually choose, in the order you would say them. If it does not come back, "
                "you can start a new journal only by deleting this one."
            )
        )
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        box.exec()
        box.deleteLater()
        self.passphrase.setFocus()

    def _show_error(self, message: str) -> None:
        self.error.setText(message)
        self._feedback.setCurrentWidget(self.error)
        self.error.show()
        mark_invalid(self.passphrase)
        self.passphrase.setFocus()
        self.passphrase.selectAll()

    def _clear_error(self) -> None:
        self.error.hide()
        self.error.setText("")
        mark_invalid(self.passphrase, False)


def _explain(error: BaseException) -> str | None:
    """The sentence for a refused unlock (a wrong passphrase, a damaged key record, a
    locked or damaged file); None for our bug."""
    if isinstance(error, UserError | StorageError):
        return str(error)
    return None
