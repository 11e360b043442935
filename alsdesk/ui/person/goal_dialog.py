"""Record or edit an improvement goal: what and why on the left, its measure on the right."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from alsdesk.services.errors import ValidationError
from alsdesk.services.goals import (
    MAX_MEASURE_NAME,
    MAX_TITLE,
    MAX_UNIT,
    ChartOptions,
    GoalDraft,
    GoalInfo,
    GoalService,
    GoalStatus,
    Measure,
)
from alsdesk.services.plausible import GOAL_BASELINE, GOAL_TARGET
from alsdesk.services.run_chart import RuleSet
from alsdesk.ui.common.fields import OptionalDate, plain_text_edit
from alsdesk.ui.common.form import FormDialog
from alsdesk.ui.person.goal_format import format_value


def _heading(text: str) -> QLabel:
    label = QLabel(text)
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    return label


class GoalDialog(FormDialog):
    """Saves with ``save`` on OK, so the service's objections show at their fields;
    ``result_value`` is the saved GoalInfo."""

    def __init__(
        self,
        goals: GoalService,
        save: Callable[[GoalDraft], GoalInfo],
        today: dt.date,
        existing: GoalInfo | None = None,
        parent: QWidget | None = None,
    ):
        title = self.tr("Edit improvement goal") if existing else self.tr("New improvement goal")
        super().__init__(title, self.collect, parent)
        self._goals = goals
        self._save = save
        self._median_points = existing.median_points if existing else None
        self._rule_set = existing.rule_set if existing else RuleSet.IHI  # set on the page
        self._chart = existing.chart if existing else ChartOptions()  # so is the chart
        self.setMinimumWidth(760)

        columns = QHBoxLayout()
        self.top.addLayout(columns)
        goal_form = self._column(columns, self.tr("The improvement"))
        columns.addSpacing(18)
        measure_form = self._column(columns, self.tr("Its measure"))

        self.form = goal_form
        self.title_edit = self.add_field(
            "title", self.tr("&Title"), QLineEdit(), max_length=MAX_TITLE
        )
        self.title_edit.setPlaceholderText(self.tr("e.g. Discharge before noon on ward 7"))
        self.status = self.add_field("status", self.tr("&Status"), QComboBox())
        for status in GoalStatus:
            self.status.addItem(status.label, status)
        self.problem = self.add_field("problem", self.tr("&Problem"), plain_text_edit(lines=3))
        self.problem.setPlaceholderText(self.tr("What is not working, for whom, how do you know"))
        self.why = self.add_field(
            "why_it_matters", self.tr("Why it &matters\nto service users"), plain_text_edit(3)
        )
        self.why.setPlaceholderText(self.tr("What patients, carers or families will notice"))
        self.scope = self.add_field("scope", self.tr("S&cope"), plain_text_edit(lines=2))
        self.scope.setPlaceholderText(self.tr("Where it starts and stops"))
        self.stakeholders = self.add_field(
            "stakeholders", self.tr("Sta&keholders"), plain_text_edit(lines=2)
        )
        self.stakeholders.setPlaceholderText(self.tr("Who needs to be involved or kept informed"))

        self.form = measure_form
        self.measure_name = self.add_field(
            "measure_name", self.tr("M&easure"), QLineEdit(), max_length=MAX_MEASURE_NAME
        )
        self.measure_name.setPlaceholderText(self.tr("e.g. Patients discharged before noon"))
        self.unit = self.add_field(
            "measure_unit", self.tr("&Unit"), QLineEdit(), max_length=MAX_UNIT
        )
        self.unit.setPlaceholderText(self.tr("e.g. %, days, patients"))
        self.baseline_value = self.add_field("baseline_value", self.tr("&Baseline"), QLineEdit())
        self.baseline_value.setPlaceholderText(self.tr("The value now, e.g. 42"))
        self.baseline_date = OptionalDate(self.tr("measured &on"), today)
        self.baseline_date.known.setObjectName("baseline_date_known")
        self.baseline_date.edit.setObjectName("baseline_date_edit")
        self.add_field("baseline_date", "", self.baseline_date, marks=self.baseline_date.edit)
        self.target_value = self.add_field("target_value", self.tr("Tar&get"), QLineEdit())
        self.target_value.setPlaceholderText(self.tr("The value you aim for, e.g. 80"))
        self.target_date = OptionalDate(self.tr("b&y"), today)
        self.target_date.known.setObjectName("target_date_known")
        self.target_date.edit.setObjectName("target_date_edit")
        self.add_field("target_date", "", self.target_date, marks=self.target_date.edit)
        self.direction = self.add_field("higher_is_better", self.tr("&Direction"), QComboBox())
        self.direction.addItem(self.tr("Higher is better"), True)
        self.direction.addItem(self.tr("Lower is better"), False)
        # A "must be above the baseline" objection no longer holds once this changes.
        self.direction.currentIndexChanged.connect(lambda _i: self.clear_error("target_value"))
        for key, dates, likely in (
            ("baseline_date", self.baseline_date, GOAL_BASELINE),
            ("target_date", self.target_date, GOAL_TARGET),
        ):
            dates.changed.connect(lambda key=key: self.clear_error(key))

            # After the form's own clearing (connected in add_field): the doubt stays shown.
            def question(*_args, key=key, dates=dates, likely=likely) -> None:
                self.show_warning(key, likely.warning(dates.value(), today))

            dates.edit.dateChanged.connect(question)
            dates.known.toggled.connect(question)
        # A date out of order is as much the baseline date's doing as the target's.
        self.baseline_date.changed.connect(lambda: self.clear_error("target_date"))

        if existing is not None:
            self._load(existing.draft())
            self.ok_button.setText(self.tr("Save"))
        else:
            self._load(GoalDraft(title=""))
            self.ok_button.setText(self.tr("Add goal"))

    def _column(self, columns: QHBoxLayout, heading: str) -> QFormLayout:
        column = QVBoxLayout()
        column.addWidget(_heading(heading))
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        column.addLayout(form)
        column.addStretch(1)
        columns.addLayout(column, 1)
        return form

    def _load(self, draft: GoalDraft) -> None:
        self.title_edit.setText(draft.title)
        self.status.setCurrentIndex(max(0, self.status.findData(GoalStatus(draft.status))))
        self.problem.setPlainText(draft.problem)
        self.why.setPlainText(draft.why_it_matters)
        self.scope.setPlainText(draft.scope)
        self.stakeholders.setPlainText(draft.stakeholders)
        measure = draft.measure
        self.measure_name.setText(measure.name)
        self.unit.setText(measure.unit)
        for edit, value in (
            (self.baseline_value, measure.baseline_value),
            (self.target_value, measure.target_value),
        ):
            edit.setText(format_value(value) if value is not None else "")
        self.baseline_date.set_value(measure.baseline_date)
        self.target_date.set_value(measure.target_date)
        self.direction.setCurrentIndex(0 if measure.higher_is_better else 1)

    def _number(self, key: str, edit: QLineEdit, problems: dict[str, str]) -> float | None:
        try:
            return self._goals.parse_value(edit.text())
        except ValidationError as exc:
            problems[key] = next(iter(exc.fields.values()))
            return None

    def collect(self) -> GoalInfo:
        """Saved, or every problem at once: unreadable numbers and the service's own checks."""
        problems: dict[str, str] = {}
        measure = Measure(
            name=self.measure_name.text(),
            unit=self.unit.text(),
            baseline_value=self._number("baseline_value", self.baseline_value, problems),
            baseline_date=self.baseline_date.value(),
            target_value=self._number("target_value", self.target_value, problems),
            target_date=self.target_date.value(),
            higher_is_better=bool(self.direction.currentData()),
        )
        draft = GoalDraft(
            title=self.title_edit.text(),
            problem=self.problem.toPlainText(),
            why_it_matters=self.why.toPlainText(),
            scope=self.scope.toPlainText(),
            stakeholders=self.stakeholders.toPlainText(),
            status=self.status.currentData(),
            measure=measure,
            median_points=self._median_points,
            rule_set=self._rule_set,
            chart=self._chart,
        )
        try:
            if not problems:
                return self._save(draft)
            self._goals.validate(draft)
        except ValidationError as exc:
            problems = {**exc.fields, **problems}
        raise ValidationError(problems)
