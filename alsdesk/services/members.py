"""People and their membership of sets.

A person is stored once and may belong to several sets; editing a member
edits the person everywhere.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, fields

from sqlalchemy import func, select

from alsdesk.i18n import translate
from alsdesk.services import limits
from alsdesk.services.errors import NotFoundError, UserError, raise_if_any
from alsdesk.services.person_match import KnownPeople, PersonMatch
from alsdesk.services.rows import at_version, person_row
from alsdesk.services.sets import live_set
from alsdesk.store import Store
from alsdesk.store.models import ActionSet, Membership, Person

MAX_MEMBERS = 8
"""The programme's limit on set size: a warning, not a hard stop."""

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]{2,}$")
_PHONE = re.compile(r"^[0-9+()\-\s.]{6,}$")


@dataclass(frozen=True)
class PersonDraft:
    full_name: str
    job_title: str = ""
    organisation: str = ""
    email: str = ""
    phone: str = ""
    notes: str = ""


@dataclass(frozen=True)
class PersonInfo:
    id: int
    full_name: str
    job_title: str
    organisation: str
    email: str
    phone: str
    notes: str
    version: int = 1

    def draft(self) -> PersonDraft:
        return PersonDraft(**{f.name: getattr(self, f.name) for f in fields(PersonDraft)})


@dataclass(frozen=True)
class MemberInfo:
    """A person as a member of one set."""

    person: PersonInfo
    set_id: int
    position: int
    other_sets: tuple[str, ...]

    @property
    def person_id(self) -> int:
        return self.person.id


def _person_info(row: Person) -> PersonInfo:
    return PersonInfo(**{f.name: getattr(row, f.name) for f in fields(PersonInfo)})


def size_warning(current_count: int) -> str | None:
    """The warning to show before adding one more member, if any."""
    if current_count >= MAX_MEMBERS:
        return translate(
            "services",
            "This set already has %d members; the programme's limit is %d. "
            "You can still add this person.",
        ) % (current_count, MAX_MEMBERS)
    return None


