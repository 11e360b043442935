"""XmR charts in the Making Data Count style, checked on series worked out by hand."""

from __future__ import annotations

import datetime as dt

import pytest

from alsdesk.services.run_chart import RunPoint
from alsdesk.services.spc import Assurance, SpecialCause, Variation, xmr

FIRST = dt.date(2026, 9, 7)


def weekly(*values: float) -> list[RunPoint]:
    return [RunPoint(FIRST + dt.timedelta(weeks=i), float(v)) for i, v in enumerate(values)]


def test_one_wild_week_is_screened_out_of_the_limits_as_plot_the_dots_does():
    # NHSRplotthedots' vignette "Deviations": UPL 4.6, mean 1.94, LPL -0.72 with screening.
    values = [1, 2, 1, 2, 10, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1]
    chart = xmr(weekly(*values))
    [period] = chart.periods
    assert period.mean == pytest.approx(35 / 18)
    assert period.mean_moving_range == pytest.approx(1)  # 8 and 9 screened out, 15 ones left
    assert (round(period.upper, 2), round(period.lower, 2)) == (4.6, -0.72)
    assert chart.moving_ranges[4] is None and chart.moving_ranges[5] is None
    assert chart.causes[4] == SpecialCause.OUTSIDE_LIMITS
    assert chart.variations[4] == Variation.IMPROVEMENT
    assert [i for i, c in enumerate(chart.causes) if c] == [4]
    assert chart.variation == Variation.COMMON  # the latest point

    unscreened = xmr(weekly(*values), screen_outliers=False)
    assert unscreened.periods[0].mean_moving_range == pytest.approx(32 / 17)
    assert unscreened.periods[0].upper == pytest.approx(35 / 18 + 2.66 * 32 / 17)


def test_seven_points_each_higher_than_the_last_are_a_trend():
    # Mean 4; moving ranges 2 x7, 4, 1 x6: mean 24/14; limits 4 -/+ 4.56, near 4 -/+ 3.04.
    chart = xmr(weekly(3, 5, 3, 5, 3, 5, 3, 5, 1, 2, 3, 4, 5, 6, 7))
    assert chart.periods[0].mean == pytest.approx(4)
    assert chart.causes == (None,) * 8 + (SpecialCause.TREND,) * 7
    assert chart.variations[8:] == (Variation.IMPROVEMENT,) * 7
    assert chart.variation == Variation.IMPROVEMENT
    lower_is_better = xmr(weekly(3, 5, 3, 5, 3, 5, 3, 5, 1, 2, 3, 4, 5, 6, 7), False)
    assert lower_is_better.variation == Variation.CONCERN


def test_seven_points_on_one_side_of_the_mean_are_a_run():
    # Mean 67/15 = 4.47: the last 6 and the 5 before them are 8 points above it.
    chart = xmr(weekly(2, 6, 2, 6, 2, 6, 2, 6, 5, 5, 5, 5, 5, 5, 5))
    assert chart.causes == (None,) * 7 + (SpecialCause.RUN,) * 8
    assert set(chart.variations[7:]) == {Variation.IMPROVEMENT}


def test_two_of_three_points_beyond_two_thirds_of_the_way_to_a_limit():
    # Mean 162/15 = 10.8, mean MR 32/14: upper limit 16.88, two-thirds of the way 14.85.
    chart = xmr(weekly(*[9, 11] * 6, 15, 12, 15))
    period = chart.periods[0]
    assert period.near_upper == pytest.approx(10.8 + 2 * 2.66 / 3 * 32 / 14)
    assert [i for i, c in enumerate(chart.causes) if c] == [12, 14]
    assert chart.causes[12] == chart.causes[14] == SpecialCause.TWO_OF_THREE
    assert chart.causes[13] is None  # above the mean, but not near the limit


@pytest.mark.parametrize(
    ("target", "higher_is_better", "assurance"),
    [
        (40, True, Assurance.PASS),  # below the lower limit 44.68: always met
        (60, True, Assurance.FAIL),  # above the upper limit 55.32: never met
        (52, True, Assurance.HIT_AND_MISS),
        (40, False, Assurance.FAIL),
        (60, False, Assurance.PASS),
        (None, True, None),
    ],
)
def test_the_target_against_the_limits_gives_the_assurance(target, higher_is_better, assurance):
    chart = xmr(weekly(*[49, 51] * 8), higher_is_better, target)
    assert (round(chart.periods[0].lower, 2), round(chart.periods[0].upper, 2)) == (44.68, 55.32)
    assert chart.assurance == assurance


def test_a_rebased_chart_has_its_own_mean_and_limits_after_the_change():
    points = weekly(*[10, 12] * 5, *[20, 22] * 5)
    whole = xmr(points)
    assert len(whole.periods) == 1 and whole.periods[0].mean == 16
    # Limits 16 -/+ 5.32 around both levels: the 10s and 22s fall outside them.
    assert whole.causes[0] == whole.causes[19] == SpecialCause.OUTSIDE_LIMITS

    rebased = xmr(points, rebase_on=[points[10].date])
    before, after = rebased.periods
    assert (before.first, before.last, before.mean) == (0, 9, 11)
    assert (after.first, after.last, after.mean) == (10, 19, 21)
    assert rebased.moving_ranges[10] is None  # a period's first point has no moving range
    assert rebased.causes == (None,) * 20
    assert rebased.period_of(12) is after


