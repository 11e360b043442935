"""Set meetings: opening one from the schedule, its agenda, notes and attendance.

Bids and airtime rounds are in services/airtime_rounds.py, actions and
report-back in services/actions.py.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import or_, select

from alsdesk.dates import long_date
from alsdesk.i18n import QT_TRANSLATE_NOOP, translate
from alsdesk.services import limits, meeting_agenda
from alsdesk.services.errors import NotFoundError, UserError, raise_if_any
from alsdesk.services.meeting_agenda import AgendaStep
from alsdesk.services.sets import live_set
from alsdesk.store import Store
from alsdesk.store.models import (
    DEFAULT_TIMEZONE,
    Action,
    ActionReview,
    ActionSet,
    AirtimeTurn,
    Attendance,
    Event,
    Meeting,
    MeetingStop,
    Membership,
    Person,
)

MAX_BREAKS_MINUTES = 240
MAX_REVIEW_MINUTES = 120


class AirtimeMode(StrEnum):
    BIDS = "bids"
    EQUAL = "equal"

    @property
    def label(self) -> str:
        if self == AirtimeMode.BIDS:
            return translate("services", "Bids by need")
        return translate("services", "Equal time")


class AttendanceStatus(StrEnum):
    PRESENT = "present"
    APOLOGIES = "apologies"
    ABSENT = "absent"
    LATE = "late"

    @property
    def label(self) -> str:
        return translate("services", ATTENDANCE_LABELS[self])


AWAY = (AttendanceStatus.APOLOGIES, AttendanceStatus.ABSENT)
"""Not at the meeting: no bid, no proposed time, no place in the presenting order."""
WAITING_TURN = "waiting"  # airtime_rounds.TurnState.WAITING, which imports this module

ATTENDANCE_LABELS = {
    AttendanceStatus.PRESENT: QT_TRANSLATE_NOOP("services", "Present"),
    AttendanceStatus.APOLOGIES: QT_TRANSLATE_NOOP("services", "Apologies"),
    AttendanceStatus.ABSENT: QT_TRANSLATE_NOOP("services", "Absent"),
    AttendanceStatus.LATE: QT_TRANSLATE_NOOP("services", "Late"),
}


@dataclass(frozen=True)
class MeetingInfo:
    id: int
    event_id: int
    set_id: int
    title: str
    date: dt.date
    start_time: dt.time | None
    end_time: dt.time | None
    venue: str = ""
    set_name: str = ""
    timezone: str = DEFAULT_TIMEZONE
    """The set's time zone: the meeting's times are wall-clock times there."""
    agenda: tuple[AgendaStep, ...] = meeting_agenda.DEFAULT_AGENDA
    current_step: int = 0
    breaks_minutes: int = 60
    review_minutes: int = 30
    airtime_mode: AirtimeMode = AirtimeMode.BIDS
    process_review: str = ""
    next_meeting_notes: str = ""

    @property
    def current(self) -> AgendaStep:
        return self.agenda[self.current_step]

    def planned_end(self) -> dt.datetime | None:
        if self.end_time is None:
            return None
        return dt.datetime.combine(self.date, self.end_time)


@dataclass(frozen=True)
class AttendanceMark:
    person_id: int
    full_name: str
    status: AttendanceStatus | None
    late_at: dt.time | None
    left_set: bool = False
    """A former member, kept in the records of meetings they attended."""


@dataclass(frozen=True)
class RegisterRow:
    """One member's attendance across the set's meetings, oldest first."""

    person_id: int
    full_name: str
    marks: tuple[AttendanceStatus | None, ...]

    @property
    def attended(self) -> int:
        return sum(m in (AttendanceStatus.PRESENT, AttendanceStatus.LATE) for m in self.marks)


def _meeting_info(meeting: Meeting, event: Event, action_set: ActionSet | None) -> MeetingInfo:
    agenda = meeting_agenda.loads(meeting.agenda)
    step = int(meeting.phase) if meeting.phase.isdigit() else 0
    return MeetingInfo(
        id=meeting.id,
        event_id=event.id,
        set_id=event.set_id,
        title=event.title,
        date=event.date,
        start_time=event.start_time,
        end_time=event.end_time,
        venue=event.venue,
        set_name=action_set.name if action_set else "",
        timezone=action_set.timezone if action_set else DEFAULT_TIMEZONE,
        agenda=agenda,
        current_step=min(step, len(agenda) - 1),
        breaks_minutes=meeting.breaks_minutes,
        review_minutes=meeting.review_minutes,
        airtime_mode=AirtimeMode(meeting.airtime_mode),
        process_review=meeting.process_review,
        next_meeting_notes=meeting.next_meeting_notes,
    )


class MeetingService:
    def __init__(self, store: Store):
        self._sessions = store.sessions

    def open_for_event(self, event_id: int) -> MeetingInfo:
        """The meeting record of a scheduled set meeting, made on first opening."""
        with self._sessions.begin() as session:
            event = session.get(Event, event_id)
            if event is None:
                raise NotFoundError(translate("services", "That event no longer exists."))
            if event.kind != "set_meeting":
                raise UserError(translate("services", '"%s" is not a set meeting.') % event.title)
            if event.cancelled:
                raise UserError(
                    translate("services", '"%s" is cancelled; reinstate it to run it.')
                    % event.title
                )
            action_set = live_set(session, event.set_id)
            meeting = session.scalar(select(Meeting).where(Meeting.event_id == event_id))
            if meeting is None:
                agenda = meeting_agenda.loads(action_set.agenda)
                meeting = Meeting(event_id=event_id, agenda=meeting_agenda.dumps(agenda), phase="0")
                session.add(meeting)
                session.flush()
            return _meeting_info(meeting, event, action_set)

    def held_meeting_for_event(self, event_id: int) -> int | None:
        """The id of the event's meeting record, if it has been opened."""
        with self._sessions() as session:
            return session.scalar(select(Meeting.id).where(Meeting.event_id == event_id))

    def get(self, meeting_id: int) -> MeetingInfo:
        with self._sessions() as session:
            return load_meeting_info(session, meeting_id)

    def meetings(self, set_id: int) -> list[MeetingInfo]:
        """The set's held meetings (attendance or bids recorded, not cancelled), oldest first."""
        with self._sessions() as session:
            return _held_meetings(session, set_id)

    def find(self, set_id: int, date: dt.date) -> MeetingInfo:
        """The set's meeting on ``date`` (opened or only scheduled)."""
        with self._sessions() as session:
            action_set = live_set(session, set_id)
            event_id = session.scalar(
                select(Event.id).where(
                    Event.set_id == set_id,
                    Event.kind == "set_meeting",
                    Event.date == date,
                )
            )
            if event_id is None:
                raise NotFoundError(
                    translate("services", '"%s" has no set meeting on %s.')
                    % (action_set.name, long_date(date))
                )
        return self.open_for_event(event_id)

    def go_to_step(self, meeting_id: int, index: int) -> MeetingInfo:
        with self._sessions.begin() as session:
            meeting, event = self._meeting(session, meeting_id)
            steps = meeting_agenda.loads(meeting.agenda)
            if not 0 <= index < len(steps):
                raise UserError(translate("services", "That step is not on this meeting's agenda."))
            meeting.phase = meeting_agenda.step_key(index)
            return load_meeting_info(session, meeting_id)

    def save_notes(
        self,
        meeting_id: int,
        *,
        process_review: str | None = None,
        next_meeting_notes: str | None = None,
    ) -> None:
        problems: dict[str, str] = {}
        notes = {
            "process_review": (process_review, "process review"),
            "next_meeting_notes": (next_meeting_notes, "notes for the next meeting"),
        }
        limits.check(problems, {}, notes)
        raise_if_any(problems)
        with self._sessions.begin() as session:
            meeting, _event = self._meeting(session, meeting_id)
            if process_review is not None:
                meeting.process_review = process_review
            if next_meeting_notes is not None:
                meeting.next_meeting_notes = next_meeting_notes

    def set_timing(
        self,
        meeting_id: int,
        *,
        breaks_minutes: int | None = None,
        review_minutes: int | None = None,
        airtime_mode: AirtimeMode | None = None,
    ) -> MeetingInfo:
        problems: dict[str, str] = {}
        if breaks_minutes is not None and not 0 <= breaks_minutes <= MAX_BREAKS_MINUTES:
            problems["breaks_minutes"] = (
                translate("services", "Breaks take 0 to %s minutes.") % MAX_BREAKS_MINUTES
            )
        if review_minutes is not None and not 0 <= review_minutes <= MAX_REVIEW_MINUTES:
            problems["review_minutes"] = (
                translate("services", "Process review takes 0 to %s minutes.") % MAX_REVIEW_MINUTES
            )
        raise_if_any(problems)
        with self._sessions.begin() as session:
            meeting, event = self._meeting(session, meeting_id)
            if breaks_minutes is not None:
                meeting.breaks_minutes = breaks_minutes
            if review_minutes is not None:
                meeting.review_minutes = review_minutes
            if airtime_mode is not None:
                meeting.airtime_mode = str(AirtimeMode(airtime_mode))
            return load_meeting_info(session, meeting_id)

    def default_agenda(self, set_id: int) -> tuple[AgendaStep, ...]:
        with self._sessions() as session:
            return meeting_agenda.loads(live_set(session, set_id).agenda)

    def set_default_agenda(self, set_id: int, steps: list[AgendaStep]) -> tuple[AgendaStep, ...]:
        """The set's agenda for meetings opened from now on."""
        cleaned = meeting_agenda.validated(steps)
        stored = "" if cleaned == meeting_agenda.DEFAULT_AGENDA else meeting_agenda.dumps(cleaned)
        with self._sessions.begin() as session:
            live_set(session, set_id).agenda = stored
        return cleaned

    def set_meeting_agenda(self, meeting_id: int, steps: list[AgendaStep]) -> MeetingInfo:
        """Change one meeting's agenda (the current step stays where it is, if it can)."""
        cleaned = meeting_agenda.validated(steps)
        with self._sessions.begin() as session:
            meeting, event = self._meeting(session, meeting_id)
            before = meeting_agenda.loads(meeting.agenda)
            step = int(meeting.phase) if meeting.phase.isdigit() else 0
            current = before[min(step, len(before) - 1)]
            meeting.agenda = meeting_agenda.dumps(cleaned)
            if current in cleaned:  # the same step, wherever it moved
                step = cleaned.index(current)
            meeting.phase = meeting_agenda.step_key(min(step, len(cleaned) - 1))
            return load_meeting_info(session, meeting_id)

    def attendance(self, meeting_id: int) -> list[AttendanceMark]:
        """Every current member with their mark (None: not yet), then former members marked."""
        with self._sessions() as session:
            _meeting, event = self._meeting(session, meeting_id)
            marks = {
                row.person_id: row
                for row in session.scalars(
                    select(Attendance).where(Attendance.meeting_id == meeting_id)
                )
            }
            members = _members(session, event.set_id)
            current = {person_id for person_id, _name in members}
            return _marks(members, _former(session, set(marks) - current), marks)

    def attendance_by_meeting(self, set_id: int) -> dict[int, list[AttendanceMark]]:
        """``attendance`` of every held meeting of the set in three queries, by meeting id."""
        with self._sessions() as session:
            marks: dict[int, dict[int, Attendance]] = {
                meeting_id: {}
                for meeting_id in session.scalars(
                    select(Meeting.id)
                    .join(Event, Event.id == Meeting.event_id)
                    .where(Event.set_id == set_id)
                )
            }
            for row in session.scalars(
                select(Attendance).where(Attendance.meeting_id.in_(list(marks)))
            ):
                marks[row.meeting_id][row.person_id] = row
            members = _members(session, set_id)
            current = {person_id for person_id, _name in members}
            marked = {person_id for own in marks.values() for person_id in own}
            former = _former(session, marked - current)
        return {
            meeting_id: _marks(members, [p for p in former if p[0] in own], own)
            for meeting_id, own in marks.items()
        }

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
                problems["late_at"] = translate(
                    "services", "Only a late arrival has an arrival time."
                )
            raise_if_any(problems)
            member = session.scalar(
                select(Membership).where(
                    Membership.set_id == event.set_id, Membership.person_id == person_id
                )
            )
            if member is None:
                raise NotFoundError(
                    translate("services", "That person is not a member of this set.")
                )
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
            if status in AWAY:
                _withdraw_unused_bid(session, meeting_id, person_id)
            person = session.get(Person, person_id)
            name = person.full_name if person is not None else ""
            return AttendanceMark(person_id, name, status, row.late_at)

    def register(self, set_id: int) -> tuple[list[MeetingInfo], list[RegisterRow]]:
        """The register: held meetings (by date), a row per member and per former member marked."""
        with self._sessions() as session:
            meetings = _held_meetings(session, set_id)
            ids = [m.id for m in meetings]
            marks = {
                (row.meeting_id, row.person_id): AttendanceStatus(row.status)
                for row in session.scalars(select(Attendance).where(Attendance.meeting_id.in_(ids)))
            }
            people = _members(session, set_id)
            current = {person_id for person_id, _name in people}
            people += _former(session, {pid for _mid, pid in marks} - current)
            rows = [
                RegisterRow(pid, name, tuple(marks.get((mid, pid)) for mid in ids))
                for pid, name in people
            ]
            return meetings, rows

    @staticmethod
    def _meeting(session, meeting_id: int) -> tuple[Meeting, Event]:
        meeting = session.get(Meeting, meeting_id)
        if meeting is None:
            raise NotFoundError(translate("services", "That meeting no longer exists."))
        return meeting, session.get(Event, meeting.event_id)


