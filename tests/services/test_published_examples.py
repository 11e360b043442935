"""Published example series with the outcomes their sources state, and edge cases.

The series come from the R packages NHS analysts use: qicharts2 (Anhøj) and the NHS-R
community's NHSRplotthedots (Making Data Count). Where the source draws its series with
R's random numbers, the values are typed in here as R gives them (to four or eight
decimals; the outcomes do not depend on the rounding).
"""

from __future__ import annotations

import datetime as dt
import itertools

import pytest

from alsdesk.services.run_chart import (
    RuleSet,
    RunPoint,
    SignalKind,
    analyse,
    fewest_crossings,
    longest_run_limit,
)
from alsdesk.services.spc import SpecialCause, Variation, xmr

FIRST = dt.date(2020, 1, 2)


def daily(values) -> list[RunPoint]:
    return [RunPoint(FIRST + dt.timedelta(days=i), float(v)) for i, v in enumerate(values)]


def flagged(chart) -> dict[int, SpecialCause]:
    return {i: cause for i, cause in enumerate(chart.causes) if cause is not None}


# qicharts2, vignettes/qicharts2.Rmd, "Your first run and control charts" and "Testing for
# special cause variation": set.seed(19); y <- rnorm(24).
QIC_Y = [
    -1.1895, 0.3886, -0.3443, -0.5479, 0.9807, -0.2366, 0.8097, -0.7448, -0.2598, -0.1831,
    0.5186, 0.8835, 0.5898, -0.1967, 0.6596, -0.2606, -0.5725, 1.4066, 0.5043, -0.7003,
    1.4234, -1.0427, 0.0012, 1.0905,
]  # fmt: skip
# Then y[13:24] <- rnorm(12, mean = 2): "a moderate, persistent shift of 2 standard deviations".
QIC_SHIFTED = QIC_Y[:12] + [
    1.0013, 2.5348, 1.8762, 4.1193, 0.4865, 2.2552, 3.5047, 1.6099, 2.5794, 2.2104, 2.944, 0.1733,
]  # fmt: skip


def test_qicharts2_random_numbers_show_common_cause_variation():
    """qicharts2 vignette: "As expected from random numbers, the previous run and control
    charts exhibit common cause variation" (``qic(y)`` and ``qic(y, chart = 'i')``)."""
    run = analyse(daily(QIC_Y), rule_set=RuleSet.ANHOEJ)
    assert run.signals == ()
    assert run.useful_observations == 24
    chart = xmr(daily(QIC_Y))
    assert flagged(chart) == {}
    assert chart.variation == Variation.COMMON


def test_qicharts2_a_large_transient_shift_is_outside_the_limits():
    """qicharts2 vignette, "Shewhart's 3-sigma rule": ``y[22] <- 4`` puts the 22nd point
    outside the limits of the I chart; the runs rules see no shift."""
    values = QIC_Y[:21] + [4] + QIC_Y[22:]
    chart = xmr(daily(values))
    assert flagged(chart) == {21: SpecialCause.OUTSIDE_LIMITS}
    assert chart.variations[21] == Variation.IMPROVEMENT
    assert not analyse(daily(values), rule_set=RuleSet.ANHOEJ).has_signal


def test_qicharts2_a_moderate_shift_escapes_the_limits_but_not_the_anhoej_rules():
    """qicharts2 vignette: after ``y[13:24] <- rnorm(12, mean = 2)`` "the shift is too small
    to be picked up by the 3-sigma rule, both Anhøj rules detect the signal", and "the
    shift is also picked up by WE rule 4" (a long run on one side of the centre line).
    qicharts2 judges the I chart's runs about its mean; so does this test."""
    chart = xmr(daily(QIC_SHIFTED))
    assert SpecialCause.OUTSIDE_LIMITS not in chart.causes
    mean = chart.periods[0].mean
    sides = [s for s in ((v > mean) - (v < mean) for v in QIC_SHIFTED) if s]
    longest = max(len(list(run)) for _, run in itertools.groupby(sides))
    crossings = sum(1 for a, b in itertools.pairwise(sides) if a != b)
    assert longest > longest_run_limit(len(sides)) == 8  # 13 points below the mean
    assert crossings < fewest_crossings(len(sides)) == 8  # 4 crossings
    # Making Data Count's run of seven on one side finds it too (its "WE rule 4").
    assert SpecialCause.RUN in chart.causes
    # The run chart about the median signals as well (too few crossings).
    run = analyse(daily(QIC_SHIFTED), rule_set=RuleSet.ANHOEJ)
    assert [s.kind for s in run.signals] == [SignalKind.TOO_FEW_CROSSINGS]


