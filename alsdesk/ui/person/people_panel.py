"""The sidebar's People list: whose goals and development plan to open."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import QLabel, QListView, QPushButton, QVBoxLayout, QWidget

from alsdesk.services.people import PeopleService
from alsdesk.ui.common.roles import ROW_OBJECT_ROLE
from alsdesk.ui.person.people_model import PeopleListModel


class PeoplePanel(QWidget):
    person_selected = Signal(object)
    """The chosen person's id, or None when nothing is selected."""

    def __init__(self, people: PeopleService, parent: QWidget | None = None):
        super().__init__(parent)
        self._people = people
        heading = QLabel(self.tr("People"))
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        heading.setToolTip(self.tr("Improvement goals and development plans"))
        self.model = PeopleListModel(self)
        self.view = QListView()
        self.view.setObjectName("people_list")
        self.view.setAccessibleName(self.tr("People"))
        self.view.setModel(self.model)
        self.view.selectionModel().currentChanged.connect(self._current_changed)
        self.me_button = QPushButton(self.tr("Add my own goals and plan…"))
        self.me_button.setObjectName("add_me")
        self.merge_button = QPushButton(self.tr("Merge two people…"))
        self.merge_button.setObjectName("merge_people")
        self.merge_button.setToolTip(self.tr("When one person was entered twice"))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 0, 6)
        layout.addWidget(heading)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.me_button)
        layout.addWidget(self.merge_button)

    def reload(self) -> None:
        """Refresh the list, keeping the current person without announcing it again."""
        keep = self.current_id()
        self.view.selectionModel().blockSignals(True)
        try:
            people = self._people.directory()
            self.model.reload(people)
            row = self.model.row_of(keep) if keep is not None else -1
            if row >= 0:
                self.view.setCurrentIndex(self.model.index(row))
        finally:
            self.view.selectionModel().blockSignals(False)
        self.me_button.setVisible(not any(person.is_self for person in people))
        self.merge_button.setVisible(len(people) >= 2)
        if keep is not None and row < 0:
            self.person_selected.emit(None)

    def current_id(self) -> int | None:
        index = self.view.currentIndex()
        return index.data(ROW_OBJECT_ROLE).id if index.isValid() else None

    def select(self, person_id: int) -> bool:
        """Make ``person_id`` current (announcing it); False when they are not listed."""
        row = self.model.row_of(person_id)
        if row < 0:
            return False
        index = self.model.index(row)
        if self.view.currentIndex() == index:
            self.person_selected.emit(person_id)
        else:
            self.view.setCurrentIndex(index)
        return True

    def clear_selection(self) -> None:
        """Nothing current, without announcing it (another page is taking over)."""
        self.view.selectionModel().blockSignals(True)
        self.view.setCurrentIndex(QModelIndex())
        self.view.selectionModel().blockSignals(False)
        self.view.clearSelection()

    def _current_changed(self, current, _previous) -> None:
        self.person_selected.emit(current.data(ROW_OBJECT_ROLE).id if current.isValid() else None)
