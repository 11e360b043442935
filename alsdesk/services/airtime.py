"""Airtime: sharing a meeting's time fairly, and a timer that survives sleep and restarts.

Plain Python with an injected clock (``now``), so tests never wait. The timer
counts wall-clock time from a persisted start instant: hiding the window,
suspending the laptop or restarting the app mid-round cannot lose time.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass, replace
from enum import StrEnum

from alsdesk.shares import common_cap

TWO_MINUTES = 120
# The most an open bid ("some time") is offered when the day has plenty left:
# airtime is commonly 30 to 60 minutes a presenter.
OPEN_BID_CAP = 60
# An open bid counts as this ask when time is short: half an hour, the shorter end
# of a usual airtime.
OPEN_BID_DEFAULT = 30
# Below this an airtime is too short to work on an issue: the share then says so.
FLOOR = 10


@dataclass(frozen=True)
class Bid:
    """A member's wish for airtime today; ``minutes`` None means 'some, any amount'."""

    member_id: int
    minutes: int | None = None


def available_minutes(
    now: dt.datetime, planned_end: dt.datetime, breaks: int = 0, process_review: int = 0
) -> int:
    """Whole minutes left for airtime: to the planned end, less breaks and review."""
    left = (planned_end - now).total_seconds() / 60 - breaks - process_review
    return max(0, math.floor(left))


@dataclass(frozen=True)
class Pace:
    """When airtime ends if every presenter takes the time they have, against the plan."""

    ends: dt.datetime  # local wall-clock time, as meeting times are kept
    behind_minutes: int  # negative: ahead of the plan


def airtime_pace(
    now: dt.datetime,
    current_left_seconds: float,
    waiting_seconds: list[int],
    planned_end: dt.datetime | None,
    breaks: int = 0,
    process_review: int = 0,
) -> Pace | None:
    """The pace of the round: ``now`` (local) plus what the current presenter has left
    and every waiting presenter's time, against the planned end less breaks and review.
    None when the meeting has no planned end."""
    if planned_end is None:
        return None
    plan = planned_end - dt.timedelta(minutes=breaks + process_review)
    ends = now + dt.timedelta(seconds=max(0.0, current_left_seconds) + sum(waiting_seconds))
    return Pace(ends, round((ends - plan).total_seconds() / 60))


@dataclass(frozen=True)
class Share:
    """Who gets how many minutes, and the figures that explain it in one line."""

    minutes: dict[int, int]
    available: int
    asked: int
    """All the asks together, an open bid counted as ``open_default``."""
    open_bids: int
    open_default: int
    trimmed_to: int | None
    """The common width the largest asks were cut to; None when every ask fits."""
    open_given: tuple[int, ...] = ()
    """The minutes each open bid was given, when the asks fit and open bids share the rest."""

    @property
    def spare(self) -> int:
        return max(0, self.available - sum(self.minutes.values()))

    @property
    def below_floor(self) -> bool:
        """Too many presenters for the time: someone gets less than ``FLOOR`` minutes."""
        return self.trimmed_to is not None and self.trimmed_to < FLOOR


def share_airtime(
    bids: list[Bid],
    available: int,
    open_default: int = OPEN_BID_DEFAULT,
    open_cap: int | None = OPEN_BID_CAP,
) -> Share:
    """The fair share of ``available`` minutes among ``bids`` (whole minutes, never more).

    An open bid ("some time") counts as a stated ask of ``open_default`` minutes.
    When the asks fit, everyone gets their ask, and open bids share what is left
    up to ``open_cap`` each. When they do not, the largest asks are trimmed first,
    all to one common length, until the rest fits: a small ask is granted in full
    before a large one gets more than it, and no one is cut below anyone else's
    share (max-min fairness). Rounding minutes go to the trimmed asks, earliest first.
    """
    order = [b.member_id for b in bids]
    asks = {b.member_id: b.minutes if b.minutes is not None else open_default for b in bids}
    open_ids = [b.member_id for b in bids if b.minutes is None]
    asked = sum(asks.values())

    def share(minutes: dict[int, int], trimmed_to: int | None, given=()) -> Share:
        return Share(
            minutes,
            available=max(0, available),
            asked=asked,
            open_bids=len(open_ids),
            open_default=open_default,
            trimmed_to=trimmed_to,
            open_given=tuple(given),
        )

    if not bids or available <= 0:
        return share(dict.fromkeys(order, 0), 0 if bids else None)
    if asked <= available:
        minutes = dict(asks)
        if open_ids:
            room = (available - asked) // len(open_ids)
            for member_id in open_ids:
                ceiling = open_cap if open_cap is not None else available
                minutes[member_id] = max(asks[member_id], min(ceiling, asks[member_id] + room))
        given = tuple(minutes[m] for m in open_ids)
        return share(minutes, None, given)
    cap = common_cap(list(asks.values()), available)
    minutes = {m: min(ask, cap) for m, ask in asks.items()}
    spare = available - sum(minutes.values())
    for member_id in [m for m in order if asks[m] > cap][:spare]:
        minutes[member_id] += 1
    return share(minutes, cap)


