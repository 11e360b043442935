"""Attendance: one click per member (present, apologies, absent, late with a time)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, QTime, Signal
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTimeEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from alsdesk import theme
from alsdesk.services.errors import UserError, ValidationError
from alsdesk.services.meetings import AttendanceMark, AttendanceStatus, MeetingInfo
from alsdesk.ui.common.form import ERROR_STYLE
from alsdesk.ui.common.layouts import (
    HINT_STYLE,
    FlowLayout,
    VerticalScrollArea,
    clear_layout,
    hint_label,
)
from alsdesk.ui.common.steady import SteadyLabel
from alsdesk.ui.meeting.context import MeetingContext

_MARKS = theme.current().screen.attendance
CHECKED_COLOURS = {
    AttendanceStatus.PRESENT: _MARKS.present,
    AttendanceStatus.APOLOGIES: _MARKS.apologies,
    AttendanceStatus.ABSENT: _MARKS.absent,
    AttendanceStatus.LATE: _MARKS.late,
}
BUTTON_GAP = 6
STATUSES = (
    AttendanceStatus.PRESENT,
    AttendanceStatus.APOLOGIES,
    AttendanceStatus.ABSENT,
    AttendanceStatus.LATE,
)


def _button_width(widget: QWidget) -> int:
    """Wide enough for the longest status in bold (a chosen button's text is bold)."""
    font = widget.font()
    font.setBold(True)
    metrics = QFontMetrics(font)
    return (
        max(metrics.horizontalAdvance(s.label) for s in STATUSES) + 3 * metrics.averageCharWidth()
    )


class AttendanceRow(QWidget):
    """One member's buttons, late-arrival time and inline error."""

    def __init__(self, panel: AttendancePanel, mark: AttendanceMark):
        super().__init__()
        self._panel = panel
        self.mark = mark
        self.setObjectName(f"attendance_{mark.person_id}")
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.buttons: dict[AttendanceStatus, QToolButton] = {}
        # The buttons wrap onto a second line where the panel is narrow (a large text size).
        row = FlowLayout(spacing=BUTTON_GAP)
        width = _button_width(self)
        for status in STATUSES:
            button = QToolButton()
            button.setText(status.label)
            button.setCheckable(True)
            button.setObjectName(f"mark_{status.value}")
            button.setAccessibleName(f"{mark.full_name}: {status.label}")
            button.setFixedWidth(width)  # bold when chosen, and still no wider
            button.setStyleSheet(
                f"QToolButton:checked {{ background: {CHECKED_COLOURS[status]}; "
                f"font-weight: bold; border: 1px solid {_MARKS.checked_border};"
                " border-radius: 3px; }"
            )
            self.group.addButton(button)
            self.buttons[status] = button
            row.addWidget(button)
            button.clicked.connect(lambda _=False, s=status: self._chosen(s))
        self.late_time = QTimeEdit()
        self.late_time.setObjectName("late_time")
        self.late_time.setDisplayFormat("HH:mm")
        self.late_time.setToolTip(self.tr("Time of arrival"))
        self.late_time.setAccessibleName(self.tr("%s arrived at") % mark.full_name)
        self.late_time.timeChanged.connect(self._time_edited)
        keep_room = self.late_time.sizePolicy()
        keep_room.setRetainSizeWhenHidden(True)  # the row is as tall with the time as without
        self.late_time.setSizePolicy(keep_room)
        row.addWidget(self.late_time)
        # A line reserved under every row's buttons, so a message never pushes the rows below.
        self.error = SteadyLabel(name="attendance_error")
        self.error.setStyleSheet(ERROR_STYLE)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(1)
        column.addLayout(row)
        column.addWidget(self.error)
        self.show_mark(mark)

    def show_mark(self, mark: AttendanceMark) -> None:
        self.mark = mark
        self.group.setExclusive(False)
        for status, button in self.buttons.items():
            button.setChecked(status == mark.status)
        self.group.setExclusive(True)
        late = mark.status == AttendanceStatus.LATE
        self.late_time.setVisible(late)
        if late and mark.late_at is not None:
            self.late_time.blockSignals(True)
            self.late_time.setTime(QTime(mark.late_at.hour, mark.late_at.minute))
            self.late_time.blockSignals(False)

    def _chosen(self, status: AttendanceStatus) -> None:
        late_at = self._panel.suggested_arrival() if status == AttendanceStatus.LATE else None
        if status == AttendanceStatus.LATE and self.mark.status == AttendanceStatus.LATE:
            late_at = self.mark.late_at
        if status == AttendanceStatus.LATE:
            self.late_time.blockSignals(True)
            self.late_time.setTime(QTime(late_at.hour, late_at.minute))
            self.late_time.blockSignals(False)
        self._save(status, late_at)

    def _time_edited(self, value: QTime) -> None:
        arrival = dt.time(value.hour(), value.minute())

        def save() -> None:
            if not self._save(AttendanceStatus.LATE, arrival):
                raise UserError(self.error.text())  # the autosaver must not say "saved"

        self._panel.context.autosave.schedule(("late", self.mark.person_id), save)

    def _save(self, status: AttendanceStatus, late_at: dt.time | None) -> bool:
        """Save the mark; on a refusal show why beside the row and return False."""
        try:
            saved = self._panel.save(self.mark.person_id, status, late_at)
        except ValidationError as exc:
            self.error.setText(next(iter(exc.fields.values())))
            self._panel.failed.emit(str(exc))
            if status == AttendanceStatus.LATE:
                self.late_time.show()
                self.buttons[AttendanceStatus.LATE].setChecked(True)
            return False
        self.error.clear()
        self.show_mark(saved)
        self._panel.summarise()
        return True


class AttendancePanel(QWidget):
    changed = Signal()
    failed = Signal(str)

    def __init__(self, context: MeetingContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.meeting: MeetingInfo | None = None
        self.rows: dict[int, AttendanceRow] = {}

        hint = hint_label(
            self.tr(
                "Check-in: a short round, each member in turn. Mark who is here with one click; "
                "a late arrival takes the time they came."
            )
        )
        self.all_present = QPushButton(self.tr("Mark everyone else present"))
        self.all_present.setObjectName("all_present")
        self.all_present.clicked.connect(self.mark_rest_present)
        self.summary = QLabel()
        self.summary.setObjectName("attendance_summary")
        self.summary.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.all_present)

        self.grid_host = QWidget()
        self.grid = QGridLayout(self.grid_host)
        self.grid.setColumnStretch(1, 1)
        self.scroll = scroll = VerticalScrollArea(self.grid_host)
        scroll.setObjectName("attendance_rows")

        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addLayout(top)
        layout.addWidget(scroll, 1)

    def load(self, meeting: MeetingInfo) -> None:
        self.meeting = meeting
        clear_layout(self.grid)
        self.rows.clear()
        marks = self.context.meetings.attendance(meeting.id)
        for index, mark in enumerate(marks):
            name = QLabel(mark.full_name)
            row = AttendanceRow(self, mark)
            if mark.left_set:
                name.setText(self.tr("%s (left the set)") % mark.full_name)
                name.setStyleSheet(HINT_STYLE)
                row.setEnabled(False)
            self.rows[mark.person_id] = row
            # Level with the buttons; the message line goes under them.
            name.setMinimumHeight(row.buttons[AttendanceStatus.PRESENT].sizeHint().height())
            self.grid.addWidget(name, index, 0, Qt.AlignmentFlag.AlignTop)
            self.grid.addWidget(row, index, 1)
        if not marks:
            empty = hint_label(self.tr("This set has no members yet. Add them on the Members tab."))
            self.grid.addWidget(empty, 0, 0, 1, 2)
        self.grid.setRowStretch(len(marks) + 1, 1)
        self.scroll.fit()
        self.summarise()

    def suggested_arrival(self) -> dt.time:
        """Now, if the meeting is under way; otherwise a quarter of an hour after the start."""
        assert self.meeting is not None
        now = self.context.local_now()
        start, end = self.meeting.start_time, self.meeting.end_time
        started = start is None or now.time() > start
        ended = end is not None and now.time() >= end
        if now.date() == self.meeting.date and started and not ended:
            return now.time().replace(second=0, microsecond=0)
        base = dt.datetime.combine(self.meeting.date, start or dt.time(9, 0))
        return (base + dt.timedelta(minutes=15)).time()

    def save(self, person_id: int, status: AttendanceStatus, late_at) -> AttendanceMark:
        assert self.meeting is not None
        saved = self.context.meetings.mark(self.meeting.id, person_id, status, late_at)
        self.changed.emit()
        return saved

    def mark_rest_present(self) -> None:
        for row in self.rows.values():
            if row.mark.status is None and not row.mark.left_set:
                row._save(AttendanceStatus.PRESENT, None)

    def present_ids(self) -> list[int]:
        here = (AttendanceStatus.PRESENT, AttendanceStatus.LATE)
        return [pid for pid, row in self.rows.items() if row.mark.status in here]

    def summarise(self) -> None:
        marks = [row.mark for row in self.rows.values()]
        counts = {s: sum(m.status == s for m in marks) for s in STATUSES}
        unmarked = sum(m.status is None for m in marks)
        parts = [f"{counts[s]} {s.label.lower()}" for s in STATUSES]
        if unmarked:
            parts.append(self.tr("%d not marked yet") % unmarked)
        self.summary.setText(" · ".join(parts))
        self.all_present.setEnabled(unmarked > 0)
