"""The airtime countdown: a large clock in the workspace and a full-screen copy.

Colour is never the only cue: the line under the clock says "Two minutes
left" and "Time is up" as the colours change. Below it, the current phase of
the airtime with its own countdown; when the phase's time is up its line turns
the "over" colour and says so, in the room it always has (nothing moves).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QFontMetricsF, QGuiApplication, QKeyEvent, QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from alsdesk import theme
from alsdesk.i18n import translate
from alsdesk.services.airtime import Cue, format_clock
from alsdesk.services.airtime_phases import PhaseClock, PhaseTime
from alsdesk.ui.common.steady import SteadyLabel

_FACE = theme.current().screen.timer
CUE_COLOURS = {
    Cue.NORMAL: _FACE.normal,
    Cue.TWO_MINUTES: _FACE.two_minutes,
    Cue.OVER: _FACE.over,
}
IDLE_COLOURS = _FACE.idle
PHASE_PADDING = "padding: 1px 10px; border-radius: 4px;"


class TimerFace(QWidget):
    """Presenter's name, the countdown and a cue line, scaled to the widget's size."""

    def __init__(self, scale: float = 1.0, parent: QWidget | None = None):
        super().__init__(parent)
        self._scale = scale
        # A plain QWidget subclass paints a style-sheet background only with this set.
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # a click on the clock leaves text fields
        self.name = QLabel()
        self.name.setObjectName("timer_name")
        self.clock = QLabel("–:––")
        self.clock.setObjectName("timer_clock")
        self.cue_line = QLabel()
        self.cue_line.setObjectName("timer_cue")
        for label in (self.name, self.clock, self.cue_line):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        # The phase and its countdown, and what comes next: a line each, always reserved.
        self.phase = SteadyLabel(name="timer_phase")
        self.phase_next = SteadyLabel(name="timer_phase_next")
        for label in (self.phase, self.phase_next):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.name)
        layout.addWidget(self.clock)
        layout.addWidget(self.cue_line)
        layout.addWidget(self.phase)
        # What comes next, with room at its right for the panel's "Next phase" button.
        self._next_row = QHBoxLayout()
        self._next_row.addWidget(self.phase_next, 1)
        layout.addLayout(self._next_row)
        layout.addStretch(1)
        self._cue: Cue | None = None
        self._phase_over = False
        self._apply_fonts()
        self.show_state("", "–:––", None, "")
        self.show_phase(None)

    def _apply_fonts(self) -> None:
        base = self.font().pointSizeF()
        for label, factor, bold in (
            (self.name, 1.6, True),
            (self.clock, 5.5, True),
            (self.cue_line, 1.3, False),
            (self.phase, 1.2, True),
            (self.phase_next, 1.0, False),
        ):
            font = label.font()
            font.setPointSizeF(base * factor * self._scale)
            font.setBold(bold)
            if label is self.clock:
                font.setFamilies(["DejaVu Sans Mono", "Menlo", "Consolas", "monospace"])
            label.setFont(font)

    def height_for_clock(self, factor: float) -> int:
        """The height every line needs with the countdown at ``factor`` times the text size."""
        font = QFont(self.clock.font())
        font.setPointSizeF(self.font().pointSizeF() * factor * self._scale)
        margins = self.layout().contentsMargins()
        lines = (self.name, self.cue_line, self.phase)
        return int(
            margins.top()
            + margins.bottom()
            + self.layout().spacing() * (len(lines) + 1)
            + sum(label.sizeHint().height() for label in lines)
            + self._next_row.sizeHint().height()
            + QFontMetricsF(font).height()
        )

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        """The countdown as large as the room left by the other lines allows, up to its size:
        at a large text size in a short window its digits were cut at the top and bottom."""
        super().resizeEvent(event)
        others = (self.name, self.cue_line, self.phase)
        margins = self.layout().contentsMargins()
        spacing = self.layout().spacing() * (len(others) + 1)
        room = self.height() - margins.top() - margins.bottom() - spacing
        room -= sum(label.sizeHint().height() for label in others)
        room -= self._next_row.sizeHint().height()
        width = self.width() - margins.left() - margins.right()
        font = self.clock.font()
        largest = self.font().pointSizeF() * 5.5 * self._scale
        size = largest
        font.setPointSizeF(size)
        metrics = QFontMetricsF(font)
        sample = "−88:88"
        high, wide = metrics.height(), metrics.horizontalAdvance(sample)
        if high > 0 and wide > 0:
            size = max(6.0, min(largest, size * room / high, size * width / wide))
        if abs(size - self.clock.font().pointSizeF()) > 0.25:
            font.setPointSizeF(size)
            self.clock.setFont(font)

    @property
    def cue(self) -> Cue | None:
        return self._cue

    def set_phase_action(self, button: QWidget) -> None:
        """Put ``button`` (moving on to the next phase) at the end of the next-phase line."""
        self._next_row.addWidget(button)

    @property
    def phase_over(self) -> bool:
        """The current phase has used its time: its line shows the "over" cue."""
        return self._phase_over

    def show_phase(self, clock: PhaseClock | None, finished: bool = False) -> None:
        """The current phase with its countdown (counting up when it has no time), and the
        next; a finished airtime shows what each phase took. None: no phases."""
        over = False
        line, following = "", ""
        if clock is not None and clock.phases:
            count = len(clock.phases)
            current, after = clock.current, clock.following
            if finished:
                line = self.tr("Phases: %s") % ", ".join(
                    f"{p.title} {round(p.used_seconds / 60)}" for p in clock.phases
                )
                following = self.tr("minutes each phase took")
            elif current is None:
                first = clock.phases[0]
                line = self.tr("%d phases, first: %s, %s") % (count, first.title, _minutes(first))
                following = self.tr("The phases start with the clock.")
            else:
                if current.planned_seconds:
                    over = current.over
                    state = format_clock(current.remaining_seconds)
                else:
                    state = format_clock(current.used_seconds)
                line = self.tr("%d of %d · %s · %s") % (
                    current.position + 1,
                    count,
                    current.title,
                    state,
                )
                if after is None:
                    following = self.tr("Last phase: time is up") if over else self.tr("Last phase")
                elif over:
                    following = self.tr("Time is up: on to %s") % after.title
                else:
                    following = self.tr("Next: %s, %s") % (after.title, _minutes(after))
        self._phase_over = over
        self.phase.setText(line)
        self.phase_next.setText(following)
        if over:
            tone = _FACE.over
            self.phase.setStyleSheet(
                f"background: {tone.fill}; color: {tone.text}; {PHASE_PADDING}"
            )
        else:
            self.phase.setStyleSheet(f"background: transparent; {PHASE_PADDING}")

    def show_state(self, name: str, clock: str, cue: Cue | None, detail: str) -> None:
        self._cue = cue
        self.name.setText(name)
        self.clock.setText(clock)
        words = (
            {
                Cue.TWO_MINUTES: self.tr("Two minutes left"),
                Cue.OVER: self.tr("Time is up"),
            }.get(cue, "")
            if cue
            else ""
        )
        self.cue_line.setText(" · ".join(filter(None, [words, detail])))
        face = CUE_COLOURS[cue] if cue else IDLE_COLOURS
        self.setStyleSheet(
            f"TimerFace {{ background: {face.fill}; border-radius: 8px; }}"
            f" QLabel {{ color: {face.text}; }}"
        )


def _minutes(phase: PhaseTime) -> str:
    if not phase.planned_seconds:
        return translate("TimerFace", "no time set")
    return translate("TimerFace", "%d min") % round(phase.planned_seconds / 60)


class PresentationWindow(QWidget):
    """The timer alone, full screen, for a projector or a second screen. Esc closes it."""

    closed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("timer_presentation")
        self.setWindowTitle(self.tr("Airtime: alsdesk"))
        self.face = TimerFace(scale=3.0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.face)

    def present(self) -> None:
        """Full screen on a second screen when there is one, else on this one."""
        screens = QGuiApplication.screens()
        here = self.parentWidget().screen() if self.parentWidget() else None
        others = [s for s in screens if s is not here]
        if others:
            self.setScreen(others[0])
            self.move(others[0].geometry().topLeft())
        self.showFullScreen()
        self.raise_()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Escape, Qt.Key.Key_F5):
            self.close()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event) -> None:
        self.closed.emit()
        super().closeEvent(event)