def load_meeting_info(session, meeting_id: int) -> MeetingInfo:
    """The meeting as a MeetingInfo, inside a caller's session."""
    meeting, event = MeetingService._meeting(session, meeting_id)
    action_set = session.get(ActionSet, event.set_id)
    return _meeting_info(meeting, event, action_set)


def _held_meetings(session, set_id: int) -> list[MeetingInfo]:
    """The live set's held meetings, oldest first.

    Held means not cancelled and something recorded (attendance, bids, actions,
    report-back or a stop of the set): opening a meeting to
    look at it (or ahead of time) does not count it in the register or records.
    """
    action_set = live_set(session, set_id)
    pairs = session.execute(
        select(Meeting, Event)
        .join(Event, Meeting.event_id == Event.id)
        .where(Event.set_id == set_id, Event.cancelled.is_(False), has_record())
        .order_by(Event.date, Event.start_time)
    ).all()
    return [_meeting_info(m, e, action_set) for m, e in pairs]


def has_record():
    """True for a meeting with something recorded: attendance, bids, actions,
    report-back or a stop of the set (opening a meeting to look at it is not)."""
    return or_(
        *(
            select(table.id).where(table.meeting_id == Meeting.id).exists()
            for table in (Attendance, AirtimeTurn, Action, ActionReview, MeetingStop)
        )
    )


