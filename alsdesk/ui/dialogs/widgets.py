"""Small widget factories shared by the dialogs."""

from __future__ import annotations

from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QPlainTextEdit


def plain_text_edit(lines: int = 3) -> QPlainTextEdit:
    """A plain-text box about ``lines`` high where Tab moves to the next field."""
    edit = QPlainTextEdit()
    edit.setTabChangesFocus(True)
    height = QFontMetrics(edit.font()).lineSpacing() * lines + 12
    edit.setFixedHeight(height)
    return edit
