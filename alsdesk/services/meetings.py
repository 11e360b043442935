"""Set meetings: opening one from the schedule, and attendance.

The rest of running a meeting (bids, airtime rounds, actions, report-back)
builds on these records; see services/airtime.py for the time-keeping.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import select

from alsdesk.services.errors import NotFoundError, UserError, raise_if_any
from alsdesk.services.sets import live_set
from alsdesk.store import Store
from alsdesk.store.models import Attendance, Event, Meeting, Membership, Person


class AttendanceStatus(StrEnum):
    PRESENT = "present"
    APOLOGIES = "apologies"
    ABSENT = "absent"
    LATE = "late"

    @property
    def label(self) -> str:
        return self.value.capitalize()


@dataclass(frozen=True)
class MeetingInfo:
    id: int
    event_id: int
    set_id: int
    title: str
    date: dt.date
    start_time: dt.time | None
    end_time: dt.time | None
    phase: str


@dataclass(frozen=True)
class AttendanceMark:
    person_id: int
    full_name: str
    status: AttendanceStatus | None
    late_at: dt.time | None


@dataclass(frozen=True)
class RegisterRow:
    """One member's attendance across the set's meetings, oldest first."""

    person_id: int
    full_name: str
    marks: tuple[AttendanceStatus | None, ...]

    @property
    def attended(self) -> int:
        return sum(m in (AttendanceStatus.PRESENT, AttendanceStatus.LATE) for m in self.marks)


def _meeting_info(meeting: Meeting, event: Event) -> MeetingInfo:
    return MeetingInfo(
        id=meeting.id,
        event_id=event.id,
        set_id=event.set_id,
        title=event.title,
        date=event.date,
        start_time=event.start_time,
        end_time=event.end_time,
        phase=meeting.phase,
    )


class MeetingService:
    def __init__(self, store: Store):
        self._sessions = store.sessions

    def open_for_event(self, event_id: int) -> MeetingInfo:
        """The meeting record of a scheduled set meeting, made on first opening."""
        with self._sessions.begin() as session:
            event = session.get(Event, event_id)
            if event is None:
                raise NotFoundError("That event no longer exists.")
            live_set(session, event.set_id)
            if event.kind != "set_meeting":
                raise UserError(f'"{event.title}" is not a set meeting.')
            if event.cancelled:
                raise UserError(f'"{event.title}" is cancelled; reinstate it to run it.')
            meeting = session.scalar(select(Meeting).where(Meeting.event_id == event_id))
            if meeting is None:
                meeting = Meeting(event_id=event_id)
                session.add(meeting)
                session.flush()
            return _meeting_info(meeting, event)

    def attendance(self, meeting_id: int) -> list[AttendanceMark]:
        """Every current member, with their mark for this meeting (None: not yet)."""
        with self._sessions() as session:
            _meeting, event = self._meeting(session, meeting_id)
            marks = {
                row.person_id: row
                for row in session.scalars(
                    select(Attendance).where(Attendance.meeting_id == meeting_id)
                )
            }
            people = _members(session, event.set_id)
            return [
                AttendanceMark(
                    person_id=person_id,
                    full_name=name,
                    status=AttendanceStatus(marks[person_id].status)
                    if person_id in marks
                    else None,
                    late_at=marks[person_id].late_at if person_id in marks else None,
                )
                for person_id, name in people
            ]

    def mark(
        self,
        meeting_id: int,
        person_id: int,
        status: AttendanceStatus,
        late_at: dt.time | None = None,
    ) -> AttendanceMark:
        """Record one member's attendance; a late arrival needs a time within the meeting."""
        status = AttendanceStatus(status)
        with self._sessions.begin() as session:
            _meeting, event = self._meeting(session, meeting_id)
            problems: dict[str, str] = {}
            if status == AttendanceStatus.LATE:
                problems |= _late_problems(late_at, event)
            elif late_at is not None:
                problems["late_at"] = "Only a late arrival has an arrival time."
            raise_if_any(problems)
            member = session.scalar(
                select(Membership).where(
                    Membership.set_id == event.set_id, Membership.person_id == person_id
                )
            )
            if member is None:
                raise NotFoundError("That person is not a member of this set.")
            row = session.scalar(
                select(Attendance).where(
                    Attendance.meeting_id == meeting_id, Attendance.person_id == person_id
                )
            )
            if row is None:
                row = Attendance(meeting_id=meeting_id, person_id=person_id, status=status)
                session.add(row)
            row.status = str(status)
            row.late_at = late_at if status == AttendanceStatus.LATE else None
            person = session.get(Person, person_id)
            name = person.full_name if person is not None else ""
            return AttendanceMark(person_id, name, status, row.late_at)

    def register(self, set_id: int) -> tuple[list[MeetingInfo], list[RegisterRow]]:
        """The attendance register: held meetings (by date) and a row per member."""
        with self._sessions() as session:
            live_set(session, set_id)
            pairs = session.execute(
                select(Meeting, Event)
                .join(Event, Meeting.event_id == Event.id)
                .where(Event.set_id == set_id)
                .order_by(Event.date, Event.start_time)
            ).all()
            meetings = [_meeting_info(m, e) for m, e in pairs]
            ids = [m.id for m in meetings]
            marks = {
                (row.meeting_id, row.person_id): AttendanceStatus(row.status)
                for row in session.scalars(select(Attendance).where(Attendance.meeting_id.in_(ids)))
            }
            people = _members(session, set_id)
            rows = [
                RegisterRow(pid, name, tuple(marks.get((mid, pid)) for mid in ids))
                for pid, name in people
            ]
            return meetings, rows

    @staticmethod
    def _meeting(session, meeting_id: int) -> tuple[Meeting, Event]:
        meeting = session.get(Meeting, meeting_id)
        if meeting is None:
            raise NotFoundError("That meeting no longer exists.")
        return meeting, session.get(Event, meeting.event_id)


def _members(session, set_id: int) -> list[tuple[int, str]]:
    """(person id, name) of the set's members, in the set's order."""
    return session.execute(
        select(Person.id, Person.full_name)
        .join(Membership, Membership.person_id == Person.id)
        .where(Membership.set_id == set_id)
        .order_by(Membership.position, Membership.id)
    ).all()


def _late_problems(late_at: dt.time | None, event: Event) -> dict[str, str]:
    if late_at is None:
        return {"late_at": "Give the time the member arrived."}
    if event.start_time and late_at <= event.start_time:
        return {"late_at": f"{late_at:%H:%M} is not after the start ({event.start_time:%H:%M})."}
    if event.end_time and late_at >= event.end_time:
        return {"late_at": f"{late_at:%H:%M} is after the meeting ended ({event.end_time:%H:%M})."}
    return {}
