"""The "Improvement goals" tab of a person: their goals on the left, the chosen one in full.

Narrower than COMPACT_WIDTH (a small screen with the sidebar open), the list gives way to a
drop-down above the goal so the goal itself keeps the room its chart needs.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QItemSelectionModel, QSignalBlocker, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from alsdesk import theme
from alsdesk.services.errors import NotFoundError
from alsdesk.services.goals import GoalInfo, GoalService
from alsdesk.ui.common.confirm import confirm
from alsdesk.ui.common.layouts import HINT_STYLE, VerticalScrollArea
from alsdesk.ui.common.roles import ROW_OBJECT_ROLE
from alsdesk.ui.common.saving import telling_failures
from alsdesk.ui.common.widgets import scale_font
from alsdesk.ui.person.goal_detail import GoalDetail
from alsdesk.ui.person.goal_dialog import GoalDialog
from alsdesk.ui.person.goal_list import goal_list_view
from alsdesk.ui.person.goal_list_model import GoalListModel

COMPACT_WIDTH = 760
LIST_WIDTH = 230


class GoalsPage(QWidget):
    export_requested = Signal(int)
    """A goal's id: write its progress report (the main window asks where)."""
    changed = Signal()
    """A goal, its progress or its milestones were saved or deleted."""

    def __init__(
        self, goals: GoalService, today: Callable[[], dt.date], parent: QWidget | None = None
    ):
        super().__init__(parent)
        self._goals = goals
        self._today = today
        self._person_id: int | None = None
        self.model = GoalListModel(self)

        self.new_button = QPushButton(self.tr("&New goal…"))
        self.new_button.setObjectName("new_goal")
        self.list = goal_list_view()
        self.list.setModel(self.model)
        self.list.selectionModel().currentChanged.connect(lambda index: self._choose(index.row()))
        self.sidebar = QWidget()
        self.sidebar.setFixedWidth(LIST_WIDTH)
        side = QVBoxLayout(self.sidebar)
        side.setContentsMargins(0, 0, 0, 0)
        side.addWidget(self.new_button)
        side.addWidget(self.list, 1)

        self.picker = QComboBox()
        # A long goal title is cut in the box (whole in its list), not widening the page.
        self.picker.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.picker.setMinimumContentsLength(16)
        self.picker.setObjectName("goal_picker")
        self.picker.setModel(self.model)
        self.picker.currentIndexChanged.connect(self._choose)
        self.picker_new = QPushButton(self.tr("&New goal…"))
        self.picker_new.setObjectName("new_goal_compact")
        picker_label = QLabel(self.tr("G&oal:"))
        picker_label.setBuddy(self.picker)
        self.picker_row = QWidget()
        row = QHBoxLayout(self.picker_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(picker_label)
        row.addWidget(self.picker, 1)
        row.addWidget(self.picker_new)

        self.detail = GoalDetail(self._goals, today)
        self.detail.changed.connect(self.changed)
        self.detail.edit_button.clicked.connect(self.edit_goal)
        self.detail.delete_button.clicked.connect(self.delete_goal)
        self.detail.export_button.clicked.connect(self._export)
        self.chart = self.detail.chart
        self.scroll_area = VerticalScrollArea(self.detail)
        self.scroll_area.setObjectName("goal_scroll")
        self.detail.reflowed.connect(self.scroll_area.fit)

        content = QWidget()
        main = QVBoxLayout()
        main.setContentsMargins(0, 0, 0, 0)
        main.addWidget(self.picker_row)
        main.addWidget(self.scroll_area, 1)
        columns = QHBoxLayout(content)
        columns.setContentsMargins(0, 0, 0, 0)
        columns.addWidget(self.sidebar)
        columns.addLayout(main, 1)

        self.stack = QStackedWidget()
        self.stack.addWidget(self._empty_state())
        self.stack.addWidget(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.stack)
        for button in (self.new_button, self.picker_new, self.empty_new):
            button.clicked.connect(self.new_goal)
        self._compact(False)
        self._show_empty()

    def _empty_state(self) -> QWidget:
        page = QWidget()
        self.empty_hint = QLabel()
        self.empty_hint.setObjectName("empty_hint")
        self.empty_hint.setWordWrap(True)
        self.empty_hint.setStyleSheet(HINT_STYLE)
        scale_font(self.empty_hint, theme.current().screen_sizes.hint)
        self.empty_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_hint.setMaximumWidth(520)
        self.empty_new = QPushButton(self.tr("&New goal…"))
        self.empty_new.setObjectName("new_goal_empty")
        hint_row = QHBoxLayout()
        hint_row.addStretch(1)
        hint_row.addWidget(self.empty_hint, 4)
        hint_row.addStretch(1)
        column = QVBoxLayout(page)
        column.addStretch(1)
        column.addLayout(hint_row)
        column.addSpacing(12)
        column.addWidget(self.empty_new, 0, Qt.AlignmentFlag.AlignHCenter)
        column.addStretch(2)
        return page

    # -- showing -----------------------------------------------------------------------

    def show_person(self, person_id: int | None) -> None:
        """Show ``person_id``'s goals (None: nobody chosen), reading them again."""
        if person_id != self._person_id:
            self._person_id = person_id
            self.model.reload([])
        self._reload()

    def current_goal(self) -> GoalInfo | None:
        return self.detail.goal if self.stack.currentIndex() == 1 else None

    def _reload(self, select_id: int | None = None) -> None:
        if self._person_id is None:
            self._show_empty()
            return
        try:
            goals = self._goals.list_goals(self._person_id)
        except NotFoundError:  # the person was deleted meanwhile
            self._person_id = None
            goals = []
        current = self.current_goal()
        wanted = select_id if select_id is not None else current.id if current else None
        self.model.reload(goals)
        if not goals:
            self._show_empty()
            return
        self.stack.setCurrentIndex(1)
        self._choose(max(self.model.row_of(wanted) if wanted is not None else 0, 0))

    def _show_empty(self) -> None:
        self.detail.goal = None
        if self._person_id is None:
            self.empty_hint.setText(self.tr("Choose a person to see their improvement goals."))
        else:
            self.empty_hint.setText(
                self.tr(
                    "No goals yet.\nRecord an improvement you want to bring about in your "
                    "workplace: the problem, why it matters to service users, and a measure "
                    "with a baseline and a target to track on a run chart."
                )
            )
        self.empty_new.setVisible(self._person_id is not None)
        self.stack.setCurrentIndex(0)

    def _choose(self, row: int) -> None:
        """Show the goal in ``row`` and point both the list and the drop-down at it."""
        index = self.model.index(row, 0)
        if not index.isValid():
            return
        with QSignalBlocker(self.picker), QSignalBlocker(self.list.selectionModel()):
            self.picker.setCurrentIndex(row)
            self.list.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            )
        self.list.viewport().update()
        goal: GoalInfo = index.data(ROW_OBJECT_ROLE)
        shown = self.detail.goal
        try:
            self.detail.show_goal(goal.id)
        except NotFoundError:  # deleted elsewhere since the list was read
            self._reload()
            return
        self.scroll_area.fit()
        if shown is None or shown.id != goal.id:
            self.scroll_area.verticalScrollBar().setValue(0)

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._compact(event.size().width() < COMPACT_WIDTH)
        super().resizeEvent(event)

    def _compact(self, compact: bool) -> None:
        self.sidebar.setVisible(not compact)
        self.picker_row.setVisible(compact)

    # -- goal-level edits --------------------------------------------------------------

    def new_goal(self) -> None:
        if self._person_id is None:
            return
        person_id = self._person_id
        dialog = GoalDialog(
            self._goals,
            lambda draft: self._goals.create(person_id, draft),
            self._today(),
            None,
            self,
        )
        created = dialog.ask()
        if created is not None:
            self._reload(select_id=created.id)
            self.changed.emit()

    def edit_goal(self) -> None:
        goal = self.current_goal()
        if goal is None:
            return

        def save(draft):
            return self._goals.update(goal.id, draft, expected_version=goal.version)

        dialog = GoalDialog(self._goals, save, self._today(), goal, self)
        if dialog.ask() is not None:
            self._reload(select_id=goal.id)
            self.changed.emit()

    def delete_goal(self) -> None:
        goal = self.current_goal()
        if goal is None:
            return
        question = (
            self.tr(
                "Delete the goal “%s” with its progress updates and milestones?\n\n"
                "Actions from set meetings linked to it stay in the set's records."
            )
            % goal.title
        )
        if not confirm(self, self.tr("Delete goal"), question, self.tr("Delete goal")):
            return
        with (
            telling_failures(self, self.tr("Goal not deleted")),
            contextlib.suppress(NotFoundError),  # already gone: the reload shows the rest
        ):
            self._goals.delete(goal.id)
        self.detail.goal = None
        self._reload()
        self.changed.emit()

    def _export(self) -> None:
        goal = self.current_goal()
        if goal is not None:
            self.export_requested.emit(goal.id)
