"""Take or edit a self-assessment: a level and a reason for each of the nine dimensions.

Each row names the dimension, asks our own one-line question under it, and
offers the four levels in a combo box (arrow keys, Home and End choose). A new
assessment can start from the levels of the one before.
"""

from __future__ import annotations

import datetime as dt
import html

from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from alsdesk import theme
from alsdesk.dates import medium_date
from alsdesk.i18n import translate
from alsdesk.services.leadership import DIMENSIONS, Level
from alsdesk.services.plan import AssessmentDraft, AssessmentInfo, PlanService, Rating
from alsdesk.services.plausible import ASSESSMENT
from alsdesk.ui.common.date_field import DateField
from alsdesk.ui.common.form import FormDialog, mark_invalid
from alsdesk.ui.common.layouts import VerticalScrollArea, hint_label

PROMPT_STYLE = f"color: {theme.current().screen.hint};"
PROMPT_SCALE = theme.current().screen_sizes.prompt
COUNT_STYLE = f"color: {theme.current().screen.hint};"
DATE_FORMAT = "d MMM yyyy"
MIN_ROWS_HEIGHT = 150  # the rows scroll rather than push the buttons off a small screen
WINDOW_FRAME = 40  # title bar and borders
LEVEL_WIDTH = 11  # characters: "Proficient" and "Choose…" without eliding


def label_choices() -> list[str]:
    """The usual moments to take an assessment, in programme order."""
    return [
        translate("AssessmentDialog", "Start of programme"),
        translate("AssessmentDialog", "Mid-point"),
        translate("AssessmentDialog", "End of programme"),
    ]


class RatingRow:
    """One dimension's level chooser and reason, laid out on a grid row."""

    def __init__(self, grid: QGridLayout, row: int, number: int, placeholder: str, why: str):
        spec = DIMENSIONS[number - 1]
        self.number = number
        name = QLabel(f"<b>{html.escape(spec.name)}</b>")
        prompt = QLabel(spec.prompt)
        prompt.setStyleSheet(PROMPT_STYLE)
        small = prompt.font()
        small.setPointSizeF(small.pointSizeF() * PROMPT_SCALE)
        prompt.setFont(small)
        text = QVBoxLayout()
        text.setSpacing(1)
        text.addWidget(name)
        text.addWidget(prompt)
        self.level = QComboBox()
        self.level.setObjectName(f"level_{number}")
        self.level.setPlaceholderText(placeholder)
        self.level.setAccessibleName(spec.name)
        self.level.setAccessibleDescription(spec.prompt)
        self.level.setMinimumContentsLength(LEVEL_WIDTH)
        self.level.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        for level in Level:
            self.level.addItem(level.label, int(level))
        self.level.setCurrentIndex(-1)
        self.reason = QLineEdit()
        self.reason.setObjectName(f"reason_{number}")
        self.reason.setPlaceholderText(why)
        self.reason.setAccessibleName(f"{spec.name}: {why}")
        grid.addLayout(text, row, 0)
        grid.addWidget(self.level, row, 1, Qt.AlignmentFlag.AlignVCenter)
        grid.addWidget(self.reason, row, 2, Qt.AlignmentFlag.AlignVCenter)

    def chosen(self) -> Level | None:
        data = self.level.currentData()
        return Level(data) if data is not None else None

    def set_level(self, level: Level | None) -> None:
        self.level.setCurrentIndex(self.level.findData(int(level)) if level else -1)

    def rating(self) -> Rating | None:
        level = self.chosen()
        return Rating(self.number, level, self.reason.text()) if level else None


