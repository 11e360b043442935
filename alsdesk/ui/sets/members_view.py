"""The Members tab: who is in the set, with add, edit and remove."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QTableView, QVBoxLayout, QWidget

from alsdesk.services.members import MAX_MEMBERS, MemberInfo, MemberService
from alsdesk.ui.common.columns import share_width
from alsdesk.ui.common.confirm import confirm
from alsdesk.ui.common.empty_state import EmptyState
from alsdesk.ui.common.form import ERROR_STYLE
from alsdesk.ui.common.icons import icon
from alsdesk.ui.common.roles import ROW_OBJECT_ROLE
from alsdesk.ui.common.toolbar_row import ToolbarRow, make_action
from alsdesk.ui.sets.editor import Editor
from alsdesk.ui.sets.import_dialog import ImportDialog
from alsdesk.ui.sets.member_dialog import MemberDialog
from alsdesk.ui.sets.members_model import NAME, MembersModel


class MembersView(QWidget):
    reloaded = Signal()
    """The set's members were read again."""

    def __init__(self, members: MemberService, editor: Editor, parent: QWidget | None = None):
        super().__init__(parent)
        self._editor = editor
        self._members = members
        self._set_id: int | None = None

        self.add_action = make_action(
            self, "add_member", self.tr("Add member…"), icon("member-add"), QKeySequence("Ctrl+M")
        )
        self.import_action = make_action(
            self, "import_members", self.tr("Import…"), icon("member-import")
        )
        self.import_action.setToolTip(self.tr("Add members from a CSV file (Excel: Save As CSV)"))
        self.import_action.triggered.connect(self.import_members)
        self.edit_action = make_action(self, "edit_member", self.tr("Edit…"), icon("member-edit"))
        self.remove_action = make_action(
            self,
            "remove_member",
            self.tr("Remove from set"),
            icon("member-remove"),
            QKeySequence(QKeySequence.StandardKey.Delete),
        )
        self.add_action.triggered.connect(self.add_member)
        self.edit_action.triggered.connect(self.edit_selected)
        self.remove_action.triggered.connect(self.remove_selected)

        self.model = MembersModel(self)
        self.table = QTableView()
        self.table.setObjectName("members_table")
        self.table.setAccessibleName(self.tr("Members"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.activated.connect(self.edit_selected)  # double-click or Enter
        self.table.selectionModel().selectionChanged.connect(self._update_actions)

        self.empty = EmptyState(
            self.table,
            self.tr(
                "No members yet.\nAdd the people in this set (up to %d): "
                "each needs only a name to start with."
            )
            % MAX_MEMBERS,
        )
        self.toolbar = ToolbarRow(
            [self.add_action, self.import_action, self.edit_action, self.remove_action]
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.empty, 1)
        self._update_actions()

    def show_set(self, set_id: int | None) -> None:
        self._set_id = set_id
        self.reload()

    def reload(self) -> None:
        selected = self.selected()
        members = self._members.list_members(self._set_id) if self._set_id else []
        self.model.reload(members)
        share_width(self.table, keep=(NAME,))
        self.empty.set_empty(not members)
        count = len(members)
        over = count - MAX_MEMBERS
        self.toolbar.status.setText(
            self.tr("%d members: %d over the programme's limit of %d") % (count, over, MAX_MEMBERS)
            if over > 0
            else self.tr("%d of %d places filled") % (count, MAX_MEMBERS)
        )
        self.toolbar.status.setStyleSheet(ERROR_STYLE if over > 0 else "")
        if selected:
            self.select_person(selected.person_id)
        self._update_actions()
        self.reloaded.emit()

    def selected(self) -> MemberInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(ROW_OBJECT_ROLE) if rows else None

    def select_person(self, person_id: int) -> None:
        for row in range(self.model.rowCount()):
            index = self.model.index(row, 0)
            if index.data(ROW_OBJECT_ROLE).person_id == person_id:
                self.table.selectRow(row)
                return

    def add_member(self) -> None:
        if self._set_id is None:
            return
        dialog = MemberDialog(self._members, self._set_id, parent=self)
        if (chosen := dialog.ask()) is not None:
            self._editor.add_member(self._set_id, chosen)

    def import_members(self) -> None:
        if self._set_id is None:
            return
        dialog = ImportDialog(self._members.importer(), self._set_id, parent=self)
        if (rows := dialog.ask()) is not None:
            self._editor.import_members(self._set_id, rows)

    def edit_selected(self) -> None:
        member = self.selected()
        if member is None:
            return
        dialog = MemberDialog(
            self._members,
            member.set_id,
            existing=member.person,
            other_sets=member.other_sets,
            parent=self,
        )
        if (chosen := dialog.ask()) is not None:
            self._editor.edit_member(member, chosen.draft)

    def remove_selected(self) -> None:
        member = self.selected()
        if member is None:
            return
        question = (
            self.tr("Remove %s from this set? Their details stay in alsdesk; you can undo this.")
            % member.person.full_name
        )
        if confirm(self, self.tr("Remove member"), question, self.tr("Remove")):
            self._editor.remove_member(member)

    def _update_actions(self) -> None:
        has_set = self._set_id is not None
        has_row = self.selected() is not None
        self.add_action.setEnabled(has_set)
        self.import_action.setEnabled(has_set)
        self.edit_action.setEnabled(has_row)
        self.remove_action.setEnabled(has_row)
