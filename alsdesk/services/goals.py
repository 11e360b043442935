"""Improvement goals: the measure, milestones, dated progress and linked actions.

A goal belongs to a person (the app's own user or a set member). Its measure
has a baseline and a target; progress updates add dated values that the run
chart reads (see ``run_chart``).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING

from alsdesk.services.actions import ActionInfo
from alsdesk.store import Store

if TYPE_CHECKING:
    from alsdesk.services.run_chart import RunChartAnalysis


class GoalStatus(StrEnum):
    PLANNED = "planned"
    ACTIVE = "active"
    ON_HOLD = "on_hold"
    ACHIEVED = "achieved"
    STOPPED = "stopped"

    @property
    def label(self) -> str:
        return self.value.replace("_", " ").capitalize()


class MilestoneStatus(StrEnum):
    PLANNED = "planned"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    MISSED = "missed"

    @property
    def label(self) -> str:
        return self.value.replace("_", " ").capitalize()


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

    def draft(self) -> GoalDraft: ...


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


class GoalService:
    def __init__(self, store: Store):
        self._store = store

    # -- goals -------------------------------------------------------------
    def validate(self, draft: GoalDraft) -> GoalDraft:
        """The draft tidied (titles stripped); ValidationError keyed by field name otherwise.

        Keys: "title", "measure_name", "baseline_value", "target_value", "target_date",
        "median_points". Rules: a title is required (<= 300 chars); a target equal to
        the baseline is refused ("target_value"); a target date before the baseline
        date is refused ("target_date"); median_points, when given, is at least 2.
        """
        raise NotImplementedError

    def list_goals(self, person_id: int) -> list[GoalInfo]:
        """The person's goals: active first, then planned, on hold, achieved, stopped."""
        raise NotImplementedError

    def get(self, goal_id: int) -> GoalInfo:
        raise NotImplementedError

    def find(self, person_name: str, title: str) -> GoalInfo:
        """For the command line: case-insensitive exact names; NotFoundError says what exists."""
        raise NotImplementedError

    def create(self, person_id: int, draft: GoalDraft) -> GoalInfo:
        raise NotImplementedError

    def update(self, goal_id: int, draft: GoalDraft) -> GoalInfo:
        raise NotImplementedError

    def delete(self, goal_id: int) -> None:
        """Milestones and updates go with it; linked actions stay, unlinked."""
        raise NotImplementedError

    # -- milestones ----------------------------------------------------------
    def milestones(self, goal_id: int) -> list[MilestoneInfo]:
        """By due date (undated last)."""
        raise NotImplementedError

    def add_milestone(self, goal_id: int, draft: MilestoneDraft) -> MilestoneInfo:
        raise NotImplementedError

    def update_milestone(self, milestone_id: int, draft: MilestoneDraft) -> MilestoneInfo:
        raise NotImplementedError

    def delete_milestone(self, milestone_id: int) -> None:
        raise NotImplementedError

    # -- progress updates ------------------------------------------------------
    def updates(self, goal_id: int) -> list[UpdateInfo]:
        """Oldest first."""
        raise NotImplementedError

    def parse_value(self, text: str) -> float | None:
        """A measurement typed by a user ("42", "42.5", "42,5", "42%"); "" is None.

        ValidationError({"value": ...}) for anything else.
        """
        raise NotImplementedError

    def add_update(self, goal_id: int, draft: UpdateDraft) -> UpdateInfo:
        """ValidationError keys: "date" (in the future beyond today is allowed? no: refused
        when before the baseline date), "value" / "narrative" (one of the two is needed)."""
        raise NotImplementedError

    def edit_update(self, update_id: int, draft: UpdateDraft) -> UpdateInfo:
        raise NotImplementedError

    def delete_update(self, update_id: int) -> None:
        raise NotImplementedError

    # -- reading ---------------------------------------------------------------
    def linked_actions(self, goal_id: int) -> list[ActionInfo]:
        """Actions from set meetings linked to the goal, oldest first, with their status."""
        raise NotImplementedError

    def run_chart(self, goal_id: int) -> RunChartAnalysis:
        """The measure's values (updates with a value) analysed with the goal's median_points."""
        raise NotImplementedError

    def report(self, goal_id: int) -> GoalReport:
        raise NotImplementedError
