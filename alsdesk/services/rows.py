"""Small queries several services share: a row that must exist, a person's sets."""

from __future__ import annotations

from typing import Protocol, TypeVar

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from alsdesk.i18n import translate
from alsdesk.services.errors import ChangedElsewhereError, NotFoundError
from alsdesk.store.models import ActionSet, Base, Membership, Person

Row = TypeVar("Row", bound=Base)


class _Versioned(Protocol):
    @property
    def version(self) -> int: ...


VersionedRow = TypeVar("VersionedRow", bound=_Versioned)


def existing(session: Session, model: type[Row], row_id: int, what: str) -> Row:
    """The row, or NotFoundError "That <what> no longer exists." (it went in another window)."""
    row = session.get(model, row_id)
    if row is None:
        raise NotFoundError(translate("services", "That %s no longer exists.") % what)
    return row


def at_version(row: VersionedRow, expected: int | None, what: str) -> VersionedRow:
    """``row``, or ChangedElsewhereError if it is no longer at the version the edit began from.

    ``expected`` None skips the check (an edit made from fresh data in one step).
    """
    if expected is not None and row.version != expected:
        raise ChangedElsewhereError(
            translate(
                "services",
                "This %s was changed elsewhere since you opened it. "
                "Reload it and make your change again; nothing was saved.",
            )
            % what
        )
    return row


def person_row(session: Session, person_id: int) -> Person:
    person = session.get(Person, person_id)
    if person is None:
        raise NotFoundError(translate("services", "That person is no longer in alsdesk."))
    return person


def set_names_of(session: Session, person_id: int) -> tuple[str, ...]:
    """The sets a person is in, by name, for the title block of their reports.

    Deleted sets are left out; archived ones stay (a finished programme is still theirs).
    """
    return tuple(
        session.scalars(
            select(ActionSet.name)
            .join(Membership, Membership.set_id == ActionSet.id)
            .where(Membership.person_id == person_id, ActionSet.deleted_at.is_(None))
            .order_by(func.lower(ActionSet.name), ActionSet.id)
        )
    )
