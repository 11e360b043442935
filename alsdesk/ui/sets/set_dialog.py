"""Create or edit a set."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLineEdit, QWidget

from alsdesk.i18n import translate
from alsdesk.services.calendar_days import next_monday
from alsdesk.services.sets import (
    DEFAULT_GROUND_RULES,
    HOLIDAY_REGIONS,
    SetDraft,
    SetInfo,
    SetService,
    start_date_warning,
)
from alsdesk.ui.common.date_field import DateField
from alsdesk.ui.common.fields import plain_text_edit
from alsdesk.ui.common.form import FormDialog


class SetDialog(FormDialog):
    """On accept, ``result_value`` holds a validated SetDraft."""

    def __init__(self, sets: SetService, existing: SetInfo | None = None, parent=None):
        title = self.tr("Edit set") if existing else self.tr("New set")
        super().__init__(title, self.collect, parent)
        self._sets = sets
        self._existing = existing
        self.setMinimumWidth(560)

        self.name = self.add_field("name", self.tr("&Name"), QLineEdit())
        self.name.setPlaceholderText(self.tr("e.g. Cedar set"))
        self.programme = self.add_field("programme", self.tr("&Programme / cohort"), QLineEdit())
        self.programme.setPlaceholderText(self.tr("e.g. MSc Healthcare Leadership 2026/27"))
        self.facilitator = self.add_field("facilitator", self.tr("&Facilitator"), QLineEdit())

        date_row = QWidget()
        row = QHBoxLayout(date_row)
        row.setContentsMargins(0, 0, 0, 0)
        self.start_date = DateField()
        self.start_date.setDisplayFormat("ddd d MMM yyyy")
        self.has_start = QCheckBox(self.tr("Date known"))
        self.has_start.toggled.connect(self.start_date.setEnabled)
        row.addWidget(self.start_date, 1)
        row.addWidget(self.has_start)
        self.add_field("start_date", self.tr("&Start date"), date_row, marks=self.start_date)
        self.start_date.dateChanged.connect(self._check_start)
        self.has_start.toggled.connect(self._check_start)

        self.venue = self.add_field("venue", self.tr("&Venue"), QLineEdit())
        self.region = self.add_field("holiday_region", self.tr("&Bank holidays"), QComboBox())
        for code, label in HOLIDAY_REGIONS.items():
            self.region.addItem(translate("services", label), code)
        self.ground_rules = self.add_field(
            "ground_rules", self.tr("&Ground rules"), plain_text_edit(lines=7)
        )
        self._load(
            existing.draft()
            if existing
            else SetDraft(name="", start_date=next_monday(dt.date.today()))
        )

    def _load(self, draft: SetDraft) -> None:
        self.name.setText(draft.name)
        self.programme.setText(draft.programme)
        self.facilitator.setText(draft.facilitator)
        self.has_start.setChecked(draft.start_date is not None)
        self.start_date.setEnabled(draft.start_date is not None)
        self.start_date.setDate(QDate(draft.start_date or dt.date.today()))
        self.venue.setText(draft.venue)
        self.region.setCurrentIndex(max(0, self.region.findData(draft.holiday_region)))
        self.ground_rules.setPlainText(draft.ground_rules or DEFAULT_GROUND_RULES)

    def _check_start(self) -> None:
        start = self.start_date.date().toPython() if self.has_start.isChecked() else None
        self.show_warning("start_date", start_date_warning(start, dt.date.today()))

    def collect(self) -> SetDraft:
        draft = SetDraft(
            name=self.name.text(),
            programme=self.programme.text(),
            facilitator=self.facilitator.text(),
            start_date=self.start_date.date().toPython() if self.has_start.isChecked() else None,
            venue=self.venue.text(),
            ground_rules=self.ground_rules.toPlainText(),
            holiday_region=self.region.currentData(),
        )
        return self._sets.validate(draft, self._existing.id if self._existing else None)
