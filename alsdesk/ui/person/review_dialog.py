"""Add a dated review note to a plan item, and move its review date on.

The service checks and saves a review in one step, so this dialog is handed
the saving function: it closes only once the note is stored, and a refused
note leaves nothing behind.
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Callable

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QLabel, QWidget

from alsdesk.dates import medium_date
from alsdesk.services.plan import PlanItemInfo
from alsdesk.ui.common.date_field import DateField
from alsdesk.ui.common.fields import OptionalDate, plain_text_edit
from alsdesk.ui.common.form import FormDialog
from alsdesk.ui.common.layouts import HINT_STYLE

DATE_FORMAT = "d MMM yyyy"
NEXT_REVIEW_DAYS = 28

SaveReview = Callable[[dt.date, str, dt.date | None], PlanItemInfo]


class ReviewDialog(FormDialog):
    """On accept, ``result_value`` holds the item as saved, with the new note."""

    def __init__(
        self,
        item: PlanItemInfo,
        save: SaveReview,
        today: dt.date,
        parent: QWidget | None = None,
    ):
        """``save(date, note, next_review)`` stores the note or raises ValidationError."""
        super().__init__(self.tr("Review plan item"), self.collect, parent)
        self._save = save
        self.setMinimumWidth(520)

        need = QLabel(f"<b>{html.escape(item.need)}</b>")
        need.setObjectName("review_need")
        need.setWordWrap(True)
        self.top.addWidget(need)
        if item.objective:
            objective = QLabel(self.tr("Objective: %s") % item.objective)
            objective.setWordWrap(True)
            objective.setTextFormat(Qt.TextFormat.PlainText)
            objective.setStyleSheet(HINT_STYLE)
            self.top.addWidget(objective)

        self.date = self.add_field("date", self.tr("Reviewed &on"), DateField())
        self.date.setDisplayFormat(DATE_FORMAT)
        self.date.setDate(QDate(today))
        self.note = self.add_field("note", self.tr("&How is it going?"), plain_text_edit(lines=4))
        self.note.setPlaceholderText(
            self.tr("What you did, what you noticed, what the evidence shows")
        )

        self.next_review = OptionalDate(
            self.tr("Move the review date to"),
            today + dt.timedelta(days=NEXT_REVIEW_DAYS),
        )
        self.next_review.known.setObjectName("move_on")
        self.next_review.edit.setObjectName("next_review_edit")
        self.next_review.known.setChecked(True)
        self.date.dateChanged.connect(lambda *_: self.clear_error("next_review"))
        self.next_review.changed.connect(lambda: self.clear_error("next_review"))
        self.add_field(
            "next_review", self.tr("&Next review"), self.next_review, marks=self.next_review.edit
        )
        current = medium_date(item.review_date) if item.review_date else self.tr("none")
        self.current = QLabel(self.tr("The review date is now %s.") % current)
        self.current.setObjectName("current_review")
        self.current.setStyleSheet(HINT_STYLE)
        self.form.addRow("", self.current)
        self.ok_button.setText(self.tr("Save review"))

    def collect(self) -> PlanItemInfo:
        return self._save(
            self.date.date().toPython(), self.note.toPlainText(), self.next_review.value()
        )
