"""Whose goals and plans alsdesk keeps: the app's own user and set members.

The "People" list shows the user first (``person.is_self``), then everyone in
a set that has not been deleted (archived sets included: a finished
programme's goals are still worth reading), with the sets they are in.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Select, func, select

from alsdesk.i18n import translate
from alsdesk.services.errors import NotFoundError, raise_if_any
from alsdesk.services.merge import MergePreview, MergeRecord, MergeService
from alsdesk.store import Store
from alsdesk.store.models import ActionSet, Membership, Person

MAX_NAME = 200


@dataclass(frozen=True)
class PersonEntry:
    """One line of the People list."""

    id: int
    full_name: str
    is_self: bool
    set_names: tuple[str, ...]

    @property
    def subtitle(self) -> str:
        if self.is_self:
            return "You"
        return ", ".join(self.set_names)


def listed_people() -> Select:
    """The ids of everyone on the People list, for other services' queries."""
    in_a_set = (
        select(Membership.person_id)
        .join(ActionSet, ActionSet.id == Membership.set_id)
        .where(ActionSet.deleted_at.is_(None))
    )
    return select(Person.id).where(Person.is_self.is_(True) | Person.id.in_(in_a_set))


class PeopleService:
    def __init__(self, store: Store):
        self._sessions = store.sessions
        self._merging = MergeService(store)

    def merge_preview(self, keep_id: int, drop_id: int) -> MergePreview:
        """What merging ``drop_id`` into ``keep_id`` would move (services/merge.py)."""
        return self._merging.preview(keep_id, drop_id)

    def merge(self, keep_id: int, drop_id: int) -> MergeRecord:
        """Make two records of one person one, keeping ``keep_id``; all or nothing."""
        return self._merging.merge(keep_id, drop_id)

    def unmerge(self, record: MergeRecord) -> None:
        """Undo a merge: both records back as they were, under their ids."""
        self._merging.unmerge(record)

    def directory(self) -> list[PersonEntry]:
        """The user first, then members of sets not deleted, by name."""
        with self._sessions() as session:
            rows = session.execute(
                select(Membership.person_id, ActionSet.name, ActionSet.archived_at)
                .join(ActionSet, ActionSet.id == Membership.set_id)
                .where(ActionSet.deleted_at.is_(None))
                .order_by(ActionSet.archived_at.is_not(None), func.lower(ActionSet.name))
            ).all()
            sets: dict[int, list[str]] = {}
            for person_id, set_name, archived_at in rows:
                label = f"{set_name} (archived)" if archived_at is not None else set_name
                sets.setdefault(person_id, []).append(label)
            people = session.scalars(
                select(Person)
                .where(Person.id.in_(listed_people()))
                .order_by(Person.is_self.desc(), func.lower(Person.full_name), Person.id)
            )
            return [
                PersonEntry(p.id, p.full_name, p.is_self, tuple(sets.get(p.id, ()))) for p in people
            ]

    def me(self) -> PersonEntry | None:
        """The app's own user, once they have said who they are."""
        with self._sessions() as session:
            person = session.scalar(select(Person).where(Person.is_self.is_(True)).limit(1))
            if person is None:
                return None
            return PersonEntry(person.id, person.full_name, True, ())

    def set_me(self, full_name: str) -> PersonEntry:
        """Name the app's own user, creating them the first time.

        Someone already in a set (a facilitator who is also a member, or a member
        who imported their set) is not duplicated: the person of that name becomes
        the user. ValidationError key: "full_name".
        """
        name = " ".join(full_name.split())
        raise_if_any(
            {"full_name": translate("services", "Type your name.")}
            if not name
            else {
                "full_name": translate("services", "Keep the name under %d characters.") % MAX_NAME
            }
            if len(name) > MAX_NAME
            else {}
        )
        with self._sessions.begin() as session:
            current = session.scalar(select(Person).where(Person.is_self.is_(True)).limit(1))
            same_name = session.scalar(
                select(Person).where(func.lower(Person.full_name) == name.lower()).limit(1)
            )
            if current is not None and same_name is not None and same_name.id != current.id:
                current.is_self = False
                current = None
            person = current or same_name or Person(full_name=name)
            person.full_name = name
            person.is_self = True
            session.add(person)
            session.flush()
            return PersonEntry(person.id, person.full_name, True, ())

    def name(self, person_id: int) -> str:
        with self._sessions() as session:
            person = session.get(Person, person_id)
            if person is None:
                raise NotFoundError(translate("services", "That person is no longer in alsdesk."))
            return person.full_name

    def find(self, full_name: str) -> PersonEntry:
        """For the command line: the person of that name (case-insensitive)."""
        wanted = " ".join(full_name.split()).lower()
        matches = [p for p in self.directory() if p.full_name.lower() == wanted]
        if not matches:
            with self._sessions() as session:
                person = session.scalar(
                    select(Person).where(func.lower(Person.full_name) == wanted).limit(1)
                )
            if person is None:
                raise NotFoundError(
                    translate("services", 'Nobody called "%s" is in alsdesk.') % full_name
                )
            return PersonEntry(person.id, person.full_name, person.is_self, ())
        return matches[0]
