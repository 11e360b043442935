"""The "Development plan" tab of a person's page: self-assessments and plan items.

The page scrolls as a whole; its tables show every row. Below about 820
pixels wide the radar sits above its table, and the chosen plan item below the
item table, so the page works on an 800x600 screen beside the sidebar.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from alsdesk.services.plan import PlanService
from alsdesk.ui.common.empty_state import EmptyState
from alsdesk.ui.common.icons import icon
from alsdesk.ui.common.layouts import VerticalScrollArea, hint_label
from alsdesk.ui.person.assessment_panel import AssessmentPanel
from alsdesk.ui.person.plan_items_panel import PlanItemsPanel
from alsdesk.ui.person.plan_layout import rule


class _PlanScroll(VerticalScrollArea):
    """Chooses side-by-side or stacked rows for the new width before laying them out,
    and refits the content's height whenever its layout changes (another item chosen,
    a note added), not only when the page is resized."""

    def __init__(self, widget: QWidget, layouts: list[Callable[[int], None]]):
        """Each of ``layouts`` is called with the width the page content will have."""
        super().__init__(widget)
        self._layouts = layouts
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:
            self.fit()
        return False

    def resizeEvent(self, event: QResizeEvent) -> None:
        width = event.size().width() - self.verticalScrollBar().sizeHint().width()
        for fit_width in self._layouts:
            fit_width(width)
        super().resizeEvent(event)


class PlanPage(QWidget):
    export_requested = Signal(int)
    """The person's id: the main window writes their development plan PDF."""

    changed = Signal()
    """An assessment, plan item or review note was saved or deleted."""

    def __init__(
        self,
        plan: PlanService,
        today: Callable[[], dt.date],
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self._person_id: int | None = None
        self.assessments = AssessmentPanel(plan, today)
        self.radar = self.assessments.radar
        self.items = PlanItemsPanel(plan, today)
        for panel in (self.assessments, self.items):
            panel.changed.connect(self._after_change)

        self.intro = hint_label(
            self.tr(
                "Rate yourself on the nine dimensions of the Healthcare Leadership Model, "
                "then plan how to develop: each item names a need, an objective, what you "
                "will do and the evidence that will show progress."
            )
        )
        self.export_button = QPushButton(icon("print"), self.tr("Export plan (PDF)…"))
        self.export_button.setObjectName("export_plan")
        self.export_button.clicked.connect(self._export)
        top = QHBoxLayout()
        top.addWidget(self.intro, 1)
        top.addWidget(self.export_button)

        content = QWidget()
        content.setObjectName("plan_content")
        column = QVBoxLayout(content)
        column.setSpacing(10)
        column.addLayout(top)
        column.addWidget(self.assessments)
        column.addSpacing(6)
        column.addWidget(rule())
        column.addWidget(self.items)
        column.addStretch(1)
        self.scroll = _PlanScroll(content, [self.assessments.row.fit_width, self.items.fit_width])

        self.empty = EmptyState(
            self.scroll, self.tr("Choose a person to see their self-assessments and plan.")
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.empty)
        self.show_person(None)

    def show_person(self, person_id: int | None) -> None:
        """Show ``person_id``'s assessments and plan (None: nobody chosen)."""
        if person_id != self._person_id:
            self.scroll.verticalScrollBar().setValue(0)
        self._person_id = person_id
        self.assessments.show_person(person_id)
        self.items.show_person(person_id)
        self.empty.set_empty(person_id is None)
        self._update_export()

    def select_item(self, item_id: int) -> None:
        """Choose a plan item (from the home page's reviews due) and bring it into view."""
        self.items.reload(item_id)
        self.scroll.ensureWidgetVisible(self.items.details)
        self.items.table.setFocus()

    def current_item_id(self) -> int | None:
        """The plan item chosen in the table, if any."""
        item = self.items.selected()
        return item.id if item is not None else None

    def _after_change(self) -> None:
        self._update_export()
        self.changed.emit()

    def _update_export(self) -> None:
        has_plan = bool(self.assessments.assessments or self.items.items)
        self.export_button.setEnabled(self._person_id is not None and has_plan)
        self.export_button.setToolTip(
            ""
            if has_plan
            else self.tr("Add a self-assessment or a plan item first: there is nothing to print.")
        )

    def _export(self) -> None:
        if self._person_id is not None:
            self.export_requested.emit(self._person_id)
