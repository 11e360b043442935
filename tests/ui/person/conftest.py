"""Fixtures for a person's pages: the goals tab over a member of Cedar set."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pytest
from PySide6.QtCore import Qt

from alsdesk.services.goals import GoalDraft, GoalInfo, GoalStatus, Measure, UpdateDraft
from alsdesk.ui.common.date_field import DateField
from alsdesk.ui.person.goals_page import GoalsPage
from tests.ui.conftest import TODAY

# Weekly discharge-before-noon percentages from 3 Aug 2026: eight before the 10:00 huddle
# started (median 42.5), eight after it, all above that median: a shift.
GOAL_BEFORE = [44, 40, 46, 41, 43, 45, 39, 42]
GOAL_AFTER = [52, 55, 58, 54, 60, 63, 61, 66]
GOAL_FIRST_WEEK = dt.date(2026, 8, 3)


def goal_week(number: int) -> dt.date:
    """The date of the ``number``-th weekly measurement (0 is the baseline week)."""
    return GOAL_FIRST_WEEK + dt.timedelta(weeks=number)


DISCHARGE_GOAL = GoalDraft(
    title="Discharge before noon on the acute medical unit",
    problem=(
        "Most discharges happen late in the afternoon, so patients wait in ED for a bed and "
        "the unit is crowded when the evening admissions arrive."
    ),
    why_it_matters="Patients get home earlier in the day, when transport and family can help.",
    scope="Acute medical unit, weekday discharges.",
    stakeholders="Ward team, pharmacy, bed management, patient transport",
    status=GoalStatus.ACTIVE,
    measure=Measure(
        name="Patients discharged before noon",
        unit="%",
        baseline_value=42,
        baseline_date=GOAL_FIRST_WEEK,
        target_value=80,
        target_date=dt.date(2027, 3, 31),
    ),
    median_points=8,
)


def type_goal_date(qtbot, edit: DateField, day: dt.date) -> None:
    """Type a date into a date field as people write it (12/1/27) and leave the field."""
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, f"{day.day}/{day.month}/{day:%y}")
    qtbot.keyClick(edit, Qt.Key.Key_Tab)
    assert edit.date().toPython() == day


@dataclass(frozen=True)
class GoalOwner:
    set_id: int
    person_id: int


@pytest.fixture
def goal_owner(make_set, make_member) -> GoalOwner:
    """Amira Hassan of Cedar set, whose goals the tests record."""
    cedar = make_set("Cedar set")
    return GoalOwner(cedar.id, make_member(cedar.id, "Amira Hassan").person_id)


@pytest.fixture
def make_goal(services, goal_owner):
    """Factory: a goal of Amira's (the discharge goal unless told), with these values."""

    def make(values=(), draft: GoalDraft = DISCHARGE_GOAL) -> GoalInfo:
        goal = services.goals.create(goal_owner.person_id, draft)
        for week, value in enumerate(values):
            services.goals.add_update(goal.id, UpdateDraft(goal_week(week), value))
        return services.goals.get(goal.id)

    return make


@pytest.fixture
def goals_page(qtbot, services, goal_owner) -> GoalsPage:
    """The goals tab as the main window holds it, shown at a comfortable size for Amira."""
    page = GoalsPage(services.goals, lambda: TODAY)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    with qtbot.waitExposed(page, timeout=30_000):
        page.show()
    page.show_person(goal_owner.person_id)
    return page


# -- the development plan tab --------------------------------------------------------


@dataclass(frozen=True)
class PlanHistory:
    person_id: int
    start: object  # AssessmentInfo
    mid: object
    rota: object  # PlanItemInfo, overdue
    conversations: object  # due soon
    vision: object  # achieved


@pytest.fixture
def plan_person(services) -> int:
    """The app's own user, Sam Carter, whose development plan the tests write."""
    return services.people.set_me("Sam Carter").id


@pytest.fixture
def plan_history(services, plan_person):
    """Sam's plan by the test's today: two self-assessments and three items.

    "Use data to argue for the rota" was due on 20 Nov (overdue), "Hold difficult
    conversations earlier" is due on 28 Nov (soon), "Share the vision with night staff"
    is achieved.
    """
    from alsdesk.services.leadership import Level
    from alsdesk.services.plan import AssessmentDraft, PlanItemDraft, PlanStatus, Rating

    def ratings(levels: str, reasons: dict[int, str]) -> tuple[Rating, ...]:
        """One letter a dimension, 1 to 9: E(ssential), P(roficient), S(trong), X (exemplary)."""
        named = {"E": Level.ESSENTIAL, "P": Level.PROFICIENT, "S": Level.STRONG}
        return tuple(
            Rating(n, named.get(letter, Level.EXEMPLARY), reasons.get(n, ""))
            for n, letter in enumerate(levels, start=1)
        )

    plan = services.plan
    start = plan.add_assessment(
        plan_person,
        AssessmentDraft(
            dt.date(2026, 9, 14),
            "Start of programme",
            ratings("SPPEPSEPS", {7: "I let poor timekeeping on nights slide for months."}),
        ),
    )
    mid = plan.add_assessment(
        plan_person,
        AssessmentDraft(
            dt.date(2026, 11, 16),
            "Mid-point",
            ratings("SSPPPSPPS", {7: "Raised two concerns within a week of noticing them."}),
        ),
    )
    rota = plan.add_item(
        plan_person,
        PlanItemDraft(
            need="Use data to argue for changes to the rota",
            dimensions=(3, 9),
            objective="Present a run chart of late finishes at the February governance meeting",
            review_date=dt.date(2026, 11, 20),
            status=PlanStatus.IN_PROGRESS,
        ),
    )
    rota = plan.add_review(
        rota.id, dt.date(2026, 10, 20), "Found the e-roster export; need help with charts."
    )
    conversations = plan.add_item(
        plan_person,
        PlanItemDraft(
            need="Hold difficult conversations about performance earlier",
            dimensions=(2, 7),
            objective="Raise a concern within a week of noticing it, in three cases of three",
            activities="Shadow the matron; practise with the set",
            evidence="My notes of the conversations; feedback from two team leaders",
            review_date=dt.date(2026, 11, 28),
        ),
    )
    vision = plan.add_item(
        plan_person,
        PlanItemDraft(
            need="Share the ward's vision with the night staff",
            dimensions=(5,),
            objective="Two night-shift huddles a month from October",
            review_date=dt.date(2027, 1, 10),
            status=PlanStatus.ACHIEVED,
        ),
    )
    return PlanHistory(plan_person, start, mid, rota, conversations, vision)


@pytest.fixture
def plan_page(qtbot, services, plan_person):
    """The Development plan tab as the person page holds it, at a comfortable size for Sam."""
    from alsdesk.ui.person.plan_page import PlanPage

    page = PlanPage(services.plan, lambda: TODAY)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    with qtbot.waitExposed(page, timeout=30_000):
        page.show()
    page.show_person(plan_person)
    return page
