"""Add or edit one schedule event."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from alsdesk import theme
from alsdesk.services.calendar_days import day_flags
from alsdesk.services.schedule import (
    EventDraft,
    EventInfo,
    EventKind,
    ScheduleService,
    event_date_warning,
)
from alsdesk.settings import meeting_defaults
from alsdesk.ui.common.date_field import DateField
from alsdesk.ui.common.fields import plain_text_edit
from alsdesk.ui.common.form import FormDialog
from alsdesk.ui.common.steady import SteadyLabel

FLAG_STYLE = f"color: {theme.current().screen.attention};"


class EventDialog(FormDialog):
    """On accept, ``result_value`` holds a validated EventDraft."""

    def __init__(
        self,
        schedule: ScheduleService,
        region: str,
        existing: EventInfo | None = None,
        default_venue: str = "",
        default_date: dt.date | None = None,
        programme: tuple[dt.date, dt.date] | None = None,
        parent=None,
    ):
        """``programme`` (services.schedule.programme_span): a date well outside it is
        questioned at the field."""
        title = self.tr("Edit event") if existing else self.tr("Add event")
        super().__init__(title, self.collect, parent)
        self._schedule = schedule
        self._region = region
        self._programme = programme
        self.setMinimumWidth(540)

        self.kind = self.add_field("kind", self.tr("&Kind"), QComboBox())
        for kind in EventKind:
            self.kind.addItem(kind.label, kind)
        self.title_edit = self.add_field("title", self.tr("&Title"), QLineEdit())

        date_box = QWidget()
        date_column = QVBoxLayout(date_box)
        date_column.setContentsMargins(0, 0, 0, 0)
        self.date = DateField()
        self.date.setDisplayFormat("dddd d MMMM yyyy")
        self.date.dateChanged.connect(self._show_flags)
        # A line kept for it: stepping through dates must not move the fields below.
        self.flags = SteadyLabel(name="day_flags")
        self.flags.setStyleSheet(FLAG_STYLE)
        date_column.addWidget(self.date)
        date_column.addWidget(self.flags)
        self.add_field("date", self.tr("&Date"), date_box)
        self.date.dateChanged.connect(self._question_date)  # after the form's own clearing

        self.all_day = QCheckBox(self.tr("All day / no set time"))
        self.all_day.setObjectName("all_day")
        self.form.addRow("", self.all_day)
        times = QWidget()
        row = QHBoxLayout(times)
        row.setContentsMargins(0, 0, 0, 0)
        self.start_time = QTimeEdit(displayFormat="HH:mm")
        self.start_time.setObjectName("start_time")
        self.end_time = QTimeEdit(displayFormat="HH:mm")
        self.has_end = QCheckBox(self.tr("until"))
        self.has_end.setObjectName("has_end")
        self.has_end.toggled.connect(self.end_time.setEnabled)
        row.addWidget(self.start_time)
        row.addWidget(self.has_end)
        row.addWidget(self.end_time)
        row.addStretch(1)
        self.add_field("end_time", self.tr("T&ime"), times, marks=self.end_time)
        self.all_day.toggled.connect(lambda on: times.setEnabled(not on))
        for edit in (self.start_time, self.end_time):
            edit.timeChanged.connect(lambda *_: self.clear_error("end_time"))

        self.venue = self.add_field("venue", self.tr("&Venue"), QLineEdit())
        self.preparation = self.add_field(
            "preparation", self.tr("&Preparatory work"), plain_text_edit(lines=3)
        )
        self.preparation.setPlaceholderText(
            self.tr("Reading, diagnostic tools, materials to bring")
        )
        self.notes = self.add_field("notes", self.tr("&Notes"), plain_text_edit(lines=3))
        self.cancelled = QCheckBox(self.tr("Cancelled (kept in the schedule, struck through)"))
        self.cancelled.setObjectName("cancelled")
        self.form.addRow("", self.cancelled)

        if existing is not None:
            self._load(existing.draft())
        else:
            self._load(
                EventDraft(
                    kind=EventKind.SET_MEETING,
                    title="",
                    date=default_date or dt.date.today(),
                    start_time=meeting_defaults().start,
                    end_time=meeting_defaults().end,
                    venue=default_venue,
                )
            )

    def _load(self, draft: EventDraft) -> None:
        self.kind.setCurrentIndex(max(0, self.kind.findData(EventKind(draft.kind))))
        self.title_edit.setText(draft.title)
        self.date.setDate(QDate(draft.date))
        self._show_flags()
        self._question_date()
        self.all_day.setChecked(draft.start_time is None)
        self.start_time.setTime(QTime(draft.start_time or meeting_defaults().start))
        self.has_end.setChecked(draft.end_time is not None)
        self.end_time.setEnabled(draft.end_time is not None)
        self.end_time.setTime(QTime(draft.end_time or meeting_defaults().end))
        self.venue.setText(draft.venue)
        self.preparation.setPlainText(draft.preparation)
        self.notes.setPlainText(draft.notes)
        self.cancelled.setChecked(draft.cancelled)

    def _show_flags(self) -> None:
        day = self.date.date().toPython()
        flags = day_flags(day, self._region)
        self.flags.setText(("⚠ " + "; ".join(flags)) if flags else "")

    def _question_date(self) -> None:
        day = self.date.date().toPython()
        self.show_warning("date", event_date_warning(day, self._programme))

    def collect(self) -> EventDraft:
        timed = not self.all_day.isChecked()
        draft = EventDraft(
            kind=self.kind.currentData(),
            title=self.title_edit.text(),
            date=self.date.date().toPython(),
            start_time=self.start_time.time().toPython() if timed else None,
            end_time=self.end_time.time().toPython()
            if timed and self.has_end.isChecked()
            else None,
            venue=self.venue.text(),
            notes=self.notes.toPlainText(),
            preparation=self.preparation.toPlainText(),
            cancelled=self.cancelled.isChecked(),
        )
        return self._schedule.validate(draft)
