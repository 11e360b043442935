"""The window's "Merge two people…" command: the dialog, then an undoable merge."""

from __future__ import annotations

from typing import TYPE_CHECKING

from alsdesk.services.merge import MergeRecord
from alsdesk.ui.person.merge_dialog import MergeChoice, MergeDialog
from alsdesk.ui.sets.undo import ServiceCommand

if TYPE_CHECKING:
    from alsdesk.ui.window.main_window import MainWindow


def merge_people(window: MainWindow) -> None:
    """Ask whom to merge; merge on the shared undo stack, then show the kept person."""
    dialog = MergeDialog(window.services.people, window.people_panel.current_id(), window)
    if (choice := dialog.ask()) is None:
        return
    push_merge(window, choice)
    window.people_panel.select(choice.keep_id)


def push_merge(window: MainWindow, choice: MergeChoice) -> None:
    people = window.services.people
    editor = window.editor
    text = choice.text
    done: list[MergeRecord] = []

    def merge() -> None:
        done[:] = [people.merge(choice.keep_id, choice.drop_id)]

    def unmerge() -> None:
        people.unmerge(done.pop())

    def after(set_id: int | None, verb: str) -> None:
        editor.changed.emit(set_id, f"{verb}: {text}")

    editor.undo_stack.push(
        ServiceCommand(text, None, merge, unmerge, after, failed=editor.failed.emit)
    )
