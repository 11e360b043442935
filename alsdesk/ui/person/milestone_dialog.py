"""Add or edit one milestone of an improvement goal."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from alsdesk.services.goals import MAX_TITLE, MilestoneDraft, MilestoneInfo, MilestoneStatus
from alsdesk.services.plausible import MILESTONE
from alsdesk.ui.common.fields import OptionalDate
from alsdesk.ui.common.form import FormDialog


class MilestoneDialog(FormDialog):
    """Saves with ``save`` on OK, so the service's objections show at their fields;
    ``result_value`` is the saved MilestoneInfo."""

    def __init__(
        self,
        save: Callable[[MilestoneDraft], MilestoneInfo],
        today: dt.date,
        existing: MilestoneInfo | None = None,
        parent: QWidget | None = None,
    ):
        title = self.tr("Edit milestone") if existing else self.tr("Add milestone")
        super().__init__(title, self.collect, parent)
        self._save = save
        self._today = today
        self.setMinimumWidth(460)
        self.title_edit = self.add_field(
            "title", self.tr("&Milestone"), QLineEdit(), max_length=MAX_TITLE
        )
        self.title_edit.setPlaceholderText(self.tr("e.g. Huddle trialled on both wards"))
        self.due = OptionalDate(self.tr("due by"), today)
        self.due.known.setObjectName("due_date_known")
        self.due.edit.setObjectName("due_date_edit")
        self.add_field("due_date", self.tr("&Date"), self.due, marks=self.due.edit)
        self.due.changed.connect(lambda: self.clear_error("due_date"))
        # After the form's own clearing (connected in add_field), so the doubt stays shown.
        self.due.edit.dateChanged.connect(self._question_due)
        self.due.known.toggled.connect(self._question_due)
        self.status = self.add_field("status", self.tr("&Status"), QComboBox())
        for status in MilestoneStatus:
            self.status.addItem(status.label, status)
        if existing is not None:
            self.title_edit.setText(existing.title)
            self.due.set_value(existing.due_date)
            self.status.setCurrentIndex(max(0, self.status.findData(existing.status)))
            self.ok_button.setText(self.tr("Save"))
        else:
            self.due.known.setChecked(True)
            self.ok_button.setText(self.tr("Add"))

    def _question_due(self) -> None:
        self.show_warning("due_date", MILESTONE.warning(self.due.value(), self._today))

    def collect(self) -> MilestoneInfo:
        draft = MilestoneDraft(
            title=self.title_edit.text(),
            due_date=self.due.value(),
            status=self.status.currentData(),
        )
        return self._save(draft)
