"""Run-chart rules for an improvement goal's measurements, as used in NHS and IHI practice.

A run chart is the measure over time with its median. Four patterns tell a team that something
other than chance is moving the measure (Perla, Provost & Murray 2011, "The run chart: a simple
analytical tool for learning from variation in healthcare processes", BMJ Qual Saf 20:46-51):
a shift, a trend, too few runs and too many runs. ``analyse`` finds them, says which rules could
not be judged yet and why, and describes each signal in words a ward manager can repeat.
Plain Python: no Qt, no store.
"""

from __future__ import annotations

import csv
import datetime as dt
import math
import statistics
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from fractions import Fraction
from functools import cache

from alsdesk.assets import resource_path
from alsdesk.dates import medium_date
from alsdesk.i18n import QT_TRANSLATE_NOOP, translate

MIN_POINTS_FOR_RUNS = 10  # useful observations (points not on the median) before runs are judged
SHIFT_LENGTH = 6
TREND_LENGTH = 5

# The published runs table (Perla et al. 2011, Table 1) covers 10 to 60 useful observations.
RUNS_TABLE_FILE = "data/runs_table_perla2011.csv"
RUNS_TABLE_MAX = 60
# Beyond the table: the exact Swed & Eisenhart distribution, at 5 % in each tail, up to
# this many points (17 ms at 1,000 here; 7.7 s at 10,000), then its normal approximation.
RUNS_TAIL_PROBABILITY = 0.05
EXACT_RUNS_MAX = 1000


class RuleSet(StrEnum):
    """Which rules judge a chart: the IHI's, as taught on NHS programmes, or Anhøj's."""

    IHI = "ihi"
    ANHOEJ = "anhoej"

    @property
    def label(self) -> str:
        return translate("services", RULE_SET_LABELS[self])


RULE_SET_LABELS = {
    RuleSet.IHI: QT_TRANSLATE_NOOP("services", "IHI run chart rules"),
    RuleSet.ANHOEJ: QT_TRANSLATE_NOOP("services", "Anhøj rules"),
}


class SignalKind(StrEnum):
    SHIFT = "shift"
    TREND = "trend"
    TOO_FEW_RUNS = "too_few_runs"
    TOO_MANY_RUNS = "too_many_runs"
    TOO_FEW_CROSSINGS = "too_few_crossings"

    @property
    def label(self) -> str:
        return translate("services", SIGNAL_LABELS[self])


SIGNAL_LABELS = {
    SignalKind.SHIFT: QT_TRANSLATE_NOOP("services", "Shift"),
    SignalKind.TREND: QT_TRANSLATE_NOOP("services", "Trend"),
    SignalKind.TOO_FEW_RUNS: QT_TRANSLATE_NOOP("services", "Too few runs"),
    SignalKind.TOO_MANY_RUNS: QT_TRANSLATE_NOOP("services", "Too many runs"),
    SignalKind.TOO_FEW_CROSSINGS: QT_TRANSLATE_NOOP("services", "Too few crossings"),
}


@dataclass(frozen=True)
class RunPoint:
    date: dt.date
    value: float


@dataclass(frozen=True)
class RuleSignal:
    """One non-random pattern, with the points that make it so the chart can mark them."""

    kind: SignalKind
    indices: tuple[int, ...]
    description: str


@dataclass(frozen=True)
class RuleStatus:
    """Whether a rule could be judged yet, and what it found."""

    kind: SignalKind
    name: str
    judged: bool
    needed: int
    message: str


@dataclass(frozen=True)
class RunChartAnalysis:
    """Everything a run chart shows and says about one series of measurements.

    Indices in signals point into ``points``, which are sorted by date, not into the caller's
    sequence.
    """

    points: tuple[RunPoint, ...]
    baseline_count: int
    median: float | None
    useful_observations: int
    runs: int
    runs_limits: tuple[int, int] | None
    signals: tuple[RuleSignal, ...]
    rules: tuple[RuleStatus, ...]
    rule_set: RuleSet = RuleSet.IHI

    @property
    def has_signal(self) -> bool:
        return bool(self.signals)

    def flagged(self, kind: SignalKind) -> frozenset[int]:
        """The points to highlight for one kind of signal."""
        return frozenset(i for s in self.signals if s.kind == kind for i in s.indices)


