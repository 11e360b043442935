"""Correct one progress update of an improvement goal: its date, value or narrative."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QLineEdit, QWidget

from alsdesk.services.goals import GoalService, UpdateDraft, UpdateInfo
from alsdesk.ui.common.date_field import DateField
from alsdesk.ui.common.fields import plain_text_edit
from alsdesk.ui.common.form import FormDialog
from alsdesk.ui.person.goal_format import format_value


class UpdateDialog(FormDialog):
    """Saves through the service on OK, so its objections show at their fields;
    ``result_value`` is the saved UpdateInfo."""

    def __init__(
        self,
        goals: GoalService,
        existing: UpdateInfo,
        today: dt.date,
        unit: str = "",
        parent: QWidget | None = None,
    ):
        super().__init__(self.tr("Edit progress update"), self.collect, parent)
        self._goals = goals
        self._existing = existing
        self._today = today
        self.setMinimumWidth(460)
        self.date = self.add_field("date", self.tr("&Date"), DateField())
        self.date.setDisplayFormat("d MMM yyyy")
        self.date.setDate(QDate(existing.date))
        self.date.dateChanged.connect(lambda _d: self.clear_error("date"))
        label = self.tr("&Value (%s)") % unit.strip() if unit.strip() else self.tr("&Value")
        self.value = self.add_field("value", label, QLineEdit())
        self.value.setText(format_value(existing.value) if existing.value is not None else "")
        self.narrative = self.add_field("narrative", self.tr("&Narrative"), plain_text_edit(3))
        self.narrative.setPlainText(existing.narrative)
        self.ok_button.setText(self.tr("Save"))

    def collect(self) -> UpdateInfo:
        draft = UpdateDraft(
            date=self.date.date().toPython(),
            value=self._goals.parse_value(self.value.text()),
            narrative=self.narrative.toPlainText(),
        )
        return self._goals.edit_update(self._existing.id, draft, today=self._today)
