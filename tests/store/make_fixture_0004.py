"""Make fixtures/revision_0004_goals_plan.sqlite3 (run once, by the release that made 0004).

    python -m tests.store.make_fixture_0004

The 0003 data, plus the app's own user, a goal with milestones, updates and a
linked action, two self-assessments and a plan item with a review.
"""

from __future__ import annotations

import datetime as dt
import sys

from alsdesk.services import Services
from alsdesk.services.actions import ActionDraft
from alsdesk.services.goals import GoalDraft, GoalStatus, Measure, MilestoneDraft, UpdateDraft
from alsdesk.services.leadership import Level
from alsdesk.services.plan import AssessmentDraft, PlanItemDraft, PlanStatus, Rating
from tests.store import make_fixture_0003
from tests.store.fixture_writer import write_fixture

REVISION = "0004_goals_plan"


def fill(services: Services) -> None:
    make_fixture_0003.fill(services)
    [cedar] = services.sets.list_sets()
    amira = services.people.find("Amira Hassan")
    me = services.people.set_me("Ruth Okafor")
    goal = services.goals.create(
        amira.id,
        GoalDraft(
            "Discharges before midday",
            problem="Most patients leave after 4 pm.",
            status=GoalStatus.ACTIVE,
            measure=Measure("Discharges before 12:00", "%", 18, dt.date(2026, 9, 1), 35),
            median_points=4,
        ),
    )
    for week, value in enumerate((17, 21, 15, 19, 26, 27)):
        services.goals.add_update(
            goal.id,
            UpdateDraft(dt.date(2026, 9, 6) + dt.timedelta(weeks=week), value, f"Week {week}"),
        )
    services.goals.add_milestone(
        goal.id, MilestoneDraft("Map a week of discharges", dt.date(2026, 10, 1))
    )
    [action] = services.actions.tracker(cedar.id)
    services.actions.update(action.id, ActionDraft(amira.id, action.text, action.due_date, goal.id))
    for day, label, level in (
        (dt.date(2026, 9, 15), "Start of programme", Level.ESSENTIAL),
        (dt.date(2026, 11, 20), "Mid-point", Level.PROFICIENT),
    ):
        ratings = tuple(Rating(n, level, f"Reason {n}") for n in range(1, 10))
        services.plan.add_assessment(me.id, AssessmentDraft(day, label, ratings))
    item = services.plan.add_item(
        me.id,
        PlanItemDraft(
            "Say no to extra projects.",
            (7, 9),
            "Agree priorities with my manager.",
            "Monthly one-to-one.",
            "A shorter list.",
            dt.date(2026, 12, 1),
            PlanStatus.NOT_STARTED,
        ),
    )
    services.plan.add_review(item.id, dt.date(2026, 11, 2), "Talked it through.")


if __name__ == "__main__":
    sys.exit(write_fixture(REVISION, fill))
