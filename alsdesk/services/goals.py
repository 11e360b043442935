"""Improvement goals: the measure, milestones, dated progress and linked actions.

A goal belongs to a person (the app's own user or a set member). Its measure
has a baseline and a target; progress updates add dated values that the run
chart reads (see ``run_chart``). How the measure is charted (run chart or XmR chart,
rule set, rebases) lives in ``goal_charts``; its names are imported here for callers.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.orm import Session

from alsdesk.dates import medium_date
from alsdesk.i18n import QT_TRANSLATE_NOOP, translate
from alsdesk.services import goal_charts, limits
from alsdesk.services.actions import ActionInfo, goal_actions
from alsdesk.services.errors import NotFoundError, UserError, ValidationError, raise_if_any
from alsdesk.services.goal_charts import (
    ChartOptions,
    chart_of,
    chart_options_of,
    rebase_dates_of,
    write_chart_choice,
    xmr_of,
)
from alsdesk.services.rows import at_version, existing, person_row, set_names_of
from alsdesk.services.run_chart import RuleSet, RunChartAnalysis
from alsdesk.services.spc import XmrAnalysis
from alsdesk.store import Store
from alsdesk.store.models import (
    Action,
    Goal,
    GoalMilestone,
    GoalUpdate,
    Person,
    utcnow,
)

MAX_TITLE = 300
MAX_MEASURE_NAME = 300
MAX_UNIT = 50
MAX_NARRATIVE = 2000
NOT_A_NUMBER = QT_TRANSLATE_NOOP("services", "Type a number, such as 42 or 3.5.")


class GoalStatus(StrEnum):
    PLANNED = "planned"
    ACTIVE = "active"
    ON_HOLD = "on_hold"
    ACHIEVED = "achieved"
    STOPPED = "stopped"

    @property
    def label(self) -> str:
        return translate("services", GOAL_STATUS_LABELS[self])


GOAL_STATUS_LABELS = {
    GoalStatus.PLANNED: QT_TRANSLATE_NOOP("services", "Planned"),
    GoalStatus.ACTIVE: QT_TRANSLATE_NOOP("services", "Active"),
    GoalStatus.ON_HOLD: QT_TRANSLATE_NOOP("services", "On hold"),
    GoalStatus.ACHIEVED: QT_TRANSLATE_NOOP("services", "Achieved"),
    GoalStatus.STOPPED: QT_TRANSLATE_NOOP("services", "Stopped"),
}


class MilestoneStatus(StrEnum):
    PLANNED = "planned"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    MISSED = "missed"

    @property
    def label(self) -> str:
        return translate("services", MILESTONE_STATUS_LABELS[self])


MILESTONE_STATUS_LABELS = {
    MilestoneStatus.PLANNED: QT_TRANSLATE_NOOP("services", "Planned"),
    MilestoneStatus.IN_PROGRESS: QT_TRANSLATE_NOOP("services", "In progress"),
    MilestoneStatus.DONE: QT_TRANSLATE_NOOP("services", "Done"),
    MilestoneStatus.MISSED: QT_TRANSLATE_NOOP("services", "Missed"),
}


@dataclass(frozen=True)
class Measure:
    """What the goal counts, from where to where. Values are None until known."""

    name: str = ""
    unit: str = ""
    baseline_value: float | None = None
    baseline_date: dt.date | None = None
    target_value: float | None = None
    target_date: dt.date | None = None
    higher_is_better: bool = True


@dataclass(frozen=True)
class GoalDraft:
    title: str
    problem: str = ""
    why_it_matters: str = ""
    scope: str = ""
    stakeholders: str = ""
    status: GoalStatus = GoalStatus.PLANNED
    measure: Measure = field(default_factory=Measure)
    median_points: int | None = None
    rule_set: RuleSet = RuleSet.IHI
    chart: ChartOptions = field(default_factory=ChartOptions)


@dataclass(frozen=True)
class GoalInfo:
    id: int
    person_id: int
    person_name: str
    title: str
    problem: str
    why_it_matters: str
    scope: str
    stakeholders: str
    status: GoalStatus
    measure: Measure
    median_points: int | None
    updated_at: dt.datetime
    version: int = 1
    rule_set: RuleSet = RuleSet.IHI
    chart: ChartOptions = field(default_factory=ChartOptions)
    rebase_dates: tuple[dt.date, ...] = ()  # the XmR chart's limits start again on each

    def draft(self) -> GoalDraft:
        return GoalDraft(
            title=self.title,
            problem=self.problem,
            why_it_matters=self.why_it_matters,
            scope=self.scope,
            stakeholders=self.stakeholders,
            status=self.status,
            measure=self.measure,
            median_points=self.median_points,
            rule_set=self.rule_set,
            chart=self.chart,
        )


@dataclass(frozen=True)
class MilestoneDraft:
    title: str
    due_date: dt.date | None = None
    status: MilestoneStatus = MilestoneStatus.PLANNED


@dataclass(frozen=True)
class MilestoneInfo:
    id: int
    goal_id: int
    title: str
    due_date: dt.date | None
    status: MilestoneStatus


@dataclass(frozen=True)
class UpdateDraft:
    date: dt.date
    value: float | None = None
    narrative: str = ""


@dataclass(frozen=True)
class UpdateInfo:
    id: int
    goal_id: int
    date: dt.date
    value: float | None
    narrative: str


@dataclass(frozen=True)
class GoalReport:
    """Everything a goal progress report prints, read in one go."""

    goal: GoalInfo
    milestones: tuple[MilestoneInfo, ...]
    updates: tuple[UpdateInfo, ...]
    actions: tuple[ActionInfo, ...]
    chart: RunChartAnalysis
    set_names: tuple[str, ...]  # the live sets the person belongs to, for the title block
    xmr: XmrAnalysis | None = None  # when the goal is shown as an XmR chart with enough points


# The order a person's goals are listed in: the ones being worked on first.
STATUS_ORDER = (
    GoalStatus.ACTIVE,
    GoalStatus.PLANNED,
    GoalStatus.ON_HOLD,
    GoalStatus.ACHIEVED,
    GoalStatus.STOPPED,
)

# A typed measurement once "%" and spaces at the ends are gone: digits with an optional
# decimal point, or digits grouped in thousands by commas ("1,234.5").
_PLAIN_NUMBER = re.compile(r"[+-]?(\d+(\.\d*)?|\.\d+)")
_THOUSANDS = re.compile(r"[+-]?\d{1,3}(,\d{3})+(\.\d+)?")
_DECIMAL_COMMA = re.compile(r"[+-]?\d*,\d+")


class GoalService:
    def __init__(self, store: Store, today: Callable[[], dt.date] = dt.date.today):
        """``today`` is the clock progress dates are checked against when a caller gives
        none; the window passes its own (``add_update(..., today=)``), so the service and the
        screen agree on the day."""
        self._sessions = store.sessions
        self.today = today

    # -- goals -------------------------------------------------------------
    def validate(self, draft: GoalDraft) -> GoalDraft:
        """The draft tidied (titles stripped); ValidationError keyed by field name otherwise.

        Keys: "title", "measure_name", "measure_unit", "baseline_value", "target_value",
        "target_date", "median_points". Rules: a title is required (<= 300 chars); a measure
        name once a baseline or target value is given; a target equal to the baseline is
        refused ("target_value"), and so is one on the wrong side of it for the measure's
        direction; a target date before the baseline date is refused ("target_date");
        median_points, when given, is at least 2; the unit is at most 50 characters.
        """
        measure = replace(
            draft.measure, name=draft.measure.name.strip(), unit=draft.measure.unit.strip()
        )
        draft = replace(
            draft,
            title=draft.title.strip(),
            problem=draft.problem.strip(),
            why_it_matters=draft.why_it_matters.strip(),
            scope=draft.scope.strip(),
            stakeholders=draft.stakeholders.strip(),
            status=GoalStatus(draft.status),
            measure=measure,
        )
        problems: dict[str, str] = {}
        if not draft.title:
            problems["title"] = translate("services", "Give the goal a title.")
        elif problem := limits.line_problem(draft.title, "title", MAX_TITLE):
            problems["title"] = problem
        problems.update(_measure_problems(measure))
        limits.check(
            problems,
            {},
            {
                "problem": (draft.problem, "problem"),
                "why_it_matters": (draft.why_it_matters, "reason it matters"),
                "scope": (draft.scope, "scope"),
                "stakeholders": (draft.stakeholders, "stakeholders"),
            },
        )
        if draft.median_points is not None and draft.median_points < 2:
            problems["median_points"] = translate("services", "A median needs at least 2 points.")
        raise_if_any(problems)
        return draft

    def list_goals(self, person_id: int) -> list[GoalInfo]:
        """The person's goals: active first, then planned, on hold, achieved, stopped."""
        with self._sessions() as session:
            person = person_row(session, person_id)
            return _sorted(
                _goal_info(goal, person.full_name)
                for goal in session.scalars(select(Goal).where(Goal.person_id == person_id))
            )

    def get(self, goal_id: int) -> GoalInfo:
        with self._sessions() as session:
            return _load_info(session, goal_id)

    def find(self, person_name: str, title: str) -> GoalInfo:
        """For the command line: case-insensitive exact names; NotFoundError says what exists."""
        wanted_person, wanted_title = _folded(person_name), _folded(title)
        with self._sessions() as session:
            people = [
                person
                for person in session.scalars(select(Person).order_by(Person.id))
                if _folded(person.full_name) == wanted_person
            ]
            if not people:
                raise NotFoundError(
                    translate("services", 'Nobody called "%s" is in alsdesk.') % person_name.strip()
                )
            names = {person.id: person.full_name for person in people}
            goals = _sorted(
                _goal_info(goal, names[goal.person_id])
                for goal in session.scalars(select(Goal).where(Goal.person_id.in_(names)))
            )
        name = people[0].full_name
        matches = [goal for goal in goals if _folded(goal.title) == wanted_title]
        if len(matches) > 1:
            raise UserError(
                translate(
                    "services",
                    '%s has %d goals called "%s"; rename one in alsdesk to tell them apart.',
                )
                % (name, len(matches), matches[0].title)
            )
        if not matches:
            existing = (
                "their goals: " + ", ".join(f'"{goal.title}"' for goal in goals)
                if goals
                else "they have no goals yet"
            )
            raise NotFoundError(
                translate("services", 'No goal "%s" for %s; %s.') % (title.strip(), name, existing)
            )
        return matches[0]

    def create(self, person_id: int, draft: GoalDraft) -> GoalInfo:
        draft = self.validate(draft)
        with self._sessions.begin() as session:
            person = person_row(session, person_id)
            goal = Goal(person_id=person_id)
            _write(goal, draft)
            session.add(goal)
            session.flush()
            return _goal_info(goal, person.full_name)

    def update(
        self, goal_id: int, draft: GoalDraft, expected_version: int | None = None
    ) -> GoalInfo:
        """Also refuses ("baseline_date") a baseline dated after progress already recorded,
        and (ChangedElsewhereError) an edit begun before the goal changed elsewhere."""
        draft = self.validate(draft)
        with self._sessions.begin() as session:
            goal = at_version(existing(session, Goal, goal_id, "goal"), expected_version, "goal")
            _refuse_progress_before(session, goal_id, draft.measure.baseline_date)
            _write(goal, draft)
            session.flush()
            return _goal_info(goal, person_row(session, goal.person_id).full_name)

    def delete(self, goal_id: int) -> None:
        """Milestones and updates go with it; linked actions stay, unlinked."""
        with self._sessions.begin() as session:
            # The foreign keys do the rest: milestones and updates cascade, actions SET NULL.
            session.delete(existing(session, Goal, goal_id, "goal"))

    # -- milestones ----------------------------------------------------------
    def milestones(self, goal_id: int) -> list[MilestoneInfo]:
        """By due date (undated last)."""
        with self._sessions() as session:
            existing(session, Goal, goal_id, "goal")
            return _milestones(session, goal_id)

    def add_milestone(self, goal_id: int, draft: MilestoneDraft) -> MilestoneInfo:
        """ValidationError key: "title" (required, <= 300 characters)."""
        draft = _checked_milestone(draft)
        with self._sessions.begin() as session:
            _touch(existing(session, Goal, goal_id, "goal"))
            row = GoalMilestone(goal_id=goal_id)
            _write_milestone(row, draft)
            session.add(row)
            session.flush()
            return _milestone_info(row)

    def update_milestone(self, milestone_id: int, draft: MilestoneDraft) -> MilestoneInfo:
        draft = _checked_milestone(draft)
        with self._sessions.begin() as session:
            row = existing(session, GoalMilestone, milestone_id, "milestone")
            _touch(existing(session, Goal, row.goal_id, "goal"))
            _write_milestone(row, draft)
            session.flush()
            return _milestone_info(row)

    def delete_milestone(self, milestone_id: int) -> None:
        with self._sessions.begin() as session:
            row = existing(session, GoalMilestone, milestone_id, "milestone")
            _touch(existing(session, Goal, row.goal_id, "goal"))
            session.delete(row)

    # -- progress updates ------------------------------------------------------
    def updates(self, goal_id: int) -> list[UpdateInfo]:
        """Oldest first."""
        with self._sessions() as session:
            existing(session, Goal, goal_id, "goal")
            return _updates(session, goal_id)

    def parse_value(self, text: str) -> float | None:
        """A measurement typed by a user ("42", "42.5", "42,5", "42%", "1,234"); "" is None.

        A comma followed by groups of three digits separates thousands; any other single
        comma is a decimal comma. ValidationError({"value": ...}) for anything else.
        """
        typed = text.strip()
        if not typed:
            return None
        number = typed.removesuffix("%").rstrip()
        if _THOUSANDS.fullmatch(number):
            number = number.replace(",", "")
        elif _DECIMAL_COMMA.fullmatch(number):
            number = number.replace(",", ".")
        if not _PLAIN_NUMBER.fullmatch(number):
            raise ValidationError({"value": translate("services", NOT_A_NUMBER)})
        return float(number)

    def add_update(
        self, goal_id: int, draft: UpdateDraft, today: dt.date | None = None
    ) -> UpdateInfo:
        """ValidationError keys: "date" (before the measure's baseline date), "value" (a value
        or a narrative is needed; a value must be a finite number), "narrative" (<= 2000
        characters; for a measure in %, from 0 to 100). A date after today is refused: a
        measurement cannot have been taken yet (``today``: the caller's day, or the service's)."""
        today = today or self.today()
        with self._sessions.begin() as session:
            goal = existing(session, Goal, goal_id, "goal")
            draft = _checked_update(draft, goal.baseline_date, goal.measure_unit, today)
            _touch(goal)
            row = GoalUpdate(goal_id=goal_id)
            _write_update(row, draft)
            session.add(row)
            session.flush()
            return _update_info(row)

    def edit_update(
        self, update_id: int, draft: UpdateDraft, today: dt.date | None = None
    ) -> UpdateInfo:
        """The same checks as ``add_update``."""
        today = today or self.today()
        with self._sessions.begin() as session:
            row = existing(session, GoalUpdate, update_id, "progress update")
            goal = existing(session, Goal, row.goal_id, "goal")
            draft = _checked_update(draft, goal.baseline_date, goal.measure_unit, today)
            _touch(goal)
            _write_update(row, draft)
            session.flush()
            return _update_info(row)

    def delete_update(self, update_id: int) -> None:
        with self._sessions.begin() as session:
            row = existing(session, GoalUpdate, update_id, "progress update")
            _touch(existing(session, Goal, row.goal_id, "goal"))
            session.delete(row)

    # -- reading ---------------------------------------------------------------
    def linked_actions(self, goal_id: int) -> list[ActionInfo]:
        """Actions from set meetings linked to the goal, oldest first, with their status.

        Actions of deleted sets are left out.
        """
        with self._sessions() as session:
            existing(session, Goal, goal_id, "goal")
            return goal_actions(session, goal_id)

    def linkable_actions(self, goal_id: int) -> list[ActionInfo]:
        """The goal owner's actions from set meetings that serve no goal yet, oldest first
        (agreed before the goal was recorded, or without a goal chosen)."""
        with self._sessions() as session:
            goal = existing(session, Goal, goal_id, "goal")
            return goal_actions(session, None, goal.person_id)

    def link_action(self, goal_id: int, action_id: int, linked: bool = True) -> None:
        """Link an action of the goal's owner to the goal, or (``linked`` False) unlink it."""
        with self._sessions.begin() as session:
            goal = existing(session, Goal, goal_id, "goal")
            action = existing(session, Action, action_id, "action")
            if action.owner_id != goal.person_id:
                raise UserError(translate("services", "That action belongs to someone else."))
            if linked:
                action.goal_id = goal.id
            elif action.goal_id == goal.id:
                action.goal_id = None

    def run_chart(self, goal_id: int) -> RunChartAnalysis:
        """The measure's values (updates with a value) analysed with the goal's median_points."""
        with self._sessions() as session:
            goal = existing(session, Goal, goal_id, "goal")
            return chart_of(goal.median_points, _updates(session, goal_id), RuleSet(goal.run_rules))

    def report(self, goal_id: int) -> GoalReport:
        with self._sessions() as session:
            info = _load_info(session, goal_id)
            updates = _updates(session, goal_id)
            return GoalReport(
                goal=info,
                milestones=tuple(_milestones(session, goal_id)),
                updates=tuple(updates),
                actions=tuple(goal_actions(session, goal_id)),
                chart=chart_of(info.median_points, updates, info.rule_set),
                set_names=set_names_of(session, info.person_id),
                xmr=xmr_of(info, updates),
            )

    # -- the XmR chart's rebases -----------------------------------------------------------
    def add_rebase(self, goal_id: int, date: dt.date) -> GoalInfo:
        """Recalculate the XmR chart's limits from ``date``, a measurement's date after the
        first; UserError for any other date or one already chosen."""
        with self._sessions.begin() as session:
            goal = existing(session, Goal, goal_id, "goal")
            goal_charts.add_rebase(session, goal, date)
            _touch(goal)
        return self.get(goal_id)

    def remove_rebase(self, goal_id: int, date: dt.date) -> GoalInfo:
        """The limits no longer start again at ``date``; nothing happens if they did not."""
        with self._sessions.begin() as session:
            goal = existing(session, Goal, goal_id, "goal")
            if goal_charts.remove_rebase(session, goal, date):
                _touch(goal)
        return self.get(goal_id)


