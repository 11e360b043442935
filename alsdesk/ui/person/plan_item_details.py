"""The chosen plan item in full: objective, activities, evidence, and its review notes.

Review notes are listed newest first, each with its own Delete button, so a
note is removed without first having to select it.
"""

from __future__ import annotations

import datetime as dt
import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from alsdesk import theme
from alsdesk.dates import medium_date
from alsdesk.services.plan import PlanItemInfo, ReviewNote
from alsdesk.ui.common.icons import icon
from alsdesk.ui.common.layouts import clear_layout, hint_label
from alsdesk.ui.person.plan_items_model import dimension_names

_DUE = theme.current().screen.warning
DUE_STYLE = (
    f"background: {_DUE.fill}; color: {_DUE.text}; border: 1px solid {_DUE.border};"
    " border-radius: 4px; padding: 4px 6px;"
)


def _value() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)  # the member's words, never markup
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    return label


class PlanItemDetails(QWidget):
    delete_note_requested = Signal(object)
    """A ReviewNote whose Delete button was clicked (the owner asks and deletes)."""

    def __init__(self, add_review: QAction, parent: QWidget | None = None):
        """``add_review`` is shown as a button under the notes."""
        super().__init__(parent)
        self.need = _value()
        self.need.setObjectName("item_need")
        font = self.need.font()
        font.setBold(True)
        self.need.setFont(font)
        self.due = QLabel()
        self.due.setObjectName("item_due")
        self.due.setWordWrap(True)
        self.due.setStyleSheet(DUE_STYLE)
        self.dimensions = _value()
        self.objective = _value()
        self.objective.setObjectName("item_objective")
        self.activities = _value()
        self.evidence = _value()
        self.review = _value()
        self.review.setObjectName("item_review")
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Dimensions:"), self.dimensions)
        form.addRow(self.tr("Objective:"), self.objective)
        form.addRow(self.tr("Activities:"), self.activities)
        form.addRow(self.tr("Evidence:"), self.evidence)
        form.addRow(self.tr("Review:"), self.review)

        self.notes = QVBoxLayout()
        self.notes.setContentsMargins(0, 0, 0, 0)
        self.notes.setSpacing(4)
        self.note_buttons: list[QToolButton] = []
        self.no_notes = hint_label(self.tr("No review notes yet."))
        self.no_notes.setObjectName("no_notes")
        self.add_review = QToolButton()
        self.add_review.setObjectName("add_review_button")
        self.add_review.setDefaultAction(add_review)
        self.add_review.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        notes_title = QHBoxLayout()
        notes_title.addWidget(QLabel(f"<b>{html.escape(self.tr('Review notes'))}</b>"))
        notes_title.addStretch(1)
        notes_title.addWidget(self.add_review)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.need)
        layout.addWidget(self.due)
        layout.addLayout(form)
        layout.addSpacing(6)
        layout.addLayout(notes_title)
        layout.addWidget(self.no_notes)
        layout.addLayout(self.notes)
        layout.addStretch(1)
        self.show_item(None, dt.date.today())

    def show_item(self, item: PlanItemInfo | None, today: dt.date) -> None:
        missing = self.tr("not written yet")
        self.need.setText(item.need if item else "")
        self.dimensions.setText(dimension_names(item.dimensions) if item else "")
        self.objective.setText((item.objective if item else "") or missing)
        self.activities.setText((item.activities if item else "") or missing)
        self.evidence.setText((item.evidence if item else "") or missing)
        self.review.setText(self._review_text(item) if item else "")
        self.due.setText(self._due_text(item, today) if item else "")
        self.due.setVisible(bool(self.due.text()))
        clear_layout(self.notes)
        self.note_buttons = []
        for note in reversed(item.reviews if item else ()):
            row = self._note_row(note)
            self.notes.addWidget(row)
            row.show()  # now, not after the event loop: the page sizes itself from it
        self.no_notes.setVisible(not (item and item.reviews))

    def _note_row(self, note: ReviewNote) -> QWidget:
        row = QWidget()
        row.setObjectName("review_note")
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        text = _value()
        text.setTextFormat(Qt.TextFormat.RichText)
        body = html.escape(note.note).replace("\n", "<br>")
        text.setText(f"<b>{medium_date(note.date)}</b> — {body}")
        delete = QToolButton()
        delete.setObjectName("delete_note")
        delete.setIcon(icon("delete"))
        delete.setToolTip(self.tr("Delete the review note of %s") % medium_date(note.date))
        delete.setAccessibleName(delete.toolTip())
        delete.setAutoRaise(True)
        delete.clicked.connect(lambda: self.delete_note_requested.emit(note))
        self.note_buttons.append(delete)
        line.addWidget(text, 1)
        line.addWidget(delete, 0, Qt.AlignmentFlag.AlignTop)
        return row

    def _review_text(self, item: PlanItemInfo) -> str:
        when = medium_date(item.review_date) if item.review_date else self.tr("no date set")
        return self.tr("%s · %s") % (when, item.status.label)

    def _due_text(self, item: PlanItemInfo, today: dt.date) -> str:
        if not item.due_for_review(today) or item.review_date is None:
            return ""
        days = (item.review_date - today).days
        if days < -1:
            return self.tr("Review overdue by %d days: add a review note.") % -days
        if days == -1:
            return self.tr("Review overdue by a day: add a review note.")
        if days == 0:
            return self.tr("Review due today: add a review note.")
        if days == 1:
            return self.tr("Review due tomorrow.")
        return self.tr("Review due in %d days.") % days
