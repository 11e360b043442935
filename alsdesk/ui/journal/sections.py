"""One stage of a reflective model in the editor: heading, prompt, text box and word count."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from alsdesk import theme
from alsdesk.services.journal.entries import Section
from alsdesk.services.journal.words import word_count

MIN_LINES = 4
# Muted but readable on a dim ward laptop (about 5:1 on the window background).
MUTED_STYLE = f"color: {theme.current().screen.secondary};"
PROMPT_STYLE = MUTED_STYLE + " font-style: italic;"


def words_label(count: int) -> str:
    return "1 word" if count == 1 else f"{count:,} words"


class GrowingTextEdit(QPlainTextEdit):
    """A plain-text box that grows with what is typed, so the page scrolls, not the box."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setVerticalScrollBarPolicy(self.verticalScrollBarPolicy().ScrollBarAlwaysOff)
        self.setTabChangesFocus(True)
        self.document().documentLayout().documentSizeChanged.connect(lambda _size: self._fit())
        self._fit()

    def _fit(self) -> None:
        lines = max(int(self.document().documentLayout().documentSize().height()), MIN_LINES)
        spacing = QFontMetrics(self.font()).lineSpacing()
        margins = self.contentsMargins()
        extra = 2 * self.document().documentMargin() + margins.top() + margins.bottom() + 4
        self.setFixedHeight(int(lines * spacing + extra))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit()


class SectionEditor(QFrame):
    changed = Signal()

    def __init__(self, number: int, section: Section, parent: QWidget | None = None):
        super().__init__(parent)
        self.section = section
        self.heading = QLabel(f"<b>{_html(section.heading)}</b>")
        self.heading.setObjectName(f"heading_{number}")
        self.prompt = QLabel(section.prompt)
        self.prompt.setObjectName(f"prompt_{number}")
        self.prompt.setWordWrap(True)
        self.prompt.setStyleSheet(PROMPT_STYLE)
        self.prompt.setVisible(bool(section.prompt))
        self.text = GrowingTextEdit()
        self.text.setObjectName(f"section_{number}")
        self.text.setAccessibleName(section.heading)
        self.text.setAccessibleDescription(section.prompt)
        self.text.setPlaceholderText(self.tr("Markdown works here: # heading, - list, *emphasis*"))
        self.text.setPlainText(section.text)
        self.words = QLabel()
        self.words.setObjectName(f"words_{number}")
        self.words.setStyleSheet(MUTED_STYLE)
        self.text.textChanged.connect(self._typed)
        self.heading.setBuddy(self.text)

        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.words)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 6, 0, 6)
        column.setSpacing(3)
        column.addLayout(top)
        column.addWidget(self.prompt)
        column.addWidget(self.text)
        self._count()

    def value(self) -> Section:
        return Section(self.section.heading, self.section.prompt, self.text.toPlainText())

    def word_count(self) -> int:
        return self._words

    def clear(self) -> None:
        self.text.blockSignals(True)
        self.text.setPlainText("")  # also clears the undo history
        self.text.blockSignals(False)

    def _typed(self) -> None:
        self._count()
        self.changed.emit()

    def _count(self) -> None:
        self._words = word_count(self.text.toPlainText())
        self.words.setText(words_label(self._words))


def _html(text: str) -> str:
    from html import escape

    return escape(text)
