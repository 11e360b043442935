"""The first-run tour: a few cards, one at a time, beside the part of the window they name.

Not modal: the window works while a card shows, and Esc or "Skip tour" ends it. The
window's help (``ui/window/help_menu.py``) shows it once, at the first start, and from
Help > Tour of alsdesk whenever asked.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from alsdesk import theme

CARD_WIDTH = 320
GAP = 12


@dataclass(frozen=True)
class Stop:
    target: QWidget
    title: str
    text: str


class Tour(QFrame):
    """A card over ``window`` for each stop in turn; ``finished`` when done or skipped."""

    finished = Signal()

    def __init__(self, window: QWidget, stops: list[Stop]):
        super().__init__(window)
        self.setObjectName("tour_card")
        colours = theme.current().palette
        self.setStyleSheet(
            f"QFrame#tour_card {{ background: {colours.tooltip_base}; color: "
            f"{colours.tooltip_text}; border: 2px solid {colours.focus}; border-radius: 6px; }}"
        )
        self.setForegroundRole(QPalette.ColorRole.ToolTipText)
        # Wider with a larger text size, so its lines stay of a readable length.
        self.setFixedWidth(max(CARD_WIDTH, 34 * self.fontMetrics().averageCharWidth()))
        self.stops = stops
        self.index = 0
        self.step = QLabel(objectName="tour_step")
        self.title = QLabel(objectName="tour_title")
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * theme.current().screen_sizes.plan_heading)
        self.title.setFont(font)
        self.text = QLabel(objectName="tour_text")
        self.text.setWordWrap(True)
        self.back_button = QPushButton(self.tr("Back"), objectName="tour_back")
        self.next_button = QPushButton(self.tr("Next"), objectName="tour_next")
        self.skip_button = QPushButton(self.tr("Skip tour"), objectName="tour_skip")
        self.back_button.clicked.connect(lambda: self.go(self.index - 1))
        self.next_button.clicked.connect(self._next)
        self.skip_button.clicked.connect(self.end)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.end)
        buttons = QHBoxLayout()
        buttons.addWidget(self.skip_button)
        buttons.addStretch(1)
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.next_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.step)
        layout.addWidget(self.title)
        layout.addWidget(self.text)
        layout.addLayout(buttons)
        self.setAccessibleName(self.tr("Tour of alsdesk"))

    def start(self) -> None:
        self.go(0)
        self.show()
        self.raise_()
        self.next_button.setFocus()

    def go(self, index: int) -> None:
        self.index = max(0, min(index, len(self.stops) - 1))
        stop = self.stops[self.index]
        self.step.setText(self.tr("%d of %d") % (self.index + 1, len(self.stops)))
        self.title.setText(stop.title)
        self.text.setText(stop.text)
        self.setAccessibleDescription(f"{stop.title}. {stop.text}")
        self.back_button.setEnabled(self.index > 0)
        last = self.index == len(self.stops) - 1
        self.next_button.setText(self.tr("Done") if last else self.tr("Next"))
        # As tall as its wrapped text needs at its width (adjustSize alone cut the text
        # at the top and bottom at a large text size).
        self.layout().activate()
        self.resize(self.width(), self.layout().totalHeightForWidth(self.width()))
        self._place(stop.target)
        self.next_button.setFocus()

    def end(self) -> None:
        self.hide()
        self.finished.emit()
        self.deleteLater()

    def _next(self) -> None:
        if self.index == len(self.stops) - 1:
            self.end()
        else:
            self.go(self.index + 1)

    def _place(self, target: QWidget) -> None:
        """Beside ``target`` (right of it, else below), kept inside the window."""
        window = self.parentWidget()
        top_left = target.mapTo(window, QPoint(0, 0))
        right = QPoint(top_left.x() + target.width() + GAP, top_left.y())
        below = QPoint(top_left.x() + GAP, top_left.y() + min(target.height(), 40) + GAP)
        place = right if right.x() + self.width() <= window.width() else below
        x = max(GAP, min(place.x(), window.width() - self.width() - GAP))
        y = max(GAP, min(place.y(), window.height() - self.height() - GAP))
        self.move(x, y)
