"""What today needs, for the home page: the next meeting, actions due, reviews, my goals.

One call gathers it all in a handful of queries whatever the number of sets, so
the home page, shown at every start, stays quick.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select

from alsdesk.services.actions import ActionInfo
from alsdesk.services.goals import GoalStatus
from alsdesk.services.plan import PlanItemInfo
from alsdesk.services.run_chart import summary
from alsdesk.store.models import ActionSet, Event

ACTIONS_DUE_SOON_DAYS = 14
"""Open actions due within this many days are listed with the overdue ones."""


@dataclass(frozen=True)
class NextMeeting:
    """The first set meeting, today or later, in any live set."""

    event_id: int
    set_id: int
    set_name: str
    title: str
    date: dt.date
    start_time: dt.time | None
    end_time: dt.time | None
    venue: str


@dataclass(frozen=True)
class DueAction:
    action: ActionInfo
    set_name: str


@dataclass(frozen=True)
class GoalSignal:
    """One of the user's own goals and its run chart's sentence."""

    goal_id: int
    person_id: int
    title: str
    sentence: str
    points: int


@dataclass(frozen=True)
class Today:
    has_sets: bool
    next_meeting: NextMeeting | None
    actions: tuple[DueAction, ...]
    """Open actions overdue or due soon, grouped by owner (by name), soonest first."""
    reviews: tuple[PlanItemInfo, ...]
    my_goals: tuple[GoalSignal, ...]
    anyone: bool
    """Whether anyone is on the People list (a plan can exist)."""
    me: int | None
    """The app's own user's person id, once they have said who they are."""


def what_today_needs(services, today: dt.date) -> Today:
    """Everything the home page shows, read now."""
    with services.store.sessions() as session:
        sets = dict(
            session.execute(
                select(ActionSet.id, ActionSet.name).where(
                    ActionSet.deleted_at.is_(None), ActionSet.archived_at.is_(None)
                )
            ).all()
        )
        next_meeting = _next_meeting(session, sets, today)
    due = services.actions.open_due_by(today + dt.timedelta(days=ACTIONS_DUE_SOON_DAYS))
    due.sort(key=lambda a: (a.owner_name.casefold(), a.owner_id, a.due_date, a.id))
    me = services.people.me()
    goals: list[GoalSignal] = []
    if me is not None:
        for goal in services.goals.list_goals(me.id):
            if goal.status in (GoalStatus.ACHIEVED, GoalStatus.STOPPED):
                continue
            analysis = services.goals.run_chart(goal.id)
            goals.append(
                GoalSignal(goal.id, me.id, goal.title, summary(analysis), len(analysis.points))
            )
    return Today(
        has_sets=bool(services.sets.list_sets(include_archived=True)),
        next_meeting=next_meeting,
        actions=tuple(DueAction(a, sets.get(a.set_id, "")) for a in due),
        reviews=tuple(services.plan.due_for_review(today)),
        my_goals=tuple(goals),
        anyone=bool(sets) or me is not None or bool(services.people.directory()),
        me=None if me is None else me.id,
    )


def _next_meeting(session, sets: dict[int, str], today: dt.date) -> NextMeeting | None:
    if not sets:
        return None
    row = session.scalars(
        select(Event)
        .where(
            Event.set_id.in_(sets),
            Event.kind == "set_meeting",
            Event.cancelled.is_(False),
            Event.date >= today,
        )
        .order_by(Event.date, Event.start_time, Event.id)
        .limit(1)
    ).first()
    if row is None:
        return None
    return NextMeeting(
        row.id,
        row.set_id,
        sets[row.set_id],
        row.title,
        row.date,
        row.start_time,
        row.end_time,
        row.venue or "",
    )
