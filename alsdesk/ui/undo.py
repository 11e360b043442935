"""Undoable edits: each command calls the services to do and to undo."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand


class ServiceCommand(QUndoCommand):
    """An edit done and undone through service calls.

    ``after`` is told the set the edit touched and what happened ("Saved",
    "Undone", "Redone"), so the window can show that set and say so.
    ``done_already`` is for edits made before the push because they mint an id
    (a new set, person or event): the first redo then only reports.
    """

    def __init__(
        self,
        text: str,
        set_id: int | None,
        do: Callable[[], object],
        undo: Callable[[], object],
        after: Callable[[int | None, str], None],
        done_already: bool = False,
    ):
        super().__init__(text)
        self.set_id = set_id
        self._do = do
        self._undo = undo
        self._after = after
        self._first = True
        self._skip_next = done_already

    def redo(self) -> None:
        if not self._skip_next:
            self._do()
        self._skip_next = False
        self._after(self.set_id, "Saved" if self._first else "Redone")
        self._first = False

    def undo(self) -> None:
        self._undo()
        self._after(self.set_id, "Undone")