class AssessmentDialog(FormDialog):
    """On accept, ``result_value`` holds a validated AssessmentDraft."""

    def __init__(
        self,
        plan: PlanService,
        person_id: int,
        today: dt.date,
        existing: AssessmentInfo | None = None,
        previous: AssessmentInfo | None = None,
        taken: tuple[str, ...] = (),
        parent: QWidget | None = None,
    ):
        """``previous`` offers its levels as a start; ``taken`` are labels already used."""
        title = self.tr("Edit self-assessment") if existing else self.tr("New self-assessment")
        super().__init__(title, self.collect, parent)
        self._plan = plan
        self._person_id = person_id
        self._existing = existing
        self._previous = previous
        self.setMinimumWidth(720)

        self.top.addWidget(
            hint_label(
                self.tr(
                    "Place yourself on each dimension of the Healthcare Leadership Model, "
                    "from Essential to Exemplary, and note why in a line: an example "
                    "helps you see the change next time."
                )
            )
        )
        self.label = self.add_field("label", self.tr("&Name"), QComboBox())
        self.label.setEditable(True)
        self.label.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.label.addItems(label_choices())
        self.label.lineEdit().textEdited.connect(lambda *_: self.clear_error("label"))
        self.date = self.add_field("date", self.tr("&Date"), DateField())
        self.date.setDisplayFormat(DATE_FORMAT)
        self.date.dateChanged.connect(lambda *_: self.clear_error("label"))
        self.date.dateChanged.connect(  # after the form's own clearing, in add_field
            lambda day: self.show_warning("date", ASSESSMENT.warning(day.toPython(), today))
        )

        self.copy_previous = QPushButton(self)
        self.copy_previous.setObjectName("copy_previous")
        self.copy_previous.clicked.connect(self.start_from_previous)
        if existing is None and previous is not None:
            self.copy_previous.setText(
                self.tr("Start from the levels of “%s” (%s)")
                % (previous.label, medium_date(previous.date))
            )
            copy_row = QHBoxLayout()
            copy_row.addWidget(self.copy_previous)
            copy_row.addStretch(1)
            self.form.addRow("", copy_row)
        else:
            self.copy_previous.hide()

        self.rows: list[RatingRow] = []
        grid_box = QWidget()
        grid = QGridLayout(grid_box)
        grid.setContentsMargins(0, 0, 4, 0)
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(10)
        grid.setColumnStretch(2, 1)
        for number, _spec in enumerate(DIMENSIONS, start=1):
            row = RatingRow(
                grid, number - 1, number, self.tr("Choose…"), self.tr("Why? An example or two")
            )
            row.level.currentIndexChanged.connect(lambda *_, r=row: self._level_chosen(r))
            self.rows.append(row)
        # Height beyond the rows' own goes below the last one: each name stays with its
        # question, and the rows keep their places whatever re-lays the dialog out.
        grid.setRowStretch(len(DIMENSIONS), 1)
        self.scroll = VerticalScrollArea(grid_box)
        self.scroll.setObjectName("ratings_scroll")
        self.count = QLabel()
        self.count.setObjectName("rated_count")
        self.count.setStyleSheet(COUNT_STYLE)
        ratings_box = QWidget()
        column = QVBoxLayout(ratings_box)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.scroll, 1)
        count_row = QHBoxLayout()
        count_row.addWidget(self.count)
        count_row.addStretch(1)
        column.addLayout(count_row)
        self.add_field("ratings", self.tr("Ratings"), ratings_box, marks=self.count)
        self._span_last_row()
        self.scroll.setMinimumHeight(MIN_ROWS_HEIGHT)
        # Extra height goes to the rows, not to the gap above the buttons.
        self.layout().setStretch(self.layout().indexOf(self.form), 1)
        self.layout().setStretch(self.layout().indexOf(self.form) + 1, 0)
        self._grown = False

        if existing is not None:
            self._load(existing.label, existing.date, existing.ratings, with_reasons=True)
            self.ok_button.setText(self.tr("Save"))
        else:
            unused = [c for c in label_choices() if c.casefold() not in _folded(taken)]
            self._load(unused[0] if unused else "", today, (), with_reasons=False)
            self.ok_button.setText(self.tr("Save assessment"))
        self._show_count()

    def _span_last_row(self) -> None:
        """Give the ratings grid the whole width: nine rows need it more than a label does."""
        taken = self.form.takeRow(self.form.rowCount() - 1)
        label = taken.labelItem.widget()
        label.hide()
        label.deleteLater()
        self.form.addRow(taken.fieldItem.widget())

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._grown:
            self._grown = True
            self._show_all_rows()

    def _show_all_rows(self) -> None:
        """Grow to show all nine rows, as far as the screen allows (Qt stops at two thirds);
        on a small screen the rows scroll, and the fields and buttons stay in view."""
        hidden = self.scroll.widget().sizeHint().height() - self.scroll.viewport().height()
        screen = self.screen()
        if hidden > 0 and screen is not None:
            room = screen.availableGeometry().height() - WINDOW_FRAME
            self.resize(self.width(), min(self.height() + hidden, room))

    def _load(self, label: str, date: dt.date, ratings, *, with_reasons: bool) -> None:
        self.label.setCurrentText(label)
        self.date.setDate(QDate(date))
        by_dimension = {r.dimension: r for r in ratings}
        for row in self.rows:
            rating = by_dimension.get(row.number)
            row.set_level(rating.level if rating else None)
            row.reason.setText(rating.reason if rating and with_reasons else "")

    def start_from_previous(self) -> None:
        """Copy the previous assessment's levels (not its reasons: those should be new)."""
        if self._previous is None:
            return
        for row in self.rows:
            row.set_level(self._previous.level(row.number))
        self.copy_previous.setEnabled(False)

    def _level_chosen(self, row: RatingRow) -> None:
        if row.chosen() is not None and row.level.styleSheet():
            mark_invalid(row.level, False)
        self._show_count()
        if all(r.chosen() for r in self.rows):
            self.clear_error("ratings")

    def _show_count(self) -> None:
        rated = sum(1 for row in self.rows if row.chosen())
        self.count.setText(self.tr("%d of %d dimensions rated") % (rated, len(self.rows)))

    def show_errors(self, problems: dict[str, str]) -> None:
        super().show_errors(problems)
        if "ratings" not in problems:
            return
        unrated = [row for row in self.rows if row.chosen() is None]
        for row in unrated:
            mark_invalid(row.level)
        if unrated and "label" not in problems:
            self.scroll.ensureWidgetVisible(unrated[0].level)
            unrated[0].level.setFocus()
        QTimer.singleShot(0, self, self._show_all_rows)  # once the message has taken room

    def collect(self) -> AssessmentDraft:
        ratings = tuple(r for r in (row.rating() for row in self.rows) if r is not None)
        draft = AssessmentDraft(
            date=self.date.date().toPython(), label=self.label.currentText(), ratings=ratings
        )
        if self._existing is not None:
            return self._plan.validate_assessment(draft, assessment_id=self._existing.id)
        return self._plan.validate_assessment(draft, person_id=self._person_id)


def _folded(labels: tuple[str, ...]) -> set[str]:
    return {label.casefold() for label in labels}