def analyse(
    points: Sequence[RunPoint],
    baseline_count: int | None = None,
    rule_set: RuleSet = RuleSet.IHI,
) -> RunChartAnalysis:
    """Judge the run-chart rules over all points against the median of the baseline.

    ``rule_set`` IHI: a shift (6 on one side), a trend (5 going one way) and the runs
    table. Anhøj: an unusually long run and too few crossings of the median, with
    limits that grow with the series, so a long random series rarely signals.

    baseline_count None, 0, or more than the number of points means: median of all points.
    A team that has made a change fixes the median on its "before" points so that the
    improvement shows as a shift instead of dragging the median along with it.
    Raises ValueError for a negative baseline or a value that is not a finite number.
    """
    if baseline_count is not None and baseline_count < 0:
        raise ValueError(f"baseline_count must not be negative, not {baseline_count}")
    for point in points:
        if not math.isfinite(point.value):
            raise ValueError(
                translate("services", "The value on %s is not a number.") % medium_date(point.date)
            )
    ordered = tuple(sorted(points, key=lambda p: p.date))
    baseline = (
        len(ordered) if not baseline_count or baseline_count > len(ordered) else baseline_count
    )
    median = statistics.median(p.value for p in ordered[:baseline]) if ordered else None

    sides = _sides(ordered, median)
    useful = [i for i, side in enumerate(sides) if side]
    runs = _count_runs([sides[i] for i in useful])
    limits = runs_limits(len(useful)) if len(useful) >= MIN_POINTS_FOR_RUNS else None

    if rule_set == RuleSet.ANHOEJ:
        return _anhoej(ordered, baseline, median, sides, useful, runs)
    shifts = _shifts(ordered, sides) if len(ordered) >= SHIFT_LENGTH else []
    trends = _trends(ordered) if len(ordered) >= TREND_LENGTH else []
    runs_signals = _runs_signals(ordered, useful, runs, limits)
    return RunChartAnalysis(
        points=ordered,
        baseline_count=baseline,
        median=median,
        useful_observations=len(useful),
        runs=runs,
        runs_limits=limits,
        signals=(*shifts, *trends, *runs_signals),
        rules=(
            _length_rule(SignalKind.SHIFT, SHIFT_LENGTH, len(ordered), len(shifts)),
            _length_rule(SignalKind.TREND, TREND_LENGTH, len(ordered), len(trends)),
            _runs_rule(len(useful), runs, limits),
        ),
    )


# Rules that count only the points not on the median (and every Anhøj rule).
OFF_THE_MEDIAN = (SignalKind.TOO_FEW_RUNS, SignalKind.TOO_FEW_CROSSINGS)
# From this many points the IHI trend rule often signals on random data (about one
# series in three at 24 points, four in five at 60, sampled).
LONG_SERIES = 20


def summary(analysis: RunChartAnalysis) -> str:
    """One plain sentence for under the chart: the rules used, what they found, what waits."""
    kinds = list(dict.fromkeys(signal.kind for signal in analysis.signals))
    if kinds:
        found = translate("services", "%s: signals of change: %s.") % (
            analysis.rule_set.label,
            ", ".join(kind.label.lower() for kind in kinds),
        )
    else:
        found = translate("services", "%s: no signal of change.") % analysis.rule_set.label
    waiting = [rule for rule in analysis.rules if not rule.judged]
    parts = [found]
    if waiting:
        parts.append(
            "; ".join(
                (
                    translate("services", "%s needs %d more points off the median")
                    if rule.kind in OFF_THE_MEDIAN or analysis.rule_set == RuleSet.ANHOEJ
                    else translate("services", "%s needs %d more points")
                )
                % (rule.name, rule.needed)
                for rule in waiting
            )
            + "."
        )
    if analysis.rule_set == RuleSet.IHI and len(analysis.points) >= LONG_SERIES:
        parts.append(
            translate(
                "services",
                "On a series this long the trend rule often signals by chance; "
                "the Anhøj rules do not.",
            )
        )
    return " ".join(parts)


def longest_run_limit(useful_observations: int) -> int:
    """Anhøj: a run longer than this many useful points signals a shift."""
    return round(math.log2(useful_observations) + 3)


