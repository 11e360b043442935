"""The contract between the window and each of its pages.

The window knows a page only through this class: it shows a page with a subject
(a set id, a person id, a meeting id, or nothing), asks it to save pending edits
before another page takes its place, asks which documents it can export now and
what to reopen at the next start, and listens to a few signals. It never reaches
into a page's children.

To add a page: subclass ``Page`` in the page's own area package under ``ui/``
(its constructor takes exactly the services it uses), then add one ``PageEntry``
to ``alsdesk.ui.window.pages.PAGES``.
"""

from __future__ import annotations

from typing import ClassVar

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget


class Page(QWidget):
    """One page of the main window's stack."""

    name: ClassVar[str] = ""
    """Its key in the window's list of pages and in the saved state."""
    undo_applies: ClassVar[bool] = False
    """Whether Edit > Undo (set-level edits) applies here; pages that save as they go say no."""
    takes_new_shortcut: ClassVar[bool] = False
    """Whether Ctrl+N makes something of the page's own (then "New set" is off here)."""

    navigate = Signal(str, object)
    """Show another page: its name and the subject to show there."""
    export_requested = Signal(str, object)
    """Export a document: its name (``alsdesk.documents``) and its subject."""
    command_requested = Signal(str)
    """Run one of the window's commands, by the object name of its action."""
    changed = Signal()
    """Something was saved that other pages (the home page, the sidebar) may show."""
    failed = Signal(str)
    """Something could not be done; the sentence says why."""
    title_changed = Signal(str)
    """The page's title changed (the sidebar button shows it)."""

    def title(self) -> str:
        return ""

    def show_subject(self, subject: object) -> bool:
        """Show ``subject``; False if it no longer exists (the window stays where it is)."""
        return True

    def subject(self) -> object:
        """What the page shows now (what ``show_subject`` was given, as the page holds it)."""
        return None

    def entered(self) -> None:
        """The page has just become the current one: put the keyboard where the user starts."""

    def refresh(self) -> None:
        """Data may have changed elsewhere; show it again."""

    def flush(self) -> None:
        """Save any edit still pending; called before another page takes this one's place."""

    def release(self) -> None:
        """The window is closing: save, and forget what must not outlive it."""
        self.flush()

    def exports(self) -> tuple[str, ...]:
        """The documents this page can export now, by name."""
        return ()

    def menu_actions(self) -> tuple[QAction, ...]:
        """The page's own commands, for the window's menu of its area."""
        return ()

    def saved_state(self) -> str:
        """What to restore at the next start (``restore_state`` is given it back)."""
        return ""

    def restore_state(self, state: str) -> None:
        """Restore what ``saved_state`` returned at the last close."""
