"""Statistical process control for a goal's measure: the XmR chart as NHS England's
"Making Data Count" draws it.

The individuals (X) chart plots each value with the mean and process limits at the
mean ± 2.66 × the mean moving range (MR, the difference between neighbouring
values). With ``screen_outliers`` a moving range of 3.267 × the mean moving range
or more is left out before the limits are set, as Making Data Count advises, so
one wild week does not widen them. A chart can be recalculated from chosen dates
("rebased") after a change: each period then has its own mean and limits.

Special causes, in the order a point is labelled by: a point outside the limits;
part of seven points in a row each higher (or lower) than the one before; two of
three points on one side beyond two-thirds of the way to a limit; part of seven
points in a row on one side of the mean. Each special cause is an improvement or a
concern by the measure's direction. The variation icon says what the latest point
shows; the assurance icon says whether the latest period's limits put the target
always met, never met, or sometimes (hit and miss).

The rules and constants follow the NHS-R community's NHSRplotthedots package.
Plain Python: no Qt, no store.
"""

from __future__ import annotations

import datetime as dt
import statistics
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from alsdesk.i18n import QT_TRANSLATE_NOOP, translate
from alsdesk.services.run_chart import RunPoint

MIN_POINTS = 15  # Making Data Count: fewer, and the limits are not yet to be trusted
LIMIT = 2.66  # 3 / d2 for moving ranges of two
NEAR_LIMIT = 2 * LIMIT / 3
OUTLIER_MOVING_RANGE = 3.267  # D4 for moving ranges of two
RUN_LENGTH = 7


class ChartKind(StrEnum):
    """The chart a goal is shown as: the run chart, or (with enough points) the XmR chart."""

    RUN = "run"
    XMR = "xmr"

    @property
    def label(self) -> str:
        return translate("services", CHART_KIND_LABELS[self])


CHART_KIND_LABELS = {
    ChartKind.RUN: QT_TRANSLATE_NOOP("services", "Run chart"),
    ChartKind.XMR: QT_TRANSLATE_NOOP("services", "XmR chart (SPC)"),
}


class SpecialCause(StrEnum):
    OUTSIDE_LIMITS = "outside_limits"
    TREND = "trend"
    TWO_OF_THREE = "two_of_three"
    RUN = "run"

    @property
    def label(self) -> str:
        return translate("services", SPECIAL_CAUSE_LABELS[self])


SPECIAL_CAUSE_LABELS = {
    SpecialCause.OUTSIDE_LIMITS: QT_TRANSLATE_NOOP("services", "Outside the process limits"),
    SpecialCause.TREND: QT_TRANSLATE_NOOP("services", "Seven points going one way"),
    SpecialCause.TWO_OF_THREE: QT_TRANSLATE_NOOP("services", "Two of three near a limit"),
    SpecialCause.RUN: QT_TRANSLATE_NOOP("services", "Seven points on one side of the mean"),
}


class Variation(StrEnum):
    COMMON = "common_cause"
    IMPROVEMENT = "special_cause_improvement"
    CONCERN = "special_cause_concern"

    @property
    def label(self) -> str:
        return translate("services", VARIATION_LABELS[self])


VARIATION_LABELS = {
    Variation.COMMON: QT_TRANSLATE_NOOP("services", "Common cause variation"),
    Variation.IMPROVEMENT: QT_TRANSLATE_NOOP("services", "Special cause: improvement"),
    Variation.CONCERN: QT_TRANSLATE_NOOP("services", "Special cause: concern"),
}


class Assurance(StrEnum):
    HIT_AND_MISS = "hit_and_miss"
    PASS = "consistent_pass"
    FAIL = "consistent_fail"

    @property
    def label(self) -> str:
        return translate("services", ASSURANCE_LABELS[self])


ASSURANCE_LABELS = {
    Assurance.HIT_AND_MISS: QT_TRANSLATE_NOOP(
        "services", "Hit and miss: the target lies inside the limits"
    ),
    Assurance.PASS: QT_TRANSLATE_NOOP("services", "Consistently passing the target"),
    Assurance.FAIL: QT_TRANSLATE_NOOP("services", "Consistently failing the target"),
}


@dataclass(frozen=True)
class Period:
    """A stretch of points with its own mean and limits (one, unless rebased)."""

    first: int
    last: int  # inclusive indices into the analysis' points
    mean: float
    mean_moving_range: float
    lower: float
    upper: float

    @property
    def near_lower(self) -> float:
        return self.mean - NEAR_LIMIT * self.mean_moving_range

    @property
    def near_upper(self) -> float:
        return self.mean + NEAR_LIMIT * self.mean_moving_range


@dataclass(frozen=True)
class XmrAnalysis:
    points: tuple[RunPoint, ...]  # sorted by date
    periods: tuple[Period, ...]
    moving_ranges: tuple[float | None, ...]  # None: the first of a period, or screened out
    causes: tuple[SpecialCause | None, ...]  # one per point
    variations: tuple[Variation, ...]  # one per point
    variation: Variation | None  # what the latest point shows; None without points
    assurance: Assurance | None  # None without a target or points

    def period_of(self, index: int) -> Period:
        return next(p for p in self.periods if p.first <= index <= p.last)

    @property
    def screened(self) -> int:
        """How many moving ranges were left out of the limits as outliers."""
        starts = {p.first for p in self.periods}
        return sum(1 for i, r in enumerate(self.moving_ranges) if r is None and i not in starts)

    @property
    def rebase_dates(self) -> tuple[dt.date, ...]:
        """The dates the later periods start on (the first point of each)."""
        return tuple(self.points[p.first].date for p in self.periods[1:])


