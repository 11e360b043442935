"""'Stop the set': the moments a set stopped to look at how it was working.

A facilitator may stop the set mid-meeting (advice creeping in, one voice taking
over, the process feeling rushed) to reflect on the process before going on.
One click marks the moment; a line about what was happening can follow. The
marks go into the meeting record. Times are stored in UTC.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select

from alsdesk.i18n import translate
from alsdesk.services import limits
from alsdesk.services.errors import NotFoundError, raise_if_any
from alsdesk.store import Store
from alsdesk.store.models import Event, Meeting, MeetingStop


@dataclass(frozen=True)
class StopInfo:
    id: int
    meeting_id: int
    at: dt.datetime  # UTC, naive
    note: str


class StopService:
    def __init__(self, store: Store):
        self._sessions = store.sessions

    def stop_the_set(self, meeting_id: int, at: dt.datetime) -> StopInfo:
        """Mark the moment ``at`` (UTC) in the meeting."""
        with self._sessions.begin() as session:
            if session.get(Meeting, meeting_id) is None:
                raise NotFoundError(translate("services", "That meeting no longer exists."))
            row = MeetingStop(meeting_id=meeting_id, at=_utc(at), note="")
            session.add(row)
            session.flush()
            return _info(row)

    def note(self, stop_id: int, note: str) -> StopInfo:
        """Say what was happening when the set stopped (one line)."""
        note = " ".join(note.split())
        if problem := limits.line_problem(note, translate("services", "the line")):
            raise_if_any({"note": problem})
        with self._sessions.begin() as session:
            row = session.get(MeetingStop, stop_id)
            if row is None:
                raise NotFoundError(translate("services", "That stop is no longer recorded."))
            row.note = note
            return _info(row)

    def remove(self, stop_id: int) -> None:
        with self._sessions.begin() as session:
            row = session.get(MeetingStop, stop_id)
            if row is not None:
                session.delete(row)

    def stops(self, meeting_id: int) -> list[StopInfo]:
        """The meeting's stops, earliest first."""
        with self._sessions() as session:
            rows = session.scalars(
                select(MeetingStop)
                .where(MeetingStop.meeting_id == meeting_id)
                .order_by(MeetingStop.at, MeetingStop.id)
            )
            return [_info(row) for row in rows]

    def stops_by_meeting(self, set_id: int) -> dict[int, list[StopInfo]]:
        """``stops`` of every meeting of the set in one query, keyed by meeting id."""
        with self._sessions() as session:
            rows = session.scalars(
                select(MeetingStop)
                .join(Meeting, Meeting.id == MeetingStop.meeting_id)
                .join(Event, Event.id == Meeting.event_id)
                .where(Event.set_id == set_id)
                .order_by(MeetingStop.at, MeetingStop.id)
            )
            by_meeting: dict[int, list[StopInfo]] = {}
            for row in rows:
                by_meeting.setdefault(row.meeting_id, []).append(_info(row))
            return by_meeting


def _info(row: MeetingStop) -> StopInfo:
    return StopInfo(row.id, row.meeting_id, row.at, row.note)


def _utc(at: dt.datetime) -> dt.datetime:
    if at.tzinfo is None:
        return at
    return at.astimezone(dt.UTC).replace(tzinfo=None)
