"""Restore from backup: the backups in the data folder, or a file chosen elsewhere.

Each backup shows its date and how many sets, meetings and journal entries it
holds (counted, never shown). A chosen file is checked before it can be
restored; its problems are shown in the dialog and Restore stays off.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from alsdesk import theme
from alsdesk.services.backup import BackupService
from alsdesk.store import backups
from alsdesk.store.backups import BackupSummary

PATH_ROLE = Qt.ItemDataRole.UserRole


class RestoreDialog(QDialog):
    """``chosen`` holds the checked file to restore once the dialog is accepted."""

    def __init__(self, service: BackupService, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Restore from backup"))
        self.chosen: Path | None = None
        intro = QLabel(
            self.tr(
                "Choose a backup to put in place of the data you have now. What you have "
                "now is kept aside in the backups folder first."
            )
        )
        intro.setWordWrap(True)
        self.list = QTreeWidget()
        self.list.setObjectName("backups")
        self.list.setRootIsDecorated(False)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setHeaderLabels(
            [self.tr("Taken"), self.tr("Sets"), self.tr("Meetings"), self.tr("Journal entries")]
        )
        for summary in service.summaries():
            self.list.addTopLevelItem(self._item(summary))
        header = self.list.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in (1, 2, 3):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.empty = QLabel(self.tr("No backups in %s yet.") % service.backup_dir)
        self.empty.setVisible(self.list.topLevelItemCount() == 0)
        self.problems = QLabel()
        self.problems.setObjectName("problems")
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet(f"color: {theme.current().screen.problem};")
        self.problems.hide()
        self.choose_button = QPushButton(self.tr("Choose a &file…"))
        self.choose_button.clicked.connect(self._browse)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = self.buttons.addButton(
            self.tr("&Restore"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.restore_button.setEnabled(False)
        self.buttons.addButton(self.choose_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.list.currentItemChanged.connect(self._picked)
        column = QVBoxLayout(self)
        column.addWidget(intro)
        column.addWidget(self.list, 1)
        column.addWidget(self.empty)
        column.addWidget(self.problems)
        column.addWidget(self.buttons)
        self.resize(620, 380)

    def _item(self, summary: BackupSummary) -> QTreeWidgetItem:
        def count(value: int | None) -> str:
            return "–" if value is None else str(value)

        item = QTreeWidgetItem(
            [
                f"{summary.taken:%a %d %b %Y, %H:%M}",
                count(summary.sets),
                count(summary.meetings),
                count(summary.entries),
            ]
        )
        for col in (1, 2, 3):
            item.setTextAlignment(col, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        item.setToolTip(0, str(summary.path))
        item.setData(0, PATH_ROLE, str(summary.path))
        return item

    def _picked(self, item: QTreeWidgetItem | None) -> None:
        if item is not None:
            self.choose_file(Path(item.data(0, PATH_ROLE)))

    def _browse(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a backup"),
            str(Path.home()),
            self.tr("alsdesk backup (*.sqlite3)"),
        )
        if chosen:
            self.list.clearSelection()
            self.choose_file(Path(chosen))

    def choose_file(self, path: Path) -> bool:
        """Check ``path`` and make it the one to restore if it passes; True when it does."""
        problems = backups.check(path)
        self.problems.setText(
            self.tr("%s cannot be restored: %s") % (path.name, " ".join(problems))
            if problems
            else ""
        )
        self.problems.setVisible(bool(problems))
        self.chosen = None if problems else path
        self.restore_button.setEnabled(not problems)
        return not problems
