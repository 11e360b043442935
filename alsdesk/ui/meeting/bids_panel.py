"""Bids for airtime: who wants time today and how much, and a fair share of what is left."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QFocusEvent, QHideEvent, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from alsdesk.i18n import translate
from alsdesk.services.airtime import FLOOR
from alsdesk.services.airtime_rounds import MAX_BID_MINUTES, Proposal, TurnInfo, TurnState
from alsdesk.services.errors import StorageError, UserError
from alsdesk.services.meetings import (
    AWAY,
    MAX_BREAKS_MINUTES,
    MAX_REVIEW_MINUTES,
    AirtimeMode,
    AttendanceMark,
    MeetingInfo,
)
from alsdesk.ui.common.form import ERROR_STYLE
from alsdesk.ui.common.layouts import HINT_STYLE, clear_layout, hint_label
from alsdesk.ui.common.steady import SteadyLabel
from alsdesk.ui.meeting.context import MeetingContext
from alsdesk.ui.meeting.presenter_list import PresenterList

HEADERS = ("Member", "Bids", "Asks for", "Proposed", "Planned", "This year")
ORDER_MIN_WIDTH = 180
ORDER_MIN_HEIGHT = 90
QWIDGETSIZE_MAX = (1 << 24) - 1
ARRIVAL_CHECK_MS = 60_000


def hours_minutes(seconds: float) -> str:
    minutes = round(seconds / 60)
    return f"{minutes // 60} h {minutes % 60:02d} min" if minutes >= 60 else f"{minutes} min"


class AsksBox(QSpinBox):
    """Minutes asked for; clicked while it reads "Any" (any amount), the words are selected,
    so the number typed next replaces them (typed into the words, it was dropped)."""

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        if self.value() == self.minimum():
            QTimer.singleShot(0, self.selectAll)


class BidRow:
    """The widgets of one member's row."""

    def __init__(self, person_id: int, name: str):
        self.person_id = person_id
        self.name = QLabel(name)
        self.name.setWordWrap(True)  # a long name takes two lines rather than the table scrolling
        self.bids = QCheckBox()
        self.bids.setObjectName(f"bids_{person_id}")
        self.bids.setAccessibleName(f"{name} bids for airtime")
        self.bids.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.asks = AsksBox()
        self.asks.setObjectName(f"asks_{person_id}")
        self.asks.setRange(0, MAX_BID_MINUTES)
        self.asks.setSingleStep(5)
        self.asks.setSpecialValueText(translate("BidsPanel", "Any"))
        self.asks.setToolTip(translate("BidsPanel", "Minutes asked for; “Any” is any amount"))
        self.asks.setSuffix(" min")
        self.proposed = QLabel()
        # As wide as its widest text, so "from 13:00" turning into minutes moves no column.
        widest = 0
        for sample in (translate("BidsPanel", "from %s") % "00:00", f"{MAX_BID_MINUTES} min"):
            self.proposed.setText(sample)
            widest = max(widest, self.proposed.sizeHint().width())
        self.proposed.setMinimumWidth(widest)
        self.proposed.setText("–")
        self.planned = QSpinBox()
        self.planned.setObjectName(f"planned_{person_id}")
        self.planned.setRange(0, MAX_BID_MINUTES)
        self.planned.setSuffix(" min")
        self.so_far = QLabel()
        self.so_far.setToolTip("Airtime at this set's meetings so far, today included")

    def widgets(self):
        return (self.name, self.bids, self.asks, self.proposed, self.planned, self.so_far)


