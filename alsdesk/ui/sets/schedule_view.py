"""The Schedule tab: the agenda by month, with add, edit, cancel, delete and export."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QTreeView, QVBoxLayout, QWidget

from alsdesk.services.agenda import build_agenda
from alsdesk.services.calendar_days import next_monday
from alsdesk.services.errors import StorageError, UserError
from alsdesk.services.regenerate import Regenerate
from alsdesk.services.schedule import EventInfo, EventKind, ScheduleService, programme_span
from alsdesk.services.sets import SetInfo
from alsdesk.ui.common.columns import share_width
from alsdesk.ui.common.confirm import confirm
from alsdesk.ui.common.empty_state import EmptyState
from alsdesk.ui.common.icons import icon
from alsdesk.ui.common.roles import ROW_OBJECT_ROLE
from alsdesk.ui.common.toolbar_row import ToolbarRow, make_action
from alsdesk.ui.sets.agenda_model import CHECK, DATE, EVENT, TIME, AgendaModel
from alsdesk.ui.sets.editor import Editor
from alsdesk.ui.sets.event_dialog import EventDialog
from alsdesk.ui.sets.generate_dialog import GenerateScheduleDialog


class ScheduleView(QWidget):
    meeting_requested = Signal(int)
    """The id of a set-meeting event to run in the meeting workspace."""
    reloaded = Signal()
    """The set's events were read again."""

    def __init__(
        self,
        schedule: ScheduleService,
        editor: Editor,
        today: Callable[[], dt.date] = dt.date.today,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self._editor = editor
        self._schedule = schedule
        self._today = today
        self._set: SetInfo | None = None
        self._events: list[EventInfo] = []

        self.generate_action = make_action(
            self, "generate_schedule", self.tr("Generate programme…"), icon("schedule-generate")
        )
        self.add_action = make_action(
            self,
            "add_event",
            self.tr("Add event…"),
            icon("event-add"),
            QKeySequence("Ctrl+Shift+E"),
        )
        self.edit_action = make_action(self, "edit_event", self.tr("Edit…"), icon("event-edit"))
        self.cancel_action = make_action(
            self, "cancel_event", self.tr("Cancel event"), icon("event-cancel")
        )
        self.delete_action = make_action(
            self,
            "delete_event",
            self.tr("Delete"),
            icon("delete"),
            QKeySequence(QKeySequence.StandardKey.Delete),
        )
        self.run_action = make_action(
            self,
            "run_meeting",
            self.tr("Run meeting"),
            icon("meeting-run"),
            QKeySequence("Ctrl+M"),
        )
        self.run_action.setToolTip(self.tr("Open the selected set meeting to run or review it"))
        self.run_action.triggered.connect(self.run_selected)
        self.generate_action.triggered.connect(self.generate)
        self.add_action.triggered.connect(self.add_event)
        self.edit_action.triggered.connect(self.edit_selected)
        self.cancel_action.triggered.connect(self.toggle_cancelled)
        self.delete_action.triggered.connect(self.delete_selected)

        self.model = AgendaModel(self)
        self.tree = QTreeView()
        self.tree.setObjectName("agenda")
        self.tree.setAccessibleName(self.tr("Schedule"))
        self.tree.setModel(self.model)
        self.tree.setRootIsDecorated(False)
        self.tree.setItemsExpandable(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.header().setStretchLastSection(False)
        self.tree.activated.connect(self.edit_selected)  # double-click or Enter
        self.tree.selectionModel().selectionChanged.connect(self._update_actions)

        self.empty = EmptyState(
            self.tree,
            self.tr(
                "No events yet.\nUse “Generate programme…” to lay out the typical year from "
                "a start date, or add events one by one."
            ),
        )
        self.toolbar = ToolbarRow(
            [
                self.run_action,
                self.generate_action,
                self.add_action,
                self.edit_action,
                self.cancel_action,
                self.delete_action,
            ]
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.empty, 1)
        self._update_actions()

    def show_set(self, action_set: SetInfo | None) -> None:
        self._set = action_set
        self.reload()

    def reload(self) -> None:
        selected_ids = [event.id for event in self.selected()]
        events = self._schedule.list_events(self._set.id) if self._set else []
        self._events = events
        region = self._set.holiday_region if self._set else "ENG"
        records = self._schedule.meeting_records(self._set.id) if self._set else {}
        self.model.reload(build_agenda(events, self._today(), region, records))
        self.tree.expandAll()
        for row in range(self.model.rowCount()):
            self.tree.setFirstColumnSpanned(row, self.tree.rootIndex(), True)
        share_width(self.tree, keep=(DATE, TIME, EVENT, CHECK))
        self.empty.set_empty(not events)
        live = [e for e in events if not e.cancelled]
        self.toolbar.status.setText(
            self.tr("%d events, %d cancelled") % (len(events), len(events) - len(live))
            if len(live) != len(events)
            else self.tr("%d events") % len(events)
        )
        for event_id in selected_ids:
            self._select(event_id)
        self._update_actions()
        self.reloaded.emit()

    def scroll_to_next(self) -> None:
        index = self.model.next_event_index()
        if index.isValid():
            self.tree.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)

    def selected(self) -> list[EventInfo]:
        rows = self.tree.selectionModel().selectedRows() if self.tree.selectionModel() else []
        return [index.data(ROW_OBJECT_ROLE) for index in rows if index.data(ROW_OBJECT_ROLE)]

    def _select(self, event_id: int) -> None:
        index = self.model.index_of_event(event_id)
        if index.isValid():
            flags = self.tree.selectionModel().SelectionFlag
            self.tree.selectionModel().select(index, flags.Select | flags.Rows)

    # -- actions ---------------------------------------------------------------

    def generate(self) -> None:
        if self._set is None:
            return
        set_id, today = self._set.id, self._today()
        start = self._set.start_date or next_monday(today)

        def planner(start: dt.date, spacing_weeks: int, mode: Regenerate):
            return self._schedule.regeneration(set_id, start, spacing_weeks, mode, today)

        try:
            dialog = GenerateScheduleDialog(start, self.model.event_count(), planner, parent=self)
        except (UserError, StorageError) as exc:
            self._editor.failed.emit(str(exc))
            return
        if (choice := dialog.ask()) is not None:
            self._editor.generate_schedule(
                set_id, choice.start, choice.spacing_weeks, choice.mode, today
            )

    def add_event(self) -> None:
        if self._set is None:
            return
        dialog = EventDialog(
            self._schedule,
            self._set.holiday_region,
            default_venue=self._set.venue,
            default_date=self._today(),
            programme=self._programme(),
            parent=self,
        )
        if (chosen := dialog.ask()) is not None:
            self._editor.add_event(self._set.id, chosen)

    def edit_selected(self) -> None:
        events = self.selected()
        if len(events) != 1 or self._set is None:
            return
        dialog = EventDialog(
            self._schedule,
            self._set.holiday_region,
            existing=events[0],
            programme=self._programme(),
            parent=self,
        )
        if (chosen := dialog.ask()) is not None:
            self._editor.edit_event(events[0], chosen)

    def run_selected(self) -> None:
        events = self.selected()
        if len(events) == 1 and _runnable(events[0]):
            self.meeting_requested.emit(events[0].id)

    def toggle_cancelled(self) -> None:
        events = self.selected()
        if len(events) == 1:
            self._editor.set_event_cancelled(events[0], not events[0].cancelled)

    def delete_selected(self) -> None:
        events = self.selected()
        if not events:
            return
        question = (
            self.tr('Delete "%s"? You can undo this.') % events[0].title
            if len(events) == 1
            else self.tr("Delete %d events? You can undo this.") % len(events)
        )
        if confirm(self, self.tr("Delete events"), question, self.tr("Delete")):
            self._editor.delete_events(events)

    def _programme(self) -> tuple[dt.date, dt.date] | None:
        return programme_span(self._set.start_date if self._set else None, self._events)

    def _update_actions(self) -> None:
        events = self.selected()
        self.generate_action.setEnabled(self._set is not None)
        self.add_action.setEnabled(self._set is not None)
        self.edit_action.setEnabled(len(events) == 1)
        self.run_action.setEnabled(len(events) == 1 and _runnable(events[0]))
        self.cancel_action.setEnabled(len(events) == 1)
        self.delete_action.setEnabled(bool(events))
        if len(events) == 1 and events[0].cancelled:
            self.cancel_action.setText(self.tr("Reinstate event"))
        else:
            self.cancel_action.setText(self.tr("Cancel event"))


def _runnable(event: EventInfo) -> bool:
    return event.kind == EventKind.SET_MEETING and not event.cancelled
