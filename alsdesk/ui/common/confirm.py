"""Ask before a destructive step."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget


def confirm(parent: QWidget, title: str, question: str, action_text: str) -> bool:
    """True when the user chose ``action_text`` rather than Cancel."""
    box = QMessageBox(QMessageBox.Icon.Question, title, question, parent=parent)
    go = box.addButton(action_text, QMessageBox.ButtonRole.DestructiveRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    chosen = box.clickedButton() is go
    box.deleteLater()
    return chosen
