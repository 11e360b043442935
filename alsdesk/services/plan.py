"""The personal development plan: self-assessments and plan items with reviews.

Both are framed by the nine leadership dimensions (``leadership``). A
self-assessment rates every dimension at one date; plan items name needs,
objectives and a review date, and the home page lists items due for review.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from alsdesk.services.leadership import Level
from alsdesk.store import Store

DUE_SOON_DAYS = 14  # an item whose review falls within this many days is "due for review"


class PlanStatus(StrEnum):
    NOT_STARTED = "not_started"
    IN_PROGRESS = "in_progress"
    ACHIEVED = "achieved"
    DROPPED = "dropped"

    @property
    def label(self) -> str:
        return self.value.replace("_", " ").capitalize()

    @property
    def still_open(self) -> bool:
        return self in (PlanStatus.NOT_STARTED, PlanStatus.IN_PROGRESS)


@dataclass(frozen=True)
class Rating:
    dimension: int  # 1-9, see leadership.DIMENSIONS
    level: Level
    reason: str = ""


@dataclass(frozen=True)
class AssessmentDraft:
    date: dt.date
    label: str  # "Start of programme", "Mid-point", "End of programme" or the user's own
    ratings: tuple[Rating, ...]  # every dimension exactly once


@dataclass(frozen=True)
class AssessmentInfo:
    id: int
    person_id: int
    date: dt.date
    label: str
    ratings: tuple[Rating, ...]  # ordered by dimension 1..9

    def level(self, dimension: int) -> Level: ...


@dataclass(frozen=True)
class PlanItemDraft:
    need: str
    dimensions: tuple[int, ...] = ()
    objective: str = ""
    activities: str = ""
    evidence: str = ""
    review_date: dt.date | None = None
    status: PlanStatus = PlanStatus.NOT_STARTED


@dataclass(frozen=True)
class ReviewNote:
    id: int
    item_id: int
    date: dt.date
    note: str


@dataclass(frozen=True)
class PlanItemInfo:
    id: int
    person_id: int
    person_name: str
    need: str
    dimensions: tuple[int, ...]
    objective: str
    activities: str
    evidence: str
    review_date: dt.date | None
    status: PlanStatus
    reviews: tuple[ReviewNote, ...]  # oldest first

    def draft(self) -> PlanItemDraft: ...

    def due_for_review(self, today: dt.date) -> bool:
        """Open, with a review date on or before today + DUE_SOON_DAYS."""
        ...


@dataclass(frozen=True)
class PlanReport:
    """Everything the development plan PDF prints."""

    person_name: str
    set_names: tuple[str, ...]
    items: tuple[PlanItemInfo, ...]
    assessments: tuple[AssessmentInfo, ...]  # oldest first


class PlanService:
    def __init__(self, store: Store):
        self._store = store

    # -- self-assessments --------------------------------------------------------
    def assessments(self, person_id: int) -> list[AssessmentInfo]:
        """Oldest first."""
        raise NotImplementedError

    def validate_assessment(self, draft: AssessmentDraft) -> AssessmentDraft:
        """ValidationError keys: "label" (required, <= 100), "ratings" (every dimension once)."""
        raise NotImplementedError

    def add_assessment(self, person_id: int, draft: AssessmentDraft) -> AssessmentInfo:
        raise NotImplementedError

    def update_assessment(self, assessment_id: int, draft: AssessmentDraft) -> AssessmentInfo:
        raise NotImplementedError

    def delete_assessment(self, assessment_id: int) -> None:
        raise NotImplementedError

    # -- plan items ----------------------------------------------------------------
    def validate_item(self, draft: PlanItemDraft) -> PlanItemDraft:
        """ValidationError keys: "need" (required), "dimensions" (at least one, each 1-9),
        "objective" (required)."""
        raise NotImplementedError

    def items(self, person_id: int) -> list[PlanItemInfo]:
        """Open items first by review date (undated last), then closed ones."""
        raise NotImplementedError

    def get_item(self, item_id: int) -> PlanItemInfo:
        raise NotImplementedError

    def add_item(self, person_id: int, draft: PlanItemDraft) -> PlanItemInfo:
        raise NotImplementedError

    def update_item(self, item_id: int, draft: PlanItemDraft) -> PlanItemInfo:
        raise NotImplementedError

    def delete_item(self, item_id: int) -> None:
        raise NotImplementedError

    def add_review(
        self, item_id: int, date: dt.date, note: str, next_review: dt.date | None = None
    ) -> PlanItemInfo:
        """A dated review note; ``next_review`` moves the item's review date on.

        ValidationError keys: "note" (required), "next_review" (not before ``date``).
        """
        raise NotImplementedError

    def delete_review(self, review_id: int) -> None:
        raise NotImplementedError

    def due_for_review(self, today: dt.date) -> list[PlanItemInfo]:
        """Open items of everyone (self first, then by name) due within DUE_SOON_DAYS or overdue,
        soonest first, for the home page."""
        raise NotImplementedError

    def report(self, person_id: int) -> PlanReport:
        raise NotImplementedError