# -- checks ----------------------------------------------------------------------


def _measure_problems(measure: Measure) -> dict[str, str]:
    problems: dict[str, str] = {}
    baseline, target = measure.baseline_value, measure.target_value
    if problem := limits.line_problem(measure.name, "measure's name", MAX_MEASURE_NAME):
        problems["measure_name"] = problem
    elif not measure.name and (baseline is not None or target is not None):
        problems["measure_name"] = translate(
            "services", "Name the measure that the baseline and target count."
        )
    if "\n" in measure.unit or "\r" in measure.unit or len(measure.unit) > MAX_UNIT:
        problems["measure_unit"] = (
            translate("services", "Keep the unit to %s characters (such as %%, days).") % MAX_UNIT
        )
    if baseline is not None and not math.isfinite(baseline):
        problems["baseline_value"] = translate("services", NOT_A_NUMBER)
    elif target is not None and not math.isfinite(target):
        problems["target_value"] = translate("services", NOT_A_NUMBER)
    elif (problem := _percent_problem(baseline, measure.unit)) is not None:
        problems["baseline_value"] = problem
    elif (problem := _percent_problem(target, measure.unit)) is not None:
        problems["target_value"] = problem
    elif baseline is not None and target is not None:
        if target == baseline:
            problems["target_value"] = (
                "The target must differ from the baseline, or there is nothing to improve."
            )
        elif measure.higher_is_better and target < baseline:
            problems["target_value"] = (
                f"Higher is better for this measure, so the target must be above the "
                f"baseline ({_number(baseline)}). If lower is better, say so."
            )
        elif not measure.higher_is_better and target > baseline:
            problems["target_value"] = (
                f"Lower is better for this measure, so the target must be below the "
                f"baseline ({_number(baseline)}). If higher is better, say so."
            )
    if (
        measure.baseline_date is not None
        and measure.target_date is not None
        and measure.target_date < measure.baseline_date
    ):
        problems["target_date"] = translate(
            "services", "The target date is before the baseline date (%s)."
        ) % medium_date(measure.baseline_date)
    return problems


