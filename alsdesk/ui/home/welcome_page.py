"""The home page: create a set or explore the demonstration, and what is due for review."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from alsdesk import theme
from alsdesk.dates import medium_date
from alsdesk.services.people import PeopleService
from alsdesk.services.plan import DUE_SOON_DAYS, PlanItemInfo, PlanService
from alsdesk.ui.common.icons import icon
from alsdesk.ui.common.layouts import hint_label
from alsdesk.ui.common.page import Page

ITEM_ROLE = Qt.ItemDataRole.UserRole + 1


def review_when(item: PlanItemInfo, today: dt.date) -> str:
    """ "overdue since 16 Nov 2026", "due today", "due 30 Nov 2026"."""
    day = item.review_date
    if day is None:
        return ""
    if day < today:
        return f"overdue since {medium_date(day)}"
    if day == today:
        return "due today"
    return f"due {medium_date(day)}"


class WelcomePage(Page):
    """Home: start a set or the demonstration; open a plan item due for review."""

    name = "home"
    undo_applies = True  # deleting a set from the menu can be undone from here

    def __init__(
        self,
        plan: PlanService,
        people: PeopleService,
        today: Callable[[], dt.date] = dt.date.today,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self._plan = plan
        self._people = people
        self._today = today
        self._due = 0
        logo = QLabel()
        logo.setPixmap(icon("alsdesk").pixmap(QSize(72, 72)))
        logo.setAlignment(Qt.AlignmentFlag.AlignCenter)
        title = QLabel(self.tr("Welcome to alsdesk"))
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * theme.current().screen_sizes.welcome_title)
        font.setBold(True)
        title.setFont(font)
        text = QLabel(
            self.tr(
                "alsdesk keeps your action learning sets on this computer: members, the "
                "programme's year of meetings and workshops, and a calendar to share, with "
                "each person's improvement goals and development plan. "
                "It works without a network."
            )
        )
        text.setWordWrap(True)
        text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        text.setFixedWidth(520)
        # An aligned item gets its size hint, not its height for width: say it here.
        text.setMinimumHeight(text.heightForWidth(520))

        self.create_button = QPushButton(icon("set-new"), self.tr("Create a set"))
        self.create_button.setObjectName("create_set")
        self.create_button.setDefault(True)
        self.demo_button = QPushButton(self.tr("Open the demonstration set"))
        self.demo_button.setObjectName("open_demo")
        for button in (self.create_button, self.demo_button):
            button.setMinimumSize(260, 36)
        self.create_button.clicked.connect(lambda: self.command_requested.emit("new_set"))
        self.demo_button.clicked.connect(lambda: self.command_requested.emit("open_demo"))

        self.reviews = self._reviews_box()

        layout = QVBoxLayout(self)
        layout.addStretch(2)
        for widget in (logo, title, text, self.create_button, self.demo_button):
            layout.addWidget(widget, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addSpacing(10)
        layout.addWidget(self.reviews, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(3)
        layout.setSpacing(14)

    def _reviews_box(self) -> QFrame:
        box = QFrame()
        box.setObjectName("reviews_due")
        box.setFrameShape(QFrame.Shape.StyledPanel)
        box.setFixedWidth(520)
        heading = QLabel(self.tr("Development plan reviews due"))
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        self.review_list = QListWidget()
        self.review_list.setObjectName("review_list")
        self.review_list.setMaximumHeight(150)
        self.review_list.setWordWrap(True)
        self.review_list.setSpacing(3)
        self.review_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.review_list.itemActivated.connect(self._open)
        self.review_list.itemClicked.connect(self._open)
        self.no_reviews = hint_label(
            self.tr(
                "Nothing due in the next %d days. Plan items appear here as their review "
                "date comes near."
            )
            % DUE_SOON_DAYS
        )
        column = QVBoxLayout(box)
        column.addWidget(heading)
        column.addWidget(self.review_list)
        column.addWidget(self.no_reviews)
        box.hide()
        return box

    # -- the page contract ------------------------------------------------------

    def title(self) -> str:
        return self.tr("Home (%d due for review)") % self._due if self._due else self.tr("Home")

    def refresh(self) -> None:
        """The plan items due for review (and the title's count)."""
        today = self._today()
        due = self._plan.due_for_review(today)
        self.show_reviews(due, today, anyone=bool(self._people.directory()))
        if len(due) != self._due:
            self._due = len(due)
            self.title_changed.emit(self.title())

    def saved_state(self) -> str:
        return ""

    def show_reviews(self, items: list[PlanItemInfo], today: dt.date, anyone: bool) -> None:
        """List the plan items due for review; the box shows once anyone has a plan page."""
        self.review_list.clear()
        for item in items:
            row = QListWidgetItem(
                f"{item.person_name}: {item.need.splitlines()[0] if item.need else ''}\n"
                f"    {self.tr('Review')} {review_when(item, today)}"
            )
            row.setData(ITEM_ROLE, (item.person_id, item.id))
            row.setToolTip(self.tr("Open %s's development plan") % item.person_name)
            if item.review_date is not None and item.review_date < today:
                row.setForeground(QColor(theme.current().screen.error))
            self.review_list.addItem(row)
        self.review_list.setVisible(bool(items))
        self.no_reviews.setVisible(not items)
        self.reviews.setVisible(anyone)

    def _open(self, row: QListWidgetItem) -> None:
        person_id, item_id = row.data(ITEM_ROLE)
        self.navigate.emit("person", (person_id, item_id))
