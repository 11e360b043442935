"""Airtime rounds: the presenters in order, the countdown, and the presenter's record.

Within an airtime the clock also times the set's phases (presenting, clarifying
questions, ...). A phase whose time is up is cued, not ended: the facilitator
moves on with Next phase (Ctrl+Shift+P) when the set is ready, since cutting a
question off mid-sentence helps no one and a phase that ends early should not
wait for the clock either.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QInputDialog,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from alsdesk.services.airtime import OPEN_BID_DEFAULT, Cue, airtime_pace, format_clock
from alsdesk.services.airtime_phases import PhaseClock, PhasePlan
from alsdesk.services.airtime_rounds import MAX_BID_MINUTES, TurnInfo, TurnState
from alsdesk.services.errors import StorageError, UserError
from alsdesk.services.meetings import MeetingInfo
from alsdesk.settings import SOUND_CUES
from alsdesk.ui.common.form import ERROR_STYLE
from alsdesk.ui.common.keyboard import KEYBOARD_ONLY_BY_SHORTCUT
from alsdesk.ui.common.layouts import FlowLayout, VerticalScrollArea, hint_label
from alsdesk.ui.common.steady import SteadyLabel
from alsdesk.ui.meeting.context import MeetingContext
from alsdesk.ui.meeting.phases_dialog import PhasesDialog
from alsdesk.ui.meeting.presenter_list import PresenterList
from alsdesk.ui.meeting.presenter_notes import PresenterNotes
from alsdesk.ui.meeting.timer_display import PresentationWindow, TimerFace

TICK_MS = 250
NEXT_PHASE_KEY = "Ctrl+Shift+P"
BACK_PHASE_KEY = "Ctrl+Shift+O"
PLAN_CHECK_MS = 60_000


class AirtimePanel(QWidget):
    changed = Signal()

    def __init__(self, context: MeetingContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.meeting: MeetingInfo | None = None
        self.turns: list[TurnInfo] = []
        self.shown: TurnInfo | None = None
        self._last_cue: Cue | None = None
        self._phase_plan: tuple[int, PhasePlan] | None = None  # (turn id, its phases)
        self._phase_over: tuple[int, int] | None = None  # (turn id, phase) cued as over
        self._not_arrived: dict[int, dt.time] = {}  # late members not here yet, by person
        self.presentation: PresentationWindow | None = None

        self.presenters = PresenterList()
        self.presenters.setObjectName("presenters")
        self.presenters.setAccessibleName(self.tr("Presenters"))
        self.presenters.currentItemChanged.connect(lambda *_: self._selection_changed())
        self.presenters.reordered.connect(self._reordered)
        self.no_bids = hint_label(
            self.tr("Nobody has bid for airtime yet. Record bids on the Bids tab.")
        )
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        title = QLabel(self.tr("<b>Presenters</b> (drag to change the order)"))
        title.setWordWrap(True)
        left_layout.addWidget(title)
        left_layout.addWidget(self.presenters, 1)
        left_layout.addWidget(self.no_bids)

        self.face = TimerFace()
        self.start_button = QPushButton(self.tr("Start"))
        self.start_button.setObjectName("timer_start")
        self.extend_button = QPushButton(self.tr("+1 min"))
        self.extend_button.setObjectName("timer_extend")
        self.shorten_button = QPushButton(self.tr("−1 min"))
        self.shorten_button.setObjectName("timer_shorten")
        self.set_time_button = QPushButton(self.tr("Set time…"))
        self.set_time_button.setObjectName("timer_set")
        self.next_button = QPushButton(self.tr("Next presenter"))
        self.next_button.setObjectName("timer_next")
        self.phase_button = QPushButton(self.tr("Next phase"))
        self.phase_button.setObjectName("timer_next_phase")
        self.back_phase_button = QPushButton(self.tr("Back"))
        self.back_phase_button.setObjectName("timer_previous_phase")
        self.phases_button = QPushButton(self.tr("Phases…"))
        self.phases_button.setObjectName("edit_phases")
        self.phases_button.setToolTip(
            self.tr("Choose the phases of an airtime and their shares, for this set")
        )
        self.present_button = QPushButton(self.tr("Full-screen timer"))
        self.present_button.setObjectName("timer_present")
        self.present_button.setToolTip(self.tr("Show the timer full screen (Esc to close)"))
        self.sound = QCheckBox(self.tr("Sound at cues"))
        self.sound.setObjectName("timer_sound")
        self._follow_sound_setting()
        left_layout.addWidget(self.present_button)
        left_layout.addWidget(self.phases_button)
        left_layout.addWidget(self.sound)
        self.start_button.clicked.connect(self.start_or_pause)
        self.extend_button.clicked.connect(self.extend)
        self.shorten_button.clicked.connect(self.shorten)
        self.set_time_button.clicked.connect(self.set_time)
        self.next_button.clicked.connect(self.next_presenter)
        self.phase_button.clicked.connect(self.next_phase)
        self.back_phase_button.clicked.connect(self.previous_phase)
        self.phases_button.clicked.connect(self.edit_phases)
        self.present_button.clicked.connect(self.show_presentation)
        # The clock's buttons wrap onto a second line where the panel is narrow.
        controls = FlowLayout()
        for button, key in (
            (self.start_button, "Space"),
            (self.shorten_button, "Ctrl+-"),
            (self.extend_button, "Ctrl+="),
            (self.set_time_button, "Ctrl+T"),
            (self.back_phase_button, BACK_PHASE_KEY),
            (self.phase_button, NEXT_PHASE_KEY),
            (self.next_button, "Ctrl+Shift+Right"),
        ):
            # Shortcuts of their own (a button's setText() drops a button shortcut), and
            # no keyboard focus on the buttons, so Space never presses a focused button.
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda b=button: b.isEnabled() and b.click())
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setProperty(KEYBOARD_ONLY_BY_SHORTCUT, key)
            button.setToolTip(self.tr("Shortcut: %s") % key)
            if button not in (self.back_phase_button, self.phase_button):  # on the clock
                button.setMinimumHeight(34)
                controls.addWidget(button)
        for button in (self.back_phase_button, self.phase_button):
            # Only as wide as their words: the line about the next phase needs the room.
            metrics = button.fontMetrics()
            button.setFixedWidth(
                metrics.horizontalAdvance(button.text()) + 3 * metrics.averageCharWidth()
            )
            self.face.set_phase_action(button)
        # Room for every line with the countdown at least 2.5 times the text size.
        self.face.setMinimumHeight(max(170, self.face.height_for_clock(2.5)))
        self.face.setMaximumHeight(max(230, self.face.height_for_clock(5.5)))
        self.back_phase_button.setToolTip(
            self.tr("Back to the phase before, its time carrying on (%s)") % BACK_PHASE_KEY
        )
        self.phase_button.setToolTip(
            self.tr("End this phase and begin the next (%s). A phase waits for you.")
            % NEXT_PHASE_KEY
        )
        # Start, Pause and Resume in one width, so "+1 min" beside it never moves.
        metrics = self.start_button.fontMetrics()
        labels = (self.tr("Start"), self.tr("Pause"), self.tr("Resume"))
        widest = max(metrics.horizontalAdvance(label) for label in labels)
        self.start_button.setFixedWidth(
            max(self.start_button.sizeHint().width(), widest + 4 * metrics.averageCharWidth())
        )
        # "Next presenter" and, for the last turn, "End airtime" (short: "End the last
        # airtime" was cut off at 1024x768) in one width, so nothing moves when they change.
        labels = (self.tr("Next presenter"), self.tr("End airtime"))
        widest = max(metrics.horizontalAdvance(label) for label in labels)
        self.next_button.setFixedWidth(
            max(self.next_button.sizeHint().width(), widest + 2 * metrics.averageCharWidth())
        )

        self.notes = PresenterNotes(context)
        self.notes.changed.connect(self.changed)
        self.notes_scroll = scroll = VerticalScrollArea(self.notes)
        self.notes.changed.connect(lambda: QTimer.singleShot(0, scroll.fit))

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        # A reserved line: the plan against the time left, checked each minute.
        self.plan_warning = SteadyLabel(name="airtime_plan_warning")
        self.plan_warning.setStyleSheet(ERROR_STYLE)
        # Another reserved line: at this pace, when airtime ends against the plan.
        self.pace = SteadyLabel(name="airtime_pace")
        right_layout.addWidget(self.face)
        right_layout.addLayout(controls)
        right_layout.addWidget(self.pace)
        right_layout.addWidget(self.plan_warning)
        right_layout.addWidget(self.notes.header)  # whose record, in view however it scrolls
        right_layout.addWidget(scroll, 1)

        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([left.minimumSizeHint().width(), 800])  # the clock takes the room
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        self.ticker = QTimer(self)
        self.ticker.setInterval(TICK_MS)
        self.ticker.timeout.connect(self.tick)
        self.plan_check = QTimer(self)
        self.plan_check.setInterval(PLAN_CHECK_MS)
        self.plan_check.timeout.connect(self.check_plan)

    # -- loading -------------------------------------------------------------------

    def _follow_sound_setting(self) -> None:
        """The box starts as Settings says and, ticked here, changes the setting too."""
        preferences = self.context.preferences
        if preferences is None:
            return
        self.sound.setChecked(preferences.sound_cues)

        def from_settings(key: str) -> None:
            if key == SOUND_CUES and self.sound.isChecked() != preferences.sound_cues:
                self.sound.setChecked(preferences.sound_cues)

        def to_settings(on: bool) -> None:
            if preferences.sound_cues != on:
                preferences.sound_cues = on

        preferences.changed.connect(from_settings)
        self.sound.toggled.connect(to_settings)

    def load(self, meeting: MeetingInfo) -> None:
        self.meeting = meeting
        self.shown = None  # a turn of the previous meeting means nothing here
        self.reload()

    def reload(self, select: int | None = None) -> None:
        assert self.meeting is not None
        keep = select if select is not None else (self.shown.id if self.shown else None)
        self.turns = self.context.airtime.turns(self.meeting.id)
        self._phase_plan = None  # read again for the presenter timed
        self.presenters.show_turns(self.turns, keep_selection=False)
        self.no_bids.setVisible(not self.turns)
        if keep is None and self.turns:
            keep = self._default_turn_id()
        self.presenters.select_turn(keep)
        self._show(self._turn(keep))
        self.check_plan()

    def check_plan(self) -> None:
        """Warn when the time planned for those still waiting is more than the time left."""
        self._show_pace()  # a paused round falls behind while nobody presses anything
        if self.meeting is None:
            return
        proposal = self.context.airtime.proposal(
            self.meeting.id, self.context.local_now(), self.context.clock()
        )
        self._not_arrived = proposal.not_arrived
        self.tick()  # a late member may have arrived meanwhile
        if self.meeting.end_time is None:
            self.plan_warning.clear()
            return
        left = proposal.available
        planned = sum(t.planned_minutes for t in self.turns if t.state == TurnState.WAITING)
        if planned > left:
            self.plan_warning.setText(
                self.tr("Still planned %d min: %d min more than the %d min left.")
                % (planned, planned - left, left)
            )
        else:
            self.plan_warning.clear()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.plan_check.start()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self.plan_check.stop()

    def _default_turn_id(self) -> int | None:
        """Whoever has the floor, else the next to present, else the last who did."""
        for state in (TurnState.CURRENT, TurnState.WAITING):
            for turn in self.turns:
                if turn.state == state:
                    return turn.id
        return self.turns[-1].id if self.turns else None

    def _turn(self, turn_id: int | None) -> TurnInfo | None:
        return next((t for t in self.turns if t.id == turn_id), None)

    def _selection_changed(self) -> None:
        turn = self._turn(self.presenters.selected_turn_id())
        if turn is not None and (self.shown is None or turn.id != self.shown.id):
            self._show(turn)

    def _show(self, turn: TurnInfo | None) -> None:
        assert self.meeting is not None
        changed_person = turn is None or self.shown is None or turn.id != self.shown.id
        self.shown = turn
        if changed_person:
            self.notes.load(self.meeting, turn, self.timed_turn())
            self.notes_scroll.verticalScrollBar().setValue(0)  # the next record from its top
            QTimer.singleShot(0, self.notes_scroll.fit)
        else:
            self.notes.show_clock(self.timed_turn())  # the floor may have passed on
        self._last_cue = None
        self._update_buttons()
        self.tick()

    def timed_turn(self) -> TurnInfo | None:
        """The presenter the clock is for: whoever has the floor, else the one selected.

        Selecting someone else to read their notes never moves the clock.
        """
        current = next((t for t in self.turns if t.state == TurnState.CURRENT), None)
        return current or self.shown

    def _update_buttons(self) -> None:
        turn = self.timed_turn()
        running = turn is not None and turn.timer.running
        if running:
            self.start_button.setText(self.tr("Pause"))
        elif turn is not None and turn.timer.used_before > 0:
            self.start_button.setText(self.tr("Resume"))
        else:
            self.start_button.setText(self.tr("Start"))
        self.start_button.setEnabled(turn is not None)
        adjustable = (
            turn is not None and turn.state != TurnState.DONE and turn.timer.planned_seconds > 0
        )
        for button in (self.extend_button, self.shorten_button, self.set_time_button):
            button.setEnabled(adjustable)
        waiting = any(t.state == TurnState.WAITING for t in self.turns)
        current = any(t.state == TurnState.CURRENT for t in self.turns)
        self.next_button.setEnabled(waiting or current)
        phases = self._phases(turn)
        live = turn is not None and turn.state == TurnState.CURRENT and phases is not None
        self.phase_button.setEnabled(live and phases.following is not None)
        self.back_phase_button.setEnabled(
            live and phases.current is not None and phases.current.position > 0
        )
        self.next_button.setText(self.tr("Next presenter") if waiting else self.tr("End airtime"))
        if running:
            self.ticker.start()
        else:
            self.ticker.stop()

    # -- the clock -------------------------------------------------------------------

    def tick(self) -> None:
        self._show_pace()
        turn = self.timed_turn()
        if turn is None:
            self._paint("", "–:––", None, "")
            return
        now = self.context.clock()
        timer = turn.timer
        planned = timer.planned_seconds + timer.extra_seconds
        if planned == 0:
            clock = format_clock(timer.used(now))
            cue = None
            detail = self.tr("no time planned: counting up")
        else:
            clock = format_clock(timer.remaining(now))
            cue = timer.cue(now)
            extra = f" (+{timer.extra_seconds // 60})" if timer.extra_seconds else ""
            detail = self.tr("of %d min%s") % (timer.planned_seconds // 60, extra)
        if turn.state == TurnState.DONE:
            clock, cue = format_clock(timer.used_before), None
            detail = self.tr("finished") + (
                self.tr(" · %d min planned") % (planned // 60) if planned else ""
            )
        elif not timer.running:
            detail = " · ".join(
                [detail, self.tr("paused") if timer.used_before else self.tr("ready")]
            )
        arriving = self._not_arrived.get(turn.person_id)
        if turn.state == TurnState.WAITING and arriving is not None:
            detail = self.tr("arrives %s: called once here") % f"{arriving:%H:%M}"
        crossed = cue != self._last_cue and cue in (Cue.TWO_MINUTES, Cue.OVER)
        phases = self._phases(turn)
        phase = phases.current if phases is not None else None
        phase_ended = phase is not None and phase.over and turn.state != TurnState.DONE
        ended_now = phase_ended and self._phase_over != (turn.id, phase.position)
        if phase_ended:
            self._phase_over = (turn.id, phase.position)
        if (crossed or ended_now) and timer.running and self.sound.isChecked():
            QApplication.beep()
        self._last_cue = cue
        self._paint(turn.full_name, clock, cue, detail, phases, turn.state == TurnState.DONE)

    def _phases(self, turn: TurnInfo | None) -> PhaseClock | None:
        """The timed turn's phases now (read from the store once per turn and reload)."""
        if turn is None:
            return None
        if self._phase_plan is None or self._phase_plan[0] != turn.id:
            self._phase_plan = (turn.id, self.context.phases.plan(turn))
        plan = self._phase_plan[1]
        if not plan.marks:
            return None
        return plan.at(turn.timer, turn.timer.used(self.context.clock()))

    def _show_pace(self) -> None:
        """'At this pace airtime ends 16:52, 12 min behind the plan', while a round is on."""
        now = self.context.clock()
        waiting = [
            t.timer.allowed_seconds or OPEN_BID_DEFAULT * 60  # an open bid not yet planned
            for t in self.turns
            if t.state == TurnState.WAITING
        ]
        current = [t.timer for t in self.turns if t.state == TurnState.CURRENT]
        pace = None
        if self.meeting is not None and (current or waiting):
            pace = airtime_pace(
                self.context.local_now(),
                sum(max(0.0, timer.remaining(now)) for timer in current),
                waiting,
                self.meeting.planned_end(),
                self.meeting.breaks_minutes,
                self.meeting.review_minutes,
            )
        if pace is None:
            self.pace.setText("")
            return
        ends = f"{pace.ends:%H:%M}"
        if pace.behind_minutes > 0:
            text = self.tr("At this pace airtime ends %s, %d min behind the plan.") % (
                ends,
                pace.behind_minutes,
            )
        elif pace.behind_minutes < 0:
            text = self.tr("At this pace airtime ends %s, %d min ahead of the plan.") % (
                ends,
                -pace.behind_minutes,
            )
        else:
            text = self.tr("At this pace airtime ends %s, on plan.") % ends
        self.pace.setText(text)

    def _paint(
        self,
        name: str,
        clock: str,
        cue: Cue | None,
        detail: str,
        phases: PhaseClock | None = None,
        finished: bool = False,
    ) -> None:
        faces = [self.face] + ([self.presentation.face] if self.presentation else [])
        for face in faces:
            face.show_state(name, clock, cue, detail)
            face.show_phase(phases, finished)

    # -- commands --------------------------------------------------------------------

    def start_or_pause(self) -> None:
        turn = self.timed_turn()
        if turn is None:
            return
        airtime = self.context.airtime
        now = self.context.clock()
        with self.context.reporting():
            if turn.timer.running:
                airtime.pause(turn.id, now)
                self._after_command(turn.id)
                return
            if turn.state == TurnState.DONE:
                airtime.reopen(turn.id, now)
            airtime.start(turn.id, now)
            self.context.phases.begin(turn.id)  # the first phase starts with the clock
            self._after_command(turn.id)

    def next_phase(self) -> None:
        """End the current phase at the clock's reading and begin the next."""
        turn = self.timed_turn()
        if turn is None or turn.state != TurnState.CURRENT:
            return
        with self.context.reporting():
            self.context.phases.next_phase(turn.id, self.context.clock())
            self._after_command(turn.id)

    def previous_phase(self) -> None:
        """Back to the phase before (a Next phase pressed too soon)."""
        turn = self.timed_turn()
        if turn is None or turn.state != TurnState.CURRENT:
            return
        with self.context.reporting():
            self.context.phases.previous_phase(turn.id)
            self._after_command(turn.id)

    def edit_phases(self) -> None:
        """Choose the set's phases; airtimes already begun keep theirs."""
        assert self.meeting is not None
        phases = self.context.phases
        chosen = PhasesDialog(phases.set_phases(self.meeting.set_id), self).ask()
        if chosen is None:
            return
        try:
            phases.save_set_phases(self.meeting.set_id, list(chosen))
        except (UserError, StorageError) as exc:
            self.plan_warning.setText(str(exc))
            return
        self.reload()

    def extend(self) -> None:
        turn = self.timed_turn()
        if turn is not None:
            with self.context.reporting():
                self.context.airtime.extend(turn.id, 60)
                self._after_command(turn.id)

    def shorten(self) -> None:
        turn = self.timed_turn()
        if turn is not None:
            with self.context.reporting():
                self.context.airtime.shorten(turn.id, 60)
                self._after_command(turn.id)

    def set_time(self) -> None:
        """Ask for the presenter's whole time in minutes, and give them that."""
        turn = self.timed_turn()
        if turn is None:
            return
        minutes, chosen = QInputDialog.getInt(
            self,
            self.tr("Set time"),
            self.tr("Minutes in all for %s:") % turn.full_name,
            max(1, round(turn.timer.allowed_seconds / 60)),
            1,
            MAX_BID_MINUTES,
        )
        if chosen:
            with self.context.reporting():
                self.context.airtime.set_time(turn.id, minutes)
                self._after_command(turn.id)

    def next_presenter(self) -> None:
        assert self.meeting is not None
        self.context.autosave.flush()
        with self.context.reporting():
            following = self.context.airtime.next_presenter(
                self.meeting.id, self.context.clock(), self.context.local_now()
            )
            self._after_command(following.id if following else None)

    def _after_command(self, select: int | None) -> None:
        self.reload(select=select)
        self.changed.emit()

    def _reordered(self, turn_ids: list[int]) -> None:
        assert self.meeting is not None
        with self.context.reporting():
            self.context.airtime.reorder(self.meeting.id, turn_ids)
        self._after_command(self.shown.id if self.shown else None)  # the order as saved

    def show_presentation(self) -> None:
        if self.presentation is None:
            self.presentation = PresentationWindow(self.window())
            self.presentation.closed.connect(self._presentation_closed)
        self.presentation.present()
        self.tick()

    def _presentation_closed(self) -> None:
        if self.presentation is not None:
            self.presentation.deleteLater()
            self.presentation = None
