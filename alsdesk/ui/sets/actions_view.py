"""The Actions tab: every action the set has agreed, filtered by member, status or overdue."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QSignalBlocker, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from alsdesk.services.actions import (
    ActionInfo,
    ActionService,
    ActionStatus,
    TrackerFilter,
    completion_rate,
)
from alsdesk.services.errors import NotFoundError
from alsdesk.services.members import MemberService
from alsdesk.ui.common.action_dialogs import EditActionDialog, ReportBetweenDialog
from alsdesk.ui.common.actions_model import ACTION, ActionsModel
from alsdesk.ui.common.columns import fit_columns
from alsdesk.ui.common.empty_state import EmptyState
from alsdesk.ui.common.layouts import hint_label
from alsdesk.ui.common.roles import ROW_OBJECT_ROLE
from alsdesk.ui.common.sorted_table import sorted_table
from alsdesk.ui.common.toolbar_row import ToolbarRow, make_action
from alsdesk.ui.sets.editor import Editor


class ActionsView(QWidget):
    count_changed = Signal(int)
    """How many actions the set has in all, whatever the filters show."""
    reloaded = Signal()
    """The set's actions were read again."""

    def __init__(
        self,
        actions: ActionService,
        members: MemberService,
        editor: Editor,
        today: Callable[[], dt.date] = dt.date.today,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self._actions = actions
        self._members = members
        self._today = today
        self._set_id: int | None = None
        self._all: list[ActionInfo] = []
        self._editor = editor
        self._fresh_at = -1  # editor.changes when last reloaded

        self.owner_filter = QComboBox()
        self.owner_filter.setObjectName("owner_filter")
        self.owner_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.status_filter = QComboBox()
        self.status_filter.setObjectName("status_filter")
        self.status_filter.addItem(self.tr("Any status"), None)
        for status in ActionStatus:
            self.status_filter.addItem(status.label, str(status))
        self.overdue_only = QCheckBox(self.tr("&Overdue only"))
        self.overdue_only.setObjectName("overdue_only")
        self.clear_action = make_action(self, "clear_filters", self.tr("Clear filters"))
        self.owner_filter.currentIndexChanged.connect(self._show_rows)
        self.status_filter.currentIndexChanged.connect(self._show_rows)
        self.overdue_only.toggled.connect(self._show_rows)
        self.clear_action.triggered.connect(self.clear_filters)
        self.report_action = make_action(self, "report_back", self.tr("&Report back…"))
        self.report_action.setToolTip(
            self.tr("Record what became of the action, heard between meetings")
        )
        self.edit_action = make_action(self, "edit_action", self.tr("&Edit…"))
        self.edit_action.setToolTip(self.tr("Change the action's text, owner or due date"))
        self.report_action.triggered.connect(self.report_selected)
        self.edit_action.triggered.connect(self.edit_selected)

        self.model = ActionsModel(self)
        # Unsorted (the service's order) until a header is clicked; a third click goes back.
        self.proxy, self.table = sorted_table(self.model, "actions_table", self)
        self.table.setAccessibleName(self.tr("Actions"))

        self.table.activated.connect(lambda _index: self.report_selected())  # double-click
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_actions())

        self.empty = EmptyState(self.table, self._no_actions_hint())
        self.toolbar = ToolbarRow([])
        bar = self.toolbar.bar
        for text, combo in (
            (self.tr("Mem&ber:"), self.owner_filter),
            (self.tr("Stat&us:"), self.status_filter),
        ):
            label = QLabel(text)
            label.setBuddy(combo)
            label.setContentsMargins(6, 0, 4, 0)
            bar.addWidget(label)
            bar.addWidget(combo)
        bar.addSeparator()
        bar.addWidget(self.overdue_only)
        bar.addAction(self.clear_action)
        # Under the table, apart from the filters: the filter row already fills 1024 px.
        self.report_button = QPushButton(self.report_action.text())
        self.report_button.setObjectName("report_back_button")
        self.report_button.setToolTip(self.report_action.toolTip())
        self.report_button.clicked.connect(self.report_action.trigger)
        self.edit_button = QPushButton(self.edit_action.text())
        self.edit_button.setObjectName("edit_action_button")
        self.edit_button.setToolTip(self.edit_action.toolTip())
        self.edit_button.clicked.connect(self.edit_action.trigger)
        changes = QHBoxLayout()
        changes.addWidget(self.report_button)
        changes.addWidget(self.edit_button)
        changes.addWidget(
            hint_label(
                self.tr("Between meetings: choose an action (double-click to report back).")
            ),
            1,
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.empty, 1)
        layout.addLayout(changes)
        editor.changed.connect(self._after_change)
        self._fill_owner_filter()
        self._update_actions()

    def _no_actions_hint(self) -> str:
        return self.tr("No actions yet.\nActions agreed in set meetings appear here.")

    # -- loading ------------------------------------------------------------------

    def show_set(self, set_id: int | None) -> None:
        if set_id != self._set_id:
            self._set_id = set_id
            self._reset_filters()
        self.reload()

    def reload(self) -> None:
        """Read the set's actions again (after an edit, or a new day)."""
        self._all = self._tracker(TrackerFilter()) if self._set_id is not None else []
        self._fill_owner_filter()
        self._show_rows()
        fit_columns(self.table, max_width=200, stretch=ACTION)
        self._fresh_at = self._editor.changes
        self.count_changed.emit(len(self._all))
        self.reloaded.emit()

    def _after_change(self, _set_id: int | None, _message: str) -> None:
        # A person's name or another set's edit can show here too: reload whatever changed,
        # unless the window has already reloaded the page for this change.
        if self._set_id is not None and self._fresh_at != self._editor.changes:
            self.reload()

    def _tracker(self, filters: TrackerFilter) -> list[ActionInfo]:
        assert self._set_id is not None
        try:
            return self._actions.tracker(self._set_id, filters)
        except NotFoundError:  # the set was deleted meanwhile
            self._set_id = None
            return []

    def filters(self) -> TrackerFilter:
        status = self.status_filter.currentData()
        return TrackerFilter(
            owner_id=self.owner_filter.currentData(),
            status=ActionStatus(status) if status else None,
            overdue_on=self._today() if self.overdue_only.isChecked() else None,
        )

    def _filtering(self) -> bool:
        return self.filters() != TrackerFilter()

    def _show_rows(self) -> None:
        filtering = self._filtering()
        shown = self._tracker(self.filters()) if filtering and self._all else self._all
        self.model.reload(shown, self._today())
        if self._all and not shown:
            self.empty.hint.setText(
                self.tr(
                    "No actions match these filters.\n"
                    "Use “Clear filters” to see every action of the set."
                )
            )
        else:
            self.empty.hint.setText(self._no_actions_hint())
        self.empty.set_empty(not shown)
        for widget in (self.owner_filter, self.status_filter, self.overdue_only):
            widget.setEnabled(bool(self._all))
        self.clear_action.setEnabled(filtering)
        self.toolbar.status.setText(self._summary(shown, filtering))
        self._update_actions()

    def _summary(self, shown: list[ActionInfo], filtering: bool) -> str:
        """'12 actions · 3 overdue · 58% completed' (filtered: '4 of 12 actions · …')."""
        total = len(self._all)
        if filtering:
            parts = [self.tr("%d of %d actions") % (len(shown), total)]
        else:
            parts = [self.tr("1 action") if total == 1 else self.tr("%d actions") % total]
        today = self._today()
        overdue = sum(action.overdue(today) for action in shown)
        if overdue:
            parts.append(self.tr("%d overdue") % overdue)
        rate = completion_rate(shown)
        if rate is not None:
            parts.append(self.tr("%d%% completed") % round(rate * 100))
        return " · ".join(parts)

    # -- changing an action between meetings ---------------------------------------

    def selected(self) -> ActionInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(ROW_OBJECT_ROLE) if rows else None

    def select_action(self, action_id: int) -> None:
        for row in range(self.proxy.rowCount()):
            if self.proxy.index(row, 0).data(ROW_OBJECT_ROLE).id == action_id:
                self.table.selectRow(row)
                return

    def _update_actions(self) -> None:
        chosen = self.selected() is not None
        for widget in (self.report_action, self.edit_action, self.report_button, self.edit_button):
            widget.setEnabled(chosen)

    def report_selected(self) -> None:
        action = self.selected()
        if action is not None:
            self._change(ReportBetweenDialog(self._actions, action, self._today(), self))

    def edit_selected(self) -> None:
        action = self.selected()
        if action is None or self._set_id is None:
            return
        owners = [
            (m.person.full_name, m.person_id) for m in self._members.list_members(self._set_id)
        ]
        self._change(EditActionDialog(self._actions, action, owners, self))

    def _change(self, dialog) -> None:
        if (changed := dialog.ask()) is not None:
            self.reload()
            self.select_action(changed.id)

    # -- filters ------------------------------------------------------------------

    def _fill_owner_filter(self) -> None:
        """'All members', the set's members in order, then anyone who owns an action but
        has since left the set (so their actions can still be picked out)."""
        chosen = self.owner_filter.currentData()
        members = self._members.list_members(self._set_id) if self._set_id is not None else []
        choices = [(m.person.full_name, m.person_id) for m in members]
        current = {person_id for _name, person_id in choices}
        for action in self._all:
            if action.owner_id not in current:
                current.add(action.owner_id)
                choices.append((self.tr("%s (left the set)") % action.owner_name, action.owner_id))
        with QSignalBlocker(self.owner_filter):
            self.owner_filter.clear()
            self.owner_filter.addItem(self.tr("All members"), None)
            for name, person_id in choices:
                self.owner_filter.addItem(name, person_id)
            self.owner_filter.setCurrentIndex(max(self.owner_filter.findData(chosen), 0))

    def _reset_filters(self) -> None:
        with (
            QSignalBlocker(self.owner_filter),
            QSignalBlocker(self.status_filter),
            QSignalBlocker(self.overdue_only),
        ):
            self.owner_filter.setCurrentIndex(0)
            self.status_filter.setCurrentIndex(0)
            self.overdue_only.setChecked(False)

    def clear_filters(self) -> None:
        self._reset_filters()
        self._show_rows()
