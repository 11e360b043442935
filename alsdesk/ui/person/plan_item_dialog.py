"""Add or edit one development plan item: a need, its dimensions, objective and evidence."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QSizePolicy,
    QWidget,
)

from alsdesk.services.leadership import DIMENSIONS
from alsdesk.services.plan import (
    FIRST_REVIEW_DAYS,
    MAX_ITEM_TEXT,
    PlanItemDraft,
    PlanItemInfo,
    PlanService,
    PlanStatus,
)
from alsdesk.services.plausible import PLAN_REVIEW
from alsdesk.ui.common.fields import OptionalDate, plain_text_edit
from alsdesk.ui.common.form import FormDialog

DIMENSION_ROWS = 5  # the nine dimensions in two columns


class DimensionList(QListWidget):
    """The nine dimensions as check boxes in two columns (Space ticks the current one)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setFlow(QListView.Flow.TopToBottom)
        self.setWrapping(True)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setSpacing(1)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        for spec in DIMENSIONS:
            item = QListWidgetItem(spec.name, self)
            item.setToolTip(spec.prompt)
            item.setData(Qt.ItemDataRole.UserRole, spec.number)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:
        """Tall enough for five rows, so the nine wrap into two columns."""
        row = self.sizeHintForRow(0) + 2 * self.spacing()
        return QSize(super().sizeHint().width(), row * DIMENSION_ROWS + 2 * self.frameWidth() + 2)

    def minimumSizeHint(self) -> QSize:
        return QSize(super().minimumSizeHint().width(), self.sizeHint().height())

    def chosen(self) -> tuple[int, ...]:
        return tuple(
            self.item(row).data(Qt.ItemDataRole.UserRole)
            for row in range(self.count())
            if self.item(row).checkState() == Qt.CheckState.Checked
        )

    def choose(self, numbers: tuple[int, ...]) -> None:
        for row in range(self.count()):
            item = self.item(row)
            wanted = item.data(Qt.ItemDataRole.UserRole) in numbers
            item.setCheckState(Qt.CheckState.Checked if wanted else Qt.CheckState.Unchecked)


class PlanItemDialog(FormDialog):
    """On accept, ``result_value`` holds a validated PlanItemDraft."""

    def __init__(
        self,
        plan: PlanService,
        today: dt.date,
        existing: PlanItemInfo | None = None,
        parent: QWidget | None = None,
        start: PlanItemDraft | None = None,  # a new item's first values (from a 360 theme)
    ):
        title = self.tr("Edit plan item") if existing else self.tr("Add plan item")
        super().__init__(title, self.collect, parent)
        self._plan = plan
        self.setMinimumWidth(600)

        self.need = self.add_field(
            "need", self.tr("Development &need"), QLineEdit(), max_length=MAX_ITEM_TEXT
        )
        self.need.setPlaceholderText(self.tr("What do you want to get better at?"))
        self.dimensions = self.add_field(
            "dimensions", self.tr("Leadership &dimensions"), DimensionList()
        )
        self.dimensions.itemChanged.connect(lambda *_: self.clear_error("dimensions"))
        self.objective = self.add_field(
            "objective", self.tr("Specific &objective"), plain_text_edit(lines=2)
        )
        self.objective.setPlaceholderText(
            self.tr("What will be different, how you will tell, and by when")
        )
        self.activities = self.add_field(
            "activities", self.tr("&Activities"), plain_text_edit(lines=3)
        )
        self.activities.setPlaceholderText(
            self.tr("Practice at work, shadowing, reading, a course, coaching")
        )
        self.evidence = self.add_field(
            "evidence", self.tr("&Evidence of progress"), plain_text_edit(lines=2)
        )
        self.evidence.setPlaceholderText(
            self.tr("Feedback, observations or results that will show the change")
        )

        self.review = OptionalDate(
            self.tr("Review on"),
            today + dt.timedelta(days=FIRST_REVIEW_DAYS),
        )
        self.review.known.setObjectName("has_review")
        self.review.edit.setObjectName("review_date_edit")
        self.add_field("review_date", self.tr("&Review"), self.review, marks=self.review.edit)

        def question(*_args) -> None:  # after the form's own clearing, in add_field
            self.show_warning("review_date", PLAN_REVIEW.warning(self.review.value(), today))

        self.review.edit.dateChanged.connect(question)
        self.review.known.toggled.connect(question)

        self.status = self.add_field("status", self.tr("&Status"), QComboBox())
        for status in PlanStatus:
            self.status.addItem(status.label, str(status))

        if existing is not None:
            self._load(existing.draft(), today)
            self.ok_button.setText(self.tr("Save"))
        else:
            review = today + dt.timedelta(days=FIRST_REVIEW_DAYS)
            self._load(start or PlanItemDraft(need="", review_date=review), today)
            self.ok_button.setText(self.tr("Add"))

    def _load(self, draft: PlanItemDraft, today: dt.date) -> None:
        self.need.setText(draft.need)
        self.dimensions.choose(draft.dimensions)
        self.objective.setPlainText(draft.objective)
        self.activities.setPlainText(draft.activities)
        self.evidence.setPlainText(draft.evidence)
        self.review.set_value(draft.review_date)
        self.status.setCurrentIndex(max(0, self.status.findData(str(draft.status))))

    def collect(self) -> PlanItemDraft:
        draft = PlanItemDraft(
            need=self.need.text(),
            dimensions=self.dimensions.chosen(),
            objective=self.objective.toPlainText(),
            activities=self.activities.toPlainText(),
            evidence=self.evidence.toPlainText(),
            review_date=self.review.value(),
            status=PlanStatus(self.status.currentData()),
        )
        return self._plan.validate_item(draft)
