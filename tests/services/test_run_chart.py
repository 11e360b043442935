"""Run-chart rules as a member sees them on an improvement goal: shifts, trends and runs."""

from __future__ import annotations

import datetime as dt
import math
import random
from pathlib import Path

import pytest

from alsdesk.services.run_chart import (
    MIN_POINTS_FOR_RUNS,
    SHIFT_LENGTH,
    TREND_LENGTH,
    RuleSet,
    RunChartAnalysis,
    RunPoint,
    SignalKind,
    _exact_runs_limits,
    analyse,
    fewest_crossings,
    longest_run_limit,
    runs_limits,
    summary,
)

FIRST_WEEK = dt.date(2026, 11, 24)


def weekly(*values: float, start: dt.date = FIRST_WEEK) -> list[RunPoint]:
    return [RunPoint(start + dt.timedelta(weeks=i), v) for i, v in enumerate(values)]


def kinds(analysis: RunChartAnalysis) -> list[SignalKind]:
    return [s.kind for s in analysis.signals]


def only(analysis: RunChartAnalysis, kind: SignalKind):
    found = [s for s in analysis.signals if s.kind == kind]
    assert len(found) == 1, analysis.signals
    return found[0]


# Shifts


def test_seven_points_above_the_median_make_a_shift():
    # Seven weeks of a low measure, then seven weeks high after a change on the ward.
    analysis = analyse(weekly(3, 4, 2, 4, 3, 2, 4, 8, 9, 7, 8, 9, 8, 7))
    above = [s for s in analysis.signals if "above" in s.description]
    assert len(above) == 1
    assert above[0].kind == SignalKind.SHIFT
    assert above[0].indices == (7, 8, 9, 10, 11, 12, 13)
    assert above[0].description == (
        "Shift: 7 points in a row above the median, 12 Jan 2027 to 23 Feb 2027."
    )


def test_every_separate_shift_is_reported():
    analysis = analyse(weekly(3, 4, 2, 4, 3, 2, 4, 8, 9, 7, 8, 9, 8, 7))
    shifts = [s for s in analysis.signals if s.kind == SignalKind.SHIFT]
    assert [s.indices for s in shifts] == [tuple(range(7)), tuple(range(7, 14))]
    assert shifts[0].description == (
        "Shift: 7 points in a row below the median, 24 Nov 2026 to 5 Jan 2027."
    )
    assert analysis.rules[0].message == "2 shifts found."


def test_six_points_on_one_side_make_a_shift_but_five_do_not():
    # The median of the first five points is 5; everything after sits above it.
    baseline = [6, 4, 5, 7, 3]
    five = analyse(weekly(*baseline, 8, 9, 8, 9, 8), baseline_count=5)
    six = analyse(weekly(*baseline, 8, 9, 8, 9, 8, 9), baseline_count=5)
    assert five.median == six.median == 5
    assert SignalKind.SHIFT not in kinds(five)
    assert five.rules[0].message == "No shift."
    assert only(six, SignalKind.SHIFT).indices == (5, 6, 7, 8, 9, 10)
    assert six.rules[0].message == "1 shift found."


def test_a_point_on_the_median_neither_breaks_nor_counts_toward_a_shift():
    # Index 8 sits exactly on the baseline median of 5.
    baseline = [6, 4, 5, 7, 3]
    five_and_one_on = analyse(weekly(*baseline, 8, 9, 8, 5, 9, 8), baseline_count=5)
    assert SignalKind.SHIFT not in kinds(five_and_one_on)

    six_and_one_on = analyse(weekly(*baseline, 8, 9, 8, 5, 9, 8, 9), baseline_count=5)
    shift = only(six_and_one_on, SignalKind.SHIFT)
    assert shift.indices == (5, 6, 7, 9, 10, 11)
    assert 8 not in six_and_one_on.flagged(SignalKind.SHIFT)
    assert shift.description.startswith("Shift: 6 points in a row above the median")


def test_a_point_on_the_other_side_breaks_a_shift():
    baseline = [6, 4, 5, 7, 3]
    analysis = analyse(weekly(*baseline, 8, 9, 8, 2, 9, 8, 9), baseline_count=5)
    assert SignalKind.SHIFT not in kinds(analysis)


# Trends


