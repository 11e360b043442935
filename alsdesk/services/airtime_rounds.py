"""Bids for airtime and the rounds themselves: order, timer, notes, cumulative time.

The timer arithmetic lives in services/airtime.py; this module keeps each
presenter's ``AirtimeTimer`` at rest in ``airtime_turn`` so a restart, a sleep
or a hidden window mid-round loses nothing. Every method that moves time takes
``now`` (UTC, naive) from the caller; an aware ``now`` is converted to UTC
before it is stored, since the database keeps no time zone.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass, field
from enum import StrEnum

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from alsdesk.i18n import translate
from alsdesk.services import limits
from alsdesk.services.airtime import (
    AirtimeTimer,
    Bid,
    Share,
    available_minutes,
    equal_share,
    share_airtime,
)
from alsdesk.services.arrivals import not_arrived
from alsdesk.services.errors import NotFoundError, UserError, raise_if_any
from alsdesk.services.meetings import AWAY, AirtimeMode, load_meeting_info
from alsdesk.store import Store
from alsdesk.store.models import AirtimeTurn, Attendance, Event, Meeting, Membership, Person

MAX_BID_MINUTES = 240


class TurnState(StrEnum):
    WAITING = "waiting"
    CURRENT = "current"
    DONE = "done"


@dataclass(frozen=True)
class TurnInfo:
    id: int
    meeting_id: int
    person_id: int
    full_name: str
    position: int
    bid_minutes: int | None
    state: TurnState
    timer: AirtimeTimer
    issue: str = ""
    key_questions: str = ""
    sees_differently: str = ""

    @property
    def planned_minutes(self) -> int:
        return self.timer.planned_seconds // 60


@dataclass(frozen=True)
class Proposal:
    """The fair share of the time left: minutes for each bidder."""

    available: int
    minutes: dict[int, int]
    share: Share | None = None
    """How bids were shared (None for equal time): the figures for the one-line sum."""
    not_arrived: dict[int, dt.time] = field(default_factory=dict)
    """Members marked late who are not here yet (by person id): kept out of the share."""


def _turn_info(row: AirtimeTurn, full_name: str) -> TurnInfo:
    return TurnInfo(
        id=row.id,
        meeting_id=row.meeting_id,
        person_id=row.person_id,
        full_name=full_name,
        position=row.position,
        bid_minutes=row.bid_minutes,
        state=TurnState(row.state),
        timer=AirtimeTimer(
            planned_seconds=row.planned_seconds,
            extra_seconds=row.extra_seconds,
            used_before=row.used_seconds,
            running_since=row.running_since,
        ),
        issue=row.issue,
        key_questions=row.key_questions,
        sees_differently=row.sees_differently,
    )


def _store_timer(row: AirtimeTurn, timer: AirtimeTimer) -> None:
    row.planned_seconds = timer.planned_seconds
    row.extra_seconds = timer.extra_seconds
    row.used_seconds = timer.used_before
    row.running_since = timer.running_since


def _timer(row: AirtimeTurn) -> AirtimeTimer:
    return _turn_info(row, "").timer


class AirtimeService:
    def __init__(self, store: Store):
        self._sessions = store.sessions

    # -- bids and order ------------------------------------------------------------

    def turns(self, meeting_id: int) -> list[TurnInfo]:
        """The meeting's bidders in presenting order."""
        with self._sessions() as session:
            _meeting(session, meeting_id)
            return [
                _turn_info(row, name)
                for row, name in session.execute(
                    select(AirtimeTurn, Person.full_name)
                    .join(Person, Person.id == AirtimeTurn.person_id)
                    .where(AirtimeTurn.meeting_id == meeting_id)
                    .order_by(AirtimeTurn.position, AirtimeTurn.id)
                )
            ]

    def turns_by_meeting(self, set_id: int) -> dict[int, list[TurnInfo]]:
        """``turns`` of every meeting of the set in one query, keyed by meeting id."""
        with self._sessions() as session:
            by_meeting: dict[int, list[TurnInfo]] = {}
            for row, name in session.execute(
                select(AirtimeTurn, Person.full_name)
                .join(Person, Person.id == AirtimeTurn.person_id)
                .join(Meeting, Meeting.id == AirtimeTurn.meeting_id)
                .join(Event, Event.id == Meeting.event_id)
                .where(Event.set_id == set_id)
                .order_by(AirtimeTurn.meeting_id, AirtimeTurn.position, AirtimeTurn.id)
            ):
                by_meeting.setdefault(row.meeting_id, []).append(_turn_info(row, name))
            return by_meeting

    def bid(
        self,
        meeting_id: int,
        person_id: int,
        minutes: int | None = None,
        now_local: dt.datetime | None = None,
    ) -> TurnInfo:
        """Record (or change) a member's bid; ``minutes`` None means 'some time'.

        With ``now_local`` (the meeting's wall-clock time), a member marked late
        who has not arrived yet is refused until their arrival time."""
        if minutes is not None and not 1 <= minutes <= MAX_BID_MINUTES:
            raise_if_any(
                {
                    "minutes": translate("services", "Bid between 1 and %d minutes.")
                    % MAX_BID_MINUTES
                }
            )
        with self._sessions.begin() as session:
            event = _event_of(session, _meeting(session, meeting_id))
            if not session.scalar(
                select(Membership.id).where(
                    Membership.set_id == event.set_id, Membership.person_id == person_id
                )
            ):
                raise NotFoundError(
                    translate("services", "That person is not a member of this set.")
                )
            away = session.scalar(
                select(Attendance.status).where(
                    Attendance.meeting_id == meeting_id, Attendance.person_id == person_id
                )
            )
            if away in AWAY:
                raise UserError(
                    translate(
                        "services",
                        "Someone marked apologies or absent cannot bid: mark them present, "
                        "or late from the time they arrive.",
                    )
                )
            due = not_arrived(session, meeting_id, now_local) if now_local else {}
            if person_id in due:
                raise UserError(
                    translate("services", "Arrives at %s: can bid from then.")
                    % f"{due[person_id]:%H:%M}"
                )
            row = _turn_row(session, meeting_id, person_id)
            if row is None:
                row = AirtimeTurn(
                    meeting_id=meeting_id,
                    person_id=person_id,
                    position=_last_position(session, meeting_id) + 1,
                    state=str(TurnState.WAITING),
                    planned_seconds=(minutes or 0) * 60,
                    extra_seconds=0,
                    used_seconds=0.0,
                    issue="",
                    key_questions="",
                    sees_differently="",
                )
                session.add(row)
            elif (
                row.state == TurnState.WAITING
                and row.planned_seconds == (row.bid_minutes or 0) * 60
            ):
                # Nothing planned yet beyond the bid itself: the plan follows the new bid.
                row.planned_seconds = (minutes or 0) * 60
            row.bid_minutes = minutes
            session.flush()
            return _with_name(session, row)

    def withdraw(self, meeting_id: int, person_id: int) -> None:
        """Take back a bid that has not been used yet."""
        with self._sessions.begin() as session:
            row = _turn_row(session, meeting_id, person_id)
            if row is None:
                return
            if row.state != TurnState.WAITING or row.used_seconds > 0 or _has_notes(row):
                raise UserError(
                    translate(
                        "services", "This member has already had airtime today; it stays recorded."
                    )
                )
            session.delete(row)

    def reorder(self, meeting_id: int, turn_ids: list[int]) -> None:
        """Put the presenters in this order (every turn of the meeting, once)."""
        with self._sessions.begin() as session:
            rows = {
                row.id: row
                for row in session.scalars(
                    select(AirtimeTurn).where(AirtimeTurn.meeting_id == meeting_id)
                )
            }
            if sorted(turn_ids) != sorted(rows):
                raise UserError(
                    translate("services", "The list of presenters changed meanwhile; try again.")
                )
            for position, turn_id in enumerate(turn_ids, start=1):
                rows[turn_id].position = position

    def proposal(
        self, meeting_id: int, now_local: dt.datetime, now: dt.datetime | None = None
    ) -> Proposal:
        """A fair share of the time left before the planned end for the waiting bidders.

        ``now_local`` is wall-clock time in the set's time zone, as the
        meeting's times are. Time already used today is not shared again, and
        the presenter who has the floor keeps what is left of their plan (their
        clock read at ``now``, UTC; without it, as last paused).
        """
        with self._sessions() as session:
            meeting = load_meeting_info(session, meeting_id)
            due = not_arrived(session, meeting_id, now_local)
        turns = self.turns(meeting_id)
        waiting = [t for t in turns if t.state == TurnState.WAITING and t.person_id not in due]
        instant = _utc(now) if now is not None else None
        current_left = sum(
            max(0.0, _left(t.timer, instant)) for t in turns if t.state == TurnState.CURRENT
        )
        end = meeting.planned_end()
        start = (
            dt.datetime.combine(meeting.date, meeting.start_time) if meeting.start_time else None
        )
        if end is None:
            return Proposal(0, {t.person_id: 0 for t in waiting}, not_arrived=due)
        from_time = max(now_local, start) if start else now_local
        review = meeting.review_minutes
        available = available_minutes(from_time, end, meeting.breaks_minutes, review)
        available = max(0, available - math.ceil(current_left / 60))
        ids = [t.person_id for t in waiting]
        if meeting.airtime_mode == AirtimeMode.EQUAL:
            return Proposal(available, equal_share(ids, available), not_arrived=due)
        bids = [Bid(t.person_id, t.bid_minutes) for t in waiting]
        share = share_airtime(bids, available)
        return Proposal(available, share.minutes, share, not_arrived=due)

    def plan(self, meeting_id: int, minutes: dict[int, int]) -> None:
        """Set the planned minutes of waiting presenters (by person id).

        A presenter who has had the floor keeps their plan: what the record
        compares their time with. (+1 min extends a running plan instead.)
        """
        problems = {
            str(pid): translate("services", "Plan between 0 and %d minutes.") % MAX_BID_MINUTES
            for pid, value in minutes.items()
            if not 0 <= value <= MAX_BID_MINUTES
        }
        raise_if_any(problems)
        with self._sessions.begin() as session:
            for row in session.scalars(
                select(AirtimeTurn).where(
                    AirtimeTurn.meeting_id == meeting_id,
                    AirtimeTurn.state == str(TurnState.WAITING),
                )
            ):
                if row.person_id in minutes:
                    row.planned_seconds = minutes[row.person_id] * 60

    # -- the timer -----------------------------------------------------------------

    def start(self, turn_id: int, now: dt.datetime) -> TurnInfo:
        """Make this the current presenter and run (or resume) their countdown.

        Anyone else still current is paused and finished first, so only one
        clock ever runs; someone made current who has not begun yet goes back
        to waiting rather than losing their turn.
        """
        now = _utc(now)
        with self._sessions.begin() as session:
            row = _turn(session, turn_id)
            for other in _current_rows(session, row.meeting_id):
                if other.id == row.id:
                    continue
                if _untouched(other):
                    other.state = str(TurnState.WAITING)
                else:
                    _finish(other, now)
            row.state = str(TurnState.CURRENT)
            _store_timer(row, _timer(row).start(now))
            return _with_name(session, row)

    def pause(self, turn_id: int, now: dt.datetime) -> TurnInfo:
        now = _utc(now)
        return self._change_timer(turn_id, lambda t: t.pause(now))

    def extend(self, turn_id: int, seconds: int = 60) -> TurnInfo:
        return self._change_timer(turn_id, lambda t: t.extend(seconds))

    def shorten(self, turn_id: int, seconds: int = 60) -> TurnInfo:
        """Take time off the presenter's airtime, never below a minute in all."""
        return self._change_timer(turn_id, lambda t: t.shorten(seconds))

    def set_time(self, turn_id: int, minutes: int) -> TurnInfo:
        """Give the presenter ``minutes`` in all (1 to MAX_BID_MINUTES)."""
        if not 1 <= minutes <= MAX_BID_MINUTES:
            raise_if_any(
                {
                    "minutes": translate("services", "Give between 1 and %d minutes.")
                    % MAX_BID_MINUTES
                }
            )
        return self._change_timer(turn_id, lambda t: t.allow(minutes * 60))

    def finish(self, turn_id: int, now: dt.datetime) -> TurnInfo:
        """End this presenter's airtime and record the time they used."""
        now = _utc(now)
        with self._sessions.begin() as session:
            row = _turn(session, turn_id)
            _finish(row, now)
            return _with_name(session, row)

    def next_presenter(
        self, meeting_id: int, now: dt.datetime, now_local: dt.datetime | None = None
    ) -> TurnInfo | None:
        """Finish the current presenter and make the next waiting one current (not running).

        A current presenter who never began (no time, no notes) is skipped, not
        finished: they go back to the end of the queue, so they stay out of the
        record unless they present later. With ``now_local`` (the meeting's
        wall-clock time), a late member not arrived yet is passed over: they
        keep their place and are called once they are here.
        """
        now = _utc(now)
        with self._sessions.begin() as session:
            _meeting(session, meeting_id)
            due = not_arrived(session, meeting_id, now_local) if now_local else {}
            skipped: set[int] = set()
            for row in _current_rows(session, meeting_id):
                if row.used_seconds == 0 and row.running_since is None and not _has_notes(row):
                    row.state = str(TurnState.WAITING)
                    row.position = _last_position(session, meeting_id) + 1
                    skipped.add(row.id)
                else:
                    _finish(row, now)
            session.flush()
            following = session.scalars(
                select(AirtimeTurn)
                .where(
                    AirtimeTurn.meeting_id == meeting_id,
                    AirtimeTurn.state == str(TurnState.WAITING),
                    AirtimeTurn.id.not_in(skipped),
                    AirtimeTurn.person_id.not_in(list(due)),
                )
                .order_by(AirtimeTurn.position, AirtimeTurn.id)
            ).first()
            if following is None:
                return None
            following.state = str(TurnState.CURRENT)
            return _with_name(session, following)

    def reopen(self, turn_id: int, now: dt.datetime | None = None) -> TurnInfo:
        """Give a finished presenter the floor back (paused, time so far kept).

        Whoever else is current goes back to waiting, their time so far kept.
        A clock still running is paused at ``now``; without ``now`` a running
        clock is refused, since no time may count while its presenter waits.
        """
        with self._sessions.begin() as session:
            row = _turn(session, turn_id)
            others = [o for o in _current_rows(session, row.meeting_id) if o.id != row.id]
            for other in others:
                if other.running_since is not None:
                    if now is None:
                        name = session.scalar(
                            select(Person.full_name).where(Person.id == other.person_id)
                        )
                        raise UserError(
                            translate(
                                "services", "Pause %s's airtime before handing the floor back."
                            )
                            % name
                        )
                    _store_timer(other, _timer(other).pause(_utc(now)))
                other.state = str(TurnState.WAITING)
            row.state = str(TurnState.CURRENT)
            return _with_name(session, row)

    def _change_timer(self, turn_id: int, change) -> TurnInfo:
        with self._sessions.begin() as session:
            row = _turn(session, turn_id)
            _store_timer(row, change(_timer(row)))
            return _with_name(session, row)

    # -- notes and totals ----------------------------------------------------------

    def save_notes(
        self,
        turn_id: int,
        *,
        issue: str | None = None,
        key_questions: str | None = None,
        sees_differently: str | None = None,
    ) -> None:
        notes = {
            "issue": (issue, "issue"),
            "key_questions": (key_questions, "key questions"),
            "sees_differently": (sees_differently, "notes on what they see differently"),
        }
        problems: dict[str, str] = {}
        limits.check(problems, {}, notes)
        raise_if_any(problems)
        with self._sessions.begin() as session:
            row = _turn(session, turn_id)
            if issue is not None:
                row.issue = issue
            if key_questions is not None:
                row.key_questions = key_questions
            if sees_differently is not None:
                row.sees_differently = sees_differently

    def cumulative_seconds(self, set_id: int, up_to: dt.date | None = None) -> dict[int, float]:
        """Airtime each person has used at the set's meetings (up to a date, inclusive).

        A running timer counts up to its last start; callers add the live part.
        """
        with self._sessions() as session:
            query = (
                select(AirtimeTurn.person_id, func.sum(AirtimeTurn.used_seconds))
                .join(Meeting, Meeting.id == AirtimeTurn.meeting_id)
                .join(Event, Event.id == Meeting.event_id)
                .where(Event.set_id == set_id)
                .group_by(AirtimeTurn.person_id)
            )
            if up_to is not None:
                query = query.where(Event.date <= up_to)
            return {pid: float(total or 0) for pid, total in session.execute(query)}


