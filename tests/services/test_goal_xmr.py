"""A goal shown as an XmR chart: the choice and its rebase dates kept with the goal."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from alsdesk.services.errors import UserError
from alsdesk.services.goals import ChartOptions, GoalDraft, Measure, UpdateDraft
from alsdesk.services.spc import Assurance, ChartKind, Variation
from alsdesk.services.spc_summary import xmr_summary

FIRST = dt.date(2026, 9, 7)
WAITS = Measure(
    name="Patients waiting over 4 hours",
    unit="patients",
    baseline_value=20,
    baseline_date=dt.date(2026, 9, 1),
    target_value=5,
    higher_is_better=False,
)


@pytest.fixture(autouse=True)
def late_enough(services):
    services.goals.today = lambda: dt.date(2027, 6, 30)


@pytest.fixture
def waits(services, people):
    goal = services.goals.create(
        people["Amira"], GoalDraft(title="Fewer long waits", measure=WAITS)
    )
    # Ten weeks around 20, then a change: ten weeks around 10.
    for week, value in enumerate([19, 21] * 5 + [9, 11] * 5):
        day = FIRST + dt.timedelta(weeks=week)
        services.goals.add_update(goal.id, UpdateDraft(day, value))
    return services.goals.get(goal.id)


def week(n: int) -> dt.date:
    return FIRST + dt.timedelta(weeks=n)


def test_a_goal_starts_on_the_run_chart_and_keeps_the_xmr_choice(services, waits):
    assert waits.chart == ChartOptions(ChartKind.RUN, screen_outliers=True)
    assert services.goals.report(waits.id).xmr is None

    options = ChartOptions(ChartKind.XMR, screen_outliers=False, moving_range_chart=True)
    services.goals.update(waits.id, replace(waits.draft(), chart=options))

    again = services.goals.get(waits.id)
    assert again.chart == options
    report = services.goals.report(waits.id)
    assert report.xmr is not None and len(report.xmr.points) == 20


def test_fewer_than_fifteen_points_give_no_xmr_chart(services, people):
    goal = services.goals.create(
        people["Amira"],
        GoalDraft(title="Short", measure=WAITS, chart=ChartOptions(ChartKind.XMR)),
    )
    for n in range(14):
        services.goals.add_update(goal.id, UpdateDraft(week(n), 10 + n % 2))
    assert services.goals.report(goal.id).xmr is None
    services.goals.add_update(goal.id, UpdateDraft(week(14), 10))
    assert services.goals.report(goal.id).xmr is not None


def test_a_rebase_splits_the_limits_at_the_change_and_is_kept(services, waits):
    services.goals.update(waits.id, replace(waits.draft(), chart=ChartOptions(ChartKind.XMR)))
    whole = services.goals.report(waits.id).xmr
    # One period: mean 15; moving ranges 2 x 18 and 12 at the change, mean 48/19 = 2.53;
    # 12 > 3.267 x 2.53 = 8.25 is screened out: mean MR 2, limits 15 -/+ 5.32.
    assert whole.periods[0].mean == 15
    assert whole.periods[0].mean_moving_range == pytest.approx(2)
    assert whole.screened == 1
    assert whole.variation == Variation.IMPROVEMENT  # fewer waits: ten below the mean
    assert whole.variations[1] == Variation.CONCERN  # 21 above the upper limit 20.32

    info = services.goals.add_rebase(waits.id, week(10))
    assert info.rebase_dates == (week(10),)
    assert services.goals.get(waits.id).rebase_dates == (week(10),)

    rebased = services.goals.report(waits.id).xmr
    before, after = rebased.periods
    assert (before.first, before.last, before.mean) == (0, 9, 20)
    assert (after.first, after.last, after.mean) == (10, 19, 10)
    assert (before.lower, before.upper) == pytest.approx((20 - 5.32, 20 + 5.32))
    assert (after.lower, after.upper) == pytest.approx((10 - 5.32, 10 + 5.32))
    assert rebased.variation == Variation.COMMON
    assert rebased.assurance == Assurance.HIT_AND_MISS  # 5 is inside 4.68 .. 15.32
    text = xmr_summary(rebased, "patients", 5)
    assert "limits recalculated from 16 Nov 2026" in text
    assert "mean 10 patients, process limits 4.68 patients to 15.32 patients" in text
    assert "hit and miss" in text

    assert services.goals.remove_rebase(waits.id, week(10)).rebase_dates == ()
    assert len(services.goals.report(waits.id).xmr.periods) == 1


def test_a_rebase_must_be_a_later_measurements_date_and_not_chosen_twice(services, waits):
    for wrong in (FIRST, week(3) + dt.timedelta(days=1), week(40)):
        with pytest.raises(UserError, match="measurement after the first"):
            services.goals.add_rebase(waits.id, wrong)
    services.goals.add_rebase(waits.id, week(5))
    with pytest.raises(UserError, match="already recalculated from 12 Oct 2026"):
        services.goals.add_rebase(waits.id, week(5))
    assert services.goals.get(waits.id).rebase_dates == (week(5),)


def test_rebase_dates_go_with_the_goal(services, store, waits):
    services.goals.add_rebase(waits.id, week(10))
    services.goals.delete(waits.id)
    with store.engine.connect() as conn:
        from sqlalchemy import text

        assert conn.execute(text("SELECT count(*) FROM goal_rebase")).scalar() == 0
