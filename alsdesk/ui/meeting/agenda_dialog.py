"""Edit a meeting's agenda: rename, reorder, drop or add steps."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from alsdesk.services.meeting_agenda import DEFAULT_AGENDA, AgendaStep, StepKind, validated
from alsdesk.ui.common.form import FormDialog
from alsdesk.ui.common.layouts import HINT_STYLE


class AgendaDialog(FormDialog):
    """Returns (steps, also_for_future_meetings)."""

    def __init__(self, steps: tuple[AgendaStep, ...], parent: QWidget | None = None):
        super().__init__(self.tr("Meeting agenda"), self._collect, parent)
        self.table = QTableWidget(0, 2)
        self.table.setObjectName("agenda_steps")
        self.table.setHorizontalHeaderLabels([self.tr("Step"), self.tr("Kind")])
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setMinimumSize(560, 250)
        self.table.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.ResizeToContents
        )
        for step in steps:
            self._append(step)
        buttons = QHBoxLayout()
        for name, text, slot in (
            ("add_step", self.tr("Add step"), self.add_step),
            ("remove_step", self.tr("Remove"), self.remove_step),
            ("step_up", self.tr("Move up"), lambda: self.move(-1)),
            ("step_down", self.tr("Move down"), lambda: self.move(1)),
            ("standard_steps", self.tr("Standard day"), self.reset),
        ):
            button = QPushButton(text)
            button.setObjectName(name)
            button.setAutoDefault(False)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        self.for_set = QCheckBox(self.tr("Use this agenda for the set's future meetings too"))
        self.for_set.setObjectName("agenda_for_set")
        hint = QLabel(self.tr("The kind of step decides which panel the workspace shows for it."))
        hint.setStyleSheet(HINT_STYLE)
        self.top.addWidget(hint)
        self.add_field("steps", "", self.table)
        self.form.addRow(buttons)
        self.form.addRow(self.for_set)

    def _append(self, step: AgendaStep, row: int | None = None) -> None:
        row = self.table.rowCount() if row is None else row
        self.table.insertRow(row)
        self.table.setItem(row, 0, QTableWidgetItem(step.title))
        kind = QComboBox()
        for choice in StepKind:
            kind.addItem(choice.label, choice)
        kind.setCurrentIndex(kind.findData(step.kind))
        self.table.setCellWidget(row, 1, kind)

    def steps(self) -> list[AgendaStep]:
        result = []
        for row in range(self.table.rowCount()):
            item = self.table.item(row, 0)
            kind = self.table.cellWidget(row, 1)
            result.append(AgendaStep(kind.currentData(), item.text() if item else ""))
        return result

    def add_step(self) -> None:
        row = self.table.currentRow() + 1 if self.table.currentRow() >= 0 else None
        self._append(AgendaStep(StepKind.OTHER, self.tr("New step")), row)
        target = self.table.rowCount() - 1 if row is None else row
        self.table.setCurrentCell(target, 0)
        self.table.editItem(self.table.item(target, 0))

    def remove_step(self) -> None:
        if self.table.currentRow() >= 0:
            self.table.removeRow(self.table.currentRow())

    def move(self, step: int) -> None:
        row = self.table.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.table.rowCount():
            return
        steps = self.steps()
        steps.insert(target, steps.pop(row))
        self._fill(steps)
        self.table.setCurrentCell(target, 0)

    def reset(self) -> None:
        self._fill(list(DEFAULT_AGENDA))

    def _fill(self, steps: list[AgendaStep]) -> None:
        self.table.setRowCount(0)
        for step in steps:
            self._append(step)

    def _collect(self):
        return validated(self.steps()), self.for_set.isChecked()