@cache
def fewest_crossings(useful_observations: int) -> int:
    """Anhøj: fewer crossings of the median than this signal a shift too.

    The 5th percentile of Binomial(n - 1, 1/2): the smallest count whose lower tail
    holds at least 5% (``qbinom(0.05, n - 1, 0.5)`` in R), in exact whole numbers
    (each binomial coefficient from the one before, so 10,000 points take milliseconds).
    """
    trials = max(useful_observations - 1, 0)
    total = 2**trials
    tail = Fraction(str(RUNS_TAIL_PROBABILITY))
    coefficient = 1
    below = 0
    for count in range(trials + 1):
        below += coefficient
        if below * tail.denominator >= total * tail.numerator:
            return count
        coefficient = coefficient * (trials - count) // (count + 1)
    return trials


def _anhoej_needs(useful: int, possible) -> int:
    """How many more useful points before ``possible(n)`` first holds (0: it holds now)."""
    more = 0
    while not possible(useful + more):
        more += 1
    return more


def _anhoej(
    ordered: tuple[RunPoint, ...],
    baseline: int,
    median: float | None,
    sides: list[int],
    useful: list[int],
    runs: int,
) -> RunChartAnalysis:
    count = len(useful)
    same_side = _same_side_runs(sides)
    longest = max((len(run) for run in same_side), default=0)
    crossings = max(runs - 1, 0)
    signals: list[RuleSignal] = []
    rules: list[RuleStatus] = []

    longest_needs = _anhoej_needs(count, lambda n: n > 0 and n > longest_run_limit(n))
    if longest_needs:
        rules.append(
            RuleStatus(
                SignalKind.SHIFT,
                translate("services", "Longest run"),
                False,
                longest_needs,
                translate("services", "Longest run: needs %d more points off the median.")
                % longest_needs,
            )
        )
    else:
        limit = longest_run_limit(count)
        for run in same_side:
            if len(run) > limit:
                where = (
                    translate("services", "above")
                    if sides[run[0]] > 0
                    else translate("services", "below")
                )
                signals.append(
                    RuleSignal(
                        SignalKind.SHIFT,
                        tuple(run),
                        translate(
                            "services",
                            "Shift: %d points in a row %s the median, %s, where more than %d "
                            "would be unusual for %d points.",
                        )
                        % (len(run), where, _span(ordered, run[0], run[-1]), limit, count),
                    )
                )
        message = translate(
            "services", "Longest run: %d points on one side of the median; more than %d is a shift."
        ) % (longest, limit)
        rules.append(
            RuleStatus(SignalKind.SHIFT, translate("services", "Longest run"), True, 0, message)
        )

    crossings_needs = _anhoej_needs(count, lambda n: fewest_crossings(n) > 0)
    if crossings_needs:
        rules.append(
            RuleStatus(
                SignalKind.TOO_FEW_CROSSINGS,
                translate("services", "Crossings"),
                False,
                crossings_needs,
                translate("services", "Crossings: needs %d more points off the median.")
                % crossings_needs,
            )
        )
    else:
        fewest = fewest_crossings(count)
        if crossings < fewest:
            signals.append(
                RuleSignal(
                    SignalKind.TOO_FEW_CROSSINGS,
                    tuple(useful),
                    translate(
                        "services",
                        "Too few crossings of the median: %d in %d points, %s, where %d or more "
                        "would be expected by chance.",
                    )
                    % (crossings, count, _span(ordered, useful[0], useful[-1]), fewest),
                )
            )
        message = translate("services", "Crossings: %d; fewer than %d would signal a shift.") % (
            crossings,
            fewest,
        )
        rules.append(
            RuleStatus(
                SignalKind.TOO_FEW_CROSSINGS, translate("services", "Crossings"), True, 0, message
            )
        )
    return RunChartAnalysis(
        points=ordered,
        baseline_count=baseline,
        median=median,
        useful_observations=count,
        runs=runs,
        runs_limits=None,
        signals=tuple(signals),
        rules=tuple(rules),
        rule_set=RuleSet.ANHOEJ,
    )


def runs_limits(useful_observations: int) -> tuple[int, int]:
    """(fewest, most) runs that chance alone gives, for this many points off the median.

    Fewer than the first or more than the second is a signal. From 10 to RUNS_TABLE_MAX
    useful observations the limits are Perla, Provost & Murray (2011) Table 1 as published
    (``resources/data/runs_table_perla2011.csv``, read verbatim); the table rounds some
    Swed & Eisenhart critical values its own way, so it differs from an exact 5 % tail by
    one run in 15 of its 51 rows, and NHS teams check charts against the table. Beyond
    the table they come from the exact Swed & Eisenhart (1943) distribution of runs with
    the points split evenly either side of the median: the largest count of runs, and the
    smallest, whose own tail holds at most RUNS_TAIL_PROBABILITY of arrangements. Past
    EXACT_RUNS_MAX points that sum takes seconds, so the normal approximation to the same
    distribution (with a continuity correction) stands in; it is within one run of it.
    """
    table = _published_table()
    if useful_observations in table:
        return table[useful_observations]
    if useful_observations <= EXACT_RUNS_MAX:
        return _exact_runs_limits(useful_observations)
    return _approximate_runs_limits(useful_observations)


