"""The Attendance tab: the register of every member across the set's held meetings."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from alsdesk.services.errors import NotFoundError
from alsdesk.services.meetings import MeetingInfo, MeetingService, RegisterRow
from alsdesk.ui.common.columns import fit_columns
from alsdesk.ui.common.empty_state import EmptyState
from alsdesk.ui.common.sorted_table import sorted_table
from alsdesk.ui.common.toolbar_row import ToolbarRow
from alsdesk.ui.sets.editor import Editor
from alsdesk.ui.sets.register_model import FIRST_MEETING, RegisterModel


class RegisterView(QWidget):
    reloaded = Signal()
    """The register was read again."""

    def __init__(self, meetings: MeetingService, editor: Editor, parent: QWidget | None = None):
        super().__init__(parent)
        self._meetings = meetings
        self._set_id: int | None = None
        self._editor = editor
        self._fresh_at = -1  # editor.changes when last reloaded

        self.model = RegisterModel(self)
        # Unsorted (the service's order) until a header is clicked; a third click goes back.
        self.proxy, self.table = sorted_table(self.model, "register_table", self)
        self.table.setAccessibleName(self.tr("Attendance register"))

        self.empty = EmptyState(self.table, "")
        self.toolbar = ToolbarRow([])
        layout = QVBoxLayout(self)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.empty, 1)
        editor.changed.connect(self._after_change)

    def show_set(self, set_id: int | None) -> None:
        self._set_id = set_id
        self.reload()

    def reload(self) -> None:
        meetings, rows = self._register()
        self.model.reload(meetings, rows)
        fit_columns(self.table, max_width=220, then=self._even_meeting_columns)
        if not meetings:
            self.empty.hint.setText(
                self.tr(
                    "No meetings held yet.\n"
                    "Open a set meeting from the Schedule tab to take attendance."
                )
            )
        elif not rows:
            self.empty.hint.setText(
                self.tr("No members yet.\nAdd the people in this set on the Members tab.")
            )
        self.empty.set_empty(not meetings or not rows)
        self.toolbar.status.setText(self._summary(meetings, rows))
        self._fresh_at = self._editor.changes
        self.reloaded.emit()

    def _even_meeting_columns(self) -> None:
        """One width for every meeting column, so the register reads as a grid."""
        header = self.table.horizontalHeader()
        columns = range(FIRST_MEETING, self.model.attended_column())
        width = max((header.sectionSize(column) for column in columns), default=0)
        for column in columns:
            header.resizeSection(column, width)

    def _after_change(self, _set_id: int | None, _message: str) -> None:
        if self._set_id is not None and self._fresh_at != self._editor.changes:
            self.reload()

    def _register(self) -> tuple[list[MeetingInfo], list[RegisterRow]]:
        if self._set_id is None:
            return [], []
        try:
            return self._meetings.register(self._set_id)
        except NotFoundError:  # the set was deleted meanwhile
            self._set_id = None
            return [], []

    def _summary(self, meetings: list[MeetingInfo], rows: list[RegisterRow]) -> str:
        """'3 meetings held · 92% attendance' (of the marks recorded so far)."""
        held = (
            self.tr("1 meeting held")
            if len(meetings) == 1
            else self.tr("%d meetings held") % len(meetings)
        )
        recorded = sum(mark is not None for row in rows for mark in row.marks)
        if not recorded:
            return held
        attended = sum(row.attended for row in rows)
        return self.tr("%s · %d%% attendance") % (held, round(100 * attended / recorded))