def xmr(
    points: Sequence[RunPoint],
    higher_is_better: bool = True,
    target: float | None = None,
    rebase_on: Sequence[dt.date] = (),
    screen_outliers: bool = True,
) -> XmrAnalysis:
    """The XmR chart of ``points``; a new period starts at the first point on or after
    each date in ``rebase_on``."""
    ordered = tuple(sorted(points, key=lambda p: p.date))
    periods: list[Period] = []
    moving_ranges: list[float | None] = []
    causes: list[SpecialCause | None] = []
    directions: list[int] = []
    for first, last in _period_bounds(ordered, rebase_on):
        values = [p.value for p in ordered[first : last + 1]]
        period, ranges = _period(first, last, values, screen_outliers)
        periods.append(period)
        moving_ranges += ranges
        found, towards = _special_causes(values, period)
        causes += found
        directions += towards
    better = 1 if higher_is_better else -1
    variations = tuple(
        Variation.COMMON
        if cause is None
        else Variation.IMPROVEMENT
        if direction * better > 0
        else Variation.CONCERN
        for cause, direction in zip(causes, directions, strict=True)
    )
    return XmrAnalysis(
        points=ordered,
        periods=tuple(periods),
        moving_ranges=tuple(moving_ranges),
        causes=tuple(causes),
        variations=variations,
        variation=variations[-1] if variations else None,
        assurance=_assurance(periods[-1], target, higher_is_better) if periods else None,
    )


def _period_bounds(
    points: Sequence[RunPoint], rebase_on: Sequence[dt.date]
) -> list[tuple[int, int]]:
    if not points:
        return []
    starts = {0}
    for date in rebase_on:
        later = [i for i, p in enumerate(points) if p.date >= date]
        if later:
            starts.add(later[0])
    ordered = sorted(starts)
    ends = [start - 1 for start in ordered[1:]] + [len(points) - 1]
    return list(zip(ordered, ends, strict=True))


def _period(
    first: int, last: int, values: list[float], screen_outliers: bool
) -> tuple[Period, list[float | None]]:
    mean = statistics.fmean(values)
    ranges: list[float | None] = [None] + [
        abs(after - before) for before, after in zip(values, values[1:], strict=False)
    ]
    known = [r for r in ranges if r is not None]
    average = statistics.fmean(known) if known else 0.0
    if screen_outliers and known:
        ranges = [r if r is None or r < OUTLIER_MOVING_RANGE * average else None for r in ranges]
        kept = [r for r in ranges if r is not None]
        average = statistics.fmean(kept) if kept else 0.0
    period = Period(first, last, mean, average, mean - LIMIT * average, mean + LIMIT * average)
    return period, ranges


def _special_causes(
    values: list[float], period: Period
) -> tuple[list[SpecialCause | None], list[int]]:
    """Each point's special cause (None: common cause) and its direction (+1 up, -1 down)."""
    count = len(values)
    side = [(v > period.mean) - (v < period.mean) for v in values]
    outside = [v > period.upper or v < period.lower for v in values]
    near = [
        not out and (v > period.near_upper or v < period.near_lower)
        for v, out in zip(values, outside, strict=True)
    ]
    trend = [0] * count  # +1 or -1 where a point is part of seven going one way
    for end in range(RUN_LENGTH - 1, count):
        steps = [
            (values[i] > values[i - 1]) - (values[i] < values[i - 1])
            for i in range(end - RUN_LENGTH + 2, end + 1)
        ]
        if all(s == steps[0] != 0 for s in steps):
            for i in range(end - RUN_LENGTH + 1, end + 1):
                trend[i] = steps[0]
    two_of_three = [False] * count
    for start in range(count - 2):
        window = range(start, start + 3)
        if sum(near[i] for i in window) >= 2 and abs(sum(side[i] for i in window)) == 3:
            for i in window:
                two_of_three[i] = two_of_three[i] or near[i]
    run = [False] * count
    for end in range(RUN_LENGTH - 1, count):
        stretch = side[end - RUN_LENGTH + 1 : end + 1]
        if stretch[0] != 0 and all(s == stretch[0] for s in stretch):
            for i in range(end - RUN_LENGTH + 1, end + 1):
                run[i] = True
    causes: list[SpecialCause | None] = []
    directions: list[int] = []
    for i in range(count):
        if outside[i]:
            causes.append(SpecialCause.OUTSIDE_LIMITS)
            directions.append(side[i])
        elif trend[i]:
            causes.append(SpecialCause.TREND)
            directions.append(trend[i])
        elif two_of_three[i]:
            causes.append(SpecialCause.TWO_OF_THREE)
            directions.append(side[i])
        elif run[i]:
            causes.append(SpecialCause.RUN)
            directions.append(side[i])
        else:
            causes.append(None)
            directions.append(0)
    return causes, directions


def _assurance(period: Period, target: float | None, higher_is_better: bool) -> Assurance | None:
    if target is None:
        return None
    if period.mean_moving_range == 0:  # no variation to judge by (NHSRplotthedots: no limits)
        return Assurance.HIT_AND_MISS
    if target > period.upper:
        return Assurance.FAIL if higher_is_better else Assurance.PASS
    if target < period.lower:
        return Assurance.PASS if higher_is_better else Assurance.FAIL
    return Assurance.HIT_AND_MISS