def limits_source(useful_observations: int) -> str:
    """Where the runs limits for this many useful observations come from, for the chart."""
    if useful_observations in _published_table():
        return translate("services", "Perla, Provost & Murray (2011), Table 1")
    return (
        translate("services", "the Swed & Eisenhart distribution (the published table stops at %d)")
        % RUNS_TABLE_MAX
    )


@cache
def _published_table() -> dict[int, tuple[int, int]]:
    with resource_path(RUNS_TABLE_FILE).open(encoding="utf-8") as handle:
        rows = csv.DictReader(line for line in handle if not line.startswith("#"))
        return {
            int(row["useful_observations"]): (int(row["fewest_runs"]), int(row["most_runs"]))
            for row in rows
        }


def _approximate_runs_limits(useful_observations: int) -> tuple[int, int]:
    below = useful_observations // 2
    above = useful_observations - below
    pairs = 2 * below * above
    mean = 1 + pairs / useful_observations
    spread = math.sqrt(
        pairs * (pairs - useful_observations) / (useful_observations**2 * (useful_observations - 1))
    )
    z = statistics.NormalDist().inv_cdf(1 - RUNS_TAIL_PROBABILITY)
    return math.floor(mean - z * spread - 0.5), math.ceil(mean + z * spread + 0.5)


@cache
def _exact_runs_limits(useful_observations: int) -> tuple[int, int]:
    below = useful_observations // 2
    above = useful_observations - below
    arrangements = _arrangements_by_runs(below, above)
    total = math.comb(useful_observations, below)
    # Exact fractions: a float sum can land either side of a boundary such as 1/20.
    limit = Fraction(str(RUNS_TAIL_PROBABILITY))

    def within_tail(count: int) -> bool:
        return Fraction(count, total) <= limit

    fewest = most = 0
    tail = 0
    for runs in sorted(arrangements):
        tail += arrangements[runs]
        if not within_tail(tail):
            break
        fewest = runs
    tail = 0
    for runs in sorted(arrangements, reverse=True):
        tail += arrangements[runs]
        if not within_tail(tail):
            break
        most = runs
    return fewest, most


def _arrangements_by_runs(below: int, above: int) -> dict[int, int]:
    """How many orderings of the points give each number of runs (Swed & Eisenhart)."""
    counts: dict[int, int] = {}
    for runs in range(2, below + above + 1):
        half = runs // 2
        if runs % 2 == 0:
            count = 2 * math.comb(below - 1, half - 1) * math.comb(above - 1, half - 1)
        else:
            count = math.comb(below - 1, half) * math.comb(above - 1, half - 1) + math.comb(
                below - 1, half - 1
            ) * math.comb(above - 1, half)
        counts[runs] = count
    return counts


def _sides(points: Sequence[RunPoint], median: float | None) -> list[int]:
    """+1 above the median, -1 below, 0 exactly on it (those points neither help nor break)."""
    if median is None:
        return []
    return [(p.value > median) - (p.value < median) for p in points]


def _count_runs(sides: Sequence[int]) -> int:
    if not sides:
        return 0
    return 1 + sum(1 for before, after in zip(sides, sides[1:], strict=False) if before != after)


def _same_side_runs(sides: Sequence[int]) -> list[list[int]]:
    """Indices of each run of useful points on one side, skipping points on the median."""
    runs: list[list[int]] = []
    current_side = 0
    for index, side in enumerate(sides):
        if not side:
            continue
        if side != current_side:
            runs.append([])
            current_side = side
        runs[-1].append(index)
    return runs


def _shifts(points: Sequence[RunPoint], sides: Sequence[int]) -> list[RuleSignal]:
    signals = []
    for run in _same_side_runs(sides):
        if len(run) < SHIFT_LENGTH:
            continue
        where = "above" if sides[run[0]] > 0 else "below"
        description = (
            f"Shift: {len(run)} points in a row {where} the median, "
            f"{_span(points, run[0], run[-1])}."
        )
        signals.append(RuleSignal(SignalKind.SHIFT, tuple(run), description))
    return signals