def _percent_problem(value: float | None, unit: str) -> str | None:
    """A percentage outside 0 to 100 cannot be: a share is never more than the whole."""
    if value is None or unit.strip() != "%" or 0 <= value <= 100:
        return None
    return translate("services", "A percentage lies between 0 and 100.")


def _refuse_progress_before(session: Session, goal_id: int, baseline: dt.date | None) -> None:
    """A baseline cannot be moved after progress already recorded against it."""
    if baseline is None:
        return
    earlier = session.scalars(
        select(GoalUpdate.date)
        .where(GoalUpdate.goal_id == goal_id, GoalUpdate.date < baseline)
        .order_by(GoalUpdate.date)
    ).all()
    if earlier:
        raise ValidationError(
            {
                "baseline_date": translate(
                    "services",
                    "Progress updates dated before this: %d, the first on %s. Choose an "
                    "earlier baseline date or change those updates first.",
                )
                % (len(earlier), medium_date(earlier[0]))
            }
        )


def _checked_milestone(draft: MilestoneDraft) -> MilestoneDraft:
    draft = replace(draft, title=draft.title.strip(), status=MilestoneStatus(draft.status))
    if not draft.title:
        raise ValidationError({"title": "Say what the milestone is."})
    if problem := limits.line_problem(draft.title, "milestone", MAX_TITLE):
        raise ValidationError({"title": problem})
    return draft


