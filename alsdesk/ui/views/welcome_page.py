"""The first page a new user sees: create a set, or explore the demonstration."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from alsdesk.ui.icons import icon


class WelcomePage(QWidget):
    create_requested = Signal()
    demo_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        logo = QLabel()
        logo.setPixmap(icon("alsdesk").pixmap(QSize(72, 72)))
        logo.setAlignment(Qt.AlignmentFlag.AlignCenter)
        title = QLabel(self.tr("Welcome to alsdesk"))
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        title.setFont(font)
        text = QLabel(
            self.tr(
                "alsdesk keeps your action learning sets on this computer: members, the "
                "programme's year of meetings and workshops, and a calendar to share. "
                "It works without a network."
            )
        )
        text.setWordWrap(True)
        text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        text.setFixedWidth(520)

        self.create_button = QPushButton(icon("set-new"), self.tr("Create a set"))
        self.create_button.setObjectName("create_set")
        self.create_button.setDefault(True)
        self.demo_button = QPushButton(self.tr("Open the demonstration set"))
        self.demo_button.setObjectName("open_demo")
        for button in (self.create_button, self.demo_button):
            button.setMinimumSize(260, 36)
        self.create_button.clicked.connect(self.create_requested)
        self.demo_button.clicked.connect(self.demo_requested)

        layout = QVBoxLayout(self)
        layout.addStretch(2)
        for widget in (logo, title, text, self.create_button, self.demo_button):
            layout.addWidget(widget, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(3)
        layout.setSpacing(14)
