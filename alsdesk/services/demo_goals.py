"""Goals and development plans for the demonstration set.

Amira's improvement has a run chart that shows a shift: twelve baseline weeks
around 18% of discharges before midday, then, after the set's questions led her
to the day-before work, seven weeks in a row above the median. Her development
plan has two self-assessments and items due for review around today.

Siobhan's goal is charted as an XmR chart (statistical process control), as an NHS
board paper would show it: 24 weeks of falls per 1,000 occupied bed days, lower is
better, with the limits recalculated ("rebased") from the week the falls huddle
began, so the earlier and later periods each have their own mean and limits.
"""

from __future__ import annotations

import datetime as dt

from alsdesk.services.actions import ActionDraft
from alsdesk.services.goals import (
    ChartOptions,
    GoalDraft,
    GoalStatus,
    Measure,
    MilestoneDraft,
    MilestoneStatus,
    UpdateDraft,
)
from alsdesk.services.leadership import Level
from alsdesk.services.plan import AssessmentDraft, PlanItemDraft, PlanStatus, Rating
from alsdesk.services.spc import ChartKind

# Weekly percentages of discharges before midday: 12 baseline weeks, then the change.
BASELINE_WEEKS = (17, 21, 15, 19, 18, 22, 16, 18, 20, 14, 19, 17)
AFTER_CHANGE = (18, 24, 23, 27, 26, 29, 31, 30)
UPDATE_NOTES = {
    0: "Baseline from the discharge lounge log, Monday to Sunday.",
    11: "Last baseline week before the set meeting.",
    13: "Medicines to take home started the evening before for planned discharges.",
    16: "Criteria-led discharge agreed with the consultant of the week.",
    19: "Best week yet; pharmacy staffing was normal all week.",
}

# Weekly falls per 1,000 occupied bed days in a 40-bed care home: 12 weeks before the
# falls huddle at every handover, 12 weeks after (the limits are rebased there).
FALLS_BEFORE = (10.7, 12.5, 9.3, 13.9, 11.1, 10.4, 14.6, 8.9, 12.1, 11.8, 9.6, 13.2)
FALLS_AFTER = (8.2, 6.8, 7.5, 5.4, 7.9, 6.1, 8.6, 5.7, 6.9, 7.2, 5.0, 6.4)
FALLS_NOTES = {
    0: "From the home's incident log; bed days from the occupancy sheet.",
    12: "Falls huddle at every handover from this week: who is at risk tonight, and why.",
    17: "Two agency night shifts this week.",
}

START_LEVELS = (2, 3, 2, 1, 2, 2, 1, 2, 1)
LATER_LEVELS = (2, 3, 3, 2, 2, 3, 2, 2, 2)
LATER_REASONS = {
    3: "Now read the unit's own data every week instead of waiting for the monthly report.",
    4: "Working with pharmacy and transport on one measure changed how I see the unit.",
    7: "Agreeing the criteria with consultants meant following them up each week.",
    9: "Won the consultants' support without being their manager.",
}


def add_demo_goals_and_plans(services, set_id: int, start: dt.date, today: dt.date) -> None:
    members = {m.person.full_name: m.person_id for m in services.members.list_members(set_id)}
    amira = members["Amira Hassan"]
    measured_by = min(today, services.goals.today())  # no progress from days still to come
    goal = _discharge_goal(services, amira, start, measured_by)
    for action in services.actions.tracker(set_id):
        if action.owner_id == amira:
            services.actions.update(
                action.id, ActionDraft(amira, action.text, action.due_date, goal.id)
            )
    _amira_plan(services, amira, start, today)
    _early_goal(services, members["Tomasz Nowak"], start, measured_by)
    _falls_goal(services, members["Siobhan Kelly"], measured_by)


def _discharge_goal(services, person_id: int, start: dt.date, measured_by: dt.date):
    first_week = start - dt.timedelta(weeks=len(BASELINE_WEEKS))
    goal = services.goals.create(
        person_id,
        GoalDraft(
            title="More discharges before midday on the Acute Medical Unit",
            problem=(
                "Most patients leave the unit after 4 pm, so the morning's admissions wait "
                "in the emergency department for a bed."
            ),
            why_it_matters=(
                "Patients spend their last hours waiting for medicines and transport, and "
                "people arriving from the emergency department wait longer for a bed."
            ),
            scope="Planned discharges from the Acute Medical Unit (28 beds), weekdays first.",
            stakeholders=(
                "Consultants of the week, ward pharmacy, patient transport, discharge lounge, "
                "patients and their families."
            ),
            status=GoalStatus.ACTIVE,
            measure=Measure(
                name="Discharges before midday",
                unit="%",
                baseline_value=18,
                baseline_date=first_week,
                target_value=35,
                target_date=start + dt.timedelta(weeks=40),
                higher_is_better=True,
            ),
            median_points=len(BASELINE_WEEKS),
        ),
    )
    for week, value in enumerate(BASELINE_WEEKS + AFTER_CHANGE):
        day = first_week + dt.timedelta(weeks=week, days=6)
        if day <= measured_by:
            services.goals.add_update(
                goal.id, UpdateDraft(day, float(value), UPDATE_NOTES.get(week, ""))
            )
    for title, weeks, status in (
        ("Map a week of discharges", 1, MilestoneStatus.DONE),
        ("Agree one measure with pharmacy", 6, MilestoneStatus.DONE),
        ("Criteria-led discharge on every planned discharge", 14, MilestoneStatus.IN_PROGRESS),
        ("Spread the evening board round to Ward 7", 26, MilestoneStatus.PLANNED),
    ):
        services.goals.add_milestone(
            goal.id, MilestoneDraft(title, start + dt.timedelta(weeks=weeks), status)
        )
    return goal


