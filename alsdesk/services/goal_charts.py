"""How a goal's measure is charted: the chart chosen (run chart or XmR chart), its
rule set and options, and the XmR chart's rebase dates.

``goals.GoalService`` keeps the goal itself; this module turns a goal's stored chart
choice into options and analyses (``chart_of``, ``xmr_of``), writes the choice back,
and adds or removes the dates the XmR chart's limits start again from. Plain
service code: no Qt.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from sqlalchemy import select
from sqlalchemy.orm import Session

from alsdesk.dates import medium_date
from alsdesk.i18n import translate
from alsdesk.services.errors import UserError
from alsdesk.services.run_chart import RuleSet, RunChartAnalysis, RunPoint, analyse
from alsdesk.services.spc import MIN_POINTS, ChartKind, XmrAnalysis, xmr
from alsdesk.store.models import Goal, GoalRebase, GoalUpdate

if TYPE_CHECKING:
    from alsdesk.services.goals import GoalInfo


class _Measured(Protocol):  # read-only, as frozen dataclasses such as UpdateInfo are
    @property
    def date(self) -> dt.date: ...

    @property
    def value(self) -> float | None: ...


@dataclass(frozen=True)
class ChartOptions:
    """How the goal's measure is charted: the kind of chart and the XmR chart's options."""

    kind: ChartKind = ChartKind.RUN
    screen_outliers: bool = True  # leave moving ranges over 3.267 x their mean out of limits
    moving_range_chart: bool = False  # draw the moving ranges under the XmR chart


def chart_options_of(goal: Goal) -> ChartOptions:
    """The chart options stored on a goal row."""
    return ChartOptions(
        kind=ChartKind(goal.chart_kind),
        screen_outliers=goal.screen_outliers,
        moving_range_chart=goal.moving_range_chart,
    )


def write_chart_choice(goal: Goal, rule_set: RuleSet, chart: ChartOptions) -> None:
    """Store the rule set and chart options on a goal row."""
    goal.run_rules = str(rule_set)
    goal.chart_kind = str(chart.kind)
    goal.screen_outliers = chart.screen_outliers
    goal.moving_range_chart = chart.moving_range_chart


def rebase_dates_of(goal: Goal) -> tuple[dt.date, ...]:
    return tuple(r.date for r in goal.rebases)


def _points(updates: Iterable[_Measured]) -> list[RunPoint]:
    return [RunPoint(u.date, u.value) for u in updates if u.value is not None]


def chart_of(
    median_points: int | None, updates: Iterable[_Measured], rule_set: RuleSet = RuleSet.IHI
) -> RunChartAnalysis:
    """The run chart of updates already read (those with a value), median from the first
    ``median_points``, judged by ``rule_set``: lets a caller holding the goal and its
    updates skip a query."""
    return analyse(_points(updates), median_points, rule_set)


def xmr_of(goal: GoalInfo, updates: Iterable[_Measured]) -> XmrAnalysis | None:
    """The goal's XmR chart from updates already read, when the goal is shown as one and
    has the points it needs (None otherwise: the run chart is shown)."""
    points = _points(updates)
    if goal.chart.kind != ChartKind.XMR or len(points) < MIN_POINTS:
        return None
    return xmr(
        points,
        goal.measure.higher_is_better,
        goal.measure.target_value,
        goal.rebase_dates,
        goal.chart.screen_outliers,
    )


def add_rebase(session: Session, goal: Goal, date: dt.date) -> None:
    """Recalculate the XmR chart's limits from ``date``, a measurement's date after the
    first; UserError for any other date or one already chosen."""
    dates = sorted(
        set(
            session.scalars(
                select(GoalUpdate.date).where(
                    GoalUpdate.goal_id == goal.id, GoalUpdate.value.is_not(None)
                )
            )
        )
    )
    if date not in dates[1:]:
        raise UserError(
            translate(
                "services",
                "Choose the date of a measurement after the first: the limits are "
                "recalculated from it.",
            )
        )
    if date in {r.date for r in goal.rebases}:
        raise UserError(
            translate("services", "The limits are already recalculated from %s.")
            % medium_date(date)
        )
    session.add(GoalRebase(goal_id=goal.id, date=date))


def remove_rebase(session: Session, goal: Goal, date: dt.date) -> bool:
    """The limits no longer start again at ``date``; False if they did not."""
    removed = False
    for row in session.scalars(
        select(GoalRebase).where(GoalRebase.goal_id == goal.id, GoalRebase.date == date)
    ):
        session.delete(row)
        removed = True
    return removed
