"""A goal's progress updates: a short form to add one, and the table to correct or delete them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from alsdesk.dates import medium_date
from alsdesk.services.errors import StorageError, UserError, ValidationError
from alsdesk.services.goals import GoalInfo, GoalService, UpdateDraft, UpdateInfo
from alsdesk.ui.common.columns import fit_columns
from alsdesk.ui.common.confirm import confirm
from alsdesk.ui.common.date_field import DateField
from alsdesk.ui.common.layouts import hint_label
from alsdesk.ui.common.roles import ROW_OBJECT_ROLE
from alsdesk.ui.common.saving import telling_failures
from alsdesk.ui.common.widgets import InlineErrors, compact_table, fit_rows
from alsdesk.ui.person.goal_format import with_unit
from alsdesk.ui.person.goal_updates_model import NARRATIVE, GoalUpdatesModel
from alsdesk.ui.person.update_dialog import UpdateDialog


class GoalUpdatesPanel(QGroupBox):
    changed = Signal()
    """An update was added, corrected or deleted."""

    def __init__(
        self, goals: GoalService, today: Callable[[], dt.date], parent: QWidget | None = None
    ):
        super().__init__(self.tr("Progress updates"), parent)
        self._goals = goals
        self._today = today
        self._goal: GoalInfo | None = None

        self.date = DateField()
        self.date.setObjectName("update_date")
        self.date.setDisplayFormat("d MMM yyyy")
        self.value = QLineEdit()
        self.value.setObjectName("update_value")
        self.value.setPlaceholderText(self.tr("e.g. 42"))
        self.narrative = QLineEdit()
        self.narrative.setObjectName("update_narrative")
        self.narrative.setPlaceholderText(self.tr("What happened, in a sentence or two"))
        self.add_button = QPushButton(self.tr("&Add update"))
        self.add_button.setObjectName("add_update")
        self.add_button.clicked.connect(self.add_update)
        self.value.returnPressed.connect(self.add_update)
        self.narrative.returnPressed.connect(self.add_update)
        self.errors = InlineErrors(self)
        # Lines reserved above "Add update", so a refused update never moves it from under
        # the cursor (the narrative's message goes below it).
        date_error = self.errors.watch("date", self.date, reserve=True)
        value_error = self.errors.watch("value", self.value, reserve=True)
        narrative_error = self.errors.watch("narrative", self.narrative)
        self.date.dateChanged.connect(lambda _day: self.errors.clear("date"))
        self.date.textEdited.connect(lambda _text: self.errors.clear("date"))

        self.value_label = QLabel()
        self.value_label.setBuddy(self.value)
        date_label = QLabel(self.tr("Da&te"))
        date_label.setBuddy(self.date)
        narrative_label = QLabel(self.tr("Na&rrative"))
        narrative_label.setBuddy(self.narrative)
        self.value.setMaximumWidth(140)
        form = QGridLayout()
        form.setColumnStretch(4, 1)
        form.addWidget(date_label, 0, 0)
        form.addWidget(self.date, 0, 1)
        form.addWidget(self.value_label, 0, 2)
        form.addWidget(self.value, 0, 3)
        form.addWidget(date_error, 1, 1, 1, 5)
        form.addWidget(value_error, 2, 1, 1, 5)
        form.addWidget(narrative_label, 3, 0)
        form.addWidget(self.narrative, 3, 1, 1, 4)
        form.addWidget(self.add_button, 3, 5)
        form.addWidget(narrative_error, 4, 1, 1, 5)

        self.model = GoalUpdatesModel(self)
        self.table = compact_table(self.model, "updates_table", self)
        self.table.activated.connect(self.edit_selected)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.empty_hint = hint_label(
            self.tr(
                "No progress recorded yet. Add the measure's value each time you count it, "
                "with a line on what happened; the run chart grows from these."
            )
        )
        self.empty_hint.setObjectName("updates_hint")
        self.edit_button = QPushButton(self.tr("Edit &update…"))
        self.edit_button.setObjectName("edit_update")
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button = QPushButton(self.tr("Delete u&pdate…"))
        self.delete_button.setObjectName("delete_update")
        self.delete_button.clicked.connect(self.delete_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addSpacing(6)
        layout.addWidget(self.empty_hint)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self._update_buttons()

    def show_goal(self, goal: GoalInfo, updates: list[UpdateInfo], signals: dict[int, str]) -> None:
        """Show ``updates``; ``signals`` names the chart's signals each update is part of."""
        if self._goal is None or goal.id != self._goal.id:
            self.date.setDate(QDate(self._today()))
            self.value.clear()
            self.narrative.clear()
            self.errors.clear()
        self._goal = goal
        unit = goal.measure.unit.strip()
        self.value_label.setText(self.tr("&Value (%s)") % unit if unit else self.tr("&Value"))
        selected = self.selected()
        self.model.reload(updates[::-1], unit, signals)  # the latest first, under the form
        fit_columns(self.table, max_width=160, stretch=NARRATIVE)
        fit_rows(self.table, max_rows=8)
        self.table.setVisible(bool(updates))
        self.empty_hint.setVisible(not updates)
        if selected is not None:
            self._select(selected.id)
        self._update_buttons()

    def selected(self) -> UpdateInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(ROW_OBJECT_ROLE) if rows else None

    def _select(self, update_id: int) -> None:
        proxy = self.table.model()
        for row in range(proxy.rowCount()):
            if proxy.index(row, 0).data(ROW_OBJECT_ROLE).id == update_id:
                self.table.selectRow(row)
                self.table.scrollTo(proxy.index(row, 0))
                return

    def _update_buttons(self) -> None:
        chosen = self.selected() is not None
        self.edit_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)
        self.edit_button.setVisible(self.model.rowCount() > 0)
        self.delete_button.setVisible(self.model.rowCount() > 0)

    def add_update(self) -> None:
        """Save the form as a new update; a problem stays at its field and nothing is saved."""
        if self._goal is None:
            return
        self.errors.clear()
        if unreadable := self.date.problem():
            self.errors.show({"date": unreadable}, fallback="value")
            return
        try:
            draft = UpdateDraft(
                date=self.date.date().toPython(),
                value=self._goals.parse_value(self.value.text()),
                narrative=self.narrative.text(),
            )
            added = self._goals.add_update(self._goal.id, draft, today=self._today())
        except ValidationError as exc:
            self.errors.show(exc.fields, fallback="value")
            return
        except (UserError, StorageError) as exc:  # what was typed stays, to try again
            QMessageBox.warning(self, self.tr("Progress update not saved"), str(exc))
            return
        self.value.clear()
        self.narrative.clear()
        self.value.setFocus()
        self.changed.emit()
        self._select(added.id)

    def edit_selected(self) -> None:
        update = self.selected()
        if update is None or self._goal is None:
            return
        dialog = UpdateDialog(self._goals, update, self._today(), self._goal.measure.unit, self)
        if dialog.ask() is not None:
            self.changed.emit()

    def delete_selected(self) -> None:
        update = self.selected()
        if update is None or self._goal is None:
            return
        what = medium_date(update.date)
        if update.value is not None:
            what += f" ({with_unit(update.value, self._goal.measure.unit)})"
        question = self.tr("Delete the progress update of %s? This cannot be undone.") % what
        if confirm(self, self.tr("Delete progress update"), question, self.tr("Delete update")):
            with telling_failures(self, self.tr("Progress update not deleted")):
                self._goals.delete_update(update.id)
                self.changed.emit()