def fair_share(
    bids: list[Bid], available: int, open_cap: int | None = OPEN_BID_CAP
) -> dict[int, int]:
    """Minutes each bidder gets (see :func:`share_airtime` for the rule)."""
    return share_airtime(bids, available, open_cap=open_cap).minutes


def equal_share(member_ids: list[int], available: int) -> dict[int, int]:
    """Everyone presents, the time divided evenly (whole minutes)."""
    if not member_ids:
        return {}
    return _round_preserving_total(
        {m: available / len(member_ids) for m in member_ids}, available, member_ids
    )


def _round_preserving_total(
    exact: dict[int, float], available: int, order: list[int]
) -> dict[int, int]:
    result = {m: math.floor(value) for m, value in exact.items()}
    budget = min(available, round(sum(exact.values())))
    spare = budget - sum(result.values())
    by_remainder = sorted(order, key=lambda m: (-(exact[m] - result[m]), order.index(m)))
    for member_id in by_remainder[: max(0, spare)]:
        result[member_id] += 1
    return result


class Cue(StrEnum):
    """What the timer display should look like."""

    NORMAL = "normal"
    TWO_MINUTES = "two_minutes"
    OVER = "over"


MIN_ALLOWED_SECONDS = 60


@dataclass(frozen=True)
class AirtimeTimer:
    """One presenter's countdown, as stored between runs of the app.

    ``running_since`` is the wall-clock instant (UTC) of the latest start or
    resume; ``used_before`` the seconds counted before it.
    """

    planned_seconds: int
    extra_seconds: int = 0
    used_before: float = 0.0
    running_since: dt.datetime | None = None

    @property
    def running(self) -> bool:
        return self.running_since is not None

    def used(self, now: dt.datetime) -> float:
        if self.running_since is None:
            return self.used_before
        return self.used_before + max(0.0, (now - self.running_since).total_seconds())

    def remaining(self, now: dt.datetime) -> float:
        """Seconds left; negative once the presenter runs over."""
        return self.planned_seconds + self.extra_seconds - self.used(now)

    def cue(self, now: dt.datetime) -> Cue:
        remaining = self.remaining(now)
        if remaining <= 0:
            return Cue.OVER
        if remaining <= TWO_MINUTES:
            return Cue.TWO_MINUTES
        return Cue.NORMAL

    def start(self, now: dt.datetime) -> AirtimeTimer:
        """Start or resume; starting a running timer changes nothing."""
        return self if self.running else replace(self, running_since=now)

    def pause(self, now: dt.datetime) -> AirtimeTimer:
        if not self.running:
            return self
        return replace(self, used_before=self.used(now), running_since=None)

    def extend(self, seconds: int = 60) -> AirtimeTimer:
        return replace(self, extra_seconds=self.extra_seconds + seconds)

    @property
    def allowed_seconds(self) -> int:
        """The presenter's whole time: planned, with any added or taken off."""
        return self.planned_seconds + self.extra_seconds

    def shorten(self, seconds: int = 60) -> AirtimeTimer:
        """Take time off, never below a minute in all."""
        return self.allow(max(MIN_ALLOWED_SECONDS, self.allowed_seconds - seconds))

    def allow(self, seconds: int) -> AirtimeTimer:
        """Make the presenter's whole time ``seconds`` (the planned time stays on record)."""
        return replace(self, extra_seconds=max(MIN_ALLOWED_SECONDS, seconds) - self.planned_seconds)


def format_clock(seconds: float) -> str:
    """'12:05' for time left, '-0:42' once over."""
    sign = "-" if seconds < 0 else ""
    whole = math.ceil(abs(seconds)) if seconds >= 0 else math.floor(abs(seconds))
    minutes, secs = divmod(int(whole), 60)
    return f"{sign}{minutes}:{secs:02d}"
