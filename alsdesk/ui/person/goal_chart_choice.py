"""Which chart a goal's measure is shown as, and the XmR chart's options and rebases.

The XmR chart is offered from 15 points (Making Data Count: fewer, and the limits cannot be
trusted); a goal that chose it and has fewer shows its run chart, saying why. Every change
is saved at once, as the median and the rules are on the goal page.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QSignalBlocker, Signal
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QWidget,
)

from alsdesk.dates import medium_date
from alsdesk.services.errors import StorageError, UserError
from alsdesk.services.goals import GoalInfo, GoalService
from alsdesk.services.spc import MIN_POINTS, ChartKind
from alsdesk.ui.common.layouts import hint_label
from alsdesk.ui.common.widgets import InlineErrors
from alsdesk.ui.person.rebase_dialog import RebaseDialog


class ChartChoice(QWidget):
    changed = Signal()
    """The goal's chart options or rebases were saved here."""

    def __init__(self, goals: GoalService, parent: QWidget | None = None):
        super().__init__(parent)
        self._goals = goals
        self.goal: GoalInfo | None = None
        self._dates: tuple[dt.date, ...] = ()

        self.kind = QComboBox()
        self.kind.setObjectName("chart_kind")
        for kind in ChartKind:
            self.kind.addItem(kind.label, kind)
        self.kind.setToolTip(
            self.tr(
                "Run chart: the median and the run-chart rules. XmR chart: statistical process "
                "control as NHS England's Making Data Count draws it, with process limits, "
                "special causes and the variation and assurance icons (from %d points)."
            )
            % MIN_POINTS
        )
        self.kind.currentIndexChanged.connect(self._choose_kind)
        kind_label = QLabel(self.tr("C&hart"))
        kind_label.setBuddy(self.kind)

        self.screen = QCheckBox(self.tr("Leave outlyin&g moving ranges out of the limits"))
        self.screen.setObjectName("screen_outliers")
        self.screen.setToolTip(
            self.tr(
                "As Making Data Count advises: a moving range more than 3.267 times the average "
                "is left out before the limits are set, so one wild week does not widen them."
            )
        )
        self.screen.toggled.connect(lambda on: self._save_options(screen_outliers=on))
        self.moving_ranges = QCheckBox(self.tr("Sho&w the moving-range chart"))
        self.moving_ranges.setObjectName("moving_range_chart")
        self.moving_ranges.toggled.connect(lambda on: self._save_options(moving_range_chart=on))

        self.rebases = QLabel()
        self.rebases.setObjectName("rebase_dates")
        self.rebases.setWordWrap(True)
        self.add_button = QPushButton(self.tr("Re&calculate limits from…"))
        self.add_button.setObjectName("add_rebase")
        self.add_button.setToolTip(
            self.tr("After a change to the process: new mean and limits from a chosen date")
        )
        self.add_button.clicked.connect(self.add_rebase)
        self.remove_button = QPushButton(self.tr("Remove a recalculati&on…"))
        self.remove_button.setObjectName("remove_rebase")
        self.remove_button.clicked.connect(self.remove_rebase)
        self.note = hint_label("")
        self.note.setObjectName("chart_note")

        self.errors = InlineErrors(self)
        kind_error = self.errors.watch("chart", self.kind)
        rebase_error = self.errors.watch("rebase", self.add_button)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        self.xmr_options = QWidget()
        options = QGridLayout(self.xmr_options)
        options.setContentsMargins(0, 0, 0, 0)
        options.addWidget(self.screen, 0, 0)
        options.addWidget(self.moving_ranges, 1, 0)
        options.addWidget(self.rebases, 2, 0)
        options.addLayout(buttons, 3, 0)
        options.addWidget(rebase_error, 4, 0)

        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(kind_label, 0, 0)
        layout.addWidget(self.kind, 0, 1)
        layout.setColumnStretch(2, 1)
        layout.addWidget(self.note, 0, 2)
        layout.addWidget(kind_error, 1, 0, 1, 3)
        layout.addWidget(self.xmr_options, 2, 0, 1, 3)

    def show_goal(self, goal: GoalInfo, dates: Sequence[dt.date]) -> None:
        """``dates``: the measurements' dates, in order (the points of the chart)."""
        if self.goal is None or self.goal.id != goal.id:
            self.errors.clear()
        self.goal = goal
        self._dates = tuple(dates)
        enough = len(dates) >= MIN_POINTS
        xmr = goal.chart.kind == ChartKind.XMR
        model = self.kind.model()
        assert isinstance(model, QStandardItemModel)
        item = model.item(self.kind.findData(ChartKind.XMR))
        item.setEnabled(enough or xmr)
        item.setToolTip(
            ""
            if enough
            else self.tr("Needs %d measurements; this measure has %d.") % (MIN_POINTS, len(dates))
        )
        with QSignalBlocker(self.kind):
            self.kind.setCurrentIndex(self.kind.findData(goal.chart.kind))
        with QSignalBlocker(self.screen):
            self.screen.setChecked(goal.chart.screen_outliers)
        with QSignalBlocker(self.moving_ranges):
            self.moving_ranges.setChecked(goal.chart.moving_range_chart)
        self.xmr_options.setVisible(xmr and enough)
        if goal.rebase_dates:
            self.rebases.setText(
                self.tr("Limits recalculated from %s.")
                % ", ".join(medium_date(d) for d in goal.rebase_dates)
            )
        else:
            self.rebases.setText(self.tr("One set of limits over all the points."))
        self.add_button.setEnabled(bool(self._candidates()))
        self.remove_button.setEnabled(bool(goal.rebase_dates))
        note = (
            ""
            if enough
            else self.tr("XmR chart from %d measurements (this measure has %d)")
            % (
                MIN_POINTS,
                len(dates),
            )
        )
        self.note.setText(note)
        self.note.setVisible(bool(note))

    def _candidates(self) -> list[dt.date]:
        chosen = set(self.goal.rebase_dates) if self.goal else set()
        return [d for d in sorted(set(self._dates))[1:] if d not in chosen]

    def _counts(self, day: dt.date) -> tuple[int, int]:
        before = sum(1 for d in self._dates if d < day)
        return before, len(self._dates) - before

    # -- edits ------------------------------------------------------------------------------

    def _choose_kind(self, _index: int) -> None:
        kind = self.kind.currentData()
        if self.goal is not None and kind != self.goal.chart.kind:
            self._save_options(kind=kind)

    def _save_options(self, **changes) -> None:
        if self.goal is None:
            return
        options = dataclasses.replace(self.goal.chart, **changes)
        if options == self.goal.chart:
            return
        self.errors.clear()
        try:
            self._goals.update(
                self.goal.id,
                dataclasses.replace(self.goal.draft(), chart=options),
                expected_version=self.goal.version,
            )
        except (UserError, StorageError) as exc:
            self.errors.show({"chart": str(exc)}, fallback="chart")
            return
        self.changed.emit()

    def add_rebase(self) -> None:
        if self.goal is None or not self._candidates():
            return
        goal_id, candidates = self.goal.id, self._candidates()
        dialog = RebaseDialog(
            self.tr("Recalculate the limits"),
            candidates,
            [self._counts(d) for d in candidates],
            lambda day: self._goals.add_rebase(goal_id, day),
            self.tr(
                "Choose the first measurement after the change to the process. The points "
                "before it keep their own mean and limits; those from it get new ones."
            ),
            self,
        )
        if dialog.ask() is not None:
            self.changed.emit()

    def remove_rebase(self) -> None:
        if self.goal is None or not self.goal.rebase_dates:
            return
        goal_id, chosen = self.goal.id, list(self.goal.rebase_dates)
        dialog = RebaseDialog(
            self.tr("Remove a recalculation"),
            chosen,
            [self._counts(d) for d in chosen],
            lambda day: self._goals.remove_rebase(goal_id, day),
            self.tr("The limits will no longer start again at the date you choose."),
            self,
        )
        if dialog.ask() is not None:
            self.changed.emit()
