"""Generate the programme's default schedule from a start date, with a preview."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QCheckBox, QLabel, QListWidget, QSpinBox

from alsdesk.services.schedule import DEFAULT_SPACING_WEEKS, plain_preview, plan_default_schedule
from alsdesk.ui.common.date_field import DateField
from alsdesk.ui.common.form import FormDialog


@dataclass(frozen=True)
class GenerateChoice:
    start: dt.date
    spacing_weeks: int
    replace_existing: bool


class GenerateScheduleDialog(FormDialog):
    def __init__(
        self,
        start: dt.date,
        region: str,
        venue: str,
        existing_count: int,
        parent=None,
    ):
        super().__init__(self.tr("Generate programme schedule"), self.collect, parent)
        self._region = region
        self._venue = venue
        self.setMinimumWidth(560)

        intro = QLabel(
            self.tr(
                "The typical year: a two-day opening workshop whose second day holds the "
                "first set meeting, five one-day set meetings, and a two-day closing workshop "
                "with the final set meeting. Days that fall on a weekend or bank holiday move "
                "to the next working day. You can edit every event afterwards."
            )
        )
        intro.setWordWrap(True)
        self.top.addWidget(intro)

        self.start = self.add_field("start", self.tr("Opening &workshop starts"), DateField())
        self.start.setDisplayFormat("dddd d MMMM yyyy")
        self.start.setDate(QDate(start))
        self.spacing = self.add_field("spacing", self.tr("&Weeks between meetings"), QSpinBox())
        self.spacing.setRange(1, 26)
        self.spacing.setValue(DEFAULT_SPACING_WEEKS)
        self.spacing.setSuffix(self.tr(" weeks"))

        self.replace = QCheckBox(
            self.tr(
                "Replace the %d events already scheduled (events you added go too; "
                "Undo brings them back)"
            )
            % existing_count
            if existing_count != 1
            else self.tr("Replace the event already scheduled (Undo brings it back)")
        )
        self.replace.setObjectName("replace_existing")
        self.replace.setVisible(existing_count > 0)
        self.replace.setChecked(existing_count > 0)
        self.form.addRow("", self.replace)

        self.preview = QListWidget()
        self.preview.setObjectName("preview")
        self.form.addRow(self.tr("Preview"), self.preview)
        self.start.dateChanged.connect(self._refresh)
        self.spacing.valueChanged.connect(self._refresh)
        self.ok_button.setText(self.tr("Generate"))
        self._refresh()

    def _refresh(self) -> None:
        plan = plan_default_schedule(
            self.start.date().toPython(), self.spacing.value(), self._venue, self._region
        )
        self.preview.clear()
        self.preview.addItems(plain_preview(plan))

    def collect(self) -> GenerateChoice:
        return GenerateChoice(
            self.start.date().toPython(), self.spacing.value(), self.replace.isChecked()
        )