def test_no_points_no_chart_and_equal_points_have_no_special_cause():
    empty = xmr([])
    assert (empty.periods, empty.variation, empty.assurance) == ((), None, None)
    flat = xmr(weekly(*[5] * 16), target=5)
    assert flat.periods[0].upper == flat.periods[0].lower == 5
    assert flat.causes == (None,) * 16  # on the mean: neither side, no trend
    assert flat.assurance == Assurance.HIT_AND_MISS
    # No moving range, no limits to judge a target by (as NHSRplotthedots): never "consistent".
    assert xmr(weekly(*[5] * 16), target=6).assurance == Assurance.HIT_AND_MISS


def test_a_point_below_the_lower_limit_is_improvement_or_concern_by_direction():
    # Mean 166/16 = 10.375; moving ranges 2 x14 and 8: 8 >= 3.267 x 36/15 = 7.84 is screened,
    # mean MR 2, lower limit 10.375 - 5.32 = 5.055: the last point, 2, is below it.
    values = [10, 12] * 7 + [10, 2]
    lower_is_better = xmr(weekly(*values), higher_is_better=False)
    assert lower_is_better.periods[0].lower == pytest.approx(10.375 - 5.32)
    assert lower_is_better.causes[-1] == SpecialCause.OUTSIDE_LIMITS
    assert [i for i, c in enumerate(lower_is_better.causes) if c] == [15]
    assert lower_is_better.variation == Variation.IMPROVEMENT
    assert xmr(weekly(*values), higher_is_better=True).variation == Variation.CONCERN


def test_seven_points_falling_are_a_concern_when_higher_is_better_and_a_tie_breaks_them():
    falling = xmr(weekly(3, 5, 3, 5, 3, 5, 3, 5, 7, 6, 5, 4, 3, 2, 1))
    assert falling.causes[8:] == (SpecialCause.TREND,) * 7
    assert falling.variation == Variation.CONCERN
    # 7, 6, 5, 5, 4, 3, 2: a tie, so never seven each lower than the one before.
    # Mean 64/15 = 4.27; mean MR 21/14 = 1.5; near the upper limit from 6.93: only the 7.
    tied = xmr(weekly(3, 5, 3, 5, 3, 5, 3, 5, 7, 6, 5, 5, 4, 3, 2))
    assert tied.causes == (None,) * 15
    assert tied.variation == Variation.COMMON


def test_a_point_on_the_mean_breaks_a_run_of_seven():
    # Mean exactly 5 (sum 80 over 16): the 5 among the last seven sits on the mean.
    on_the_mean = xmr(weekly(0, 10, 0, 10, 0, 10, 0, 9, 0, 6, 6, 6, 5, 6, 6, 6))
    assert on_the_mean.periods[0].mean == 5
    assert on_the_mean.causes == (None,) * 16
    # With a 6 there (mean 81/16 = 5.06) the last seven are all above: a run.
    above = xmr(weekly(0, 10, 0, 10, 0, 10, 0, 9, 0, 6, 6, 6, 6, 6, 6, 6))
    assert above.causes == (None,) * 9 + (SpecialCause.RUN,) * 7
    assert above.variation == Variation.IMPROVEMENT


def test_two_of_three_near_the_lower_limit_with_negative_values():
    # The two-of-three series above, negated: mean -10.8, near the lower limit below -14.85.
    chart = xmr(weekly(*[-9, -11] * 6, -15, -12, -15))
    assert chart.periods[0].near_lower == pytest.approx(-10.8 - 2 * 2.66 / 3 * 32 / 14)
    assert [i for i, c in enumerate(chart.causes) if c] == [12, 14]
    assert chart.variation == Variation.CONCERN  # higher is better, and these fell
    assert xmr(weekly(*[-9, -11] * 6, -15, -12, -15), False).variation == Variation.IMPROVEMENT


def test_the_summary_says_what_the_chart_found_in_plain_words():
    from alsdesk.services.spc_summary import xmr_summary

    values = [10, 12] * 7 + [10, 2]
    text = xmr_summary(xmr(weekly(*values), higher_is_better=False, target=20), "%", 20)
    # 10.375 - 5.32 is 5.0549999... in floating point: 5.05.
    assert text.startswith("XmR chart of 16 points: mean 10.38%, process limits 5.05% to 15.7%.")
    assert "Special cause improvement at 1 point (outside the process limits)." in text
    assert "The latest point is part of a special cause of improvement." in text
    assert "The target, 20%, lies outside the limits on the good side" in text
    failing = xmr_summary(xmr(weekly(*values), higher_is_better=False, target=4), "%", 4)
    assert "The target, 4%, lies outside the limits on the wrong side" in failing
    assert "One moving range more than 3.267 times the average was left out" in text

    calm = xmr_summary(xmr(weekly(*[49, 51] * 8), True, 60), "", 60)
    assert "No special cause" in calm and "consistently fails it" in calm
