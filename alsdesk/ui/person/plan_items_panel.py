"""Development plan items on the plan page: a table, and the chosen item with its reviews."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QItemSelectionModel, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMessageBox, QVBoxLayout, QWidget

from alsdesk.dates import medium_date
from alsdesk.services.errors import NotFoundError, StorageError, UserError
from alsdesk.services.plan import PlanItemInfo, PlanService, ReviewNote
from alsdesk.ui.common.columns import fit_columns
from alsdesk.ui.common.confirm import confirm
from alsdesk.ui.common.icons import icon
from alsdesk.ui.common.roles import ROW_OBJECT_ROLE
from alsdesk.ui.common.saving import telling_failures
from alsdesk.ui.common.sorted_table import sorted_table
from alsdesk.ui.common.toolbar_row import ToolbarRow, make_action
from alsdesk.ui.person.plan_item_details import PlanItemDetails
from alsdesk.ui.person.plan_item_dialog import PlanItemDialog
from alsdesk.ui.person.plan_items_model import DIMENSIONS, NEED, PlanItemsModel
from alsdesk.ui.person.plan_layout import EmptyHint, PlanRow, SectionTitle, ShowAllRows
from alsdesk.ui.person.review_dialog import ReviewDialog

SIDE_BY_SIDE_FROM = 900  # pixels wide: the chosen item beside the table, else below it
MIN_TABLE_ROWS = 2
SHOW_DIMENSIONS_FROM = 620  # pixels of table width


class PlanItemsPanel(QWidget):
    changed = Signal()
    """An item or a review note was saved or deleted."""

    def __init__(
        self, plan: PlanService, today: Callable[[], dt.date], parent: QWidget | None = None
    ):
        super().__init__(parent)
        self._plan = plan
        self._today = today
        self._person_id: int | None = None
        self.items: list[PlanItemInfo] = []

        self.add_action = make_action(self, "add_item", self.tr("Add item…"), icon("event-add"))
        self.edit_action = make_action(self, "edit_item", self.tr("Edit…"), icon("edit"))
        self.review_action = make_action(
            self, "review_item", self.tr("Add review note…"), icon("event-edit")
        )
        self.delete_action = make_action(self, "delete_item", self.tr("Delete"), icon("delete"))
        self.add_action.triggered.connect(self.add_item)
        self.edit_action.triggered.connect(self.edit_selected)
        self.review_action.triggered.connect(self.review_selected)
        self.delete_action.triggered.connect(self.delete_selected)

        self.model = PlanItemsModel(self)
        self.proxy, self.table = sorted_table(self.model, "plan_items_table", self)
        self.table.setAccessibleName(self.tr("Development plan items"))
        self.rows_fit = ShowAllRows(self.table, min_rows=MIN_TABLE_ROWS)
        self.table.activated.connect(self.edit_selected)
        self.table.selectionModel().selectionChanged.connect(self._show_selected)
        delete_key = make_action(
            self.table,
            "delete_item_key",
            self.tr("Delete"),
            shortcut=QKeySequence(QKeySequence.StandardKey.Delete),
        )
        delete_key.triggered.connect(self.delete_selected)

        self.details = PlanItemDetails(self.review_action)
        self.details.setObjectName("item_details")
        self.details.delete_note_requested.connect(self.delete_note)
        self.row = PlanRow(self.table, self.details, SIDE_BY_SIDE_FROM, stretch=(3, 2))

        self.empty = EmptyHint(
            self.tr("No plan items yet."),
            self.tr(
                "Add a development need: the leadership dimensions it "
                "serves, a specific objective, what you will do, and the evidence that "
                "will show progress."
            ),
            self.add_action,
        )
        self.title = SectionTitle(self.tr("Development plan"))
        self.toolbar = ToolbarRow(
            [self.add_action, self.edit_action, self.review_action, self.delete_action]
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.empty)
        layout.addWidget(self.row)
        self._update_actions()

    # -- loading ------------------------------------------------------------------

    def show_person(self, person_id: int | None) -> None:
        self._person_id = person_id
        self.table.clearSelection()
        self.reload()

    def reload(self, select_id: int | None = None) -> None:
        """Read the person's items again, keeping (or moving to) the chosen one."""
        if select_id is None and (current := self.selected()) is not None:
            select_id = current.id
        today = self._today()
        self.items = self._read()
        self.model.reload(self.items, today)
        fit_columns(self.table, max_width=170, stretch=NEED)
        self.rows_fit.fit()
        self.empty.setVisible(not self.items)
        self.row.setVisible(bool(self.items))
        self.title.summary.setText(self.summary())
        row = self.model.row_of(select_id) if select_id is not None else -1
        # The chosen item again, else the first the table shows (it may be sorted).
        index = self.proxy.mapFromSource(self.model.index(row, 0)) if row >= 0 else None
        if index is None and self.items:
            index = self.proxy.index(0, 0)
        if index is not None:
            self.table.selectionModel().setCurrentIndex(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
        self._show_selected()

    def _read(self) -> list[PlanItemInfo]:
        if self._person_id is None:
            return []
        try:
            return self._plan.items(self._person_id)
        except NotFoundError:  # the person was deleted meanwhile
            self._person_id = None
            return []

    def fit_width(self, width: int) -> None:
        """Lay out for a page ``width`` wide; a narrow table leaves out the dimensions
        (the chosen item's details still name them) so the need stays readable."""
        self.row.fit_width(width)
        table_width = width * 3 // 5 if self.row.side_by_side() else width
        self.table.setColumnHidden(DIMENSIONS, table_width < SHOW_DIMENSIONS_FROM)

    def summary(self) -> str:
        """'3 items · 1 due for review'."""
        total = len(self.items)
        if not total:
            return ""
        parts = [self.tr("1 item") if total == 1 else self.tr("%d items") % total]
        due = self.model.due_count()
        if due:
            parts.append(self.tr("%d due for review") % due)
        return " · ".join(parts)

    def selected(self) -> PlanItemInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(ROW_OBJECT_ROLE) if rows else None

    def _show_selected(self) -> None:
        self.details.show_item(self.selected(), self._today())
        self._update_actions()

    def _update_actions(self) -> None:
        chosen = self.selected() is not None
        self.add_action.setEnabled(self._person_id is not None)
        for action in (self.edit_action, self.review_action, self.delete_action):
            action.setEnabled(chosen)

    # -- editing ------------------------------------------------------------------

    def add_item(self) -> None:
        if self._person_id is None:
            return
        draft = PlanItemDialog(self._plan, self._today(), parent=self).ask()
        if draft is None:
            return
        with telling_failures(self, self.tr("Plan item not saved")):
            saved = self._plan.add_item(self._person_id, draft)
            self.reload(saved.id)
            self.changed.emit()

    def edit_selected(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        draft = PlanItemDialog(self._plan, self._today(), existing=chosen, parent=self).ask()
        if draft is None:
            return
        try:
            saved = self._plan.update_item(chosen.id, draft, expected_version=chosen.version)
        except (UserError, StorageError) as exc:
            QMessageBox.warning(self, self.tr("Plan item not saved"), str(exc))
            self.reload(chosen.id)
            return
        self.reload(saved.id)
        self.changed.emit()

    def review_selected(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return

        def save(date: dt.date, note: str, next_review: dt.date | None) -> PlanItemInfo:
            return self._plan.add_review(chosen.id, date, note, next_review)

        saved = ReviewDialog(chosen, save, self._today(), parent=self).ask()
        if saved is None:
            return
        self.reload(saved.id)
        self.changed.emit()

    def delete_selected(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        notes = len(chosen.reviews)
        question = self.tr("Delete the plan item “%s”?") % chosen.need
        if notes:
            question += " " + (
                self.tr("Its review note goes too.")
                if notes == 1
                else self.tr("Its %d review notes go too.") % notes
            )
        if not confirm(self, self.tr("Delete plan item"), question, self.tr("Delete")):
            return
        with telling_failures(self, self.tr("Plan item not deleted")):
            self._plan.delete_item(chosen.id)
            self.table.clearSelection()
            self.reload()
            self.changed.emit()

    def delete_note(self, note: ReviewNote) -> None:
        question = self.tr("Delete the review note of %s?") % medium_date(note.date)
        if not confirm(self, self.tr("Delete review note"), question, self.tr("Delete")):
            return
        with telling_failures(self, self.tr("Review note not deleted")):
            self._plan.delete_review(note.id)
            self.reload(note.item_id)
            self.changed.emit()
