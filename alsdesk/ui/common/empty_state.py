"""A table or tree that shows a hint in its place while it is empty."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QStackedWidget, QWidget

from alsdesk import theme
from alsdesk.ui.common.widgets import scale_font

HINT_STYLE = f"color: {theme.current().screen.hint}; padding: 24px;"


class EmptyState(QStackedWidget):
    """Shows ``content`` when it has rows, else a centred hint."""

    def __init__(self, content: QWidget, hint: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.content = content
        self.hint = QLabel(hint)
        self.hint.setObjectName("empty_hint")
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet(HINT_STYLE)
        scale_font(self.hint, theme.current().screen_sizes.hint)
        self.hint.setAlignment(self.hint.alignment().AlignCenter)
        self.addWidget(content)
        self.addWidget(self.hint)

    def set_empty(self, empty: bool) -> None:
        self.setCurrentWidget(self.hint if empty else self.content)
