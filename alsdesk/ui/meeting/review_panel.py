"""Process review and close: how the set worked today, and the next meeting's practicalities."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from alsdesk.services.meetings import MeetingInfo
from alsdesk.ui.common.layouts import hint_label
from alsdesk.ui.meeting.context import MeetingContext


class ReviewPanel(QWidget):
    export_requested = Signal()

    def __init__(self, context: MeetingContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.meeting: MeetingInfo | None = None
        self._loading = False

        self.process_review = QPlainTextEdit()
        self.process_review.setObjectName("process_review")
        self.process_review.setPlaceholderText(
            self.tr(
                "How did we work together today? What did we learn about learning? "
                "What will we change next time?"
            )
        )
        self.next_meeting = QPlainTextEdit()
        self.next_meeting.setObjectName("next_meeting_notes")
        self.next_meeting.setPlaceholderText(
            self.tr("Date, time and place of the next meeting; anything to bring or arrange.")
        )
        self.next_meeting.setMaximumHeight(120)
        self.process_review.textChanged.connect(self._edited)
        self.next_meeting.textChanged.connect(self._edited)
        self.export_button = QPushButton(self.tr("Export the meeting record (PDF)…"))
        self.export_button.setObjectName("export_record")
        self.export_button.clicked.connect(self.export_requested)

        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("<b>Process review</b>")))
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
        layout.addWidget(self.export_button, 0, Qt.AlignmentFlag.AlignRight)

    def load(self, meeting: MeetingInfo) -> None:
        self.meeting = meeting
        self._loading = True
        self.process_review.setPlainText(meeting.process_review)
        self.next_meeting.setPlainText(meeting.next_meeting_notes)
        self._loading = False

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
