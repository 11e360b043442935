"""A goal's milestones: dated steps, each planned, in progress, done or missed."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QSignalBlocker, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from alsdesk.services.errors import StorageError, UserError
from alsdesk.services.goals import GoalService, MilestoneDraft, MilestoneInfo, MilestoneStatus
from alsdesk.ui.common.columns import fit_columns
from alsdesk.ui.common.confirm import confirm
from alsdesk.ui.common.layouts import hint_label
from alsdesk.ui.common.roles import ROW_OBJECT_ROLE
from alsdesk.ui.common.saving import telling_failures
from alsdesk.ui.common.widgets import InlineErrors, compact_table, fit_rows
from alsdesk.ui.person.goal_milestones_model import MILESTONE, GoalMilestonesModel
from alsdesk.ui.person.milestone_dialog import MilestoneDialog


class GoalMilestonesPanel(QGroupBox):
    changed = Signal()
    """A milestone was added, changed or deleted."""

    def __init__(
        self, goals: GoalService, today: Callable[[], dt.date], parent: QWidget | None = None
    ):
        super().__init__(self.tr("Milestones"), parent)
        self._goals = goals
        self._today = today
        self._goal_id: int | None = None

        self.model = GoalMilestonesModel(self)
        self.table = compact_table(self.model, "milestones_table", self)
        self.table.activated.connect(self.edit_selected)
        self.table.selectionModel().selectionChanged.connect(self._show_selected)
        self.empty_hint = hint_label(
            self.tr("No milestones yet. Break the goal into dated steps you can tick off.")
        )
        self.empty_hint.setObjectName("milestones_hint")

        self.add_button = QPushButton(self.tr("Add &milestone…"))
        self.add_button.setObjectName("add_milestone")
        self.add_button.clicked.connect(self.add_milestone)
        self.edit_button = QPushButton(self.tr("Ed&it…"))
        self.edit_button.setObjectName("edit_milestone")
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button = QPushButton(self.tr("De&lete…"))
        self.delete_button.setObjectName("delete_milestone")
        self.delete_button.clicked.connect(self.delete_selected)
        self.status = QComboBox()
        self.status.setObjectName("milestone_status")
        for status in MilestoneStatus:
            self.status.addItem(status.label, status)
        self.status.currentIndexChanged.connect(self._set_status)
        self.status_label = QLabel(self.tr("&Status:"))
        self.status_label.setBuddy(self.status)
        self.errors = InlineErrors(self)
        status_error = self.errors.watch("status", self.status)

        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        buttons.addWidget(self.status_label)
        buttons.addWidget(self.status)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty_hint)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        layout.addWidget(status_error)
        self._show_selected()

    def show_goal(self, goal_id: int, milestones: list[MilestoneInfo]) -> None:
        if goal_id != self._goal_id:
            self.errors.clear()
            self.table.clearSelection()
        self._goal_id = goal_id
        selected = self.selected()
        self.model.reload(milestones, self._today())
        fit_columns(self.table, max_width=160, stretch=MILESTONE)
        fit_rows(self.table, max_rows=8)
        self.table.setVisible(bool(milestones))
        self.empty_hint.setVisible(not milestones)
        if selected is not None:
            self._select(selected.id)
        self._show_selected()

    def selected(self) -> MilestoneInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(ROW_OBJECT_ROLE) if rows else None

    def _select(self, milestone_id: int) -> None:
        proxy = self.table.model()
        for row in range(proxy.rowCount()):
            if proxy.index(row, 0).data(ROW_OBJECT_ROLE).id == milestone_id:
                self.table.selectRow(row)
                return

    def _show_selected(self) -> None:
        """The buttons and the status box follow the selected milestone."""
        milestone = self.selected()
        for widget in (self.edit_button, self.delete_button, self.status, self.status_label):
            widget.setEnabled(milestone is not None)
            widget.setVisible(self.model.rowCount() > 0)
        with QSignalBlocker(self.status):
            self.status.setCurrentIndex(
                self.status.findData(milestone.status) if milestone is not None else -1
            )

    def _set_status(self) -> None:
        milestone = self.selected()
        status = self.status.currentData()
        if milestone is None or status is None or status == milestone.status:
            return
        try:
            self._goals.update_milestone(
                milestone.id, MilestoneDraft(milestone.title, milestone.due_date, status)
            )
        except (UserError, StorageError) as exc:
            self.errors.show({"status": str(exc)}, fallback="status")
            return
        self.changed.emit()

    def add_milestone(self) -> None:
        if self._goal_id is None:
            return
        goal_id = self._goal_id
        dialog = MilestoneDialog(
            lambda draft: self._goals.add_milestone(goal_id, draft), self._today(), parent=self
        )
        added = dialog.ask()
        if added is not None:
            self.changed.emit()
            self._select(added.id)

    def edit_selected(self) -> None:
        milestone = self.selected()
        if milestone is None:
            return
        dialog = MilestoneDialog(
            lambda draft: self._goals.update_milestone(milestone.id, draft),
            self._today(),
            milestone,
            self,
        )
        if dialog.ask() is not None:
            self.changed.emit()

    def delete_selected(self) -> None:
        milestone = self.selected()
        if milestone is None:
            return
        question = self.tr("Delete the milestone “%s”?") % milestone.title
        if confirm(self, self.tr("Delete milestone"), question, self.tr("Delete milestone")):
            with telling_failures(self, self.tr("Milestone not deleted")):
                self._goals.delete_milestone(milestone.id)
                self.changed.emit()
