"""The programme schedule: events and the default year plan (the agenda view is agenda.py)."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, fields, replace
from enum import StrEnum

from sqlalchemy import select

from alsdesk.dates import medium_date
from alsdesk.i18n import QT_TRANSLATE_NOOP, translate
from alsdesk.services import limits
from alsdesk.services.calendar_days import next_working_day
from alsdesk.services.errors import NotFoundError, UserError, raise_if_any
from alsdesk.services.meetings import has_record
from alsdesk.services.regenerate import Regenerate, RegenerationPlan, plan_regeneration
from alsdesk.services.rows import at_version, existing
from alsdesk.services.sets import live_set
from alsdesk.store import Store
from alsdesk.store.models import Event, Meeting


class EventKind(StrEnum):
    WORKSHOP = "workshop"
    SET_MEETING = "set_meeting"
    DEADLINE = "assignment_deadline"
    OTHER = "other"

    @property
    def label(self) -> str:
        return translate("services", KIND_LABELS[self])


KIND_LABELS = {
    EventKind.WORKSHOP: QT_TRANSLATE_NOOP("services", "Workshop"),
    EventKind.SET_MEETING: QT_TRANSLATE_NOOP("services", "Set meeting"),
    EventKind.DEADLINE: QT_TRANSLATE_NOOP("services", "Assignment deadline"),
    EventKind.OTHER: QT_TRANSLATE_NOOP("services", "Other"),
}

DEFAULT_SPACING_WEEKS = 6
ONE_DAY_MEETINGS = 5
UID_DOMAIN = "alsdesk.app"


@dataclass(frozen=True)
class EventDraft:
    kind: EventKind
    title: str
    date: dt.date
    start_time: dt.time | None = None
    end_time: dt.time | None = None
    venue: str = ""
    notes: str = ""
    preparation: str = ""
    cancelled: bool = False


@dataclass(frozen=True)
class EventInfo(EventDraft):
    id: int = 0
    set_id: int = 0
    uid: str = ""
    sequence: int = 0
    version: int = 1

    def draft(self) -> EventDraft:
        return EventDraft(**{f.name: getattr(self, f.name) for f in fields(EventDraft)})

    @property
    def all_day(self) -> bool:
        return self.start_time is None


def _info(row: Event) -> EventInfo:
    values = {f.name: getattr(row, f.name) for f in fields(EventInfo)}
    values["kind"] = EventKind(row.kind)
    return EventInfo(**values)


def sort_key(event: EventInfo) -> tuple:
    return (event.date, event.start_time or dt.time.min, event.id)


def new_uid() -> str:
    return f"{uuid.uuid4()}@{UID_DOMAIN}"


# -- the default programme --------------------------------------------------

_MORNING = (dt.time(9, 30), dt.time(12, 30))
_AFTERNOON = (dt.time(13, 30), dt.time(16, 30))
_FULL_DAY = (dt.time(9, 30), dt.time(16, 30))

_PREP_OPENING = (
    "Read the programme handbook. Complete a self-assessment on the nine leadership "
    "dimensions. Think of a real, unsolved problem at work you could bring to the set."
)
_PREP_MEETING = (
    "Review the actions you committed to last time and what happened. "
    "Bring an issue you would like airtime for, and a rough idea of how much time."
)
_PREP_CLOSING = (
    "Look back over your journal and actions across the year; bring one learning to share."
)


def plan_default_schedule(
    start: dt.date,
    spacing_weeks: int = DEFAULT_SPACING_WEEKS,
    venue: str = "",
    region: str = "ENG",
) -> list[EventDraft]:
    """The typical year: opening workshop (two days, the second holding set
    meeting 1), five one-day set meetings ``spacing_weeks`` apart, and a closing
    workshop (two days, the second holding the final set meeting).

    Generated days after the first move off weekends and bank holidays.
    """
    if spacing_weeks < 1:
        raise ValueError(translate("services", "spacing_weeks must be at least 1"))
    spacing = dt.timedelta(weeks=spacing_weeks)

    def event(kind, title, day, hours, preparation=""):
        return EventDraft(kind, title, day, hours[0], hours[1], venue, "", preparation)

    opening_2 = next_working_day(start + dt.timedelta(days=1), region)
    plan = [
        event(EventKind.WORKSHOP, "Opening workshop, day 1", start, _FULL_DAY, _PREP_OPENING),
        event(EventKind.WORKSHOP, "Opening workshop, day 2", opening_2, _MORNING),
        event(
            EventKind.SET_MEETING,
            "Set meeting 1",
            opening_2,
            _AFTERNOON,
            "Agree the set's ground rules. Bring a first thought about your issue.",
        ),
    ]
    for number in range(2, ONE_DAY_MEETINGS + 2):
        day = next_working_day(opening_2 + spacing * (number - 1), region)
        plan.append(
            event(EventKind.SET_MEETING, f"Set meeting {number}", day, _FULL_DAY, _PREP_MEETING)
        )
    closing_1 = next_working_day(opening_2 + spacing * (ONE_DAY_MEETINGS + 1), region)
    closing_2 = next_working_day(closing_1 + dt.timedelta(days=1), region)
    final_number = ONE_DAY_MEETINGS + 2
    plan += [
        event(EventKind.WORKSHOP, "Closing workshop, day 1", closing_1, _FULL_DAY, _PREP_CLOSING),
        event(EventKind.WORKSHOP, "Closing workshop, day 2", closing_2, _MORNING),
        event(
            EventKind.SET_MEETING,
            f"Set meeting {final_number} (final)",
            closing_2,
            _AFTERNOON,
            _PREP_MEETING,
        ),
    ]
    return plan


# -- plausible dates -----------------------------------------------------------

PROGRAMME_LEAD_DAYS = 31
"""Preparatory work may be set up to a month before the programme starts."""
PROGRAMME_TAIL_DAYS = 183
"""A final assignment or dissertation may fall due half a year after the last meeting."""


def programme_span(
    start: dt.date | None, events: list[EventInfo]
) -> tuple[dt.date, dt.date] | None:
    """The programme's first and last day: the set's start (else its first event) to its
    last event; None before there is either."""
    days = [e.date for e in events if not e.cancelled]
    first = start or (min(days) if days else None)
    if first is None:
        return None
    return first, max([first, *days])


def event_date_warning(day: dt.date, span: tuple[dt.date, dt.date] | None) -> str:
    """A sentence when ``day`` lies well outside the programme (a mistyped year or month),
    else ''. Only a warning: the user may keep the date."""
    if span is None:
        return ""
    first, last = span
    if day < first - dt.timedelta(days=PROGRAMME_LEAD_DAYS):
        return translate(
            "services", "Before the programme starts (%s): check the date."
        ) % medium_date(first)
    if day > last + dt.timedelta(days=PROGRAMME_TAIL_DAYS):
        return translate(
            "services", "After the programme ends (%s): check the date."
        ) % medium_date(last)
    return ""


# -- the service ---------------------------------------------------------------


class ScheduleService:
    def __init__(self, store: Store):
        self._sessions = store.sessions

    def validate(self, draft: EventDraft) -> EventDraft:
        draft = replace(
            draft,
            title=draft.title.strip(),
            venue=draft.venue.strip(),
            notes=draft.notes.strip(),
            preparation=draft.preparation.strip(),
        )
        problems: dict[str, str] = {}
        if not draft.title:
            problems["title"] = translate("services", "Give the event a title.")
        try:
            EventKind(draft.kind)
        except ValueError:
            problems["kind"] = translate("services", '"%s" is not a kind of event.') % draft.kind
        if draft.end_time is not None and draft.start_time is None:
            problems["start_time"] = translate(
                "services", "Give a start time as well as an end time."
            )
        elif (
            draft.start_time is not None
            and draft.end_time is not None
            and draft.end_time <= draft.start_time
        ):
            problems["end_time"] = translate(
                "services", "The end (%s) must be after the start (%s)."
            ) % (f"{draft.end_time:%H:%M}", f"{draft.start_time:%H:%M}")
        limits.check(
            problems,
            {"title": (draft.title, "title"), "venue": (draft.venue, "venue")},
            {"notes": (draft.notes, "notes"), "preparation": (draft.preparation, "preparation")},
        )
        raise_if_any(problems)
        return draft

    def list_events(self, set_id: int) -> list[EventInfo]:
        with self._sessions() as session:
            rows = session.scalars(select(Event).where(Event.set_id == set_id))
            return sorted((_info(row) for row in rows), key=sort_key)

    def get(self, event_id: int) -> EventInfo:
        with self._sessions() as session:
            row = session.get(Event, event_id)
            if row is None:
                raise NotFoundError(translate("services", "That event no longer exists."))
            return _info(row)

    def add(self, set_id: int, draft: EventDraft) -> EventInfo:
        return self.add_many(set_id, [draft])[0]

    def add_many(
        self, set_id: int, drafts: list[EventDraft], replace_existing: bool = False
    ) -> list[EventInfo]:
        """Add several events in one transaction: all or none.

        With ``replace_existing`` the set's current events go in the same
        transaction, and a new event with the title of an old one takes over its
        calendar UID (with a higher sequence), so calendars update, not duplicate.
        """
        drafts = [self.validate(d) for d in drafts]
        with self._sessions.begin() as session:
            live_set(session, set_id)
            identities: dict[str, tuple[str, int]] = {}
            if replace_existing:
                existing = list(session.scalars(select(Event).where(Event.set_id == set_id)))
                _refuse_if_held(session, existing)
                for row in existing:
                    identities.setdefault(row.title.casefold(), (row.uid, row.sequence + 1))
                    session.delete(row)
                session.flush()
            rows = []
            for draft in drafts:
                uid, sequence = identities.pop(draft.title.casefold(), (new_uid(), 0))
                rows.append(
                    Event(set_id=set_id, uid=uid, sequence=sequence, **self._columns(draft))
                )
            session.add_all(rows)
            session.flush()
            return [_info(row) for row in rows]

    def update(
        self, event_id: int, draft: EventDraft, expected_version: int | None = None
    ) -> EventInfo:
        """Save changes; the calendar sequence rises so importers update the event.

        Refused (ChangedElsewhereError) if the event changed since ``expected_version``.
        """
        draft = self.validate(draft)
        with self._sessions.begin() as session:
            row = at_version(existing(session, Event, event_id, "event"), expected_version, "event")
            for key, value in self._columns(draft).items():
                setattr(row, key, value)
            row.sequence += 1
            session.flush()
            return _info(row)

    def set_cancelled(self, event_id: int, cancelled: bool) -> EventInfo:
        return self.update(event_id, replace(self.get(event_id).draft(), cancelled=cancelled))

    def delete_many(self, event_ids: list[int]) -> list[EventInfo]:
        """Delete events; returns what they were, for :meth:`restore`."""
        with self._sessions.begin() as session:
            found = [session.get(Event, event_id) for event_id in event_ids]
            rows = [row for row in found if row is not None]
            if len(rows) != len(found):
                raise NotFoundError(translate("services", "One of those events no longer exists."))
            _refuse_if_held(session, rows)
            snapshots = [_info(row) for row in rows]
            for row in rows:
                session.delete(row)
            return snapshots

    def restore(self, snapshots: list[EventInfo]) -> None:
        """Put deleted events back with their ids and calendar UIDs."""
        with self._sessions.begin() as session:
            for snap in snapshots:
                live_set(session, snap.set_id)
                session.add(
                    Event(
                        id=snap.id,
                        set_id=snap.set_id,
                        uid=snap.uid,
                        sequence=snap.sequence + 1,
                        **self._columns(snap.draft()),
                    )
                )

    def generate_default(
        self,
        set_id: int,
        start: dt.date,
        spacing_weeks: int = DEFAULT_SPACING_WEEKS,
        replace_existing: bool = False,
    ) -> list[EventInfo]:
        """Add the typical programme (see plan_default_schedule) to a set."""
        with self._sessions() as session:
            action_set = live_set(session, set_id)
            venue, region = action_set.venue, action_set.holiday_region
        plan = plan_default_schedule(start, spacing_weeks, venue, region)
        return self.add_many(set_id, plan, replace_existing)

    def meeting_records(self, set_id: int) -> dict[int, bool]:
        """Event id -> whether its meeting has something recorded, for every set
        meeting that has been opened (a record, even an empty one, is never replaced)."""
        with self._sessions() as session:
            rows = session.execute(
                select(Meeting.event_id, has_record())
                .join(Event, Meeting.event_id == Event.id)
                .where(Event.set_id == set_id)
            )
            return {event_id: bool(recorded) for event_id, recorded in rows}

    def regeneration(
        self,
        set_id: int,
        start: dt.date,
        spacing_weeks: int,
        mode: Regenerate,
        today: dt.date,
    ) -> RegenerationPlan:
        """What :meth:`regenerate` would keep, replace and add, for a preview."""
        with self._sessions() as session:
            return self._regeneration(session, set_id, start, spacing_weeks, mode, today)

    def regenerate(
        self,
        set_id: int,
        start: dt.date,
        spacing_weeks: int,
        mode: Regenerate,
        today: dt.date,
    ) -> tuple[list[EventInfo], list[EventInfo]]:
        """Generate the programme again, keeping what ``mode`` keeps; never touches a
        meeting with a record. Returns (the events replaced, the events added), for undo.

        The plan is made again inside the transaction, so a meeting opened since the
        preview is kept, not refused.
        """
        with self._sessions.begin() as session:
            plan = self._regeneration(session, set_id, start, spacing_weeks, mode, today)
            drafts = [self.validate(d) for d in plan.add]
            identities: dict[str, tuple[str, int]] = {}
            for snap in plan.replace:
                identities.setdefault(snap.title.casefold(), (snap.uid, snap.sequence + 1))
                session.delete(session.get(Event, snap.id))
            session.flush()
            rows = []
            for draft in drafts:
                uid, sequence = identities.pop(draft.title.casefold(), (new_uid(), 0))
                rows.append(
                    Event(set_id=set_id, uid=uid, sequence=sequence, **self._columns(draft))
                )
            session.add_all(rows)
            session.flush()
            return plan.replace, [_info(row) for row in rows]

    @staticmethod
    def _regeneration(session, set_id, start, spacing_weeks, mode, today) -> RegenerationPlan:
        action_set = live_set(session, set_id)
        drafts = plan_default_schedule(
            start, spacing_weeks, action_set.venue, action_set.holiday_region
        )
        events = sorted(
            (_info(row) for row in session.scalars(select(Event).where(Event.set_id == set_id))),
            key=sort_key,
        )
        opened = set(
            session.scalars(
                select(Meeting.event_id).where(Meeting.event_id.in_([e.id for e in events]))
            )
        )
        return plan_regeneration(events, opened, drafts, mode, today)

    @staticmethod
    def _columns(draft: EventDraft) -> dict:
        values = {f.name: getattr(draft, f.name) for f in fields(EventDraft)}
        values["kind"] = str(EventKind(draft.kind))
        return values


def _refuse_if_held(session, events: list[Event]) -> None:
    """A meeting with a record (attendance, notes) is never deleted: cancel it instead."""
    ids = [event.id for event in events]
    held = session.scalars(select(Meeting.event_id).where(Meeting.event_id.in_(ids))).all()
    if held:
        title = next(event.title for event in events if event.id == held[0])
        raise UserError(
            translate(
                "services",
                '"%s" has a meeting record (attendance and notes), so it cannot be '
                "deleted or replaced. Cancel it instead if it is not going ahead.",
            )
            % title
        )


def plain_preview(drafts: list[EventDraft]) -> list[str]:
    """One line an event, e.g. 'Tue 15 Sep 2026, 13:30: Set meeting 1'."""
    lines = []
    for draft in drafts:
        when = f"{draft.date:%a} {draft.date.day} {draft.date:%b %Y}"
        if draft.start_time is not None:
            when += f", {draft.start_time:%H:%M}"
        lines.append(f"{when}: {draft.title}")
    return lines