class MemberService:
    def __init__(self, store: Store):
        self._sessions = store.sessions

    def validate(self, draft: PersonDraft) -> PersonDraft:
        draft = PersonDraft(**{k: v.strip() for k, v in vars(draft).items()})
        problems: dict[str, str] = {}
        if not draft.full_name:
            problems["full_name"] = translate("services", "Enter the member's name.")
        if draft.email and not _EMAIL.match(draft.email):
            problems["email"] = (
                translate("services", '"%s" is not an email address (name@example.nhs.uk).')
                % draft.email
            )
        if draft.phone and not _PHONE.match(draft.phone):
            problems["phone"] = translate(
                "services", "A phone number has digits, spaces and + ( ) - only."
            )
        limits.check(
            problems,
            {
                "full_name": (draft.full_name, "name"),
                "job_title": (draft.job_title, "job title"),
                "organisation": (draft.organisation, "organisation"),
                "email": (draft.email, "email address"),
                "phone": (draft.phone, "phone number"),
            },
            {"notes": (draft.notes, "notes")},
        )
        raise_if_any(problems)
        return draft

    def count(self, set_id: int) -> int:
        with self._sessions() as session:
            return (
                session.scalar(
                    select(func.count()).select_from(Membership).where(Membership.set_id == set_id)
                )
                or 0
            )

    def list_members(self, set_id: int) -> list[MemberInfo]:
        with self._sessions() as session:
            rows = session.execute(
                select(Membership, Person)
                .join(Person)
                .where(Membership.set_id == set_id)
                .order_by(Membership.position, Membership.id)
            ).all()
            person_ids = [person.id for _, person in rows]
            other = session.execute(
                select(Membership.person_id, ActionSet.name)
                .join(ActionSet)
                .where(
                    Membership.person_id.in_(person_ids),
                    Membership.set_id != set_id,
                    ActionSet.deleted_at.is_(None),
                )
                .order_by(ActionSet.name)
            ).all()
            others: dict[int, list[str]] = {}
            for person_id, name in other:
                others.setdefault(person_id, []).append(name)
            return [
                MemberInfo(
                    person=_person_info(person),
                    set_id=set_id,
                    position=membership.position,
                    other_sets=tuple(others.get(person.id, ())),
                )
                for membership, person in rows
            ]

    def list_people(self, exclude_set_id: int | None = None) -> list[PersonInfo]:
        """Everyone known, by name; without those already in ``exclude_set_id``."""
        with self._sessions() as session:
            query = select(Person).order_by(func.lower(Person.full_name))
            if exclude_set_id is not None:
                in_set = select(Membership.person_id).where(Membership.set_id == exclude_set_id)
                query = query.where(Person.id.not_in(in_set))
            return [_person_info(row) for row in session.scalars(query)]

    def known_people(self, set_id: int | None = None) -> KnownPeople:
        """Everyone known, to look up by name (ignoring case, accents and spaces) or email;
        ``set_id`` marks who is in that set already."""
        with self._sessions() as session:
            return KnownPeople(session, set_id)

    def matches(self, set_id: int | None, full_name: str, email: str = "") -> list[PersonMatch]:
        """People already known by this name or email (see ``known_people``)."""
        return self.known_people(set_id).matches(full_name, email)

    def importer(self):
        """Reading members from a CSV file into a set (services/member_import.py)."""
        from alsdesk.services.member_import import MemberImport  # it builds on this module

        return MemberImport(self._sessions, self)

    def add_new(self, set_id: int, draft: PersonDraft, person_id: int | None = None) -> MemberInfo:
        """Create a person and make them a member, in one transaction.

        ``person_id`` re-creates a person removed by undo under their old id.
        """
        draft = self.validate(draft)
        with self._sessions.begin() as session:
            person = Person(id=person_id, **vars(draft))
            session.add(person)
            session.flush()
            self._join(session, set_id, person.id, None)
            person_id = person.id
        return self._member(set_id, person_id)

    def add_existing(self, set_id: int, person_id: int, position: int | None = None) -> MemberInfo:
        with self._sessions.begin() as session:
            if session.get(Person, person_id) is None:
                raise NotFoundError(translate("services", "That person is no longer in alsdesk."))
            self._join(session, set_id, person_id, position)
        return self._member(set_id, person_id)

    def update_person(
        self, person_id: int, draft: PersonDraft, expected_version: int | None = None
    ) -> PersonInfo:
        """Save; refused (ChangedElsewhereError) if changed since ``expected_version``."""
        draft = self.validate(draft)
        with self._sessions.begin() as session:
            person = at_version(person_row(session, person_id), expected_version, "person")
            for key, value in vars(draft).items():
                setattr(person, key, value)
            session.flush()
            return _person_info(person)

    def get_person(self, person_id: int) -> PersonInfo:
        with self._sessions() as session:
            person = session.get(Person, person_id)
            if person is None:
                raise NotFoundError(translate("services", "That person is no longer in alsdesk."))
            return _person_info(person)

    def remove(self, set_id: int, person_id: int) -> int:
        """Take a person out of a set (the person is kept); returns their position."""
        with self._sessions.begin() as session:
            membership = session.scalar(
                select(Membership).where(
                    Membership.set_id == set_id, Membership.person_id == person_id
                )
            )
            if membership is None:
                raise NotFoundError(
                    translate("services", "That person is not a member of this set.")
                )
            position = membership.position
            session.delete(membership)
            return position

    def delete_person_if_orphan(self, person_id: int) -> bool:
        """Remove a person who belongs to no set any more (used by undo of an add)."""
        with self._sessions.begin() as session:
            in_any = session.scalar(
                select(func.count())
                .select_from(Membership)
                .where(Membership.person_id == person_id)
            )
            person = session.get(Person, person_id)
            if in_any or person is None or person.is_self:
                return False
            session.delete(person)
            return True

    def _member(self, set_id: int, person_id: int) -> MemberInfo:
        for member in self.list_members(set_id):
            if member.person_id == person_id:
                return member
        raise NotFoundError(translate("services", "That person is not a member of this set."))

    @staticmethod
    def _join(session, set_id: int, person_id: int, position: int | None) -> None:
        live_set(session, set_id)
        exists = session.scalar(
            select(func.count())
            .select_from(Membership)
            .where(Membership.set_id == set_id, Membership.person_id == person_id)
        )
        if exists:
            raise UserError(translate("services", "That person is already a member of this set."))
        if position is None:
            last = session.scalar(
                select(func.max(Membership.position)).where(Membership.set_id == set_id)
            )
            position = 0 if last is None else last + 1
        session.add(Membership(set_id=set_id, person_id=person_id, position=position))
