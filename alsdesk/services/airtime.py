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

TWO_MINUTES = 120
# The most an open bid ("some time") is offered when the day has plenty left:
# airtime is commonly 30 to 60 minutes a presenter.
OPEN_BID_CAP = 60


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


def fair_share(
    bids: list[Bid], available: int, open_cap: int | None = OPEN_BID_CAP
) -> dict[int, int]:
    """Minutes each bidder gets, in whole minutes, never more than ``available`` in all.

    Members who named an amount get it when everything fits; otherwise all
    amounts shrink in proportion to need. Members who bid without an amount
    share what is left equally, up to ``open_cap`` each (a long day does not
    make one open bid a three-hour airtime); when nothing is left, an equal
    part of the day is taken from everyone as if they had bid the average
    request. Leftover minutes from rounding go to the largest remainders,
    earliest first.
    """
    if not bids or available <= 0:
        return {bid.member_id: 0 for bid in bids}
    order = [b.member_id for b in bids]
    named = {b.member_id: b.minutes for b in bids if b.minutes is not None}
    open_ids = [b.member_id for b in bids if b.minutes is None]
    asked = sum(named.values())
    if open_ids:
        share = (available - asked) / len(open_ids)
        if share < 1:
            average = (asked / len(named)) if named else available / len(bids)
            needs = {m: float(named.get(m, average)) for m in order}
            return _proportional(needs, available, order)
        if open_cap is not None:
            share = min(share, float(open_cap))
        exact = {m: float(minutes) for m, minutes in named.items()}
        exact |= dict.fromkeys(open_ids, share)
        return _round_preserving_total(exact, available, order)
    if asked <= available:
        return named
    return _proportional({m: float(v) for m, v in named.items()}, available, order)


def equal_share(member_ids: list[int], available: int) -> dict[int, int]:
    """Everyone presents, the time divided evenly (whole minutes)."""
    if not member_ids:
        return {}
    return _round_preserving_total(
        {m: available / len(member_ids) for m in member_ids}, available, member_ids
    )


def _proportional(needs: dict[int, float], available: int, order: list[int]) -> dict[int, int]:
    total = sum(needs.values())
    if total <= 0:
        return equal_share(order, available)
    return _round_preserving_total(
        {m: available * need / total for m, need in needs.items()}, available, order
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


def format_clock(seconds: float) -> str:
    """'12:05' for time left, '-0:42' once over."""
    sign = "-" if seconds < 0 else ""
    whole = math.ceil(abs(seconds)) if seconds >= 0 else math.floor(abs(seconds))
    minutes, secs = divmod(int(whole), 60)
    return f"{sign}{minutes}:{secs:02d}"
