"""How strong a new passphrase is, as the user types, and the pieces every passphrase form shares.

The meter asks ``alsdesk.services.journal.strength``, which imports zxcvbn (and
its large dictionaries) on the first keystroke rather than when the window opens.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from alsdesk import theme
from alsdesk.services.journal.strength import LABELS, Strength, assess
from alsdesk.ui.common.form import keep_room_when_hidden
from alsdesk.ui.common.layouts import HINT_STYLE
from alsdesk.ui.common.steady import SteadyLabel

SEGMENTS = 4
# The words' shades are darker than the bars' so they stay readable on a light window.
WEAK = theme.current().screen.strength.weak
FAIR = theme.current().screen.strength.fair
STRONG = theme.current().screen.strength.strong


class _Bar(QWidget):
    """Four rounded segments, the first ``filled`` of them in ``colour``."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.filled = 0
        self.colour = QColor(WEAK.fill)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFixedHeight(8)

    def sizeHint(self) -> QSize:
        return QSize(200, 8)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        gap = 4
        width = (self.width() - gap * (SEGMENTS - 1)) / SEGMENTS
        empty = self.palette().color(QPalette.ColorRole.Mid)
        empty.setAlpha(90)
        for index in range(SEGMENTS):
            painter.setBrush(self.colour if index < self.filled else empty)
            rect = QRectF(index * (width + gap), 0, width, self.height())
            painter.drawRoundedRect(rect, 3, 3)
        painter.end()


class StrengthMeter(QWidget):
    """A four-part bar and a word (Weak, Strong...) for a passphrase, with advice beneath.

    Colour is never the only cue: the word beside the bar says the same. Call
    :meth:`set_passphrase` on every edit; ``hints`` are words a passphrase should
    not be built from (the member's name, say).
    """

    def __init__(self, parent: QWidget | None = None, hints: Sequence[str] = ()):
        super().__init__(parent)
        self.setObjectName("strength_meter")
        self.hints = tuple(hints)
        self.strength: Strength | None = None
        self.bar = _Bar()
        self.label = QLabel()
        self.label.setObjectName("strength_label")
        font = self.label.font()
        font.setBold(True)
        self.label.setFont(font)
        widest = max(self.label.fontMetrics().horizontalAdvance(word) for word in LABELS)
        self.label.setMinimumWidth(widest + 8)
        self.label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        # Two lines kept, shown or not, so the fields below never move while the member types
        # (longer advice is cut, whole in the tooltip).
        self.advice = SteadyLabel(2, name="strength_advice")
        self.advice.setStyleSheet(HINT_STYLE)
        keep_room_when_hidden(self.advice)

        row = QHBoxLayout()
        row.setSpacing(10)
        row.addWidget(self.bar, 1, Qt.AlignmentFlag.AlignVCenter)
        row.addWidget(self.label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(row)
        layout.addWidget(self.advice)
        self.setAccessibleName(self.tr("Passphrase strength"))
        self.set_passphrase("")

    def set_passphrase(self, text: str) -> None:
        strength = assess(text, self.hints)
        self.strength = strength
        if not text:
            self._show(0, WEAK, strength.label, strength.advice)
        elif strength.acceptable:
            self._show(strength.score, STRONG, strength.label, strength.advice)
        else:
            tone = WEAK if strength.score <= 1 else FAIR
            self._show(max(strength.score, 1), tone, strength.label, strength.advice)

    def hide_advice(self) -> None:
        """Leave the advice to an error message that says the same; the next edit brings it back."""
        self.advice.hide()

    def label_text(self) -> str:
        return self.label.text()

    def advice_text(self) -> str:
        return self.advice.text() if not self.advice.isHidden() else ""

    def _show(self, filled: int, tone: theme.Tone, word: str, advice: str) -> None:
        self.bar.filled = filled
        self.bar.colour = QColor(tone.fill)
        self.bar.update()
        self.label.setText(word)
        self.label.setStyleSheet(f"color: {tone.text};")
        self.advice.setText(advice)
        self.advice.show()
        self.setAccessibleDescription(f"{word}. {advice}" if word else advice)


def passphrase_edit(name: str) -> QLineEdit:
    """A line edit that hides what is typed and keeps it out of input-method memory."""
    edit = QLineEdit()
    edit.setObjectName(name)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setInputMethodHints(
        Qt.InputMethodHint.ImhHiddenText
        | Qt.InputMethodHint.ImhSensitiveData
        | Qt.InputMethodHint.ImhNoPredictiveText
    )
    edit.setClearButtonEnabled(False)
    return edit


def show_toggle(edits: Iterable[QLineEdit], text: str) -> QCheckBox:
    """A check box ("Show passphrase") that shows or hides what is typed in ``edits``."""
    edits = tuple(edits)
    toggle = QCheckBox(text)
    toggle.setObjectName("show")
    toggle.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

    def apply(shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        for edit in edits:
            edit.setEchoMode(mode)

    toggle.toggled.connect(apply)
    return toggle


@contextmanager
def busy_cursor() -> Iterator[None]:
    """A wait cursor while a passphrase is stretched into a key (about half a second)."""
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QApplication.restoreOverrideCursor()