def _checked_update(
    draft: UpdateDraft, baseline_date: dt.date | None, unit: str, today: dt.date
) -> UpdateDraft:
    draft = replace(draft, narrative=draft.narrative.strip())
    problems: dict[str, str] = {}
    if draft.date > today:
        problems["date"] = translate(
            "services", "That day has not come yet: record progress once it is measured."
        )
    if baseline_date is not None and draft.date < baseline_date:
        problems["date"] = translate(
            "services", "The measure's baseline is dated %s; progress comes after it."
        ) % medium_date(baseline_date)
    if draft.value is not None and not math.isfinite(draft.value):
        problems["value"] = translate("services", NOT_A_NUMBER)
    elif (problem := _percent_problem(draft.value, unit)) is not None:
        problems["value"] = problem
    elif draft.value is None and not draft.narrative:
        problems["value"] = translate(
            "services", "Give the measure's value, or say how things are going (or both)."
        )
    if len(draft.narrative) > MAX_NARRATIVE:
        problems["narrative"] = (
            translate("services", "Keep an update to %s characters.") % MAX_NARRATIVE
        )
    raise_if_any(problems)
    return draft


# -- reading and writing rows ------------------------------------------------------


def _touch(goal: Goal) -> None:
    """Milestones and progress count as changes to the goal (its "last updated")."""
    goal.updated_at = utcnow()


