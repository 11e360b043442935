"""The keyboard shortcuts, read from the window's actions (never a hand-kept list)."""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

NATIVE = QKeySequence.SequenceFormat.NativeText


def action_label(action: QAction | QAbstractButton) -> str:
    """The action's text without its mnemonic ampersand or trailing dots."""
    return action.text().replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…. ")


def shortcut_rows(root: QWidget) -> list[tuple[str, str]]:
    """(what, keys) for every action and button under ``root`` with a shortcut, by what."""
    rows = {}
    for action in root.findChildren(QAction):
        keys = [k.toString(NATIVE) for k in action.shortcuts() if not k.isEmpty()]
        if keys and action.text():
            rows[action_label(action)] = ", ".join(keys)
    for button in root.findChildren(QAbstractButton):
        key = button.shortcut()
        if not key.isEmpty() and button.text():
            rows.setdefault(action_label(button), key.toString(NATIVE))
    return sorted(rows.items(), key=lambda row: row[0].casefold())


class ShortcutsDialog(QDialog):
    def __init__(self, root: QWidget, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        rows = shortcut_rows(root)
        self.table = QTableWidget(len(rows), 2, objectName="shortcuts")
        self.table.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.table.setHorizontalHeaderLabels([self.tr("Command"), self.tr("Keys")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        for row, (what, keys) in enumerate(rows):
            self.table.setItem(row, 0, QTableWidgetItem(what))
            self.table.setItem(row, 1, QTableWidgetItem(keys))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        note = QLabel(
            self.tr(
                "Tab and Shift+Tab move between controls; Alt with an underlined letter "
                "opens a menu. Pages add their own keys while they are shown."
            )
        )
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.resize(520, 520)

    def rows(self) -> list[tuple[str, str]]:
        return [
            (self.table.item(r, 0).text(), self.table.item(r, 1).text())
            for r in range(self.table.rowCount())
        ]