def test_five_rising_points_make_a_trend_but_four_do_not():
    assert SignalKind.TREND not in kinds(analyse(weekly(9, 1, 2, 3, 4, 0)))
    analysis = analyse(weekly(9, 1, 2, 3, 4, 5, 0))
    trend = only(analysis, SignalKind.TREND)
    assert trend.indices == (1, 2, 3, 4, 5)
    assert analysis.rules[1].message == "1 trend found."


def test_equal_neighbours_count_once_in_a_trend():
    # 2, 2 is one step: four steps up is not yet a trend, and the tie does not break it.
    assert SignalKind.TREND not in kinds(analyse(weekly(1, 2, 2, 3, 4)))
    trend = only(analyse(weekly(1, 2, 2, 3, 4, 5)), SignalKind.TREND)
    assert trend.indices == (0, 1, 2, 3, 4, 5)
    assert trend.description.startswith(
        "Trend: 5 points in a row going up (a repeated value counted once),"
    )


def test_a_falling_trend_names_its_first_and_last_values_and_dates():
    trend = only(analyse(weekly(9.0, 8.0, 7.5, 6.0, 4.5)), SignalKind.TREND)
    assert trend.description == (
        "Trend: 5 points in a row going down, from 9 on 24 Nov 2026 to 4.5 on 22 Dec 2026."
    )


def test_a_rise_and_fall_sharing_a_peak_are_two_trends():
    analysis = analyse(weekly(1, 2, 3, 4, 5, 4, 3, 2, 1))
    trends = [s for s in analysis.signals if s.kind == SignalKind.TREND]
    assert [t.indices for t in trends] == [(0, 1, 2, 3, 4), (4, 5, 6, 7, 8)]
    assert ["going up" in t.description for t in trends] == [True, False]


# Runs


RUNS_TABLE = Path(__file__).resolve().parents[2] / "resources" / "data" / "runs_table_perla2011.csv"


def published_rows() -> list[tuple[int, int, int]]:
    lines = [line for line in RUNS_TABLE.read_text(encoding="utf-8").splitlines()]
    assert lines[0].startswith("# Limits for the number of runs")
    data = [line for line in lines if not line.startswith("#")]
    assert data[0] == "useful_observations,fewest_runs,most_runs"
    return [tuple(int(x) for x in line.split(",")) for line in data[1:]]


def test_the_table_is_the_published_one():
    """Rows checked by hand against Perla et al. (2011) Table 1, where an exact 5% tail differs."""
    rows = {n: (fewest, most) for n, fewest, most in published_rows()}
    assert sorted(rows) == list(range(10, 61))
    assert rows[15] == (5, 12)
    assert rows[17] == (5, 13)
    assert rows[23] == (7, 17)
    assert rows[27] == (10, 19)
    assert rows[60] == (24, 38)


@pytest.mark.parametrize(("useful", "fewest", "most"), published_rows())
def test_runs_limits_are_the_published_table_row_for_row(useful, fewest, most):
    assert runs_limits(useful) == (fewest, most)
    # And through the analysis of a chart with that many points off the median: even
    # values around a median of 1, fixed by the first two points (0 and 2).
    values = [0, 2, *[((i * 7) % 10) * 2 for i in range(2, useful)]]
    analysis = analyse(weekly(*values), baseline_count=2)
    assert analysis.median == 1
    assert analysis.useful_observations == useful
    assert analysis.runs_limits == (fewest, most)


@pytest.mark.parametrize(
    ("useful", "limits"),
    # Perla, Provost & Murray 2011, Table 1 (after Swed & Eisenhart 1943).
    [(10, (3, 9)), (20, (6, 16)), (30, (11, 21))],
)
def test_runs_limits_follow_the_published_table(useful, limits):
    # An even number of distinct values: none falls on the median, so every point is useful.
    analysis = analyse(weekly(*[(i * 7) % useful for i in range(useful)]))
    assert analysis.useful_observations == useful
    assert analysis.runs_limits == limits


def test_runs_limits_beyond_the_table_come_from_the_exact_distribution_and_say_so():
    # 60 is the table's last row; 64 and 100 come from the Swed-Eisenhart distribution.
    assert analyse(weekly(*range(60))).runs_limits == (24, 38)
    assert "Limits from" not in analyse(weekly(*range(60))).rules[2].message
    assert analyse(weekly(*range(64))).runs_limits == (25, 41)
    long = analyse(weekly(*range(100)))
    assert long.runs_limits == (42, 60)
    assert long.rules[2].message.endswith(
        "Limits from the Swed & Eisenhart distribution (the published table stops at 60)."
    )


