"""One improvement goal in full: what and why, its measure and run chart, progress,
milestones and the set meetings' actions linked to it."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from alsdesk.dates import medium_date
from alsdesk.services.actions import ActionInfo
from alsdesk.services.errors import StorageError, UserError
from alsdesk.services.goals import GoalInfo, GoalService, UpdateInfo, chart_of, xmr_of
from alsdesk.services.run_chart import RuleSet, RunChartAnalysis, summary
from alsdesk.services.spc import ChartKind, XmrAnalysis
from alsdesk.services.spc_summary import too_few_points, xmr_summary
from alsdesk.ui.common.actions_model import ACTION, AGREED, COMMENT, MEMBER, ActionsModel
from alsdesk.ui.common.columns import fit_columns
from alsdesk.ui.common.layouts import HINT_STYLE, hint_label
from alsdesk.ui.common.roles import ROW_OBJECT_ROLE
from alsdesk.ui.common.steady import SteadyLabel
from alsdesk.ui.common.widgets import (
    InlineErrors,
    bold,
    compact_table,
    fit_rows,
    status_style,
    wrapping_label,
)
from alsdesk.ui.person.charts.run_chart_widget import RunChartWidget
from alsdesk.ui.person.charts.xmr_chart_widget import XmrChartWidget
from alsdesk.ui.person.goal_chart_choice import ChartChoice
from alsdesk.ui.person.goal_format import measure_line, measure_title, with_unit
from alsdesk.ui.person.goal_milestones import GoalMilestonesPanel
from alsdesk.ui.person.goal_updates import GoalUpdatesPanel

ALL_POINTS = 1  # the median spin box's lowest value, shown as "all points"
CHART_HEIGHT = 360
XMR_WITH_RANGES_HEIGHT = 500  # the XmR chart with its moving-range chart below
TWO_COLUMNS_WIDTH = 720  # the summary's parts side by side from this width


class GoalDetail(QWidget):
    changed = Signal()
    """Something of the goal was saved here (progress, milestones, the median)."""
    reflowed = Signal()
    """The summary changed between one and two columns: the height it needs has changed."""

    def __init__(
        self, goals: GoalService, today: Callable[[], dt.date], parent: QWidget | None = None
    ):
        super().__init__(parent)
        self._goals = goals
        self._today = today
        self.goal: GoalInfo | None = None

        self.title = bold(wrapping_label("goal_title"), 1.4)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status = QLabel()
        self.status.setObjectName("goal_status")
        self.changed_on = hint_label("")
        self.changed_on.setObjectName("goal_changed_on")
        heading = QHBoxLayout()
        heading.addWidget(self.title, 1)
        heading.addWidget(self.status, 0, Qt.AlignmentFlag.AlignTop)

        self.edit_button = QPushButton(self.tr("&Edit goal…"))
        self.edit_button.setObjectName("edit_goal")
        self.delete_button = QPushButton(self.tr("&Delete goal…"))
        self.delete_button.setObjectName("delete_goal")
        self.export_button = QPushButton(self.tr("E&xport report (PDF)…"))
        self.export_button.setObjectName("export_goal")
        buttons = QHBoxLayout()
        for button in (self.edit_button, self.delete_button, self.export_button):
            buttons.addWidget(button)
        buttons.addStretch(1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 0, 8, 8)  # the page and the scroll bar give the rest
        layout.addLayout(heading)
        layout.addWidget(self.changed_on)
        layout.addLayout(buttons)
        layout.addWidget(self._summary_box())
        layout.addWidget(self._measure_box())
        self.updates = GoalUpdatesPanel(goals, today)
        self.updates.changed.connect(self._saved)
        layout.addWidget(self.updates)
        self.milestones = GoalMilestonesPanel(goals, today)
        self.milestones.changed.connect(self._saved)
        layout.addWidget(self.milestones)
        layout.addWidget(self._actions_box())
        layout.addStretch(1)

    # -- building -------------------------------------------------------------------

    def _summary_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("About the goal"))
        self.summary_grid = QGridLayout()
        self.summary_grid.setHorizontalSpacing(24)
        self.summary_grid.setVerticalSpacing(2)
        self.summary: dict[str, tuple[QLabel, QLabel]] = {}
        for key, caption in (
            ("problem", self.tr("Problem")),
            ("why_it_matters", self.tr("Why it matters to service users")),
            ("scope", self.tr("Scope")),
            ("stakeholders", self.tr("Stakeholders")),
        ):
            heading = bold(QLabel(caption))
            heading.setContentsMargins(0, 4, 0, 0)
            text = wrapping_label(key)
            text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.summary[key] = (heading, text)
        self._summary_columns = 0
        self.summary_hint = hint_label(
            self.tr(
                "Nothing written yet. Use “Edit goal…” to describe the problem, why it "
                "matters to service users, its scope and who is involved."
            )
        )
        self.summary_hint.setObjectName("summary_hint")
        layout = QVBoxLayout(box)
        layout.addLayout(self.summary_grid)
        layout.addWidget(self.summary_hint)
        return box

    def _arrange_summary(self, force: bool = False) -> bool:
        """The written parts in two columns when there is room, else one under another.

        True when the arrangement changed."""
        columns = 2 if self.width() >= TWO_COLUMNS_WIDTH else 1
        if columns == self._summary_columns and not force:
            return False
        self._summary_columns = columns
        for heading, text in self.summary.values():
            self.summary_grid.removeWidget(heading)
            self.summary_grid.removeWidget(text)
            heading.hide()
            text.hide()
        written = [pair for pair in self.summary.values() if pair[1].text()]
        for place, (heading, text) in enumerate(written):
            row, column = 2 * (place // columns), place % columns
            self.summary_grid.addWidget(heading, row, column, Qt.AlignmentFlag.AlignTop)
            self.summary_grid.addWidget(text, row + 1, column, Qt.AlignmentFlag.AlignTop)
            heading.show()
            text.show()
        for column in range(2):
            self.summary_grid.setColumnStretch(column, 1 if column < columns else 0)
        self.summary_hint.setVisible(not written)
        return True

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._show_action_columns()
        if self._arrange_summary():
            self.reflowed.emit()

    def _show_action_columns(self) -> None:
        """When narrow, the action's words keep the room; its date and comment give way."""
        narrow = self.width() < TWO_COLUMNS_WIDTH
        commented = any(
            self.actions_model.index(row, COMMENT).data()
            for row in range(self.actions_model.rowCount())
        )
        self.actions_table.setColumnHidden(AGREED, narrow)
        self.actions_table.setColumnHidden(COMMENT, narrow or not commented)

    def _fit_action_columns(self) -> None:
        """Fit the actions' columns to their contents, then hide those the width can't hold.

        A hidden column is fitted without its width limit (Qt keeps its full width for
        when it is shown again), so the date and comment are shown while fitting.
        """
        for column in (AGREED, COMMENT):
            self.actions_table.setColumnHidden(column, False)
        fit_columns(self.actions_table, max_width=200, stretch=ACTION)
        self._show_action_columns()

    def _measure_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Measure and chart"))
        self.measure_name = bold(wrapping_label("measure_name"))
        self.measure = wrapping_label("measure_line")
        # A line kept for it: the first measurement must not push the chart and the form down.
        self.latest = SteadyLabel(name="latest_value")
        self.latest.setStyleSheet(HINT_STYLE)
        self.chart = RunChartWidget()
        self.chart.setObjectName("run_chart")
        self.chart.setMinimumHeight(CHART_HEIGHT)
        self.xmr_chart = XmrChartWidget()
        self.xmr_chart.setObjectName("xmr_chart")
        self.xmr_chart.setMinimumHeight(CHART_HEIGHT)
        self.xmr_chart.hide()
        self.rules_summary = wrapping_label("rules_summary")
        self.chart_choice = ChartChoice(self._goals)
        self.chart_choice.changed.connect(self._saved)

        self.rule_set = QComboBox()
        self.rule_set.setObjectName("rule_set")
        for rule_set in RuleSet:
            self.rule_set.addItem(rule_set.label, rule_set)
        self.rule_set.setToolTip(
            self.tr(
                "IHI run chart rules: a shift of 6, a trend of 5 and the runs table, as taught "
                "on NHS programmes. Anhøj rules (as in qicharts2): limits that grow with the "
                "series, so a long series of chance variation rarely signals."
            )
        )
        self.rule_set.currentIndexChanged.connect(self._set_rule_set)
        rules_label = QLabel(self.tr("&Rules"))
        rules_label.setBuddy(self.rule_set)

        self.median_points = QSpinBox()
        self.median_points.setObjectName("median_points")
        self.median_points.setMinimum(ALL_POINTS)
        self.median_points.setSpecialValueText(self.tr("all points"))
        self.median_points.setPrefix(self.tr("the first "))
        self.median_points.setSuffix(self.tr(" points"))
        self.median_points.setKeyboardTracking(False)
        self.median_points.setAccelerated(True)
        self.median_points.setToolTip(
            self.tr("How many of the first points the median is computed from; below 2 is all.")
        )
        self.median_points.valueChanged.connect(self._set_median_points)
        median_label = QLabel(self.tr("Median &from"))
        median_label.setBuddy(self.median_points)
        self.median_hint = hint_label(
            self.tr(
                "Fix the median on the points before a change, so that an improvement "
                "shows as a shift instead of moving the median with it."
            )
        )
        self.errors = InlineErrors(self)
        median_error = self.errors.watch("median_points", self.median_points)
        rules_error = self.errors.watch("rule_set", self.rule_set)
        self.run_options = QWidget()
        median = QGridLayout(self.run_options)
        median.setContentsMargins(0, 0, 0, 0)
        median.addWidget(median_label, 0, 0)
        median.addWidget(self.median_points, 0, 1)
        median.setColumnStretch(2, 1)
        median.addWidget(median_error, 1, 0, 1, 3)
        median.addWidget(self.median_hint, 2, 0, 1, 3)
        median.addWidget(rules_label, 3, 0)
        median.addWidget(self.rule_set, 3, 1)
        median.addWidget(rules_error, 4, 0, 1, 3)

        layout = QVBoxLayout(box)
        layout.addWidget(self.measure_name)
        layout.addWidget(self.measure)
        layout.addWidget(self.latest)
        layout.addWidget(self.chart)
        layout.addWidget(self.xmr_chart)
        layout.addWidget(self.rules_summary)
        layout.addWidget(self.chart_choice)
        layout.addWidget(self.run_options)
        return box

    def _actions_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Actions from set meetings"))
        self.actions_model = ActionsModel(self)
        self.actions_table = compact_table(self.actions_model, "goal_actions_table", self)
        self.actions_table.setColumnHidden(MEMBER, True)
        self.actions_hint = hint_label(
            self.tr(
                "No actions linked yet. Actions agreed at a set meeting are linked to this "
                "goal when they are recorded, or later with “Link an earlier action…”; "
                "they show here with their status."
            )
        )
        self.actions_hint.setObjectName("actions_hint")
        self.link_button = QPushButton(self.tr("&Link an earlier action…"))
        self.link_button.setObjectName("link_action")
        self.link_button.setToolTip(
            self.tr("Link an action agreed before this goal was recorded, or without a goal")
        )
        self.link_button.clicked.connect(self.link_earlier_action)
        self.unlink_button = QPushButton(self.tr("U&nlink"))
        self.unlink_button.setObjectName("unlink_action")
        self.unlink_button.setEnabled(False)
        self.unlink_button.clicked.connect(self.unlink_selected_action)
        self.actions_table.selectionModel().selectionChanged.connect(
            lambda *_: self.unlink_button.setEnabled(self._selected_action() is not None)
        )
        buttons = QHBoxLayout()
        buttons.addWidget(self.link_button)
        buttons.addWidget(self.unlink_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(box)
        layout.addWidget(self.actions_hint)
        layout.addWidget(self.actions_table)
        layout.addLayout(buttons)
        layout.addWidget(self.errors.watch("actions", self.link_button))
        return box

    # -- showing ----------------------------------------------------------------------

    def show_goal(self, goal_id: int) -> None:
        """Read the goal and everything under it again; NotFoundError if it has gone."""
        goal = self._goals.get(goal_id)
        updates = self._goals.updates(goal_id)
        analysis = chart_of(goal.median_points, updates, goal.rule_set)
        if self.goal is None or self.goal.id != goal_id:
            self.errors.clear()
        self.goal = goal

        self.title.setText(goal.title)
        self.status.setText(goal.status.label)
        self.status.setStyleSheet(status_style(goal.status))
        self.changed_on.setText(self.tr("Last changed %s") % medium_date(goal.updated_at.date()))
        for key, (_heading, text) in self.summary.items():
            text.setText(getattr(goal, key))
        self._arrange_summary(force=True)

        xmr = xmr_of(goal, updates)
        self._show_measure(goal, updates, analysis, xmr)
        signals = _signals_by_update(updates, analysis) if xmr is None else _causes(updates, xmr)
        self.updates.show_goal(goal, updates, signals)
        self.milestones.show_goal(goal_id, self._goals.milestones(goal_id))
        actions = self._goals.linked_actions(goal_id)
        self.actions_model.reload(actions, self._today())
        self._fit_action_columns()
        fit_rows(self.actions_table, max_rows=8)
        self.actions_table.setVisible(bool(actions))
        self.actions_hint.setVisible(not actions)
        self.link_button.setEnabled(bool(self._goals.linkable_actions(goal_id)))
        self.unlink_button.setEnabled(False)

    def _show_measure(
        self,
        goal: GoalInfo,
        updates: list[UpdateInfo],
        analysis: RunChartAnalysis,
        xmr: XmrAnalysis | None,
    ) -> None:
        measure = goal.measure
        title = measure_title(measure)
        self.measure_name.setText(title)
        self.measure_name.setVisible(bool(title))
        line = measure_line(measure)
        if not title and not line:
            line = self.tr(
                "No measure yet. Use “Edit goal…” to name what you will count, "
                "with a baseline and a target."
            )
        self.measure.setText(line)
        measured = [u for u in updates if u.value is not None]
        if measured:
            last = measured[-1]
            self.latest.setText(
                self.tr("Latest %s on %s · %s")
                % (
                    with_unit(last.value, measure.unit),
                    medium_date(last.date),
                    self.tr("1 measurement")
                    if len(measured) == 1
                    else self.tr("%d measurements") % len(measured),
                )
            )
        else:
            self.latest.clear()
        self.chart.set_chart(analysis, measure)
        chose_xmr = goal.chart.kind == ChartKind.XMR
        if xmr is not None:
            ranges = goal.chart.moving_range_chart
            self.xmr_chart.set_chart(xmr, measure, ranges)
            self.xmr_chart.setMinimumHeight(XMR_WITH_RANGES_HEIGHT if ranges else CHART_HEIGHT)
            text = xmr_summary(xmr, measure.unit, measure.target_value)
        elif chose_xmr and analysis.points:
            text = too_few_points(len(analysis.points)) + " " + summary(analysis)
        else:
            text = summary(analysis) if analysis.points else ""
        self.xmr_chart.setVisible(xmr is not None)
        self.chart.setVisible(xmr is None)
        self.run_options.setVisible(xmr is None)
        self.rules_summary.setText(text)
        self.rules_summary.setVisible(bool(text))
        self.chart_choice.show_goal(goal, [p.date for p in analysis.points])
        with QSignalBlocker(self.rule_set):
            self.rule_set.setCurrentIndex(self.rule_set.findData(goal.rule_set))

        count = len(analysis.points)
        with QSignalBlocker(self.median_points):
            self.median_points.setMaximum(max(2, count, goal.median_points or 0))
            self.median_points.setValue(goal.median_points or ALL_POINTS)
        self.median_points.setEnabled(count >= 3 or goal.median_points is not None)

    # -- edits ------------------------------------------------------------------------

    def _set_median_points(self, value: int) -> None:
        points = None if value == ALL_POINTS else value
        if self.goal is not None and points != self.goal.median_points:
            self._save_change("median_points", points)

    def _set_rule_set(self, _index: int) -> None:
        rule_set = self.rule_set.currentData()
        if self.goal is not None and rule_set != self.goal.rule_set:
            self._save_change("rule_set", rule_set)

    def _save_change(self, field: str, value: object) -> None:
        """Save one field of the goal edited on the page; a refusal shows at that field."""
        assert self.goal is not None
        self.errors.clear()
        try:
            self._goals.update(
                self.goal.id,
                dataclasses.replace(self.goal.draft(), **{field: value}),
                expected_version=self.goal.version,
            )
        except (UserError, StorageError) as exc:
            self.errors.show({field: str(exc)}, fallback=field)
            return
        self._saved()

    def _selected_action(self) -> ActionInfo | None:
        rows = self.actions_table.selectionModel().selectedRows()
        return rows[0].data(ROW_OBJECT_ROLE) if rows else None

    def link_earlier_action(self) -> None:
        """Choose one of the owner's actions that serves no goal yet, and link it here."""
        if self.goal is None:
            return
        candidates = self._goals.linkable_actions(self.goal.id)
        if not candidates:
            return
        labels = [
            self.tr("%s: %s") % (medium_date(a.agreed_on), a.text.splitlines()[0])
            for a in candidates
        ]
        chosen, ok = QInputDialog.getItem(
            self,
            self.tr("Link an earlier action"),
            self.tr("Action agreed at a set meeting:"),
            labels,
            0,
            False,
        )
        if ok and chosen in labels:
            self._link(candidates[labels.index(chosen)], linked=True)

    def unlink_selected_action(self) -> None:
        action = self._selected_action()
        if action is not None:
            self._link(action, linked=False)

    def _link(self, action: ActionInfo, linked: bool) -> None:
        if self.goal is None:
            return
        try:
            self._goals.link_action(self.goal.id, action.id, linked)
        except (UserError, StorageError) as exc:
            self.errors.show({"actions": str(exc)}, fallback="actions")
            return
        self._saved()

    def _saved(self) -> None:
        if self.goal is not None:
            self.show_goal(self.goal.id)
        self.changed.emit()


def _signals_by_update(updates: list[UpdateInfo], analysis: RunChartAnalysis) -> dict[int, str]:
    """Update id -> the signals ("Shift, Trend") its value is part of on the run chart.

    The chart's points are the updates with a value, in date order, as the service reads them.
    """
    measured = sorted((u for u in updates if u.value is not None), key=lambda u: u.date)
    found: dict[int, list[str]] = {}
    for signal in analysis.signals:
        for index in signal.indices:
            if index < len(measured):
                labels = found.setdefault(measured[index].id, [])
                if signal.kind.label not in labels:
                    labels.append(signal.kind.label)
    return {update_id: ", ".join(labels) for update_id, labels in found.items()}


def _causes(updates: list[UpdateInfo], chart: XmrAnalysis) -> dict[int, str]:
    """Update id -> the special cause its value shows on the XmR chart, for those with one."""
    measured = sorted((u for u in updates if u.value is not None), key=lambda u: u.date)
    return {
        update.id: f"{variation.label} ({cause.label.lower()})"
        for update, cause, variation in zip(measured, chart.causes, chart.variations, strict=True)
        if cause is not None
    }
