"""Writes a click asks for: a failure is told to the user, never left as a traceback."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtWidgets import QMessageBox, QWidget

from alsdesk.services.errors import StorageError, UserError


@contextmanager
def telling_failures(parent: QWidget, title: str) -> Iterator[None]:
    """Around a write and what follows it (a reload, a signal): a storage failure (whose
    sentence says nothing was changed) or a refusal ends the block and is shown in a
    message box over ``parent``."""
    try:
        yield
    except (UserError, StorageError) as exc:
        QMessageBox.warning(parent, title, str(exc))