def _trends(points: Sequence[RunPoint]) -> list[RuleSignal]:
    """Every longest stretch going one way; a repeated value counts once and breaks nothing.

    An up-trend and a down-trend may share the point where the direction turns.
    """
    groups: list[list[int]] = []
    for index, point in enumerate(points):
        if groups and points[groups[-1][0]].value == point.value:
            groups[-1].append(index)
        else:
            groups.append([index])
    steps = [
        1 if points[later[0]].value > points[earlier[0]].value else -1
        for earlier, later in zip(groups, groups[1:], strict=False)
    ]
    signals = []
    start = 0
    for end in range(1, len(steps) + 1):
        if end < len(steps) and steps[end] == steps[start]:
            continue
        stretch = groups[start : end + 1]
        if len(stretch) >= TREND_LENGTH:
            signals.append(_trend_signal(points, stretch, rising=steps[start] > 0))
        start = end
    return signals


def _trend_signal(
    points: Sequence[RunPoint], stretch: Sequence[Sequence[int]], *, rising: bool
) -> RuleSignal:
    indices = tuple(i for group in stretch for i in group)
    first, last = points[indices[0]], points[indices[-1]]
    repeats = " (a repeated value counted once)" if len(indices) > len(stretch) else ""
    description = (
        f"Trend: {len(stretch)} points in a row going {'up' if rising else 'down'}{repeats}, "
        f"from {_format_value(first.value)} on {medium_date(first.date)} "
        f"to {_format_value(last.value)} on {medium_date(last.date)}."
    )
    return RuleSignal(SignalKind.TREND, indices, description)


def _runs_signals(
    points: Sequence[RunPoint], useful: Sequence[int], runs: int, limits: tuple[int, int] | None
) -> list[RuleSignal]:
    if limits is None:
        return []
    fewest, most = limits
    if fewest <= runs <= most:
        return []
    kind = SignalKind.TOO_FEW_RUNS if runs < fewest else SignalKind.TOO_MANY_RUNS
    description = (
        f"{kind.label}: {_plural(runs, 'run')} in {len(useful)} points not on the median, "
        f"{_span(points, useful[0], useful[-1])}, where {fewest} to {most} "
        "would be expected by chance."
    )
    return [RuleSignal(kind, tuple(useful), description)]


def _length_rule(kind: SignalKind, length: int, point_count: int, found: int) -> RuleStatus:
    if point_count < length:
        return RuleStatus(
            kind=kind,
            name=kind.label,
            judged=False,
            needed=length - point_count,
            message=f"{kind.label}: needs at least {length} points; {_so_far(point_count)}.",
        )
    message = f"No {kind}." if not found else f"{_plural(found, str(kind))} found."
    return RuleStatus(kind=kind, name=kind.label, judged=True, needed=0, message=message)


def _runs_rule(useful: int, runs: int, limits: tuple[int, int] | None) -> RuleStatus:
    if limits is None:
        needed = MIN_POINTS_FOR_RUNS - useful
        message = (
            f"Runs rule needs {MIN_POINTS_FOR_RUNS} points not on the median; "
            f"{_so_far(useful)} ({needed} more needed)."
        )
        return RuleStatus(SignalKind.TOO_FEW_RUNS, "Runs", False, needed, message)
    fewest, most = limits
    message = (
        f"Runs: {_plural(runs, 'run')} in {useful} useful observations; "
        f"{fewest} to {most} expected by chance."
    )
    if runs < fewest:
        message += " Too few runs."
    elif runs > most:
        message += " Too many runs."
    if useful > RUNS_TABLE_MAX:
        message += " " + translate("services", "Limits from %s.") % limits_source(useful)
    return RuleStatus(SignalKind.TOO_FEW_RUNS, "Runs", True, 0, message)


def _format_value(value: float) -> str:
    """A measurement as people write it: 12 rather than 12.0, 12.5 as it is."""
    if float(value).is_integer():
        return str(int(value))
    return f"{value:.10g}"


def _span(points: Sequence[RunPoint], first: int, last: int) -> str:
    return f"{medium_date(points[first].date)} to {medium_date(points[last].date)}"


def _so_far(count: int) -> str:
    return f"{count} so far" if count else "none so far"


def _plural(count: int, noun: str) -> str:
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"
