"""Generate the programme's default schedule from a start date, with a preview.

Once a set has events the dialog asks what becomes of them, and says before
anything is written which events stay, which go and which are added. Meetings
with a record (attendance, notes) always stay; once the year has begun the
default keeps everything up to today and regenerates only what is to come.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QButtonGroup, QLabel, QListWidget, QRadioButton, QSpinBox

from alsdesk.services.errors import StorageError, UserError
from alsdesk.services.regenerate import Regenerate, RegenerationPlan
from alsdesk.services.schedule import DEFAULT_SPACING_WEEKS, plain_preview
from alsdesk.ui.common.date_field import DateField
from alsdesk.ui.common.form import FormDialog
from alsdesk.ui.common.steady import SteadyLabel

Planner = Callable[[dt.date, int, Regenerate], RegenerationPlan]
"""(start, weeks between meetings, mode) -> what regenerating would do."""


@dataclass(frozen=True)
class GenerateChoice:
    start: dt.date
    spacing_weeks: int
    mode: Regenerate


class GenerateScheduleDialog(FormDialog):
    def __init__(self, start: dt.date, existing_count: int, planner: Planner, parent=None):
        super().__init__(self.tr("Generate programme schedule"), self.collect, parent)
        self._planner = planner
        self.setMinimumWidth(600)

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

        self.modes = QButtonGroup(self)
        self.mode_buttons: dict[Regenerate, QRadioButton] = {}
        choices = (
            (Regenerate.FUTURE, self.tr("Replace only what is to come (after today)")),
            (Regenerate.ALL, self.tr("Replace every event")),
            (Regenerate.ADD, self.tr("Keep every event and add the new programme too")),
        )
        for mode, label in choices:
            button = QRadioButton(label, self)
            button.setObjectName(f"mode_{mode}")
            self.modes.addButton(button)
            self.mode_buttons[mode] = button
        self.summary = SteadyLabel(4, self, name="summary")
        if existing_count:  # with nothing scheduled yet there is nothing to ask
            for mode, button in self.mode_buttons.items():
                caption = self.tr("Existing events") if mode == Regenerate.FUTURE else ""
                self.form.addRow(caption, button)
            self.form.addRow("", self.summary)
        else:
            for widget in (*self.mode_buttons.values(), self.summary):
                widget.hide()

        self.preview = QListWidget()
        self.preview.setObjectName("preview")
        self.form.addRow(self.tr("Preview"), self.preview)

        if not existing_count:
            default = Regenerate.ADD
        elif planner(start, DEFAULT_SPACING_WEEKS, Regenerate.FUTURE).keep:
            default = Regenerate.FUTURE
        else:
            default = Regenerate.ALL
        self.mode_buttons[default].setChecked(True)
        self._existing = existing_count
        self.start.dateChanged.connect(self._refresh)
        self.spacing.valueChanged.connect(self._refresh)
        self.modes.buttonToggled.connect(self._refresh)
        self.ok_button.setText(self.tr("Generate"))
        self._refresh()

    def mode(self) -> Regenerate:
        return next(m for m, button in self.mode_buttons.items() if button.isChecked())

    def _refresh(self, *_args) -> None:
        self.preview.clear()
        try:
            plan = self._planner(self.start.date().toPython(), self.spacing.value(), self.mode())
        except (UserError, StorageError) as exc:  # the set's events could not be read
            self.preview.addItem(str(exc))
            self.ok_button.setEnabled(False)
            return
        self.ok_button.setEnabled(True)
        if not self._existing:
            self.preview.addItems(plain_preview(plan.add))
            return
        self.summary.setText(self._summary(plan))
        keep, held = self.tr("Kept: %s"), self.tr("Kept (has a meeting record): %s")
        kept = [
            (e.date, (held if e.id in plan.recorded else keep) % line)
            for e, line in _lines(plan.keep)
        ]
        added = [(d.date, self.tr("New: %s") % line) for d, line in _lines(plan.add)]
        self.preview.addItems([line for _date, line in sorted(kept + added, key=lambda p: p[0])])

    def _summary(self, plan: RegenerationPlan) -> str:
        parts = [
            self.tr("Events kept: %d; replaced: %d; new: %d.")
            % (len(plan.keep), len(plan.replace), len(plan.add))
        ]
        if self.mode() == Regenerate.FUTURE:
            parts.append(self.tr("Everything up to today and every meeting with a record stays."))
        elif self.mode() == Regenerate.ALL:
            parts.append(self.tr("Meetings with a record (attendance, notes) always stay."))
        if plan.skipped:
            parts.append(
                self.tr(
                    "Left out of the new programme: %d (on or before today, or a kept event "
                    "has the title)."
                )
                % len(plan.skipped)
            )
        parts.append(self.tr("Undo brings back what is replaced."))
        return " ".join(parts)

    def collect(self) -> GenerateChoice:
        return GenerateChoice(self.start.date().toPython(), self.spacing.value(), self.mode())


def _lines(items) -> list:
    return list(zip(items, plain_preview(list(items)), strict=True))