def _write(goal: Goal, draft: GoalDraft) -> None:
    goal.title = draft.title
    goal.problem = draft.problem
    goal.why_it_matters = draft.why_it_matters
    goal.scope = draft.scope
    goal.stakeholders = draft.stakeholders
    goal.status = str(draft.status)
    goal.measure_name = draft.measure.name
    goal.measure_unit = draft.measure.unit
    goal.baseline_value = draft.measure.baseline_value
    goal.baseline_date = draft.measure.baseline_date
    goal.target_value = draft.measure.target_value
    goal.target_date = draft.measure.target_date
    goal.higher_is_better = draft.measure.higher_is_better
    goal.median_points = draft.median_points
    write_chart_choice(goal, draft.rule_set, draft.chart)


def _write_milestone(row: GoalMilestone, draft: MilestoneDraft) -> None:
    row.title = draft.title
    row.due_date = draft.due_date
    row.status = str(draft.status)


def _write_update(row: GoalUpdate, draft: UpdateDraft) -> None:
    row.date = draft.date
    row.value = draft.value
    row.narrative = draft.narrative


def _goal_info(goal: Goal, person_name: str) -> GoalInfo:
    return GoalInfo(
        id=goal.id,
        person_id=goal.person_id,
        person_name=person_name,
        title=goal.title,
        problem=goal.problem,
        why_it_matters=goal.why_it_matters,
        scope=goal.scope,
        stakeholders=goal.stakeholders,
        status=GoalStatus(goal.status),
        measure=Measure(
            name=goal.measure_name,
            unit=goal.measure_unit,
            baseline_value=goal.baseline_value,
            baseline_date=goal.baseline_date,
            target_value=goal.target_value,
            target_date=goal.target_date,
            higher_is_better=goal.higher_is_better,
        ),
        median_points=goal.median_points,
        rule_set=RuleSet(goal.run_rules),
        chart=chart_options_of(goal),
        rebase_dates=rebase_dates_of(goal),
        updated_at=goal.updated_at,
        version=goal.version,
    )


