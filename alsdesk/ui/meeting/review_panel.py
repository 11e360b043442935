"""Process review and close: how the set worked today, and the next meeting's practicalities."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from alsdesk.services.meeting_stops import StopInfo
from alsdesk.services.meetings import MeetingInfo
from alsdesk.ui.common.form import WARNING_STYLE
from alsdesk.ui.common.layouts import hint_label
from alsdesk.ui.common.steady import SteadyLabel
from alsdesk.ui.meeting.context import MeetingContext, local_time
from alsdesk.ui.meeting.report_back_panel import unreported

STOPS_HEIGHT = 64  # about three lines: the list scrolls rather than pushing the notes down


class ReviewPanel(QWidget):
    export_requested = Signal()

    def __init__(self, context: MeetingContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.meeting: MeetingInfo | None = None
        self._loading = False
        self._stops: list[StopInfo] = []

        self.process_review = QPlainTextEdit()
        self.process_review.setObjectName("process_review")
        self.process_review.setAccessibleName(self.tr("Process review"))
        self.process_review.setTabChangesFocus(True)
        self.process_review.setPlaceholderText(
            self.tr(
                "How did we work together today? What did we learn about learning? "
                "What will we change next time?"
            )
        )
        self.next_meeting = QPlainTextEdit()
        self.next_meeting.setObjectName("next_meeting_notes")
        self.next_meeting.setAccessibleName(self.tr("The next meeting"))
        self.next_meeting.setTabChangesFocus(True)
        self.next_meeting.setPlaceholderText(
            self.tr("Date, time and place of the next meeting; anything to bring or arrange.")
        )
        self.next_meeting.setMaximumHeight(120)
        self.process_review.textChanged.connect(self._edited)
        self.next_meeting.textChanged.connect(self._edited)
        self.export_button = QPushButton(self.tr("Export the meeting record (PDF)…"))
        self.export_button.setObjectName("export_record")
        self.export_button.clicked.connect(self.export_requested)

        self.stops = QListWidget()
        self.stops.setObjectName("meeting_stops")
        self.stops.setAccessibleName(self.tr("Times the set stopped"))
        self.stops.setMaximumHeight(STOPS_HEIGHT)
        self.stops.setWordWrap(True)  # a long note wraps; the list scrolls only up and down
        self.stops.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.stops.setMinimumHeight(STOPS_HEIGHT)
        self.stops.currentRowChanged.connect(
            lambda row: self.remove_stop_button.setEnabled(row >= 0)
        )
        self.remove_stop_button = QPushButton(self.tr("Remove"))
        self.remove_stop_button.setObjectName("remove_stop")
        self.remove_stop_button.setToolTip(
            self.tr("Take a stop marked by mistake out of the record")
        )
        self.remove_stop_button.setEnabled(False)
        self.remove_stop_button.clicked.connect(self.remove_stop)
        stops = QHBoxLayout()
        stops.addWidget(self.stops, 1)
        stops.addWidget(self.remove_stop_button, 0, Qt.AlignmentFlag.AlignTop)

        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("<b>Process review</b>")))
        layout.addLayout(stops)
        layout.addWidget(self.process_review, 2)
        layout.addWidget(QLabel(self.tr("<b>Next meeting: practicalities</b>")))
        layout.addWidget(self.next_meeting, 1)
        note = hint_label(
            self.tr(
                "Record what was agreed, not what was said in confidence: the record goes to "
                "the set and, as a summary, to tutors."
            )
        )
        layout.addWidget(note)
        # A reserved line: who here has not reported back yet, before the record goes out.
        self.unreported = SteadyLabel(2, name="unreported_actions")
        self.unreported.setStyleSheet(WARNING_STYLE)
        layout.addWidget(self.unreported)
        layout.addWidget(self.export_button, 0, Qt.AlignmentFlag.AlignRight)

    def load(self, meeting: MeetingInfo) -> None:
        self.meeting = meeting
        self._loading = True
        self.process_review.setPlainText(meeting.process_review)
        self.next_meeting.setPlainText(meeting.next_meeting_notes)
        self._loading = False
        self.show_stops()
        self.show_unreported()

    def show_unreported(self) -> None:
        """'Not reported back yet: Grace Mensah (2), Priya Raman (1). See the Report-back tab.'"""
        if self.meeting is None:
            return
        waiting = unreported(self.context, self.meeting.id)
        if not waiting:
            self.unreported.clear()
            return
        names = ", ".join(f"{name} ({count})" for name, count in waiting)
        self.unreported.setText(
            self.tr("Not reported back yet: %s. See the Report-back tab.") % names
        )

    def show_stops(self) -> None:
        """The times the set stopped, or how to mark one when there are none."""
        self.stops.clear()
        if self.meeting is None:
            return
        self._stops = self.context.stops.stops(self.meeting.id)
        for stop in self._stops:
            when = f"{local_time(stop.at, self.context.timezone):%H:%M}"
            if stop.note:
                self.stops.addItem(self.tr("Stopped at %s: %s") % (when, stop.note))
            else:
                self.stops.addItem(self.tr("Stopped at %s") % when)
        if not self._stops:
            hint = QListWidgetItem(
                self.tr("No stops yet. “Stop the set” (Ctrl+Shift+S) marks the moment.")
            )
            hint.setFlags(Qt.ItemFlag.NoItemFlags)
            self.stops.addItem(hint)
        self.remove_stop_button.setEnabled(False)

    def remove_stop(self) -> None:
        row = self.stops.currentRow()
        if 0 <= row < len(self._stops):
            with self.context.reporting():
                self.context.stops.remove(self._stops[row].id)
                self.show_stops()

    def _edited(self) -> None:
        if self._loading or self.meeting is None:
            return
        meeting_id = self.meeting.id
        review, practicalities = self.process_review.toPlainText(), self.next_meeting.toPlainText()
        self.context.autosave.schedule(
            ("meeting_notes", meeting_id),
            lambda: self.context.meetings.save_notes(
                meeting_id, process_review=review, next_meeting_notes=practicalities
            ),
        )
