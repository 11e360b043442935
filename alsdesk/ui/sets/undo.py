"""Undoable edits: each command calls the services to do and to undo."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from alsdesk.services.errors import StorageError, UserError


class ServiceCommand(QUndoCommand):
    """An edit done and undone through service calls.

    ``after`` is told the set the edit touched and what happened ("Saved",
    "Undone", "Redone"), so the window can show that set and say so.
    ``failed`` hears why a step could not be done (by default, ``after``).
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
        failed: Callable[[str], None] | None = None,
    ):
        super().__init__(text)
        self.set_id = set_id
        self._do = do
        self._undo = undo
        self._after = after
        self._failed = failed or (lambda message: after(set_id, message))
        self._first = True
        self._skip_next = done_already

    def redo(self) -> None:
        verb = "Saved" if self._first else "Redone"
        if not self._skip_next and not self._run(self._do, "save" if self._first else "redo"):
            return
        self._skip_next = False
        self._first = False
        self._after(self.set_id, verb)

    def undo(self) -> None:
        if self._run(self._undo, "undo"):
            self._after(self.set_id, "Undone")

    def _run(self, step: Callable[[], object], name: str) -> bool:
        """Run a step; if the data moved on meanwhile (a UserError), say so and
        drop this command, so the stack never claims what the database lacks."""
        try:
            step()
        except UserError as exc:
            self.setObsolete(True)
            self._failed(f"Could not {name} {self.text()}: {exc}")
            return False
        except StorageError as exc:  # the sentence already says nothing was changed
            self.setObsolete(True)
            self._failed(str(exc))
            return False
        return True
