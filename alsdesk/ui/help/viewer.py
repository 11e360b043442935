"""The help viewer: the topics in a list beside a text browser, not modal."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from alsdesk.ui.help.topics import TOPICS


class HelpViewer(QDialog):
    """``show_topic(key)`` brings the viewer forward at one topic."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("alsdesk help"))
        self.setObjectName("help_viewer")
        self.topics = QListWidget(objectName="help_topics")
        self.topics.setAccessibleName(self.tr("Help topics"))
        for topic in TOPICS:
            item = QListWidgetItem(topic.translated_title())
            item.setData(Qt.ItemDataRole.UserRole, topic.key)
            self.topics.addItem(item)
        self.topics.setMaximumWidth(self.topics.sizeHintForColumn(0) + 32)
        self.browser = QTextBrowser(objectName="help_text")
        self.browser.setAccessibleName(self.tr("Help text"))
        self.browser.setOpenExternalLinks(False)
        self.topics.currentRowChanged.connect(self._show_row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        row = QHBoxLayout()
        row.addWidget(self.topics)
        row.addWidget(self.browser, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(row, 1)
        layout.addWidget(buttons)
        self.resize(760, 560)
        self.topics.setCurrentRow(0)

    def current_key(self) -> str:
        item = self.topics.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else ""

    def show_topic(self, key: str) -> None:
        for row in range(self.topics.count()):
            if self.topics.item(row).data(Qt.ItemDataRole.UserRole) == key:
                self.topics.setCurrentRow(row)
        self.show()
        self.raise_()
        self.activateWindow()

    def _show_row(self, row: int) -> None:
        if 0 <= row < len(TOPICS):
            self.browser.setHtml(TOPICS[row].translated_body())
