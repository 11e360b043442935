"""Is this someone alsdesk already knows? Names and emails compared as a person would.

"Amira Hassan", "amira  hassan" and "Amíra Hassan" are the same name to a
facilitator; so are two spellings of one email address in different case.
Used before creating a person (the member dialog, the import) so that nobody
is typed in twice.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from alsdesk.store.models import Membership, Person


def name_key(name: str) -> str:
    """``name`` without case, accents or extra spaces: the form two spellings share."""
    decomposed = unicodedata.normalize("NFKD", name)
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(plain.casefold().split())


def email_key(email: str) -> str:
    return email.strip().casefold()


@dataclass(frozen=True)
class PersonMatch:
    """Someone already known who may be the person being typed."""

    id: int
    full_name: str
    job_title: str
    organisation: str
    email: str
    same_name: bool
    same_email: bool
    in_set: bool
    """Already a member of the set being added to."""

    @property
    def details(self) -> str:
        """Job, organisation and email, for a line under the name."""
        return " · ".join(filter(None, [self.job_title, self.organisation, self.email]))


@dataclass(frozen=True)
class _Known:
    id: int
    full_name: str
    job_title: str
    organisation: str
    email: str


class KnownPeople:
    """Everyone alsdesk knows, indexed by name key and email key: plain data, one query."""

    def __init__(self, session: Session, set_id: int | None = None):
        self._in_set: set[int] = set()
        if set_id is not None:
            self._in_set = set(
                session.scalars(select(Membership.person_id).where(Membership.set_id == set_id))
            )
        self._by_name: dict[str, list[_Known]] = {}
        self._by_email: dict[str, list[_Known]] = {}
        rows = session.execute(
            select(
                Person.id, Person.full_name, Person.job_title, Person.organisation, Person.email
            ).order_by(func.lower(Person.full_name), Person.id)
        )
        for row in rows:
            self.add(_Known(*row))

    def add(self, person: _Known, in_set: bool = False) -> None:
        """Know one more person (the import adds each new row, to catch repeats)."""
        self._by_name.setdefault(name_key(person.full_name), []).append(person)
        if person.email.strip():
            self._by_email.setdefault(email_key(person.email), []).append(person)
        if in_set:
            self._in_set.add(person.id)

    def matches(self, full_name: str, email: str = "") -> list[PersonMatch]:
        """People with the same name or (when given) the same email; same name and email first."""
        by_id: dict[int, tuple[_Known, bool, bool]] = {}
        for person in self._by_name.get(name_key(full_name), []) if full_name.strip() else []:
            by_id[person.id] = (person, True, False)
        for person in self._by_email.get(email_key(email), []) if email.strip() else []:
            by_id[person.id] = (person, person.id in by_id, True)
        found = [
            PersonMatch(
                person.id,
                person.full_name,
                person.job_title,
                person.organisation,
                person.email,
                same_name,
                same_email,
                person.id in self._in_set,
            )
            for person, same_name, same_email in by_id.values()
        ]
        return sorted(found, key=lambda m: (not (m.same_name and m.same_email), m.in_set, m.id))
