"""Sub-phases inside one presenter's airtime, and the time each took.

Within an airtime a facilitator often times phases: the presenter presents,
the others ask clarifying questions, then reflective and analytical ones,
then questions about future action; the presenter sums up and names actions;
and the set says how the process felt. A set chooses its phases and their
shares of the airtime (stored as JSON on the set, "" meaning the standard
phases, "[]" none); each phase's time is its share of the presenter's whole
time, so a minute added to the airtime is spread over the phases.

The phases run on the presenter's own clock: a phase pauses when the airtime
pauses and survives a restart, because it is kept as readings of the turn's
used seconds (see ``AirtimePhase``). A phase does not end by itself when its
time is up: the clock cues the end and the facilitator moves on, since cutting
a question off mid-sentence helps no one.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.orm import Session

from alsdesk.i18n import QT_TRANSLATE_NOOP, translate
from alsdesk.services.airtime import AirtimeTimer
from alsdesk.services.airtime_rounds import TurnInfo
from alsdesk.services.errors import NotFoundError, raise_if_any
from alsdesk.store import Store
from alsdesk.store.models import ActionSet, AirtimePhase, AirtimeTurn, Event, Meeting

MAX_TITLE = 80
MAX_SHARE = 100
MAX_PHASES = 12


@dataclass(frozen=True)
class PhaseSpec:
    """A phase as the set chose it: its name and its share of the airtime (relative)."""

    title: str
    share: int


STANDARD_PHASES: tuple[tuple[str, int], ...] = (
    (QT_TRANSLATE_NOOP("services", "Presenting"), 20),
    (QT_TRANSLATE_NOOP("services", "Clarifying questions"), 15),
    (QT_TRANSLATE_NOOP("services", "Reflective and analytical questions"), 30),
    (QT_TRANSLATE_NOOP("services", "Questions about future action"), 15),
    (QT_TRANSLATE_NOOP("services", "Summary and actions"), 10),
    (QT_TRANSLATE_NOOP("services", "How the process felt"), 10),
)
"""Shares of a 45-minute airtime: 9, 7, 14, 7, 4 and 4 minutes (within DOMAIN.md's ranges)."""


def standard_phases() -> tuple[PhaseSpec, ...]:
    return tuple(PhaseSpec(translate("services", title), share) for title, share in STANDARD_PHASES)


def dumps(phases: tuple[PhaseSpec, ...] | list[PhaseSpec]) -> str:
    return json.dumps([{"title": p.title, "share": p.share} for p in phases])


def loads_strict(text: str) -> tuple[PhaseSpec, ...]:
    """Phases from stored JSON; ValueError when it is not a list of phases."""
    try:
        items = json.loads(text)
        return tuple(PhaseSpec(str(item["title"]), int(item["share"])) for item in items)
    except (KeyError, TypeError) as exc:
        raise ValueError(f"not a list of phases: {exc}") from exc


def loads(text: str) -> tuple[PhaseSpec, ...]:
    """The set's phases from stored JSON: "" (never chosen) or unreadable is the standard."""
    if not text:
        return standard_phases()
    try:
        return loads_strict(text)
    except ValueError:
        return standard_phases()


def validated(phases: list[PhaseSpec]) -> tuple[PhaseSpec, ...]:
    """Trimmed phases, or a ValidationError saying what is wrong (no phases is allowed)."""
    cleaned = tuple(PhaseSpec(" ".join(p.title.split()), p.share) for p in phases)
    problem = ""
    if len(cleaned) > MAX_PHASES:
        problem = translate("services", "Keep to %d phases.") % MAX_PHASES
    elif any(not p.title for p in cleaned):
        problem = translate("services", "Every phase needs a name.")
    elif any(len(p.title) > MAX_TITLE for p in cleaned):
        problem = translate("services", "Keep phase names to %d characters.") % MAX_TITLE
    elif any(not 1 <= p.share <= MAX_SHARE for p in cleaned):
        problem = translate("services", "Give each phase a share between 1 and %d.") % MAX_SHARE
    raise_if_any({"phases": problem} if problem else {})
    return cleaned


def split_seconds(allowed: int, shares: list[int]) -> list[int]:
    """``allowed`` seconds shared out by ``shares``, in whole minutes where it can be.

    Largest remainders get the spare minutes (earliest first on a tie); the odd
    seconds of an airtime that is not whole minutes go to the largest share.
    """
    total = sum(shares)
    if not shares or total <= 0 or allowed <= 0:
        return [0] * len(shares)
    minutes, odd = divmod(allowed, 60)
    exact = [minutes * share / total for share in shares]
    whole = [int(value) for value in exact]
    by_remainder = sorted(range(len(shares)), key=lambda i: (-(exact[i] - whole[i]), i))
    for index in by_remainder[: minutes - sum(whole)]:
        whole[index] += 1
    result = [m * 60 for m in whole]
    result[max(range(len(shares)), key=lambda i: (shares[i], -i))] += odd
    return result


class PhaseState(StrEnum):
    WAITING = "waiting"
    CURRENT = "current"
    DONE = "done"


@dataclass(frozen=True)
class PhaseTime:
    """One phase of one airtime: its share of the time, and the time it has taken."""

    position: int
    title: str
    share: int
    planned_seconds: int
    used_seconds: float
    state: PhaseState

    @property
    def remaining_seconds(self) -> float:
        """Seconds left of the phase's time; negative once it runs over."""
        return self.planned_seconds - self.used_seconds

    @property
    def over(self) -> bool:
        return self.planned_seconds > 0 and self.remaining_seconds <= 0


@dataclass(frozen=True)
class PhaseClock:
    """A presenter's phases at one moment; ``begun`` False is a preview of the set's phases."""

    phases: tuple[PhaseTime, ...]
    begun: bool

    @property
    def current(self) -> PhaseTime | None:
        return next((p for p in self.phases if p.state == PhaseState.CURRENT), None)

    @property
    def following(self) -> PhaseTime | None:
        """The phase after the current one (the first one before any has begun)."""
        current = self.current
        if current is None:
            return None if self.begun else (self.phases[0] if self.phases else None)
        return next((p for p in self.phases if p.position == current.position + 1), None)


@dataclass(frozen=True)
class PhaseMark:
    """One stored phase: readings of the turn's clock (see ``AirtimePhase``)."""

    position: int
    title: str
    share: int
    begun_at: float | None = None
    used_seconds: float | None = None

    @property
    def state(self) -> PhaseState:
        if self.begun_at is None:
            return PhaseState.WAITING
        return PhaseState.CURRENT if self.used_seconds is None else PhaseState.DONE


@dataclass(frozen=True)
class PhasePlan:
    """A turn's phases as stored (or, not ``begun``, the set's phases to come).

    Read once and kept: the clock at any moment follows from it and the turn's
    timer, so a ticking display needs no query."""

    marks: tuple[PhaseMark, ...]
    begun: bool

    def at(self, timer: AirtimeTimer, used: float) -> PhaseClock:
        """The phases when the turn's clock reads ``used`` seconds."""
        seconds = split_seconds(timer.allowed_seconds, [m.share for m in self.marks])
        phases = []
        for mark, planned in zip(self.marks, seconds, strict=True):
            state = mark.state
            if state == PhaseState.DONE:
                taken = mark.used_seconds or 0.0
            elif state == PhaseState.CURRENT:
                taken = max(0.0, used - (mark.begun_at or 0.0))
            else:
                taken = 0.0
            phases.append(PhaseTime(mark.position, mark.title, mark.share, planned, taken, state))
        return PhaseClock(tuple(phases), self.begun)


class PhaseService:
    def __init__(self, store: Store):
        self._sessions = store.sessions

    # -- the set's choice -------------------------------------------------------------

    def set_phases(self, set_id: int) -> tuple[PhaseSpec, ...]:
        with self._sessions() as session:
            return loads(_set(session, set_id).airtime_phases)

    def save_set_phases(self, set_id: int, phases: list[PhaseSpec]) -> tuple[PhaseSpec, ...]:
        """Keep the set's phases; airtimes already begun keep the phases they began with."""
        cleaned = validated(phases)
        with self._sessions.begin() as session:
            _set(session, set_id).airtime_phases = dumps(cleaned)
        return cleaned

    # -- one airtime ------------------------------------------------------------------

    def begin(self, turn_id: int) -> None:
        """Copy the set's phases onto the turn, the first one begun (once; later calls
        change nothing). Call it when the presenter's clock first starts."""
        with self._sessions.begin() as session:
            turn = _turn(session, turn_id)
            if _rows(session, turn_id):
                return
            _copy_phases(session, turn)

    def next_phase(self, turn_id: int, now: dt.datetime) -> None:
        """End the current phase at the turn's clock reading at ``now`` (UTC) and begin the
        next. Before the phases have begun, this begins the first; at the last, nothing."""
        with self._sessions.begin() as session:
            turn = _turn(session, turn_id)
            rows = _rows(session, turn_id)
            if not rows:
                _copy_phases(session, turn)
                return
            used = _timer(turn).used(_utc(now))
            current = next((r for r in rows if _mark(r).state == PhaseState.CURRENT), None)
            if current is None or current is rows[-1]:
                return
            current.used_seconds = max(0.0, used - (current.begun_at or 0.0))
            rows[rows.index(current) + 1].begun_at = used

    def previous_phase(self, turn_id: int) -> None:
        """Undo a Next phase pressed too soon: the phase before carries on as if never ended,
        and the current one goes back to not begun. At the first phase, nothing."""
        with self._sessions.begin() as session:
            rows = _rows(session, turn_id)
            current = next((r for r in rows if _mark(r).state == PhaseState.CURRENT), None)
            if current is None or current is rows[0]:
                return
            current.begun_at = None
            rows[rows.index(current) - 1].used_seconds = None

    def plan(self, turn: TurnInfo) -> PhasePlan:
        """The turn's phases as stored, or the set's phases when the turn has not begun them."""
        with self._sessions() as session:
            rows = _rows(session, turn.id)
            if rows:
                return PhasePlan(tuple(_mark(r) for r in rows), True)
            specs = loads(_set_of_meeting(session, turn.meeting_id).airtime_phases)
        return PhasePlan(tuple(PhaseMark(i, p.title, p.share) for i, p in enumerate(specs)), False)

    def clock(self, turn: TurnInfo, now: dt.datetime) -> PhaseClock:
        """The turn's phases at ``now`` (UTC), or the set's phases not yet begun."""
        return self.plan(turn).at(turn.timer, turn.timer.used(_utc(now)))

    def recorded(self, turns: list[TurnInfo]) -> dict[int, tuple[PhaseTime, ...]]:
        """The phases of each turn that began them, as last saved (a running clock counts
        to its last start), keyed by turn id: what the meeting record prints."""
        by_id = {t.id: t for t in turns}
        marks: dict[int, list[PhaseMark]] = {}
        ids = list(by_id)
        with self._sessions() as session:
            for start in range(0, len(ids), 500):
                for row in session.scalars(
                    select(AirtimePhase)
                    .where(AirtimePhase.turn_id.in_(ids[start : start + 500]))
                    .order_by(AirtimePhase.turn_id, AirtimePhase.position)
                ):
                    marks.setdefault(row.turn_id, []).append(_mark(row))
        return {
            turn_id: PhasePlan(tuple(own), True)
            .at(by_id[turn_id].timer, by_id[turn_id].timer.used_before)
            .phases
            for turn_id, own in marks.items()
        }


def _mark(row: AirtimePhase) -> PhaseMark:
    return PhaseMark(row.position, row.title, row.share, row.begun_at, row.used_seconds)


def _copy_phases(session: Session, turn: AirtimeTurn) -> list[AirtimePhase]:
    specs = loads(_set_of_meeting(session, turn.meeting_id).airtime_phases)
    rows = [
        AirtimePhase(
            turn_id=turn.id,
            position=position,
            title=spec.title,
            share=spec.share,
            begun_at=turn.used_seconds if position == 0 else None,
        )
        for position, spec in enumerate(specs)
    ]
    session.add_all(rows)
    session.flush()
    return rows


def _rows(session: Session, turn_id: int) -> list[AirtimePhase]:
    return list(
        session.scalars(
            select(AirtimePhase)
            .where(AirtimePhase.turn_id == turn_id)
            .order_by(AirtimePhase.position)
        )
    )


def _timer(row: AirtimeTurn) -> AirtimeTimer:
    return AirtimeTimer(
        planned_seconds=row.planned_seconds,
        extra_seconds=row.extra_seconds,
        used_before=row.used_seconds,
        running_since=row.running_since,
    )


def _turn(session: Session, turn_id: int) -> AirtimeTurn:
    row = session.get(AirtimeTurn, turn_id)
    if row is None:
        raise NotFoundError(translate("services", "That presenter's turn no longer exists."))
    return row


def _set(session: Session, set_id: int) -> ActionSet:
    row = session.get(ActionSet, set_id)
    if row is None:
        raise NotFoundError(translate("services", "That set no longer exists."))
    return row


def _set_of_meeting(session: Session, meeting_id: int) -> ActionSet:
    row = session.scalar(
        select(ActionSet)
        .join(Event, Event.set_id == ActionSet.id)
        .join(Meeting, Meeting.event_id == Event.id)
        .where(Meeting.id == meeting_id)
    )
    if row is None:
        raise NotFoundError(translate("services", "That meeting no longer exists."))
    return row


def _utc(now: dt.datetime) -> dt.datetime:
    if now.tzinfo is None:
        return now
    return now.astimezone(dt.UTC).replace(tzinfo=None)