def _early_goal(services, person_id: int, start: dt.date, measured_by: dt.date) -> None:
    """A goal just begun: a few points, too few for the runs rule."""
    goal = services.goals.create(
        person_id,
        GoalDraft(
            title="Medicines reconciled within 24 hours of admission",
            problem="Reconciliation waits for the weekday pharmacy team.",
            why_it_matters="Missed or duplicated doses harm patients in their first days.",
            status=GoalStatus.ACTIVE,
            measure=Measure(
                name="Admissions reconciled within 24 hours",
                unit="%",
                baseline_value=62,
                baseline_date=start,
                target_value=90,
                target_date=start + dt.timedelta(weeks=36),
            ),
        ),
    )
    for week, value in enumerate((62, 58, 66, 61, 64)):
        day = start + dt.timedelta(weeks=week + 1)
        if day <= measured_by:
            services.goals.add_update(goal.id, UpdateDraft(day, float(value)))


def _falls_goal(services, person_id: int, measured_by: dt.date) -> None:
    """An XmR chart long enough for its limits, rebased after the change."""
    weeks = len(FALLS_BEFORE) + len(FALLS_AFTER)
    first = measured_by - dt.timedelta(weeks=weeks - 1)
    goal = services.goals.create(
        person_id,
        GoalDraft(
            title="Fewer falls at Harbour View",
            problem="Most falls happen at night, in the first hour after the shift changes.",
            why_it_matters="A fall can cost a resident their independence, or their life.",
            scope="All 40 residents; night shifts first.",
            stakeholders="Night staff, the GP practice, the falls team, residents' families.",
            status=GoalStatus.ACTIVE,
            measure=Measure(
                name="Falls",
                unit="per 1,000 bed days",
                baseline_value=FALLS_BEFORE[0],
                baseline_date=first,
                target_value=8,
                target_date=measured_by + dt.timedelta(weeks=12),
                higher_is_better=False,
            ),
            chart=ChartOptions(kind=ChartKind.XMR, moving_range_chart=True),
        ),
    )
    for week, value in enumerate(FALLS_BEFORE + FALLS_AFTER):
        services.goals.add_update(
            goal.id,
            UpdateDraft(first + dt.timedelta(weeks=week), value, FALLS_NOTES.get(week, "")),
        )
    services.goals.add_rebase(goal.id, first + dt.timedelta(weeks=len(FALLS_BEFORE)))


def _assessment(label: str, day: dt.date, levels, reasons: dict[int, str]) -> AssessmentDraft:
    return AssessmentDraft(
        day,
        label,
        tuple(
            Rating(number, Level(level), reasons.get(number, ""))
            for number, level in enumerate(levels, start=1)
        ),
    )


def _amira_plan(services, person_id: int, start: dt.date, today: dt.date) -> None:
    services.plan.add_assessment(
        person_id,
        _assessment(
            "Start of programme",
            start,
            START_LEVELS,
            {4: "I rarely step outside the unit; other teams are 'them'."},
        ),
    )
    services.plan.add_assessment(
        person_id,
        _assessment(
            "After set meeting 2", today - dt.timedelta(days=5), LATER_LEVELS, LATER_REASONS
        ),
    )
    connecting = services.plan.add_item(
        person_id,
        PlanItemDraft(
            need="Work across team boundaries instead of around them.",
            dimensions=(4, 9),
            objective="Agree one shared discharge measure with pharmacy and transport by March.",
            activities="Monthly meeting with the pharmacy lead; shadow a transport controller.",
            evidence="A measure both teams report; minutes of the meetings.",
            review_date=today + dt.timedelta(days=3),
            status=PlanStatus.IN_PROGRESS,
        ),
    )
    services.plan.add_review(
        connecting.id,
        start + dt.timedelta(weeks=5),
        "Pharmacy lead agreed to the measure; transport not yet involved.",
    )
    services.plan.add_item(
        person_id,
        PlanItemDraft(
            need="Hold the team to the standards we agree without doing it all myself.",
            dimensions=(7, 6),
            objective="Each band 6 nurse leads one board round a week by the end of term.",
            activities="Coach two band 6 nurses; review the board round together on Fridays.",
            evidence="Rota of board-round leads; their reflections in supervision.",
            review_date=today - dt.timedelta(days=2),
        ),
    )
    services.plan.add_item(
        person_id,
        PlanItemDraft(
            need="Use data, not anecdote, when I argue for change.",
            dimensions=(3,),
            objective="Keep a weekly run chart of discharges before midday.",
            activities="Learn run-chart rules; update the chart every Monday.",
            evidence="The run chart itself, shown at the set and the directorate meeting.",
            review_date=start + dt.timedelta(weeks=4),
            status=PlanStatus.ACHIEVED,
        ),
    )
