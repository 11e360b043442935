"""Self-assessments on the plan page: the radar and a table of levels, over time.

Columns of the table are assessments, oldest first; choosing a cell chooses its
column's assessment for Edit and Delete.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from alsdesk.dates import medium_date
from alsdesk.services.errors import NotFoundError
from alsdesk.services.plan import AssessmentInfo, PlanService
from alsdesk.ui.common.confirm import confirm
from alsdesk.ui.common.icons import icon
from alsdesk.ui.common.layouts import hint_label
from alsdesk.ui.common.saving import telling_failures
from alsdesk.ui.common.toolbar_row import ToolbarRow, make_action
from alsdesk.ui.person.assessment_dialog import AssessmentDialog
from alsdesk.ui.person.assessment_table_model import AssessmentTableModel
from alsdesk.ui.person.charts.radar_widget import RadarWidget
from alsdesk.ui.person.plan_layout import EmptyHint, PlanRow, SectionTitle, ShowAllRows

RADAR_HEIGHT = 340
SIDE_BY_SIDE_FROM = 820  # pixels wide: the radar beside the table, else above it


class AssessmentPanel(QWidget):
    changed = Signal()
    """An assessment was saved or deleted."""

    def __init__(
        self, plan: PlanService, today: Callable[[], dt.date], parent: QWidget | None = None
    ):
        super().__init__(parent)
        self._plan = plan
        self._today = today
        self._person_id: int | None = None
        self.assessments: list[AssessmentInfo] = []

        self.new_action = make_action(
            self, "new_assessment", self.tr("New self-assessment…"), icon("event-add")
        )
        self.edit_action = make_action(self, "edit_assessment", self.tr("Edit…"), icon("edit"))
        self.delete_action = make_action(
            self, "delete_assessment", self.tr("Delete"), icon("delete")
        )
        self.new_action.triggered.connect(self.new_assessment)
        self.edit_action.triggered.connect(self.edit_selected)
        self.delete_action.triggered.connect(self.delete_selected)

        self.model = AssessmentTableModel(self)
        self.table = QTableView()
        self.table.setObjectName("assessment_table")
        self.table.setAccessibleName(self.tr("Self-assessments by leadership dimension"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectColumns)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.rows_fit = ShowAllRows(self.table, sideways=True)
        self.table.activated.connect(self.edit_selected)
        self.table.selectionModel().selectionChanged.connect(self._update_actions)
        delete_key = make_action(
            self.table,
            "delete_assessment_key",
            self.tr("Delete"),
            shortcut=QKeySequence(QKeySequence.StandardKey.Delete),
        )
        delete_key.triggered.connect(self.delete_selected)

        # Others' view from 360 feedback, for the member's own radar (set by the window).
        self.others_profile: Callable[[int], tuple[str, dict[int, float]] | None] = (
            lambda _person_id: None
        )
        self.radar = RadarWidget()
        self.radar.setObjectName("radar")
        self.radar.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.radar.setFixedHeight(RADAR_HEIGHT)
        self.table_hint = hint_label(
            self.tr(
                "Choose a column to edit or delete that assessment. An arrow marks a level "
                "that moved since the assessment before; point at a level to read why."
            )
        )
        table_box = QWidget()
        column = QVBoxLayout(table_box)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.table)
        column.addWidget(self.table_hint)
        self.row = PlanRow(self.radar, table_box, SIDE_BY_SIDE_FROM, stretch=(3, 2))

        self.empty = EmptyHint(
            self.tr("No self-assessment yet."),
            self.tr(
                "Rate yourself on the nine leadership dimensions "
                "at the start of the programme, then at the mid-point and the end: the "
                "radar shows how you have moved."
            ),
            self.new_action,
        )
        self.title = SectionTitle(self.tr("Self-assessment"))
        self.toolbar = ToolbarRow([self.new_action, self.edit_action, self.delete_action])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.empty)
        layout.addWidget(self.row)
        self._update_actions()

    # -- loading ------------------------------------------------------------------

    def show_person(self, person_id: int | None) -> None:
        self._person_id = person_id
        self.reload()

    def reload(self, select_id: int | None = None) -> None:
        """Read the person's assessments again, keeping (or moving to) the chosen column."""
        if select_id is None and (current := self.selected()) is not None:
            select_id = current.id
        self.assessments = self._read()
        self.model.reload(self.assessments)
        self.radar.set_assessments(self.assessments)
        others = self.others_profile(self._person_id) if self._person_id is not None else None
        self.radar.set_others(*(others or ("", None)))
        self.table.resizeColumnsToContents()
        self.table.setMaximumWidth(self.rows_fit.content_width())
        self.rows_fit.fit()
        self.empty.setVisible(not self.assessments)
        self.row.setVisible(bool(self.assessments))
        count = len(self.assessments)
        self.title.summary.setText(
            ""
            if not count
            else self.tr("1 assessment")
            if count == 1
            else self.tr("%d assessments") % count
        )
        column = self.model.column_of(select_id) if select_id is not None else -1
        if column >= 0:
            self.table.selectColumn(column)
        self._update_actions()

    def _read(self) -> list[AssessmentInfo]:
        if self._person_id is None:
            return []
        try:
            return self._plan.assessments(self._person_id)
        except NotFoundError:  # the person was deleted meanwhile
            self._person_id = None
            return []

    def selected(self) -> AssessmentInfo | None:
        columns = self.table.selectionModel().selectedColumns()
        if not columns:
            return None
        return self.model.assessment(columns[0].column())

    def _update_actions(self) -> None:
        chosen = self.selected() is not None
        self.new_action.setEnabled(self._person_id is not None)
        self.edit_action.setEnabled(chosen)
        self.delete_action.setEnabled(chosen)

    # -- editing ------------------------------------------------------------------

    def new_assessment(self) -> None:
        if self._person_id is None:
            return
        dialog = AssessmentDialog(
            self._plan,
            self._person_id,
            self._today(),
            previous=self.assessments[-1] if self.assessments else None,
            taken=tuple(a.label for a in self.assessments),
            parent=self,
        )
        draft = dialog.ask()
        if draft is None:
            return
        with telling_failures(self, self.tr("Self-assessment not saved")):
            saved = self._plan.add_assessment(self._person_id, draft)
            self.reload(saved.id)
            self.changed.emit()

    def edit_selected(self) -> None:
        chosen = self.selected()
        if chosen is None or self._person_id is None:
            return
        dialog = AssessmentDialog(
            self._plan, self._person_id, self._today(), existing=chosen, parent=self
        )
        draft = dialog.ask()
        if draft is None:
            return
        with telling_failures(self, self.tr("Self-assessment not saved")):
            saved = self._plan.update_assessment(chosen.id, draft)
            self.reload(saved.id)
            self.changed.emit()

    def delete_selected(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        question = self.tr("Delete the self-assessment “%s” of %s, with all nine ratings?") % (
            chosen.label,
            medium_date(chosen.date),
        )
        if not confirm(self, self.tr("Delete self-assessment"), question, self.tr("Delete")):
            return
        with telling_failures(self, self.tr("Self-assessment not deleted")):
            self._plan.delete_assessment(chosen.id)
            self.table.clearSelection()
            self.reload()
            self.changed.emit()
