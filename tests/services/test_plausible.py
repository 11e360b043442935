"""Values that cannot be are refused at their fields; unlikely ones are questioned."""

from __future__ import annotations

import datetime as dt

import pytest

from alsdesk.services.errors import ValidationError
from alsdesk.services.goals import GoalDraft, Measure, UpdateDraft
from alsdesk.services.sets import start_date_warning


@pytest.fixture
def goal_with_percent(services, people):
    measure = Measure(name="Before noon", unit="%", baseline_value=40, target_value=80)
    goal = services.goals.create(people["Amira"], GoalDraft(title="Noon", measure=measure))
    return services.goals, goal.id


def test_a_target_of_150_percent_is_refused_at_the_target(services):
    draft = GoalDraft(
        title="Discharge before noon",
        measure=Measure(name="Before noon", unit="%", baseline_value=40, target_value=150),
    )
    with pytest.raises(ValidationError) as refused:
        services.goals.validate(draft)
    assert "between 0 and 100" in refused.value.fields["target_value"]


def test_a_negative_baseline_percentage_is_refused_but_150_days_is_fine(services):
    bad = Measure(name="Before noon", unit="%", baseline_value=-5, target_value=50)
    with pytest.raises(ValidationError) as refused:
        services.goals.validate(GoalDraft(title="Noon", measure=bad))
    assert set(refused.value.fields) == {"baseline_value"}
    days = Measure(
        name="Wait", unit="days", baseline_value=200, target_value=150, higher_is_better=False
    )
    services.goals.validate(GoalDraft(title="Wait less", measure=days))


def test_progress_dated_in_the_future_or_over_100_percent_is_refused(services, goal_with_percent):
    goals, goal_id = goal_with_percent
    goals.today = lambda: dt.date(2026, 11, 23)
    with pytest.raises(ValidationError) as refused:
        goals.add_update(goal_id, UpdateDraft(date=dt.date(2026, 12, 28), value=50))
    assert "not come yet" in refused.value.fields["date"]
    with pytest.raises(ValidationError) as refused:
        goals.add_update(goal_id, UpdateDraft(date=dt.date(2026, 11, 23), value=101))
    assert "between 0 and 100" in refused.value.fields["value"]
    goals.add_update(goal_id, UpdateDraft(date=dt.date(2026, 11, 23), value=100))


def test_a_set_start_long_ago_or_far_ahead_is_questioned_not_refused():
    today = dt.date(2026, 12, 3)
    assert "1900" in start_date_warning(dt.date(1900, 9, 1), today)
    assert "two years" in start_date_warning(dt.date(2029, 1, 4), today)
    assert start_date_warning(dt.date(2027, 1, 12), today) == ""
    assert start_date_warning(None, today) == ""