@pytest.mark.parametrize("useful", [1001, 1500, 2000, 4000])
def test_past_a_thousand_points_the_approximation_is_within_one_run_of_exact(useful):
    fewest, most = runs_limits(useful)
    exact_fewest, exact_most = _exact_runs_limits(useful)
    assert abs(fewest - exact_fewest) <= 1
    assert abs(most - exact_most) <= 1


def test_too_few_runs_after_a_change_signal_non_random_variation():
    # The pattern in Balestracci, "An underrated test for run charts", Quality Digest,
    # October 2008: 16 points in runs of 7 above, 7 below, 1 above, 1 below, so only 4 runs
    # where 5 to 13 are expected.
    values = [14, 15, 13, 16, 14, 15, 13, 8, 7, 9, 6, 8, 7, 9, 12, 10]
    analysis = analyse(weekly(*values))
    assert analysis.median == 11
    assert analysis.runs == 4
    assert analysis.runs_limits == (5, 13)
    signal = only(analysis, SignalKind.TOO_FEW_RUNS)
    assert signal.indices == tuple(range(16))
    assert signal.description == (
        "Too few runs: 4 runs in 16 points not on the median, 24 Nov 2026 to 9 Mar 2027, "
        "where 5 to 13 would be expected by chance."
    )
    assert analysis.rules[2].message == (
        "Runs: 4 runs in 16 useful observations; 5 to 13 expected by chance. Too few runs."
    )


def test_points_on_the_median_are_left_out_of_the_runs_count():
    # After Little, "n/3 approximation for too few runs" (iecodesign.com, 2019): 29 values,
    # two on the median, so 27 useful observations in 6 runs, too few for a random process.
    runs = [[4] * 4, [9] * 3, [3] * 5, [8] * 4, [2] * 4, [9] * 7]
    values = [v for run in runs for v in run]
    values[5:5] = [5]
    values[20:20] = [5]
    analysis = analyse(weekly(*values))
    assert len(analysis.points) == 29
    assert analysis.median == 5
    assert analysis.useful_observations == 27
    assert analysis.runs == 6
    # Perla et al. (2011) Table 1 for 27 useful observations (an exact 5% tail gives 9 to 20).
    assert analysis.runs_limits == (10, 19)
    assert SignalKind.TOO_FEW_RUNS in kinds(analysis)
    assert {5, 20}.isdisjoint(analysis.flagged(SignalKind.TOO_FEW_RUNS))


@pytest.mark.parametrize(
    ("values", "runs"),
    [([2, 3, 1, 8, 9, 7, 9, 8, 2, 1], 3), ([8, 2, 8, 2, 8, 2, 8, 2, 2, 8], 9)],
    ids=["fewest expected", "most expected"],
)
def test_runs_exactly_on_a_limit_are_still_chance(values, runs):
    analysis = analyse(weekly(*values))
    assert analysis.runs_limits == (3, 9)
    assert analysis.runs == runs
    assert analysis.signals == ()
    assert analysis.rules[2].message.endswith("expected by chance.")


def test_a_measure_that_alternates_every_week_has_too_many_runs():
    analysis = analyse(weekly(*[8, 2] * 10))
    assert analysis.runs == 20
    assert analysis.runs_limits == (6, 16)
    assert kinds(analysis) == [SignalKind.TOO_MANY_RUNS]
    signal = analysis.signals[0]
    assert signal.indices == tuple(range(20))
    assert signal.description.startswith("Too many runs: 20 runs in 20 points not on the median,")
    assert analysis.rules[2].message.endswith("Too many runs.")


def test_runs_within_the_limits_are_no_signal():
    analysis = analyse(weekly(1, 9, 2, 8, 8, 3, 3, 7, 4, 6))
    assert analysis.runs == 8
    assert analysis.runs_limits == (3, 9)
    assert analysis.signals == ()
    assert not analysis.has_signal
    assert analysis.rules[2].message == (
        "Runs: 8 runs in 10 useful observations; 3 to 9 expected by chance."
    )


# Too little data


def test_a_goal_with_no_measurements_yet_judges_nothing():
    analysis = analyse([])
    assert analysis.points == ()
    assert analysis.median is None
    assert (analysis.useful_observations, analysis.runs, analysis.runs_limits) == (0, 0, None)
    assert analysis.signals == ()
    assert [(r.name, r.judged, r.needed) for r in analysis.rules] == [
        ("Shift", False, SHIFT_LENGTH),
        ("Trend", False, TREND_LENGTH),
        ("Runs", False, MIN_POINTS_FOR_RUNS),
    ]
    assert analysis.rules[2].message == (
        "Runs rule needs 10 points not on the median; none so far (10 more needed)."
    )


