"""Report-back from everyone here: each member present or late, with their open actions.

Presenters may report back inside their airtime too (the same reviews: a status
chosen in one place shows in the other). Members who attend without presenting
report back here, so their actions do not go overdue unheard and the completion
rates count them.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QGroupBox, QVBoxLayout, QWidget

from alsdesk.services.actions import ReportItem
from alsdesk.services.errors import ValidationError
from alsdesk.services.meetings import AWAY, AttendanceMark, AttendanceStatus, MeetingInfo
from alsdesk.ui.common.action_review import ReviewRow
from alsdesk.ui.common.layouts import VerticalScrollArea, clear_layout, hint_label
from alsdesk.ui.common.steady import SteadyLabel
from alsdesk.ui.meeting.context import MeetingContext


def members_here(context: MeetingContext, meeting_id: int) -> list[AttendanceMark]:
    """Current members marked present or late, in the set's order."""
    return [
        m
        for m in context.meetings.attendance(meeting_id)
        if not m.left_set and m.status in (AttendanceStatus.PRESENT, AttendanceStatus.LATE)
    ]


def unreported(context: MeetingContext, meeting_id: int) -> list[tuple[str, int]]:
    """(name, how many) for each member here with earlier actions not yet reported back on."""
    found = []
    for mark in members_here(context, meeting_id):
        items = context.actions.report_back(meeting_id, mark.person_id)
        waiting = sum(item.status is None for item in items)
        if waiting:
            found.append((mark.full_name, waiting))
    return found


class ReportBackPanel(QWidget):
    changed = Signal()

    def __init__(self, context: MeetingContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.meeting: MeetingInfo | None = None
        self.rows: dict[int, ReviewRow] = {}
        """The review rows on show, by action id."""

        intro = hint_label(
            self.tr(
                "Everyone here reports back on the actions they agreed at earlier meetings: "
                "presenters can do it in their airtime too. Carried forward, an action is due "
                "again at the next meeting unless you choose another day."
            )
        )
        self.summary = SteadyLabel(name="report_back_summary")
        self.members = QWidget()
        self.members_layout = QVBoxLayout(self.members)
        self.members_layout.setContentsMargins(0, 0, 0, 0)
        self.scroll = VerticalScrollArea(self.members)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.summary)
        layout.addWidget(self.scroll, 1)

    def load(self, meeting: MeetingInfo) -> None:
        self.meeting = meeting
        self.refresh()

    def refresh(self) -> None:
        """Read the attendance and the reviews again (a presenter may have reported since)."""
        assert self.meeting is not None
        self.context.autosave.flush()
        clear_layout(self.members_layout)
        self.rows = {}
        marks = [m for m in self.context.meetings.attendance(self.meeting.id) if not m.left_set]
        here = [m for m in marks if m.status in (AttendanceStatus.PRESENT, AttendanceStatus.LATE)]
        carry = self.context.actions.default_due_date(self.meeting.id)
        if not here:
            self.members_layout.addWidget(
                hint_label(
                    self.tr("Nobody is marked present yet. Mark attendance on the Attendance tab.")
                )
            )
        nothing = []
        for mark in here:
            items = self.context.actions.report_back(self.meeting.id, mark.person_id)
            if items:
                self.members_layout.addWidget(self._member_box(mark, items, carry))
            else:
                nothing.append(mark.full_name)
        if nothing:
            self.members_layout.addWidget(
                hint_label(
                    self.tr("No earlier actions to report back on: %s.") % ", ".join(nothing)
                )
            )
        away = [m.full_name for m in marks if m.status in AWAY]
        if away:
            self.members_layout.addWidget(
                hint_label(
                    self.tr(
                        "Away today: %s. Their actions can be reported back on from the set's "
                        "Actions tab."
                    )
                    % ", ".join(away)
                )
            )
        self.members_layout.addStretch(1)
        self._show_summary()
        QTimer.singleShot(0, self.scroll.fit)

    def _member_box(
        self, mark: AttendanceMark, items: list[ReportItem], carry: dt.date | None
    ) -> QGroupBox:
        title = mark.full_name
        if mark.status == AttendanceStatus.LATE:
            title = self.tr("%s (late)") % mark.full_name
        box = QGroupBox(title)
        box.setObjectName(f"report_back_member_{mark.person_id}")
        column = QVBoxLayout(box)
        for item in items:
            row = ReviewRow(item, carry)
            self.rows[item.action.id] = row
            row.edited.connect(lambda at_once, r=row: self._edited(r, at_once))
            column.addWidget(row)
        return box

    def _edited(self, row: ReviewRow, at_once: bool) -> None:
        assert self.meeting is not None
        meeting_id, action_id = self.meeting.id, row.action.id

        def save() -> None:
            try:
                self.context.actions.review(
                    action_id,
                    meeting_id,
                    row.chosen_status(),
                    row.comment.text(),
                    row.carried_to(),
                )
            except ValidationError as exc:
                row.show_error(" ".join(exc.fields.values()))
                raise  # the autosave says it was not saved
            self._show_summary()
            self.changed.emit()

        self.context.autosave.schedule(("review", action_id), save)
        if at_once:
            self.context.autosave.flush()

    def _show_summary(self) -> None:
        total = len(self.rows)
        reported = sum(row.chosen_status() is not None for row in self.rows.values())
        if not total:
            self.summary.setText(self.tr("Nothing to hear about today."))
        else:
            self.summary.setText(
                self.tr("%d of %d earlier actions reported back on.") % (reported, total)
            )