def _load_info(session: Session, goal_id: int) -> GoalInfo:
    goal = existing(session, Goal, goal_id, "goal")
    return _goal_info(goal, person_row(session, goal.person_id).full_name)


def _milestone_info(row: GoalMilestone) -> MilestoneInfo:
    return MilestoneInfo(
        id=row.id,
        goal_id=row.goal_id,
        title=row.title,
        due_date=row.due_date,
        status=MilestoneStatus(row.status),
    )


def _update_info(row: GoalUpdate) -> UpdateInfo:
    return UpdateInfo(
        id=row.id, goal_id=row.goal_id, date=row.date, value=row.value, narrative=row.narrative
    )


def _milestones(session: Session, goal_id: int) -> list[MilestoneInfo]:
    rows = session.scalars(
        select(GoalMilestone)
        .where(GoalMilestone.goal_id == goal_id)
        .order_by(GoalMilestone.due_date.is_(None), GoalMilestone.due_date, GoalMilestone.id)
    )
    return [_milestone_info(row) for row in rows]


def _updates(session: Session, goal_id: int) -> list[UpdateInfo]:
    rows = session.scalars(
        select(GoalUpdate)
        .where(GoalUpdate.goal_id == goal_id)
        .order_by(GoalUpdate.date, GoalUpdate.id)
    )
    return [_update_info(row) for row in rows]


def _sorted(goals: Iterable[GoalInfo]) -> list[GoalInfo]:
    return sorted(goals, key=lambda g: (STATUS_ORDER.index(g.status), g.title.casefold(), g.id))


def _folded(text: str) -> str:
    """A name as compared when typed on the command line: case and spacing ignored."""
    return " ".join(text.split()).casefold()


def _number(value: float) -> str:
    """12 rather than 12.0; 12.5 as it is."""
    return str(int(value)) if float(value).is_integer() else f"{value:g}"