def test_one_measurement_is_its_own_median():
    analysis = analyse(weekly(42))
    assert analysis.median == 42
    assert analysis.useful_observations == 0
    assert not analysis.has_signal
    assert analysis.rules[0].message == "Shift: needs at least 6 points; 1 so far."


def test_shift_and_trend_say_how_many_more_points_they_need():
    shift, trend, runs = analyse(weekly(1, 2, 3, 4)).rules
    assert (shift.judged, shift.needed) == (False, 2)
    assert shift.message == "Shift: needs at least 6 points; 4 so far."
    assert (trend.judged, trend.needed) == (False, 1)
    assert trend.message == "Trend: needs at least 5 points; 4 so far."
    assert (runs.judged, runs.needed) == (False, 6)


def test_runs_are_not_judged_under_ten_useful_observations():
    # Nine points, two on the median: 7 useful observations, though shift and trend are judged.
    analysis = analyse(weekly(1, 9, 2, 5, 8, 3, 7, 5, 4))
    assert analysis.median == 5
    assert analysis.useful_observations == 7
    assert analysis.runs_limits is None
    shift, trend, runs = analysis.rules
    assert shift.judged and trend.judged
    assert (runs.kind, runs.judged, runs.needed) == (SignalKind.TOO_FEW_RUNS, False, 3)
    assert runs.message == "Runs rule needs 10 points not on the median; 7 so far (3 more needed)."


def test_an_unchanging_measure_sits_on_its_median_and_flags_nothing():
    analysis = analyse(weekly(*[5] * 12))
    assert analysis.median == 5
    assert analysis.useful_observations == 0
    assert analysis.runs == 0
    assert analysis.runs_limits is None
    assert analysis.signals == ()
    assert all(not analysis.flagged(kind) for kind in SignalKind)
    assert [r.message for r in analysis.rules[:2]] == ["No shift.", "No trend."]
    assert analysis.rules[2].needed == MIN_POINTS_FOR_RUNS


# Baseline and input


def test_a_baseline_median_shows_the_improvement_as_a_shift():
    # Falls per week: twelve weeks before a change on the ward, twelve weeks after it.
    before = [9, 11, 10, 12, 8, 10, 11, 9, 12, 10, 8, 11]
    after = [7, 6, 5, 6, 4, 5, 6, 4, 5, 3, 4, 5]
    points = weekly(*before, *after, start=dt.date(2026, 1, 5))
    analysis = analyse(points, baseline_count=12)
    assert analysis.baseline_count == 12
    assert analysis.median == 10
    shift = [s for s in analysis.signals if s.kind == SignalKind.SHIFT][-1]
    assert shift.indices == tuple(range(12, 24))
    assert shift.description == (
        "Shift: 12 points in a row below the median, 30 Mar 2026 to 15 Jun 2026."
    )
    assert analyse(points).median == 7.5


@pytest.mark.parametrize("baseline_count", [None, 0, 10, 99])
def test_no_baseline_or_one_past_the_end_uses_every_point(baseline_count):
    analysis = analyse(weekly(1, 2, 3, 4, 5, 6, 7, 8, 9, 100), baseline_count=baseline_count)
    assert analysis.baseline_count == 10
    assert analysis.median == 5.5


def test_a_negative_baseline_is_refused():
    with pytest.raises(ValueError, match="negative"):
        analyse(weekly(1, 2, 3), baseline_count=-1)


def test_a_value_that_is_not_a_number_is_refused():
    with pytest.raises(ValueError, match="24 Nov 2026"):
        analyse(weekly(float("nan"), 2, 3))


def test_measurements_entered_out_of_order_are_charted_by_date():
    first, second, third = weekly(1, 2, 3)
    same_day = RunPoint(second.date, 0)
    analysis = analyse([third, second, first, same_day])
    assert analysis.points == (first, second, same_day, third)


def test_the_rules_come_in_order_shift_trend_runs():
    rules = analyse(weekly(*range(12))).rules
    assert [(r.kind, r.name) for r in rules] == [
        (SignalKind.SHIFT, "Shift"),
        (SignalKind.TREND, "Trend"),
        (SignalKind.TOO_FEW_RUNS, "Runs"),
    ]
    assert all(r.judged and r.needed == 0 for r in rules)