class BidsPanel(QWidget):
    changed = Signal()

    def __init__(self, context: MeetingContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.meeting: MeetingInfo | None = None
        self.rows: dict[int, BidRow] = {}
        self._proposal: dict[int, int] = {}

        hint = hint_label(
            self.tr(
                "Who wants time today, and roughly how much? The proposal shares the time left "
                "before the planned end, less breaks and process review, by need."
            )
        )

        self.mode = QComboBox()
        self.mode.setObjectName("airtime_mode")
        for mode in AirtimeMode:
            self.mode.addItem(mode.label, mode)
        self.breaks = QSpinBox()
        self.breaks.setObjectName("breaks_minutes")
        self.breaks.setRange(0, MAX_BREAKS_MINUTES)
        self.breaks.setSingleStep(5)
        self.breaks.setSuffix(" min")
        self.review = QSpinBox()
        self.review.setObjectName("review_minutes")
        self.review.setRange(0, MAX_REVIEW_MINUTES)
        self.review.setSingleStep(5)
        self.review.setSuffix(" min")
        # Narrow (a large text size): the combo box shortens its text, a field goes under its label.
        self.mode.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.mode.setMinimumContentsLength(10)
        settings = QFormLayout()
        settings.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        settings.addRow(self.tr("Sharing"), self.mode)
        settings.addRow(self.tr("Breaks still to come"), self.breaks)
        settings.addRow(self.tr("Process review"), self.review)
        # Fixed lines each, so a longer sum or a warning never moves the table below.
        self.available = SteadyLabel(2, name="available_time")
        self.sharing = SteadyLabel(3, name="share_sum")  # the whole sum at 1024x768
        self.sharing.setStyleSheet(HINT_STYLE)
        self.plan_warning = SteadyLabel(name="plan_warning")
        self.plan_warning.setStyleSheet(ERROR_STYLE)
        self.use_proposal = QPushButton(self.tr("Use the proposed times"))
        self.use_proposal.setObjectName("use_proposal")
        self.use_proposal.clicked.connect(self.apply_proposal)
        self.error = SteadyLabel(2, name="bids_error")  # room kept: the ticks below stay put
        self.error.setStyleSheet(ERROR_STYLE)

        self.grid_host = QWidget()
        self.grid = QGridLayout(self.grid_host)
        self.grid.setColumnStretch(len(HEADERS), 1)  # spare width after the last column
        self.grid.setHorizontalSpacing(max(4, self.fontMetrics().averageCharWidth() // 2))
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid_scroll = scroll = QScrollArea()
        scroll.setObjectName("bids_table")
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.grid_host)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)

        self.order = PresenterList()
        self.order.setObjectName("bid_order")
        self.order.setAccessibleName(self.tr("Presenting order"))
        self.order.setMinimumWidth(ORDER_MIN_WIDTH)
        self.order.setMinimumHeight(ORDER_MIN_HEIGHT)
        self.order.reordered.connect(self._reordered)
        order_box = QVBoxLayout()
        order_title = QLabel(self.tr("<b>Presenting order</b> (drag to change)"))
        order_box.addWidget(order_title)
        order_box.addWidget(self.order, 1)

        top = QHBoxLayout()
        top.addLayout(settings)
        side = QVBoxLayout()
        side.addWidget(self.available)
        side.addWidget(self.sharing)
        side.addWidget(self.plan_warning)
        side.addWidget(self.use_proposal)
        side.addStretch(1)
        top.addLayout(side, 1)
        # The order sits beside the bids where there is room for every column, else below.
        self.body = body = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        body.addWidget(scroll, 3)
        body.addLayout(order_box, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addLayout(top)
        layout.addWidget(self.error)
        layout.addLayout(body, 1)

        # Someone due later counts from their arrival: look again each minute meanwhile.
        self._arrivals_due = False
        self.arrival_check = QTimer(self)
        self.arrival_check.setInterval(ARRIVAL_CHECK_MS)
        self.arrival_check.timeout.connect(lambda: self._arrivals_due and self.refresh())
        self.mode.currentIndexChanged.connect(self._timing_changed)
        self.breaks.valueChanged.connect(self._timing_changed)
        self.review.valueChanged.connect(self._timing_changed)

    # -- layout --------------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._arrange()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._arrange()
        self.arrival_check.start()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self.arrival_check.stop()

    def _arrange(self) -> None:
        """Beside the bids when every column fits next to the order, else the order below."""
        bar = self.grid_scroll.verticalScrollBar().sizeHint().width()
        whole = self.grid_host.sizeHint().width() + bar  # every name on one line
        needed = whole + self.body.spacing() + ORDER_MIN_WIDTH
        margins = self.layout().contentsMargins()
        room = self.width() - margins.left() - margins.right()
        direction = (
            QBoxLayout.Direction.LeftToRight if room >= needed else QBoxLayout.Direction.TopToBottom
        )
        beside = direction == QBoxLayout.Direction.LeftToRight
        # Beside the order the bids keep every name whole; below it (narrow, a large text
        # size) a long name may wrap rather than the table scroll sideways.
        names = [row.name for row in self.rows.values()]
        widest = max((n.fontMetrics().horizontalAdvance(n.text()) for n in names), default=0)
        minimum = widest + 2 if beside else 0
        if self.grid.columnMinimumWidth(0) != minimum:
            self.grid.setColumnMinimumWidth(0, minimum)
        if self.body.direction() != direction:
            self.body.setDirection(direction)
            # Below the bids the order keeps its few lines; the bids take the height.
            below = direction == QBoxLayout.Direction.TopToBottom
            self.body.setStretch(0, 1 if below else 3)
            self.body.setStretch(1, 0 if below else 1)
            # Below, the order list no taller than its minimum: the bids need the height.
            self.order.setMaximumHeight(ORDER_MIN_HEIGHT if below else QWIDGETSIZE_MAX)
            self.layout().activate()  # now, not at the next layout pass: no frame with a scrollbar

    # -- loading -------------------------------------------------------------------

    def load(self, meeting: MeetingInfo) -> None:
        self.meeting = meeting
        for box, value in (
            (self.breaks, meeting.breaks_minutes),
            (self.review, meeting.review_minutes),
        ):
            box.blockSignals(True)
            box.setValue(value)
            box.blockSignals(False)
        self.mode.blockSignals(True)
        self.mode.setCurrentIndex(self.mode.findData(meeting.airtime_mode))
        self.mode.blockSignals(False)
        self._build_rows()
        if self.isVisible():
            self._arrange()  # the names' widths are new
        self.refresh()

    def _build_rows(self) -> None:
        assert self.meeting is not None
        clear_layout(self.grid)
        self.rows.clear()
        for column, title in enumerate(HEADERS):
            header = QLabel(f"<b>{self.tr(title)}</b>")
            header.setWordWrap(True)
            self.grid.addWidget(header, 0, column)
        marks = [m for m in self.context.meetings.attendance(self.meeting.id) if not m.left_set]
        for index, mark in enumerate(marks, start=1):
            row = BidRow(mark.person_id, mark.full_name)
            for column, widget in enumerate(row.widgets()):
                self.grid.addWidget(widget, index, column)
            row.bids.toggled.connect(lambda on, r=row: self._bid_toggled(r, on))
            row.asks.valueChanged.connect(lambda _v, r=row: self._asks_changed(r))
            row.planned.valueChanged.connect(lambda _v, r=row: self._planned_changed(r))
            self.rows[mark.person_id] = row
        self.grid.setRowStretch(len(marks) + 1, 1)
        QTimer.singleShot(0, self, self._arrange)  # once the new rows have their sizes

    def refresh(self) -> None:
        """Bids, proposal, time left and cumulative airtime from the store."""
        if self.meeting is None:
            return
        self.context.autosave.flush()  # typing not yet saved must not be overwritten
        airtime = self.context.airtime
        in_order = airtime.turns(self.meeting.id)
        turns = {t.person_id: t for t in in_order}
        totals = airtime.cumulative_seconds(self.meeting.set_id, self.meeting.date)
        proposal = airtime.proposal(self.meeting.id, self.context.local_now(), self.context.clock())
        self._proposal = proposal.minutes
        marks = {m.person_id: m for m in self.context.meetings.attendance(self.meeting.id)}
        for person_id, row in self.rows.items():
            turn = turns.get(person_id)
            mark = marks.get(person_id)
            away = mark is not None and mark.status in AWAY
            arriving = proposal.not_arrived.get(person_id)
            _show_name(row, mark, arriving)
            _set_quietly(row.bids, turn is not None)
            _set_quietly(row.asks, (turn.bid_minutes or 0) if turn else 0)
            _set_quietly(row.planned, turn.planned_minutes if turn else 0)
            waiting = turn is not None and turn.state == TurnState.WAITING
            row.asks.setEnabled(waiting and not away)
            row.planned.setEnabled(waiting and not away)
            row.bids.setEnabled(
                not away and (turn is None or waiting) and (arriving is None or turn is not None)
            )
            proposed = proposal.minutes.get(person_id)
            if arriving is not None:
                row.proposed.setText(self.tr("from %s") % f"{arriving:%H:%M}")
            else:
                row.proposed.setText(f"{proposed} min" if proposed is not None else "–")
            row.so_far.setText(hours_minutes(totals.get(person_id, 0.0)))
        self.available.setText(self._available_text(proposal.available))
        has_end = self.meeting.end_time is not None
        self.sharing.setText(self._sharing_text(proposal) if has_end else "")
        waiting_turns = [t for t in in_order if t.state == TurnState.WAITING]
        self.plan_warning.setText(
            self._plan_warning(waiting_turns, proposal.available) if has_end else ""
        )
        self.use_proposal.setEnabled(has_end and bool(proposal.minutes))
        self.order.show_turns(in_order)
        self._arrivals_due = bool(proposal.not_arrived)

    def _sharing_text(self, proposal: Proposal) -> str:
        """The proposal's arithmetic in one line."""
        share = proposal.share
        if not proposal.minutes:
            return ""
        if share is None:  # equal time
            each = sorted(set(proposal.minutes.values()))
            return self.tr("Equal time: %d min among %d presenters, %s each.") % (
                proposal.available,
                len(proposal.minutes),
                _minutes_range(each),
            )
        counted = ""
        if share.open_bids == 1:
            counted = self.tr(" (an open bid counted as %d min)") % share.open_default
        elif share.open_bids > 1:
            counted = self.tr(" (%d open bids counted as %d min)") % (
                share.open_bids,
                share.open_default,
            )
        if share.trimmed_to is None:
            text = self.tr("Asks %d min%s of %d min left: every ask in full, %d min to spare.") % (
                share.asked,
                counted,
                share.available,
                share.spare,
            )
            raised = sorted({m for m in share.open_given if m > share.open_default})
            if raised:  # open bids share what the asks leave: said, or the sum cannot add up
                given = (
                    self.tr("the open bid given %s")
                    if len(share.open_given) == 1
                    else self.tr("open bids given %s")
                ) % _minutes_range(raised)
                text = self.tr(
                    "Asks %d min%s of %d min left: every ask in full, %s, %d min spare."
                ) % (
                    share.asked,
                    counted,
                    share.available,
                    given,
                    share.spare,
                )
        else:
            trimmed = sorted({m for m in proposal.minutes.values() if m >= share.trimmed_to})
            if any(m < share.trimmed_to for m in proposal.minutes.values()):
                rule = self.tr("asks over %d min trimmed to %s, smaller ones in full.") % (
                    share.trimmed_to,
                    _minutes_range(trimmed),
                )
            else:
                rule = self.tr("each trimmed to %s.") % _minutes_range(trimmed)
            text = self.tr("Asks %d min%s for %d min left: %s") % (
                share.asked,
                counted,
                share.available,
                rule,
            )
        if share.below_floor:
            text += " " + self.tr("Under %d min each: agree who presents today.") % FLOOR
        return text

    def _plan_warning(self, waiting: list[TurnInfo], available: int) -> str:
        planned = sum(t.planned_minutes for t in waiting)
        if planned <= available:
            return ""
        return self.tr("Planned %d min: %d min more than the %d min left.") % (
            planned,
            planned - available,
            available,
        )

    def _available_text(self, minutes: int) -> str:
        assert self.meeting is not None
        if self.meeting.end_time is None:
            return self.tr("Give the meeting an end time on the Schedule tab to share time.")
        return self.tr(
            "%d min left for airtime (to %s, less %d min breaks and %d min process review)"
        ) % (
            minutes,
            self.meeting.end_time.strftime("%H:%M"),
            self.breaks.value(),
            self.review.value(),
        )

    # -- edits -----------------------------------------------------------------------

    def _bid_toggled(self, row: BidRow, on: bool) -> None:
        assert self.meeting is not None
        try:
            if on:
                self.context.airtime.bid(
                    self.meeting.id,
                    row.person_id,
                    row.asks.value() or None,
                    self.context.local_now(),
                )
            else:
                self.context.airtime.withdraw(self.meeting.id, row.person_id)
        except (UserError, StorageError) as exc:
            self.error.setText(str(exc))
            self.refresh()
            return
        self.error.clear()
        self._changed()

    def _asks_changed(self, row: BidRow) -> None:
        if not row.bids.isChecked():
            _set_quietly(row.bids, True)
        meeting_id = self.meeting.id if self.meeting else 0

        def save() -> None:
            asks = row.asks.value() or None
            self.context.airtime.bid(meeting_id, row.person_id, asks, self.context.local_now())
            self._changed()

        self.context.autosave.schedule(("bid", row.person_id), save)

    def _planned_changed(self, row: BidRow) -> None:
        meeting_id = self.meeting.id if self.meeting else 0

        def save() -> None:
            self.context.airtime.plan(meeting_id, {row.person_id: row.planned.value()})
            self._changed()

        self.context.autosave.schedule(("planned", row.person_id), save)

    def apply_proposal(self) -> None:
        assert self.meeting is not None
        self.context.autosave.flush()
        try:
            self.context.airtime.plan(self.meeting.id, self._proposal)
        except (UserError, StorageError) as exc:
            self.error.setText(str(exc))
            return
        self.error.clear()
        self._changed()

    def _timing_changed(self) -> None:
        assert self.meeting is not None
        try:
            self.meeting = self.context.meetings.set_timing(
                self.meeting.id,
                breaks_minutes=self.breaks.value(),
                review_minutes=self.review.value(),
                airtime_mode=self.mode.currentData(),
            )
        except (UserError, StorageError) as exc:
            self.error.setText(str(exc))
            return
        self.error.clear()
        self._changed()

    def _reordered(self, turn_ids: list[int]) -> None:
        assert self.meeting is not None
        with self.context.reporting():
            self.context.airtime.reorder(self.meeting.id, turn_ids)
        self._changed()  # the order as saved

    def _changed(self) -> None:
        self.refresh()
        self.changed.emit()


def _show_name(row: BidRow, mark: AttendanceMark | None, arriving: dt.time | None) -> None:
    """The member's name, and why they cannot bid when they are away or not here yet."""
    away = mark is not None and mark.status in AWAY
    name = mark.full_name if mark is not None else row.name.text()
    tip = ""
    if away:
        name = f"{name} ({mark.status.label.lower()})"
        tip = translate("BidsPanel", "Away today: no bid. Mark them present or late to bid.")
    elif arriving is not None:  # the name keeps its width: the columns stay put at arrival
        when = f"{arriving:%H:%M}"
        tip = translate("BidsPanel", "Late: can bid and is given time from %s.") % when
    row.name.setText(name)
    row.name.setStyleSheet(HINT_STYLE if tip else "")
    for widget in (row.name, row.bids):
        widget.setToolTip(tip)


def _minutes_range(values: list[int]) -> str:
    if not values:
        return ""
    if values[0] == values[-1]:
        return translate("BidsPanel", "%d min") % values[0]
    return translate("BidsPanel", "%d–%d min") % (values[0], values[-1])


def _set_quietly(widget, value) -> None:
    widget.blockSignals(True)
    if isinstance(widget, QCheckBox):
        widget.setChecked(bool(value))
    else:
        widget.setValue(value)
    widget.blockSignals(False)
