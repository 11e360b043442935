"""The last resort for a storage failure that escapes a slot: a message, not silence.

Edits, autosaves and dialogs report a ``StorageError`` where the user acted.
Anything that reaches Qt's event loop instead (a reload, a menu action without
its own handling) would reach the bug dialog; this hook turns it into the same
sentence in a message box over the window, and leaves every other exception (our
bugs) to the previous hook, which the app sets to the bug dialog's
(``alsdesk.ui.common.bug_dialog``).
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from types import TracebackType

from alsdesk.services.errors import StorageError


def storage_failure(error: BaseException | None) -> StorageError | None:
    """The storage failure behind ``error`` (it may be wrapped by a later exception)."""
    seen: set[int] = set()
    while error is not None and id(error) not in seen:
        if isinstance(error, StorageError):
            return error
        seen.add(id(error))
        error = error.__cause__ or error.__context__
    return None


def install(show_error: Callable[[str], None]) -> Callable[[], None]:
    """Route uncaught storage failures to ``show_error``; returns a function that undoes it."""
    previous = sys.excepthook

    def hook(kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
        failure = storage_failure(error)
        if failure is None:
            previous(kind, error, trace)
        else:
            show_error(str(failure))

    sys.excepthook = hook

    def uninstall() -> None:
        if sys.excepthook is hook:
            sys.excepthook = previous

    return uninstall