def test_signal_kinds_have_labels_people_read():
    assert [k.label for k in SignalKind] == [
        "Shift",
        "Trend",
        "Too few runs",
        "Too many runs",
        "Too few crossings",
    ]
    assert [r.label for r in RuleSet] == ["IHI run chart rules", "Anhøj rules"]


# Anhøj rules


def qbinom_05(trials: int) -> int:
    """R's qbinom(0.05, trials, 0.5), worked out here in whole numbers."""
    below = 0
    for count in range(trials + 1):
        below += math.comb(trials, count)
        if below * 20 >= 2**trials:
            return count
    return trials


@pytest.mark.parametrize("useful", range(10, 101))
def test_anhoej_limits_follow_the_formula(useful):
    assert longest_run_limit(useful) == round(math.log2(useful) + 3)
    assert fewest_crossings(useful) == qbinom_05(useful - 1)


@pytest.mark.parametrize(
    ("useful", "longest", "crossings"),
    # qicharts2's table of critical values (Anhøj & Olesen 2014).
    [(10, 6, 2), (12, 7, 3), (20, 7, 6), (24, 8, 8), (30, 8, 10), (50, 9, 19), (100, 10, 41)],
)
def test_anhoej_limits_match_the_published_values(useful, longest, crossings):
    assert (longest_run_limit(useful), fewest_crossings(useful)) == (longest, crossings)


def test_a_five_point_trend_in_noise_is_a_signal_only_under_the_ihi_rules():
    values = [5, 3, 6, 4, 7, 2, 3, 4, 5, 6, 7, 3, 6, 2, 5, 4, 6, 3, 5, 4]
    ihi = analyse(weekly(*values))
    anhoej = analyse(weekly(*values), rule_set=RuleSet.ANHOEJ)
    assert SignalKind.TREND in kinds(ihi)
    assert anhoej.signals == ()
    assert anhoej.rule_set == RuleSet.ANHOEJ
    assert summary(anhoej) == "Anhøj rules: no signal of change."
    assert summary(ihi).startswith("IHI run chart rules: signals of change: trend")
    assert summary(ihi).endswith("the trend rule often signals by chance; the Anhøj rules do not.")


def test_anhoej_finds_a_long_run_and_too_few_crossings_after_a_change():
    values = [3, 4, 2, 3, 4, 2, 3, 4, 2, 3, 8, 9, 7, 8, 9, 7, 8, 9, 7, 8]
    analysis = analyse(weekly(*values), rule_set=RuleSet.ANHOEJ)
    assert analysis.useful_observations == 20
    shifts = [signal for signal in analysis.signals if signal.kind == SignalKind.SHIFT]
    assert [shift.indices for shift in shifts] == [tuple(range(10)), tuple(range(10, 20))]
    assert "more than 7 would be unusual for 20 points" in shifts[1].description
    few = only(analysis, SignalKind.TOO_FEW_CROSSINGS)
    assert few.description.startswith("Too few crossings of the median: 1 in 20 points, 24 Nov")
    assert [r.message for r in analysis.rules] == [
        "Longest run: 10 points on one side of the median; more than 7 is a shift.",
        "Crossings: 1; fewer than 6 would signal a shift.",
    ]
    assert summary(analysis) == "Anhøj rules: signals of change: shift, too few crossings."


def test_anhoej_rules_say_how_many_more_points_they_need():
    analysis = analyse(weekly(4, 6, 3, 7, 5.5), baseline_count=2, rule_set=RuleSet.ANHOEJ)
    assert analysis.useful_observations == 5
    assert [(r.judged, r.needed) for r in analysis.rules] == [(False, 2), (False, 1)]
    assert summary(analysis) == (
        "Anhøj rules: no signal of change. Longest run needs 2 more points off the median; "
        "Crossings needs 1 more points off the median."
    )


def test_random_series_rarely_signal_under_anhoej_and_often_under_the_ihi_rules():
    rng = random.Random(20261203)
    series = [[rng.gauss(50, 10) for _ in range(60)] for _ in range(300)]
    ihi = sum(analyse(weekly(*s)).has_signal for s in series) / len(series)
    anhoej = sum(analyse(weekly(*s), rule_set=RuleSet.ANHOEJ).has_signal for s in series)
    assert ihi > 0.5
    assert anhoej / len(series) < 0.15
