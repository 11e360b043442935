"""Action learning sets: create, edit, archive, delete (soft, undoable)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, fields
from typing import TYPE_CHECKING

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from alsdesk.i18n import QT_TRANSLATE_NOOP, translate
from alsdesk.services import limits
from alsdesk.services.errors import NotFoundError, raise_if_any
from alsdesk.services.rows import at_version
from alsdesk.store import Store
from alsdesk.store.models import ActionSet, Membership, utcnow

if TYPE_CHECKING:
    from alsdesk.services.airtime_phases import PhaseSpec

DEFAULT_GROUND_RULES = """\
Confidentiality: what is said in the set stays in the set.
Questions, not advice: help each other think, do not tell each other what to do.
Punctuality: start and finish on time.
Full attendance: send apologies in advance if you cannot come.
Respect: listen fully and let each person finish.
Mobile phones away during the set."""

HOLIDAY_REGIONS = {
    "ENG": QT_TRANSLATE_NOOP("services", "England"),
    "WLS": QT_TRANSLATE_NOOP("services", "Wales"),
    "SCT": QT_TRANSLATE_NOOP("services", "Scotland"),
    "NIR": QT_TRANSLATE_NOOP("services", "Northern Ireland"),
}


@dataclass(frozen=True)
class SetDraft:
    """What a user types for a set."""

    name: str
    programme: str = ""
    facilitator: str = ""
    start_date: dt.date | None = None
    venue: str = ""
    ground_rules: str = DEFAULT_GROUND_RULES
    holiday_region: str = "ENG"


@dataclass(frozen=True)
class SetInfo:
    id: int
    name: str
    programme: str
    facilitator: str
    start_date: dt.date | None
    venue: str
    ground_rules: str
    holiday_region: str
    timezone: str
    archived: bool
    member_count: int
    version: int = 1

    def draft(self) -> SetDraft:
        return SetDraft(**{f.name: getattr(self, f.name) for f in fields(SetDraft)})


def _info(row: ActionSet, member_count: int) -> SetInfo:
    return SetInfo(
        id=row.id,
        name=row.name,
        programme=row.programme,
        facilitator=row.facilitator,
        start_date=row.start_date,
        venue=row.venue,
        ground_rules=row.ground_rules,
        holiday_region=row.holiday_region,
        timezone=row.timezone,
        archived=row.archived_at is not None,
        member_count=member_count,
        version=row.version,
    )


def live_set(session: Session, set_id: int) -> ActionSet:
    """The set, unless it is gone or deleted (NotFoundError)."""
    row = session.get(ActionSet, set_id)
    if row is None or row.deleted_at is not None:
        raise NotFoundError(
            translate("services", "That set no longer exists (it may have been deleted).")
        )
    return row


EARLIEST_LIKELY_START = dt.date(2000, 1, 1)
LIKELY_YEARS_AHEAD = 2


def start_date_warning(start: dt.date | None, today: dt.date) -> str:
    """A sentence when a set's start is possible but unlikely (a mistyped year), else ''.

    Only a warning: an old set may be recorded afterwards and a programme planned far
    ahead, so the user may keep the date.
    """
    if start is None:
        return ""
    if start < EARLIEST_LIKELY_START:
        return translate("services", "A start in %d? Check the year; you can keep it.") % (
            start.year
        )
    if start > today.replace(year=today.year + LIKELY_YEARS_AHEAD, day=min(today.day, 28)):
        return translate(
            "services", "That is more than two years ahead: check the year; you can keep it."
        )
    return ""


def _free_name(wanted: str, taken: set[str]) -> str:
    name, number = wanted, 2
    while name.lower() in taken:
        name, number = f"{wanted} {number}", number + 1
    return name


def _clean(draft: SetDraft) -> SetDraft:
    return SetDraft(
        name=draft.name.strip(),
        programme=draft.programme.strip(),
        facilitator=draft.facilitator.strip(),
        start_date=draft.start_date,
        venue=draft.venue.strip(),
        ground_rules=draft.ground_rules.strip(),
        holiday_region=draft.holiday_region,
    )


class SetService:
    def __init__(self, store: Store):
        self._sessions = store.sessions

    def _member_counts(self, session) -> dict[int, int]:
        rows = session.execute(
            select(Membership.set_id, func.count()).group_by(Membership.set_id)
        ).all()
        return dict(rows)

    def list_sets(self, include_archived: bool = False) -> list[SetInfo]:
        """Live sets by name; archived ones too when asked. Deleted ones never."""
        with self._sessions() as session:
            query = select(ActionSet).where(ActionSet.deleted_at.is_(None))
            if not include_archived:
                query = query.where(ActionSet.archived_at.is_(None))
            rows = session.scalars(query.order_by(func.lower(ActionSet.name))).all()
            counts = self._member_counts(session)
            return [_info(row, counts.get(row.id, 0)) for row in rows]

    def get(self, set_id: int) -> SetInfo:
        with self._sessions() as session:
            row = live_set(session, set_id)
            return _info(row, self._member_counts(session).get(row.id, 0))

    def find_by_name(self, name: str) -> SetInfo:
        """The live set called ``name`` (case-insensitive), archived included."""
        wanted = name.strip().lower()
        for info in self.list_sets(include_archived=True):
            if info.name.lower() == wanted:
                return info
        raise NotFoundError(translate("services", 'There is no set called "%s".') % name.strip())

    def validate(self, draft: SetDraft, set_id: int | None = None) -> SetDraft:
        """The cleaned draft, or ValidationError naming each bad field."""
        draft = _clean(draft)
        problems: dict[str, str] = {}
        if not draft.name:
            problems["name"] = translate("services", "Give the set a name.")
        elif any(
            other.name.lower() == draft.name.lower() and other.id != set_id
            for other in self.list_sets(include_archived=True)
        ):
            problems["name"] = (
                translate("services", 'A set called "%s" already exists.') % draft.name
            )
        if draft.holiday_region not in HOLIDAY_REGIONS:
            problems["holiday_region"] = translate(
                "services", "Choose a UK nation for bank holidays."
            )
        limits.check(
            problems,
            {
                "name": (draft.name, "name"),
                "programme": (draft.programme, "programme"),
                "facilitator": (draft.facilitator, "facilitator's name"),
                "venue": (draft.venue, "venue"),
            },
            {"ground_rules": (draft.ground_rules, "ground rules")},
        )
        raise_if_any(problems)
        return draft

    def create(self, draft: SetDraft, phases: tuple[PhaseSpec, ...] | None = None) -> SetInfo:
        """A new set; ``phases``: the airtime phases it starts with (None: the standard)."""
        draft = self.validate(draft)
        from alsdesk.services.airtime_phases import dumps, validated  # (it imports this module)

        chosen = "" if phases is None else dumps(validated(list(phases)))
        with self._sessions.begin() as session:
            row = ActionSet(**vars(draft), airtime_phases=chosen)
            session.add(row)
            session.flush()
            return _info(row, 0)

    def update(self, set_id: int, draft: SetDraft, expected_version: int | None = None) -> SetInfo:
        """Save; refused (ChangedElsewhereError) if the set changed since ``expected_version``."""
        draft = self.validate(draft, set_id)
        with self._sessions.begin() as session:
            row = at_version(live_set(session, set_id), expected_version, "set")
            for key, value in vars(draft).items():
                setattr(row, key, value)
        return self.get(set_id)

    def set_archived(self, set_id: int, archived: bool) -> None:
        with self._sessions.begin() as session:
            row = live_set(session, set_id)
            row.archived_at = utcnow() if archived else None

    def delete(self, set_id: int) -> None:
        """Hide the set at once; it is purged at the next start (undo restores it)."""
        with self._sessions.begin() as session:
            live_set(session, set_id).deleted_at = utcnow()

    def restore(self, set_id: int) -> None:
        """Bring back a deleted set; renamed "... (restored)" if its name was reused."""
        names = {info.name.lower() for info in self.list_sets(include_archived=True)}
        with self._sessions.begin() as session:
            row = session.get(ActionSet, set_id)
            if row is None:
                raise NotFoundError(translate("services", "That set no longer exists."))
            if row.deleted_at is not None and row.name.lower() in names:
                row.name = _free_name(f"{row.name} (restored)", names)
            row.deleted_at = None

    def purge_deleted(self) -> int:
        """Remove sets deleted in an earlier session for good; returns how many."""
        with self._sessions.begin() as session:
            rows = session.scalars(select(ActionSet).where(ActionSet.deleted_at.is_not(None)))
            count = 0
            for row in rows:
                session.delete(row)
                count += 1
            return count
