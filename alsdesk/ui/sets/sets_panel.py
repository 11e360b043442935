"""The sidebar: the list of sets, with archived ones on request."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import QCheckBox, QLabel, QListView, QPushButton, QVBoxLayout, QWidget

from alsdesk.services.sets import SetService
from alsdesk.ui.common.icons import icon
from alsdesk.ui.common.roles import ROW_OBJECT_ROLE
from alsdesk.ui.sets.sets_model import SetListModel


class SetsPanel(QWidget):
    set_selected = Signal(object)
    """The chosen set's id, or None when nothing is selected."""

    def __init__(self, sets: SetService, parent: QWidget | None = None):
        super().__init__(parent)
        self._sets = sets
        self._quiet = False
        heading = QLabel(self.tr("Sets"))
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        self.model = SetListModel(self)
        self.view = QListView()
        self.view.setObjectName("sets_list")
        self.view.setAccessibleName(self.tr("Action learning sets"))
        self.view.setModel(self.model)
        self.view.selectionModel().currentChanged.connect(self._current_changed)
        self.show_archived = QCheckBox(self.tr("Show archived sets"))
        self.show_archived.setObjectName("show_archived")
        self.show_archived.toggled.connect(self._archived_toggled)
        self.new_button = QPushButton(icon("set-new"), self.tr("New set…"))
        self.new_button.setObjectName("new_set")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 0, 6)
        layout.addWidget(heading)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.show_archived)
        layout.addWidget(self.new_button)

    def reload(self, select_id: int | None = None, *, announce: bool = True) -> None:
        """List the sets again, keeping ``select_id`` (or the current set) current,
        and announce the current set (``announce=False``: the caller decides)."""
        keep = select_id if select_id is not None else self.current_id()
        self.model.reload(self._sets.list_sets(include_archived=self.show_archived.isChecked()))
        row = self.model.row_of(keep) if keep is not None else -1
        if row < 0 and self.model.rowCount() > 0:
            row = 0
        if row >= 0:
            self._quiet = True  # announced once, below, whether the current row moved or not
            try:
                self.view.setCurrentIndex(self.model.index(row))
            finally:
                self._quiet = False
        if announce:
            self.set_selected.emit(self.current_id())

    def _archived_toggled(self, _on: bool) -> None:
        """Only the list changes: the set page is told (and reloads) only when the
        current set is another one (it was archived and is now hidden, or none was)."""
        before = self.current_id()
        self.reload(announce=False)
        if self.current_id() != before or before is None:
            self.set_selected.emit(self.current_id())

    def current_id(self) -> int | None:
        index = self.view.currentIndex()
        return index.data(ROW_OBJECT_ROLE).id if index.isValid() else None

    def select(self, set_id: int) -> None:
        """Make ``set_id`` current if it is listed (archived sets only when shown)."""
        row = self.model.row_of(set_id)
        if row >= 0:
            self.view.setCurrentIndex(self.model.index(row))

    def _current_changed(self, current, _previous) -> None:
        if self._quiet:
            return
        self.set_selected.emit(current.data(ROW_OBJECT_ROLE).id if current.isValid() else None)

    def clear_selection(self) -> None:
        """Nothing current, without announcing it (another page is taking over)."""
        self.view.selectionModel().blockSignals(True)
        self.view.setCurrentIndex(QModelIndex())
        self.view.selectionModel().blockSignals(False)
        self.view.clearSelection()