def _members(session, set_id: int) -> list[tuple[int, str]]:
    """(person id, name) of the set's members, in the set's order."""
    return session.execute(
        select(Person.id, Person.full_name)
        .join(Membership, Membership.person_id == Person.id)
        .where(Membership.set_id == set_id)
        .order_by(Membership.position, Membership.id)
    ).all()


def _marks(
    members: list[tuple[int, str]],
    former: list[tuple[int, str]],
    marks: dict[int, Attendance],
) -> list[AttendanceMark]:
    """Every member with their mark (None: not yet), then the former members marked."""
    current = {person_id for person_id, _name in members}
    return [
        AttendanceMark(
            person_id=person_id,
            full_name=name,
            status=AttendanceStatus(marks[person_id].status) if person_id in marks else None,
            late_at=marks[person_id].late_at if person_id in marks else None,
            left_set=person_id not in current,
        )
        for person_id, name in [*members, *former]
    ]


def _former(session, person_ids: set[int]) -> list[tuple[int, str]]:
    """(person id, name) of people no longer in the set who have marks, by name."""
    if not person_ids:
        return []
    return list(
        session.execute(
            select(Person.id, Person.full_name)
            .where(Person.id.in_(person_ids))
            .order_by(Person.full_name)
        ).all()
    )


def _withdraw_unused_bid(session, meeting_id: int, person_id: int) -> None:
    """Someone away today does not present: a bid not yet begun goes (one already used
    stays in the record)."""
    turn = session.scalar(
        select(AirtimeTurn).where(
            AirtimeTurn.meeting_id == meeting_id, AirtimeTurn.person_id == person_id
        )
    )
    if turn is None or turn.state != WAITING_TURN:
        return
    begun = turn.used_seconds > 0 or turn.running_since is not None
    if not begun and not (turn.issue or turn.key_questions or turn.sees_differently):
        session.delete(turn)


def _late_problems(late_at: dt.time | None, event: Event) -> dict[str, str]:
    if late_at is None:
        return {"late_at": "Give the time the member arrived."}
    if event.start_time and late_at <= event.start_time:
        return {"late_at": f"{late_at:%H:%M} is not after the start ({event.start_time:%H:%M})."}
    if event.end_time and late_at >= event.end_time:
        return {"late_at": f"{late_at:%H:%M} is after the meeting ended ({event.end_time:%H:%M})."}
    return {}
