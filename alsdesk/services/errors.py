"""Errors a user can act on, as opposed to bugs."""

from __future__ import annotations

from alsdesk.store.failures import StorageError

__all__ = [
    "ChangedElsewhereError",
    "NotFoundError",
    "StorageError",
    "UserError",
    "ValidationError",
    "raise_if_any",
]


class UserError(Exception):
    """Something the user asked for cannot be done; the message says why."""


class NotFoundError(UserError):
    """A named thing (set, person, event) does not exist."""


class ChangedElsewhereError(UserError):
    """The row changed (another window, copy or server user) since the edit began."""


class ValidationError(UserError):
    """Input that cannot be saved, with one message per offending field.

    ``fields`` maps a field name (the dataclass attribute) to a sentence the UI
    shows beside that field.
    """

    def __init__(self, fields: dict[str, str]):
        self.fields = dict(fields)
        super().__init__(" ".join(self.fields.values()))


def raise_if_any(problems: dict[str, str]) -> None:
    if problems:
        raise ValidationError(problems)