def test_qicharts2_critical_values_for_24_points():
    """qicharts2 vignette, "The Anhøj rules": with 24 data points "a run of more than
    round(log2(24) + 3) = 8" and "fewer than qbinom(0.05, 24 - 1, 0.5) = 8 crossings"
    suggest a shift."""
    assert longest_run_limit(24) == 8
    assert fewest_crossings(24) == 8


# NHSRplotthedots, tests/testthat/test-ptd_spc_standard.R: set.seed(123); rnorm(20), dated
# from 2020-01-02; expected values in tests/testthat/_snaps/ptd_spc_standard.md.
PTD_Y = [
    -0.56047565, -0.23017749, 1.55870831, 0.07050839, 0.12928774, 1.71506499, 0.46091621,
    -1.26506123, -0.68685285, -0.44566197, 1.22408180, 0.35981383, 0.40077145, 0.11068272,
    -0.55584113, 1.78691314, 0.49785048, -1.96661716, 0.70135590, -0.47279141,
]  # fmt: skip


def test_plot_the_dots_limits_of_twenty_random_numbers():
    """Snapshot r1: mean_col 0.1416238, lpl -3.01138, upl 3.294627, nothing outside the
    limits or close to them, relative_to_mean -1, -1, 1, -1, -1, 1, 1, -1, -1, -1, 1, 1,
    1, -1, -1, ..."""
    chart = xmr(daily(PTD_Y))
    [period] = chart.periods
    assert period.mean == pytest.approx(0.1416238, abs=5e-8)
    assert period.lower == pytest.approx(-3.01138, abs=5e-6)
    assert period.upper == pytest.approx(3.294627, abs=5e-7)
    sides = [(v > period.mean) - (v < period.mean) for v in PTD_Y]
    assert sides[:15] == [-1, -1, 1, -1, -1, 1, 1, -1, -1, -1, 1, 1, 1, -1, -1]
    assert SpecialCause.OUTSIDE_LIMITS not in chart.causes
    assert SpecialCause.TWO_OF_THREE not in chart.causes


def test_plot_the_dots_screens_a_wild_value_out_of_the_limits():
    """Snapshots r2 and r3: with ``data$y[15] <- 10`` the mean is 0.6694159; screening the
    moving ranges gives lpl -2.383666, upl 3.722497; without it -4.596625 to 5.935457, and
    the range is wider unscreened (``expect_true(r3$upl - r3$lpl > r2$upl - r2$lpl)``)."""
    values = PTD_Y[:14] + [10] + PTD_Y[15:]
    screened = xmr(daily(values)).periods[0]
    unscreened = xmr(daily(values), screen_outliers=False).periods[0]
    assert screened.mean == unscreened.mean == pytest.approx(0.6694159, abs=5e-8)
    assert (screened.lower, screened.upper) == (
        pytest.approx(-2.383666, abs=5e-7),
        pytest.approx(3.722497, abs=5e-7),
    )
    assert (unscreened.lower, unscreened.upper) == (
        pytest.approx(-4.596625, abs=5e-7),
        pytest.approx(5.935457, abs=5e-7),
    )
    assert unscreened.upper - unscreened.lower > screened.upper - screened.lower
    sides = [(v > screened.mean) - (v < screened.mean) for v in values]
    assert sides[:14] == [-1, -1, 1, -1, -1, 1, -1, -1, -1, -1, 1, -1, -1, -1]


def test_plot_the_dots_two_of_three_needs_the_same_side_of_the_mean():
    """test-ptd_spc_standard.R, "it only reports special cause for 2of3 points close to
    limits when they are on the same side of the mean": rep(c(1, -1), 8) with the 15th
    point 5.5 and the 16th -5.5 leaves the last two points common cause."""
    values = [1, -1] * 8
    values[14], values[15] = 5.5, -5.5
    chart = xmr(daily(values))
    assert chart.variations[-2:] == (Variation.COMMON, Variation.COMMON)


