"""The home page: what today needs (the next meeting, actions and reviews due, my goals),
or, before there is a set, how to start."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QRect, QSize, Qt, QTimer
from PySide6.QtGui import QColor, QFontMetrics, QGuiApplication
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from alsdesk import theme
from alsdesk.dates import full_date, medium_date
from alsdesk.i18n import translate
from alsdesk.services.errors import StorageError, UserError
from alsdesk.services.meetings import MeetingService
from alsdesk.services.plan import DUE_SOON_DAYS, PlanItemInfo
from alsdesk.services.today import ACTIONS_DUE_SOON_DAYS, DueAction, GoalSignal, Today
from alsdesk.ui.common.icons import icon
from alsdesk.ui.common.layouts import VerticalScrollArea, hint_label
from alsdesk.ui.common.page import Page

ITEM_ROLE = Qt.ItemDataRole.UserRole + 1
BOX_WIDTH = 640
LIST_HEIGHT = 300  # px: a list taller than this scrolls inside its box
TEXT_INSET = 48  # px: the box's margins, the list's frame and its scroll bar
WRAP = int(Qt.TextFlag.TextWordWrap)
DAY_CHECK_MS = 60_000
"""How often Home asks whether the day has changed (a laptop left open past midnight)."""


def when_due(day: dt.date | None, today: dt.date) -> str:
    """ "overdue since 16 Nov 2026", "due today", "due 30 Nov 2026"."""
    if day is None:
        return ""
    if day < today:
        return translate("WelcomePage", "overdue since %s") % medium_date(day)
    if day == today:
        return translate("WelcomePage", "due today")
    return translate("WelcomePage", "due %s") % medium_date(day)


def review_when(item: PlanItemInfo, today: dt.date) -> str:
    return when_due(item.review_date, today)


def _bold(label: QLabel) -> QLabel:
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    return label


def _fit_height(rows: QListWidget) -> None:
    """As tall as its rows (up to LIST_HEIGHT), so short lists leave no gap.

    Measured at the box's fixed width: the list may not be laid out yet when it is
    filled, and Qt's own row hints then ignore the wrapping.
    """
    width = BOX_WIDTH - TEXT_INSET
    height = 2 * rows.frameWidth() + 4
    for i in range(rows.count()):
        item = rows.item(i)
        metrics = QFontMetrics(item.font())
        text = metrics.boundingRect(QRect(0, 0, width, 10_000), WRAP, item.text())
        height += text.height() + 2 * rows.spacing() + 2
    rows.setFixedHeight(min(LIST_HEIGHT, height))


def _hint(text: str) -> QLabel:
    """A hint that keeps the height its wrapped lines need inside a fixed-width box."""
    label = hint_label(text)
    label.setMinimumHeight(label.heightForWidth(BOX_WIDTH - TEXT_INSET))
    return label


def _list(name: str) -> QListWidget:
    rows = QListWidget()
    rows.setObjectName(name)
    rows.setWordWrap(True)
    rows.setSpacing(2)
    rows.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    return rows


class WelcomePage(Page):
    """Home: what today needs; before there is a set, how to start one."""

    name = "home"
    undo_applies = True  # deleting a set from the menu can be undone from here

    def __init__(
        self,
        needs: Callable[[dt.date], Today],
        meetings: MeetingService,
        today: Callable[[], dt.date] = dt.date.today,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self._needs = needs
        self._meetings = meetings
        self._today = today
        self._shown_day: dt.date | None = None
        self.day_watch = QTimer(self)
        self.day_watch.setInterval(DAY_CHECK_MS)
        self.day_watch.timeout.connect(self.check_day)
        self.day_watch.start()
        QGuiApplication.instance().applicationStateChanged.connect(self._state_changed)
        self._due = 0
        self._next_event: tuple[int, int] | None = None  # (event id, set id)
        self.start = self._start_box()
        self.day_heading = _bold(QLabel())
        self.day_heading.setObjectName("day_heading")
        font = self.day_heading.font()
        font.setPointSizeF(font.pointSizeF() * theme.current().screen_sizes.welcome_title * 0.7)
        self.day_heading.setFont(font)
        self.meeting_box = self._meeting_box()
        self.actions_box = self._actions_box()
        self.reviews = self._reviews_box()
        self.goals_box = self._goals_box()

        column = QWidget()
        column.setObjectName("home_column")
        rows = QVBoxLayout(column)
        rows.setSpacing(14)
        rows.addWidget(self.start, 0, Qt.AlignmentFlag.AlignHCenter)
        for widget in (
            self.day_heading,
            self.meeting_box,
            self.actions_box,
            self.reviews,
            self.goals_box,
        ):
            rows.addWidget(widget, 0, Qt.AlignmentFlag.AlignHCenter)
        rows.addStretch(1)
        self.day_heading.setFixedWidth(BOX_WIDTH)
        self.area = VerticalScrollArea(column)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.area)
        for widget in (self.day_heading, self.meeting_box, self.actions_box, self.goals_box):
            widget.hide()

    # -- the parts ------------------------------------------------------------------

    def _start_box(self) -> QWidget:
        box = QWidget()
        box.setObjectName("getting_started")
        logo = QLabel()
        logo.setPixmap(icon("alsdesk").pixmap(QSize(72, 72)))
        logo.setAlignment(Qt.AlignmentFlag.AlignCenter)
        title = _bold(QLabel(self.tr("Welcome to alsdesk")))
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * theme.current().screen_sizes.welcome_title)
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
        layout = QVBoxLayout(box)
        layout.setSpacing(14)
        layout.addSpacing(60)
        for widget in (logo, title, text, self.create_button, self.demo_button):
            layout.addWidget(widget, 0, Qt.AlignmentFlag.AlignHCenter)
        return box

    def _box(self, name: str, heading: str) -> tuple[QFrame, QVBoxLayout]:
        box = QFrame()
        box.setObjectName(name)
        box.setFrameShape(QFrame.Shape.StyledPanel)
        box.setFixedWidth(BOX_WIDTH)
        column = QVBoxLayout(box)
        column.addWidget(_bold(QLabel(heading)))
        return box, column

    def _meeting_box(self) -> QFrame:
        box, column = self._box("next_meeting", self.tr("Next set meeting"))
        self.meeting_line = QLabel()
        self.meeting_line.setObjectName("meeting_line")
        self.meeting_line.setWordWrap(True)
        self.meeting_line.setTextFormat(Qt.TextFormat.PlainText)
        self.no_meeting = _hint(
            self.tr("No set meeting ahead. Add one on a set's Schedule tab, or generate the year.")
        )
        self.run_button = QPushButton(icon("meeting-run"), self.tr("Run meeting"))
        self.run_button.setObjectName("home_run_meeting")
        self.open_set_button = QPushButton(self.tr("Open the set"))
        self.open_set_button.setObjectName("home_open_set")
        self.run_button.clicked.connect(self._run_meeting)
        self.open_set_button.clicked.connect(self._open_meeting_set)
        buttons = QHBoxLayout()
        buttons.addWidget(self.run_button)
        buttons.addWidget(self.open_set_button)
        buttons.addStretch(1)
        column.addWidget(self.meeting_line)
        column.addWidget(self.no_meeting)
        column.addLayout(buttons)
        return box

    def _actions_box(self) -> QFrame:
        box, column = self._box(
            "actions_due",
            self.tr("Actions overdue or due in the next %d days") % ACTIONS_DUE_SOON_DAYS,
        )
        self.action_list = _list("action_list")
        self.action_list.setToolTip(self.tr("Click an action to open its set's actions"))
        self.action_list.itemActivated.connect(self._open_action)
        self.action_list.itemClicked.connect(self._open_action)
        self.no_actions = _hint(
            self.tr(
                "No open action is overdue or due soon. Actions agreed at meetings appear "
                "here as their due date comes near."
            )
        )
        column.addWidget(self.action_list)
        column.addWidget(self.no_actions)
        return box

    def _reviews_box(self) -> QFrame:
        box, column = self._box("reviews_due", self.tr("Development plan reviews due"))
        self.review_list = _list("review_list")
        self.review_list.itemActivated.connect(self._open)
        self.review_list.itemClicked.connect(self._open)
        self.no_reviews = _hint(
            self.tr(
                "Nothing due in the next %d days. Plan items appear here as their review "
                "date comes near."
            )
            % DUE_SOON_DAYS
        )
        column.addWidget(self.review_list)
        column.addWidget(self.no_reviews)
        box.hide()
        return box

    def _goals_box(self) -> QFrame:
        box, column = self._box("my_goals", self.tr("My improvement goals"))
        self.goal_list = _list("goal_list")
        self.goal_list.setToolTip(self.tr("Click a goal to open it on your own page"))
        self.goal_list.itemActivated.connect(self._open_goal)
        self.goal_list.itemClicked.connect(self._open_goal)
        self.no_goals = _hint(
            self.tr(
                "No goals yet. Goals you add on your own page appear here with what their "
                "run chart shows."
            )
        )
        column.addWidget(self.goal_list)
        column.addWidget(self.no_goals)
        return box

    # -- the page contract ------------------------------------------------------

    def title(self) -> str:
        return self.tr("Home (%d due for review)") % self._due if self._due else self.tr("Home")

    def refresh(self) -> None:
        """What today needs, read again (and the title's count)."""
        today = self._today()
        self.show_today(self._needs(today), today)

    def saved_state(self) -> str:
        return ""

    def check_day(self) -> None:
        """Read again if the day changed since Home last showed it (midnight, or a laptop
        woken the next morning): "today", overdue and due dates all move with it."""
        if self._shown_day is not None and self._today() != self._shown_day:
            self.refresh()

    def _state_changed(self, state: Qt.ApplicationState) -> None:
        if state == Qt.ApplicationState.ApplicationActive:
            self.check_day()

    # -- showing ------------------------------------------------------------------

    def show_today(self, needs: Today, today: dt.date) -> None:
        self._shown_day = today
        self.start.setVisible(not needs.has_sets)
        for box in (self.day_heading, self.meeting_box, self.actions_box):
            box.setVisible(needs.has_sets)
        self.day_heading.setText(self.tr("Today, %s") % full_date(today))
        self.show_next_meeting(needs, today)
        self.show_actions(needs.actions, today)
        self.show_reviews(list(needs.reviews), today, anyone=needs.anyone)
        self.show_goals(needs.my_goals, visible=needs.has_sets and needs.me is not None)
        if len(needs.reviews) != self._due:
            self._due = len(needs.reviews)
            self.title_changed.emit(self.title())
        self.area.fit()

    def show_next_meeting(self, needs: Today, today: dt.date) -> None:
        meeting = needs.next_meeting
        self._next_event = None if meeting is None else (meeting.event_id, meeting.set_id)
        self.meeting_line.setVisible(meeting is not None)
        self.no_meeting.setVisible(meeting is None)
        self.run_button.setVisible(meeting is not None)
        self.open_set_button.setVisible(meeting is not None)
        if meeting is None:
            return
        on_the_day = meeting.date == today
        run, prepare = self.tr("Run meeting"), self.tr("Prepare meeting")
        self.run_button.setText(run if on_the_day else prepare)
        self.run_button.setToolTip(
            self.tr("Open the meeting to run it")
            if on_the_day
            else self.tr("Open the meeting ahead of the day: its agenda and who will come")
        )
        if on_the_day:
            when = self.tr("Today")
        elif meeting.date == today + dt.timedelta(days=1):
            when = self.tr("Tomorrow, %s") % full_date(meeting.date)
        else:
            days = (meeting.date - today).days
            when = self.tr("%s (in %d days)") % (full_date(meeting.date), days)
        if meeting.start_time and meeting.end_time:
            when += ", " + self.tr("%s to %s") % (
                f"{meeting.start_time:%H:%M}",
                f"{meeting.end_time:%H:%M}",
            )
        self.meeting_line.setText(
            f"{meeting.title}: {meeting.set_name}\n"
            + "\n".join(filter(None, [when, meeting.venue]))
        )

    def show_actions(self, actions: tuple[DueAction, ...], today: dt.date) -> None:
        """Open actions by owner; each row says what, when and in which set."""
        self.action_list.clear()
        owner = None
        error = QColor(theme.current().screen.error)
        for due in actions:
            action = due.action
            if action.owner_id != owner:
                owner = action.owner_id
                head = QListWidgetItem(action.owner_name)
                head.setFlags(Qt.ItemFlag.NoItemFlags)
                font = head.font()
                font.setBold(True)
                head.setFont(font)
                head.setForeground(self.palette().text())
                self.action_list.addItem(head)
            row = QListWidgetItem(
                f"{action.text}\n{when_due(action.due_date, today)} · {due.set_name}"
            )
            row.setData(ITEM_ROLE, action.set_id)
            if action.overdue(today):
                row.setForeground(error)
            self.action_list.addItem(row)
        self.action_list.setVisible(bool(actions))
        self.no_actions.setVisible(not actions)
        if actions:
            _fit_height(self.action_list)

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
        if items:
            _fit_height(self.review_list)

    def show_goals(self, goals: tuple[GoalSignal, ...], visible: bool) -> None:
        """The user's own open goals, each with its run chart's latest sentence."""
        self.goal_list.clear()
        for goal in goals:
            sentence = goal.sentence if goal.points else self.tr("No measurements yet.")
            row = QListWidgetItem(f"{goal.title}\n{sentence}")
            row.setData(ITEM_ROLE, goal.person_id)
            self.goal_list.addItem(row)
        self.goal_list.setVisible(bool(goals))
        self.no_goals.setVisible(not goals)
        self.goals_box.setVisible(visible)
        if goals:
            _fit_height(self.goal_list)

    # -- going elsewhere ------------------------------------------------------------

    def _run_meeting(self) -> None:
        if self._next_event is None:
            return
        try:
            meeting = self._meetings.open_for_event(self._next_event[0])
        except (UserError, StorageError) as exc:
            self.failed.emit(str(exc))
            return
        self.navigate.emit("meeting", meeting.id)

    def _open_meeting_set(self) -> None:
        if self._next_event is not None:
            self.navigate.emit("set", (self._next_event[1], "schedule"))

    def _open_action(self, row: QListWidgetItem) -> None:
        set_id = row.data(ITEM_ROLE)
        if set_id is not None:
            self.navigate.emit("set", (set_id, "actions"))

    def _open_goal(self, row: QListWidgetItem) -> None:
        self.navigate.emit("person", row.data(ITEM_ROLE))

    def _open(self, row: QListWidgetItem) -> None:
        person_id, item_id = row.data(ITEM_ROLE)
        self.navigate.emit("person", (person_id, item_id))
