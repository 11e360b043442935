"""Database errors from the user's environment, in words a user can act on.

SQLite reports a held write lock, a full disk, a damaged file or a read-only
file as driver errors; ``install_error_translation`` turns each into a
``StorageError`` at the engine, so every service call raises the same kind.
"""

from __future__ import annotations

import enum
import sqlite3

from sqlalchemy import Engine, event
from sqlalchemy.engine import ExceptionContext

from alsdesk import i18n
from alsdesk.i18n import QT_TRANSLATE_NOOP
from alsdesk.store.engine import StoreError


class StorageKind(enum.Enum):
    LOCKED = "locked"
    FULL = "full"
    DAMAGED = "damaged"
    READ_ONLY = "read-only"


_REASONS = {
    StorageKind.LOCKED: QT_TRANSLATE_NOOP(
        "store",
        "the database is in use by another program (another alsdesk, a backup or sync tool); "
        "try again in a moment. Nothing was changed.",
    ),
    StorageKind.FULL: QT_TRANSLATE_NOOP("store", "the disk is full. Nothing was changed."),
    StorageKind.DAMAGED: QT_TRANSLATE_NOOP(
        "store",
        "the database file is damaged. Restore it from a backup "
        "(File → Restore from backup…); nothing was changed.",
    ),
    StorageKind.READ_ONLY: QT_TRANSLATE_NOOP(
        "store", "the database file cannot be written (it is read-only). Nothing was changed."
    ),
}

# Words in SQLite's messages, checked in order, for drivers that give no error code.
_MESSAGES = (
    ("database is locked", StorageKind.LOCKED),
    ("database table is locked", StorageKind.LOCKED),
    ("disk is full", StorageKind.FULL),
    ("disk image is malformed", StorageKind.DAMAGED),
    ("file is not a database", StorageKind.DAMAGED),
    ("readonly database", StorageKind.READ_ONLY),
)

_CODES = {
    sqlite3.SQLITE_BUSY: StorageKind.LOCKED,
    sqlite3.SQLITE_LOCKED: StorageKind.LOCKED,
    sqlite3.SQLITE_FULL: StorageKind.FULL,
    sqlite3.SQLITE_CORRUPT: StorageKind.DAMAGED,
    sqlite3.SQLITE_NOTADB: StorageKind.DAMAGED,
    sqlite3.SQLITE_READONLY: StorageKind.READ_ONLY,
}


class StorageError(StoreError):
    """The database could not be read or written for a reason in the user's environment."""

    def __init__(self, kind: StorageKind, writing: bool):
        self.kind = kind
        self.writing = writing
        if writing:
            text = i18n.translate("store", "alsdesk could not save: %s")
        else:
            text = i18n.translate("store", "alsdesk could not read your data: %s")
        super().__init__(text % i18n.translate("store", _REASONS[kind]))


def kind_of(exc: BaseException) -> StorageKind | None:
    """The environment problem behind a driver error, or None for anything else (a bug)."""
    original = getattr(exc, "orig", None) or exc
    if isinstance(original, StorageError):
        return original.kind
    if isinstance(original, OSError) and original.errno == 28:  # ENOSPC
        return StorageKind.FULL
    if not isinstance(original, sqlite3.Error):
        return None
    code = getattr(original, "sqlite_errorcode", None)
    if code is not None and (code & 0xFF) in _CODES:
        return _CODES[code & 0xFF]
    text = str(original).lower()
    return next((kind for words, kind in _MESSAGES if words in text), None)


def translate(exc: BaseException, writing: bool = True) -> StorageError | None:
    """A ``StorageError`` for an environment problem, or None when ``exc`` is a bug."""
    kind = kind_of(exc)
    return None if kind is None else StorageError(kind, writing)


def _is_write(statement: str | None) -> bool:
    head = (statement or "").lstrip().split(None, 1)
    return not head or head[0].upper() not in ("SELECT", "PRAGMA", "WITH")


def _handle(context: ExceptionContext) -> StorageError | None:
    error = translate(context.original_exception, _is_write(context.statement))
    if error is not None:
        error.__cause__ = context.original_exception
    return error


def install_error_translation(engine: Engine) -> None:
    """Raise ``StorageError`` instead of the driver's error for every statement.

    Called once per engine, by ``open_store`` once the database is open. (Not
    guarded by ``event.contains``: SQLAlchemy's registry keys on ``id()``, so a new
    engine at a freed engine's address could look as if it had the listener.)
    """
    event.listen(engine, "handle_error", _handle)