@pytest.mark.parametrize(
    ("values", "trend"),
    # test-ptd_calculate_point_type.R, "ptd_seven_point_trend works as expected" (with
    # ptd_part_of_seven_trend marking the seven points that end each trend).
    [
        ([1, 2, 3, 4, 5, 6], set()),  # 1:6: too few points
        ([1, 2, 3, 3, 4, 5, 6], set()),  # c(1:3, 3:6): a tie breaks it
        ([1, 2, 3, 4, 5, 6, 7], set(range(7))),  # 1:7
        ([2, 1, 2, 3, 4, 5, 6, 7, 3], set(range(1, 8))),  # c(2, 1:7, 3)
        ([7, 6, 5, 4, 3, 2, 1], set(range(7))),  # 7:1
        ([2, 7, 6, 5, 4, 3, 2, 1, 3], set(range(1, 8))),  # c(2, 7:1, 3)
    ],
)
def test_plot_the_dots_seven_point_trends(values, trend):
    # The package tests its trend function on these alone; a chart of them alone would
    # put the ends outside the limits, which label first. Six points that swing 9 apart
    # come before, so the limits are wide; they end on the side that breaks the trend.
    swing = [0, 9] * 3 if values[1] > values[0] else [9, 0] * 3
    chart = xmr(daily(swing + values))
    assert SpecialCause.OUTSIDE_LIMITS not in chart.causes
    assert {i - 6 for i, c in enumerate(chart.causes) if c == SpecialCause.TREND} == trend


@pytest.mark.parametrize(
    ("above", "run"),
    # "ptd_seven_point_one_side_mean works as expected": six on one side are not a run,
    # rep(1, 6) then -1 neither; eight then one on the other side are.
    [(6, set()), (8, set(range(8)))],
)
def test_plot_the_dots_seven_points_on_one_side(above, run):
    # Far below: one low point pulls the mean under the rest without leaving the limits.
    values = [0, 9, 0, 9, 0] + [5] * above + [4]
    chart = xmr(daily(values))
    mean = chart.periods[0].mean
    assert all(v > mean for v in values[5 : 5 + above]) and values[-1] < mean
    assert {i - 5 for i, c in enumerate(chart.causes) if c == SpecialCause.RUN} == run


# -- edge cases ----------------------------------------------------------------------


def test_xmr_rules_wait_for_the_points_they_need():
    """Fewer points than a rule needs: no trend or run under seven, no two-of-three under
    three; one point is its own mean with no limits to break."""
    assert flagged(xmr(daily([1, 2, 3, 4, 5, 6]))) == {}
    assert flagged(xmr(daily([9, 1, 9, 1, 9, 1]))) == {}  # alternating: nothing to flag
    one = xmr(daily([4]))
    assert one.periods[0].mean == 4 and one.periods[0].mean_moving_range == 0
    assert one.causes == (None,) and one.variation == Variation.COMMON
    two = xmr(daily([4, 8]))
    assert two.causes == (None, None)


def test_xmr_with_ties_and_values_on_the_mean_only():
    """Ties and points on the mean: a flat stretch is neither a trend nor a run."""
    values = [5, 5, 6, 4] * 4
    chart = xmr(daily(values))
    assert chart.periods[0].mean == 5
    assert flagged(chart) == {}


def test_negative_values_mirror_positive_ones_on_both_charts():
    """A measure that goes below zero (a change from baseline, a balance) is judged the
    same as its mirror image, with the direction of each signal reversed."""
    values = [3, 4, 2, 3, 4, 2, 3, 4, 2, 3, 8, 9, 7, 8, 9, 7, 8, 9, 7, 8]
    mirrored = [-v for v in values]
    for rules in RuleSet:
        plain, negative = (
            analyse(daily(values), rule_set=rules),
            analyse(daily(mirrored), rule_set=rules),
        )
        assert negative.median == -plain.median
        assert [(s.kind, s.indices) for s in negative.signals] == [
            (s.kind, s.indices) for s in plain.signals
        ]
    up, down = xmr(daily(values)), xmr(daily(mirrored))
    assert down.periods[0].lower == pytest.approx(-up.periods[0].upper)
    assert down.causes == up.causes
    flip = {Variation.IMPROVEMENT: Variation.CONCERN, Variation.CONCERN: Variation.IMPROVEMENT}
    assert down.variations == tuple(flip.get(v, v) for v in up.variations)


def test_a_run_chart_of_equal_values_and_of_values_on_the_median():
    """All points equal: every point is on the median, none is useful, no rule can judge;
    a series whose middle value repeats keeps those points out of the runs count."""
    flat = analyse(daily([7] * 12), rule_set=RuleSet.ANHOEJ)
    assert flat.useful_observations == 0 and flat.signals == ()
    assert not any(rule.judged for rule in flat.rules)
    on_median = analyse(daily([1, 5, 9, 5, 1, 5, 9, 5, 1, 5, 9, 5, 9, 1, 9]))
    assert on_median.median == 5
    assert on_median.useful_observations == 9  # six fives on the median