def _meeting(session: Session, meeting_id: int) -> Meeting:
    meeting = session.get(Meeting, meeting_id)
    if meeting is None:
        raise NotFoundError(translate("services", "That meeting no longer exists."))
    return meeting


def _event_of(session: Session, meeting: Meeting) -> Event:
    event = session.get(Event, meeting.event_id)
    assert event is not None  # the foreign key cascades
    return event


def _with_name(session: Session, row: AirtimeTurn) -> TurnInfo:
    return _turn_info(
        row, session.scalar(select(Person.full_name).where(Person.id == row.person_id)) or ""
    )


def _turn(session: Session, turn_id: int) -> AirtimeTurn:
    row = session.get(AirtimeTurn, turn_id)
    if row is None:
        raise NotFoundError(translate("services", "That presenter's turn no longer exists."))
    return row


def _turn_row(session: Session, meeting_id: int, person_id: int) -> AirtimeTurn | None:
    return session.scalar(
        select(AirtimeTurn).where(
            AirtimeTurn.meeting_id == meeting_id, AirtimeTurn.person_id == person_id
        )
    )


def _current_rows(session: Session, meeting_id: int) -> list[AirtimeTurn]:
    return list(
        session.scalars(
            select(AirtimeTurn).where(
                AirtimeTurn.meeting_id == meeting_id,
                AirtimeTurn.state == str(TurnState.CURRENT),
            )
        )
    )


def _finish(row: AirtimeTurn, now: dt.datetime) -> None:
    _store_timer(row, _timer(row).pause(now))
    row.state = str(TurnState.DONE)


def _last_position(session: Session, meeting_id: int) -> int:
    return (
        session.scalar(
            select(func.max(AirtimeTurn.position)).where(AirtimeTurn.meeting_id == meeting_id)
        )
        or 0
    )


def _has_notes(row: AirtimeTurn) -> bool:
    return bool(row.issue or row.key_questions or row.sees_differently)


def _untouched(row: AirtimeTurn) -> bool:
    """The turn has not begun: no time counted, no clock running, no notes."""
    return row.used_seconds == 0 and row.running_since is None and not _has_notes(row)


def _left(timer: AirtimeTimer, instant: dt.datetime | None) -> float:
    """Seconds of the plan left at ``instant`` (None: as of the last pause or start)."""
    if instant is not None:
        return timer.remaining(instant)
    return timer.planned_seconds + timer.extra_seconds - timer.used_before


def _utc(now: dt.datetime) -> dt.datetime:
    """``now`` as naive UTC, the form ``running_since`` is stored in."""
    if now.tzinfo is None:
        return now
    return now.astimezone(dt.UTC).replace(tzinfo=None)
