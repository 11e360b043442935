"""The presenters in speaking order: drag and drop (or Alt+Up/Down) to reorder."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QDropEvent, QFont, QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QListWidget, QListWidgetItem

from alsdesk.services.airtime_rounds import TurnInfo, TurnState

TURN_ROLE = Qt.ItemDataRole.UserRole
STATE_MARKS = {TurnState.WAITING: "", TurnState.CURRENT: "▶ ", TurnState.DONE: "✓ "}


def turn_line(turn: TurnInfo, position: int) -> str:
    planned = f"{turn.planned_minutes} min" if turn.planned_minutes else "no time planned"
    if turn.state == TurnState.DONE:
        used = round(turn.timer.used_before / 60)
        planned = f"{used} of {planned}" if turn.planned_minutes else f"{used} min"
    return f"{STATE_MARKS[turn.state]}{position}. {turn.full_name} ({planned})"


class PresenterList(QListWidget):
    reordered = Signal(list)
    """The turn ids in their new order."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setWordWrap(True)  # long names wrap rather than hide the minutes
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setToolTip(self.tr("Drag to change the order (or Alt+Up / Alt+Down)"))

    def show_turns(self, turns: list[TurnInfo], keep_selection: bool = True) -> None:
        selected = self.selected_turn_id() if keep_selection else None
        self.blockSignals(True)
        self.clear()
        for position, turn in enumerate(turns, start=1):
            item = QListWidgetItem(turn_line(turn, position))
            item.setData(TURN_ROLE, turn.id)
            if turn.state == TurnState.CURRENT:
                font = QFont(item.font())
                font.setBold(True)
                item.setFont(font)
            self.addItem(item)
            if turn.id == selected:
                item.setSelected(True)
                self.setCurrentItem(item)
        self.blockSignals(False)

    def turn_ids(self) -> list[int]:
        return [self.item(row).data(TURN_ROLE) for row in range(self.count())]

    def selected_turn_id(self) -> int | None:
        item = self.currentItem()
        return item.data(TURN_ROLE) if item is not None else None

    def select_turn(self, turn_id: int | None) -> None:
        for row in range(self.count()):
            if self.item(row).data(TURN_ROLE) == turn_id:
                self.setCurrentRow(row)
                return

    def move_selected(self, step: int) -> None:
        row = self.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.count():
            return
        item = self.takeItem(row)
        self.insertItem(target, item)
        self.setCurrentRow(target)
        self.reordered.emit(self.turn_ids())

    def dropEvent(self, event: QDropEvent) -> None:
        before = self.turn_ids()
        super().dropEvent(event)
        if self.turn_ids() != before:
            self.reordered.emit(self.turn_ids())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.AltModifier and event.key() in (
            Qt.Key.Key_Up,
            Qt.Key.Key_Down,
        ):
            self.move_selected(-1 if event.key() == Qt.Key.Key_Up else 1)
            return
        super().keyPressEvent(event)
