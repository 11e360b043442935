"""The meeting workspace: the day's steps on the left, the panel for the current step.

Laid out for use during the meeting: one click per attendance mark, a large
countdown, and no Save button (see autosave.py). The workspace is a page of
the main window's stack; "Back to the set" returns to the set's schedule.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from alsdesk import theme
from alsdesk.dates import full_date
from alsdesk.services.errors import StorageError, UserError, ValidationError
from alsdesk.services.meeting_agenda import StepKind
from alsdesk.services.meetings import MeetingInfo
from alsdesk.ui.common.confirm import confirm
from alsdesk.ui.common.page import Page
from alsdesk.ui.common.steady import SteadyLabel
from alsdesk.ui.meeting.agenda_dialog import AgendaDialog
from alsdesk.ui.meeting.airtime_panel import AirtimePanel
from alsdesk.ui.meeting.attendance_panel import AttendancePanel
from alsdesk.ui.meeting.bids_panel import BidsPanel
from alsdesk.ui.meeting.context import MeetingContext, local_time
from alsdesk.ui.meeting.report_back_panel import ReportBackPanel
from alsdesk.ui.meeting.review_panel import ReviewPanel

ATTENDANCE_TAB, REPORT_BACK_TAB, BIDS_TAB, AIRTIME_TAB, REVIEW_TAB = range(5)
TAB_FOR_STEP = {
    StepKind.CHECK_IN: ATTENDANCE_TAB,
    StepKind.REPORT_BACK: REPORT_BACK_TAB,
    StepKind.BIDS: BIDS_TAB,
    StepKind.AIRTIME: AIRTIME_TAB,
    StepKind.PROCESS_REVIEW: REVIEW_TAB,
    StepKind.CLOSE: REVIEW_TAB,
}
MUTED = f"color: {theme.current().screen.hint};"
STOP_KEY = "Ctrl+Shift+S"


class MeetingWorkspace(Page):
    """Its subject is a meeting id; "Back to the set" shows the set's schedule."""

    name = "meeting"

    def __init__(self, context: MeetingContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.meeting: MeetingInfo | None = None

        self.back_button = QPushButton(self.tr("← Back to the set"))
        self.back_button.setObjectName("meeting_back")
        self.back_button.clicked.connect(self._back)
        self.title = QLabel()
        self.title.setObjectName("meeting_title")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * theme.current().screen_sizes.meeting_title)
        font.setBold(True)
        self.title.setFont(font)
        self.subtitle = QLabel()
        self.subtitle.setObjectName("meeting_subtitle")
        self.subtitle.setStyleSheet(MUTED)
        self.subtitle.setWordWrap(True)
        self.title.setWordWrap(True)
        # A fixed slot: the title's wrapping, and so every control below, never
        # depends on which of these notes is showing.
        self.saved_label = SteadyLabel(
            widths=(self.tr("Changes are saved as you go"), self.tr("All changes saved")),
            name="save_state",
        )
        self.export_button = QPushButton(self.tr("Export record…"))
        self.export_button.setObjectName("meeting_export")
        self.export_button.clicked.connect(self._export)
        self.saved_label.setStyleSheet(MUTED)
        # The buttons on a line of their own above the title, which then has the page's
        # whole width: at a large text size the title and the buttons beside it did not fit.
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.saved_label)
        buttons.addWidget(self.export_button)
        header = QVBoxLayout()
        header.setSpacing(2)
        header.addLayout(buttons)
        header.addWidget(self.title)
        header.addWidget(self.subtitle)

        self.steps = QListWidget()
        self.steps.setObjectName("meeting_steps")
        self.steps.setAccessibleName(self.tr("The meeting's steps"))
        self.steps.setSpacing(3)
        # A long step title is cut with "…" (the whole title is its tooltip), never scrolled.
        self.steps.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.steps.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.steps.setWordWrap(False)
        self.steps.itemClicked.connect(lambda item: self.go_to_step(self.steps.row(item)))
        self.steps.itemActivated.connect(lambda item: self.go_to_step(self.steps.row(item)))
        self.next_step_button = QPushButton(self.tr("Next step"))
        self.next_step_button.setObjectName("next_step")
        self.next_step_button.clicked.connect(self.next_step)
        self.agenda_button = QPushButton(self.tr("Edit agenda…"))
        self.agenda_button.setObjectName("edit_agenda")
        self.agenda_button.clicked.connect(self.edit_agenda)
        self.stop_button = QPushButton(self.tr("Stop the set"))
        self.stop_button.setObjectName("stop_the_set")
        self.stop_button.setToolTip(
            self.tr("Mark the moment the set stops to look at how it is working (%s)") % STOP_KEY
        )
        self.stop_button.clicked.connect(self.stop_the_set)
        stop_shortcut = QShortcut(QKeySequence(STOP_KEY), self)
        stop_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        stop_shortcut.activated.connect(self.stop_button.click)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(QLabel(self.tr("<b>Today</b>")))
        left_layout.addWidget(self.steps, 1)
        left_layout.addWidget(self.next_step_button)
        left_layout.addWidget(self.agenda_button)
        left_layout.addWidget(self.stop_button)

        self.attendance = AttendancePanel(context)
        self.report_back = ReportBackPanel(context)
        self.bids = BidsPanel(context)
        self.airtime = AirtimePanel(context)
        self.review = ReviewPanel(context)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("meeting_tabs")
        self.tabs.setDocumentMode(True)
        # Narrow (a large text size): the tabs' names are cut with "…", each whole in its
        # tooltip, rather than the bar scrolling sideways and hiding a tab.
        self.tabs.setUsesScrollButtons(False)
        self.tabs.setElideMode(Qt.TextElideMode.ElideRight)
        self.tabs.addTab(self.attendance, self.tr("&Attendance"))
        self.tabs.addTab(self.report_back, self.tr("Re&port-back"))
        self.tabs.addTab(self.bids, self.tr("&Bids"))
        self.tabs.addTab(self.airtime, self.tr("Air&time"))
        self.tabs.addTab(self.review, self.tr("&Review, close"))
        for index in range(self.tabs.count()):
            self.tabs.setTabToolTip(index, self.tabs.tabText(index).replace("&", ""))
        self.tabs.currentChanged.connect(self._tab_shown)
        self.attendance.changed.connect(self._saved)
        self.attendance.failed.connect(self._save_failed)
        self.bids.changed.connect(self._saved)
        self.report_back.changed.connect(self._saved)
        self.airtime.changed.connect(self._saved)
        self.review.export_requested.connect(self._export)
        context.autosave.saved.connect(self._saved)
        context.autosave.failed.connect(self._save_failed)

        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.tabs)
        splitter.setStretchFactor(1, 1)
        # The steps as narrow as their buttons allow: the panels need the width more.
        splitter.setSizes([left.minimumSizeHint().width(), 800])
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(splitter, 1)

    # -- showing -------------------------------------------------------------------

    # -- the page contract -------------------------------------------------------

    def title(self) -> str:
        return self.meeting.title if self.meeting else ""

    def show_subject(self, subject: object) -> bool:
        try:
            meeting = self.context.meetings.get(int(subject))  # type: ignore[call-overload]
        except UserError:
            return False
        self.open_meeting(meeting)
        return True

    def subject(self) -> MeetingInfo | None:
        return self.meeting

    def exports(self) -> tuple[str, ...]:
        return ("meeting-record",) if self.meeting is not None else ()

    def saved_state(self) -> str:
        return "" if self.meeting is None else str(self.meeting.id)

    def open_meeting(self, meeting: MeetingInfo) -> None:
        self.context.autosave.flush()
        self.meeting = meeting
        self.context.timezone = meeting.timezone
        self.title.setText(f"{meeting.title}: {meeting.set_name}")
        when = full_date(meeting.date)
        if meeting.start_time and meeting.end_time:
            when += ", " + self.tr("%s to %s") % (
                f"{meeting.start_time:%H:%M}",
                f"{meeting.end_time:%H:%M}",
            )
        self.subtitle.setText(" · ".join(filter(None, [when, meeting.venue])))
        self.saved_label.setText(self.tr("Changes are saved as you go"))
        self.attendance.load(meeting)
        self.report_back.load(meeting)
        self.bids.load(meeting)
        self.airtime.load(meeting)
        self.review.load(meeting)
        self._show_steps()
        self._follow_step()

    def _show_steps(self) -> None:
        assert self.meeting is not None
        self.steps.clear()
        for index, step in enumerate(self.meeting.agenda):
            current = index == self.meeting.current_step
            item = QListWidgetItem(("▶ " if current else "    ") + step.title)
            item.setToolTip(f"{step.title} ({step.kind.label})")
            if current:
                font = QFont(item.font())
                font.setBold(True)
                item.setFont(font)
                item.setData(Qt.ItemDataRole.AccessibleTextRole, f"Current step: {step.title}")
            self.steps.addItem(item)
        self.steps.setCurrentRow(self.meeting.current_step)
        last = self.meeting.current_step >= len(self.meeting.agenda) - 1
        self.next_step_button.setEnabled(not last)

    def _follow_step(self) -> None:
        assert self.meeting is not None
        tab = TAB_FOR_STEP.get(self.meeting.current.kind)
        if tab is not None:
            self.tabs.setCurrentIndex(tab)

    def _tab_shown(self, index: int) -> None:
        if self.meeting is None:
            return
        self.context.autosave.flush()
        panel = self.tabs.widget(index)
        if panel is self.bids:
            self.bids.refresh()
        elif panel is self.report_back:
            self.report_back.refresh()
        elif panel is self.review:
            self.review.show_unreported()
        elif panel is self.airtime:
            self.airtime.reload()

    # -- commands --------------------------------------------------------------------

    def go_to_step(self, index: int) -> None:
        assert self.meeting is not None
        if self.meeting.agenda[index].kind != StepKind.AIRTIME:
            self._offer_to_end_running_airtime()
        with self.context.reporting():
            self.meeting = self.context.meetings.go_to_step(self.meeting.id, index)
        self._show_steps()
        self._follow_step()

    def next_step(self) -> None:
        assert self.meeting is not None
        if self.meeting.current_step < len(self.meeting.agenda) - 1:
            self.go_to_step(self.meeting.current_step + 1)

    def edit_agenda(self) -> None:
        assert self.meeting is not None
        chosen = AgendaDialog(self.meeting.agenda, self).ask()
        if chosen is None:
            return
        steps, for_set = chosen
        meetings = self.context.meetings
        with self.context.reporting():
            self.meeting = meetings.set_meeting_agenda(self.meeting.id, list(steps))
            if for_set:
                meetings.set_default_agenda(self.meeting.set_id, list(steps))
        self._show_steps()

    def stop_the_set(self) -> None:
        """Mark the moment at once; a line about what was happening may follow."""
        assert self.meeting is not None
        try:
            stop = self.context.stops.stop_the_set(self.meeting.id, self.context.clock())
        except (UserError, StorageError) as exc:
            self._save_failed(str(exc))
            return
        when = f"{local_time(stop.at, self.context.timezone):%H:%M}"
        question = self.tr("Stopped at %s. What was happening? (optional)") % when
        line, problem = "", ""
        while True:  # a line that cannot be saved is asked again, as typed
            label = f"{question}\n{problem}" if problem else question
            line, given = QInputDialog.getText(
                self, self.tr("Stop the set"), label, QLineEdit.EchoMode.Normal, line
            )
            if not given or not line.strip():
                break
            try:
                self.context.stops.note(stop.id, line)
                break
            except ValidationError as exc:
                problem = " ".join(exc.fields.values())
            except (UserError, StorageError) as exc:
                self._save_failed(str(exc))
                break
        self.review.show_stops()
        self._saved()

    def flush(self) -> None:
        self.context.autosave.flush()

    def _offer_to_end_running_airtime(self) -> None:
        """Leaving the airtime rounds with a clock running: end that airtime now?

        (Quitting alsdesk does not ask: the clock is meant to survive a restart.)
        """
        turn = self.airtime.timed_turn()
        if turn is None or not turn.timer.running:
            return
        question = (
            self.tr(
                "%s's airtime is still running. End it now, so the time after this "
                "does not count as airtime?"
            )
            % turn.full_name
        )
        if confirm(self, self.tr("Airtime still running"), question, self.tr("End airtime")):
            with self.context.reporting():
                self.context.airtime.finish(turn.id, self.context.clock())
            self.airtime.reload()

    def _back(self) -> None:
        self._offer_to_end_running_airtime()
        self.flush()
        if self.meeting is not None:
            self.navigate.emit("set", (self.meeting.set_id, "schedule"))

    def _export(self) -> None:
        self.flush()
        if self.meeting is not None:
            self.export_requested.emit("meeting-record", self.meeting.id)

    def _saved(self) -> None:
        self.saved_label.setText(self.tr("All changes saved"))

    def _save_failed(self, message: str) -> None:
        self.saved_label.setText(self.tr("Not saved: %s") % message)
