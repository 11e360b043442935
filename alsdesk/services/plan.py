"""The personal development plan: self-assessments and plan items with reviews.

Both are framed by the nine leadership dimensions (``leadership``). A
self-assessment rates every dimension at one date; plan items name needs,
objectives and a review date, and the home page lists items due for review.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from enum import StrEnum

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from alsdesk.dates import medium_date
from alsdesk.i18n import QT_TRANSLATE_NOOP, translate
from alsdesk.services.errors import NotFoundError, raise_if_any
from alsdesk.services.leadership import DIMENSIONS, Level, dimension
from alsdesk.services.people import listed_people
from alsdesk.services.rows import at_version, existing, person_row, set_names_of
from alsdesk.store import Store
from alsdesk.store.models import (
    Person,
    PlanItem,
    PlanReview,
    SelfAssessment,
    SelfRating,
)

FIRST_REVIEW_DAYS = 28  # a new item's first review: about one set meeting later
DUE_SOON_DAYS = 14  # an item whose review falls within this many days is "due for review"

MAX_LABEL = 100
MAX_REASON = 2000
MAX_ITEM_TEXT = 4000  # need, objective, activities, evidence, and a review note

_ITEM_TEXT_FIELDS = ("need", "objective", "activities", "evidence")
_DIMENSION_NUMBERS = tuple(d.number for d in DIMENSIONS)


class PlanStatus(StrEnum):
    NOT_STARTED = "not_started"
    IN_PROGRESS = "in_progress"
    ACHIEVED = "achieved"
    DROPPED = "dropped"

    @property
    def label(self) -> str:
        return translate("services", PLAN_STATUS_LABELS[self])

    @property
    def still_open(self) -> bool:
        return self in (PlanStatus.NOT_STARTED, PlanStatus.IN_PROGRESS)


PLAN_STATUS_LABELS = {
    PlanStatus.NOT_STARTED: QT_TRANSLATE_NOOP("services", "Not started"),
    PlanStatus.IN_PROGRESS: QT_TRANSLATE_NOOP("services", "In progress"),
    PlanStatus.ACHIEVED: QT_TRANSLATE_NOOP("services", "Achieved"),
    PlanStatus.DROPPED: QT_TRANSLATE_NOOP("services", "Dropped"),
}


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

    def level(self, dimension: int) -> Level:
        """The level given to one dimension (1-9); ValueError for a number that is none."""
        for rating in self.ratings:
            if rating.dimension == dimension:
                return rating.level
        raise ValueError(
            translate("services", "This assessment does not rate leadership dimension %s.")
            % dimension
        )


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
    version: int = 1

    def draft(self) -> PlanItemDraft:
        return PlanItemDraft(
            need=self.need,
            dimensions=self.dimensions,
            objective=self.objective,
            activities=self.activities,
            evidence=self.evidence,
            review_date=self.review_date,
            status=self.status,
        )

    def due_for_review(self, today: dt.date) -> bool:
        """Open, with a review date on or before today + DUE_SOON_DAYS."""
        return (
            self.status.still_open
            and self.review_date is not None
            and self.review_date <= today + dt.timedelta(days=DUE_SOON_DAYS)
        )


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
        self._sessions = store.sessions

    # -- self-assessments --------------------------------------------------------
    def assessments(self, person_id: int) -> list[AssessmentInfo]:
        """Oldest first."""
        with self._sessions() as session:
            person_row(session, person_id)
            return _assessments_of(session, person_id)

    def validate_assessment(
        self,
        draft: AssessmentDraft,
        *,
        person_id: int | None = None,
        assessment_id: int | None = None,
    ) -> AssessmentDraft:
        """ValidationError keys: "label" (required, <= 100), "ratings" (every dimension once).

        Also "date" when there is none. Reasons are at most MAX_REASON characters, on
        "ratings". A date in the future is fine: people plan assessments ahead.

        The draft comes back tidied: the label's spaces collapsed, ratings in dimension
        order with reasons stripped. Given ``person_id`` (a new assessment) or
        ``assessment_id`` (an edit), it also refuses, on "label", a second assessment
        with the same label and date for that person, as saving would.
        """
        draft, problems = _checked_assessment(draft)
        dated = "label" not in problems and "date" not in problems
        if dated and (person_id is not None or assessment_id is not None):
            with self._sessions() as session:
                if assessment_id is not None:
                    person_id = existing(
                        session, SelfAssessment, assessment_id, "self-assessment"
                    ).person_id
                assert person_id is not None
                problems.update(_duplicate_assessment(session, person_id, draft, assessment_id))
        raise_if_any(problems)
        return draft

    def add_assessment(self, person_id: int, draft: AssessmentDraft) -> AssessmentInfo:
        draft = self.validate_assessment(draft)
        with self._sessions.begin() as session:
            person_row(session, person_id)
            raise_if_any(_duplicate_assessment(session, person_id, draft, None))
            row = SelfAssessment(person_id=person_id, date=draft.date, label=draft.label)
            session.add(row)
            session.flush()
            session.add_all(
                SelfRating(
                    assessment_id=row.id,
                    dimension=r.dimension,
                    level=int(r.level),
                    reason=r.reason,
                )
                for r in draft.ratings
            )
            session.flush()
            return _assessment_infos(session, [row])[0]

    def update_assessment(self, assessment_id: int, draft: AssessmentDraft) -> AssessmentInfo:
        draft = self.validate_assessment(draft)
        with self._sessions.begin() as session:
            row = existing(session, SelfAssessment, assessment_id, "self-assessment")
            raise_if_any(_duplicate_assessment(session, row.person_id, draft, assessment_id))
            row.date = draft.date
            row.label = draft.label
            # Rewrite the ratings in place: one row per dimension, unique per assessment.
            stored_ratings = {
                r.dimension: r
                for r in session.scalars(
                    select(SelfRating).where(SelfRating.assessment_id == assessment_id)
                )
            }
            for rating in draft.ratings:
                stored = stored_ratings.pop(rating.dimension, None)
                if stored is None:
                    stored = SelfRating(assessment_id=assessment_id, dimension=rating.dimension)
                    session.add(stored)
                stored.level = int(rating.level)
                stored.reason = rating.reason
            for stale in stored_ratings.values():
                session.delete(stale)
            session.flush()
            return _assessment_infos(session, [row])[0]

    def delete_assessment(self, assessment_id: int) -> None:
        """The assessment and its ratings (the schema cascades)."""
        with self._sessions.begin() as session:
            session.delete(existing(session, SelfAssessment, assessment_id, "self-assessment"))

    # -- plan items ----------------------------------------------------------------
    def validate_item(self, draft: PlanItemDraft) -> PlanItemDraft:
        """ValidationError keys: "need" (required), "dimensions" (at least one, each 1-9),
        "objective" (required).

        Also "activities", "evidence" (each text at most MAX_ITEM_TEXT characters) and
        "status" (not a PlanStatus).
        The draft comes back tidied: texts stripped, dimensions in order without repeats.
        """
        texts = {name: getattr(draft, name).strip() for name in _ITEM_TEXT_FIELDS}
        problems: dict[str, str] = {}
        if not texts["need"]:
            problems["need"] = translate("services", "Describe the development need.")
        if not texts["objective"]:
            problems["objective"] = translate("services", "Set a specific objective for this need.")
        for name, text in texts.items():
            if len(text) > MAX_ITEM_TEXT:
                problems[name] = translate("services", "Keep the %s to %s characters.") % (
                    name,
                    MAX_ITEM_TEXT,
                )
        numbers = tuple(sorted(set(draft.dimensions)))
        if not numbers:
            problems["dimensions"] = translate(
                "services", "Choose at least one leadership dimension this need serves."
            )
        elif unknown := _unknown_dimensions(numbers):
            problems["dimensions"] = unknown
        try:
            status = PlanStatus(draft.status)
        except ValueError:
            problems["status"] = translate("services", "Choose a status for this item.")
            status = PlanStatus.NOT_STARTED
        raise_if_any(problems)
        return PlanItemDraft(
            need=texts["need"],
            dimensions=numbers,
            objective=texts["objective"],
            activities=texts["activities"],
            evidence=texts["evidence"],
            review_date=draft.review_date,
            status=status,
        )

    def items(self, person_id: int) -> list[PlanItemInfo]:
        """Open items first by review date (undated last), then closed ones.

        Closed ones (achieved, dropped) are ordered the same way; ties by when added.
        """
        with self._sessions() as session:
            person_row(session, person_id)
            return _items_of(session, person_id)

    def get_item(self, item_id: int) -> PlanItemInfo:
        with self._sessions() as session:
            return _item_infos(session, [existing(session, PlanItem, item_id, "plan item")])[0]

    def add_item(self, person_id: int, draft: PlanItemDraft) -> PlanItemInfo:
        draft = self.validate_item(draft)
        with self._sessions.begin() as session:
            person_row(session, person_id)
            row = PlanItem(person_id=person_id)
            _fill_item(row, draft)
            session.add(row)
            session.flush()
            return _item_infos(session, [row])[0]

    def update_item(
        self, item_id: int, draft: PlanItemDraft, expected_version: int | None = None
    ) -> PlanItemInfo:
        """Edit the item; its review notes stay. Refused (ChangedElsewhereError) if the
        item changed since ``expected_version``."""
        draft = self.validate_item(draft)
        with self._sessions.begin() as session:
            row = at_version(
                existing(session, PlanItem, item_id, "plan item"), expected_version, "plan item"
            )
            _fill_item(row, draft)
            session.flush()
            return _item_infos(session, [row])[0]

    def delete_item(self, item_id: int) -> None:
        """The item and its review notes (the schema cascades)."""
        with self._sessions.begin() as session:
            session.delete(existing(session, PlanItem, item_id, "plan item"))

    def add_review(
        self, item_id: int, date: dt.date, note: str, next_review: dt.date | None = None
    ) -> PlanItemInfo:
        """A dated review note; ``next_review`` moves the item's review date on.

        ValidationError keys: "note" (required), "next_review" (not before ``date``).

        A reviewed item has started: a review moves a "not started" item to "in
        progress". Other statuses stay as they are (closing an item is an edit).
        Without ``next_review`` the review date stays as it was.
        """
        text = note.strip()
        problems: dict[str, str] = {}
        if not text:
            problems["note"] = translate("services", "Write how the item is going.")
        elif len(text) > MAX_ITEM_TEXT:
            problems["note"] = (
                translate("services", "Keep a review note to %s characters.") % MAX_ITEM_TEXT
            )
        if next_review is not None and next_review < date:
            problems["next_review"] = translate(
                "services", "The next review cannot be before this one (%s)."
            ) % medium_date(date)
        raise_if_any(problems)
        with self._sessions.begin() as session:
            row = existing(session, PlanItem, item_id, "plan item")
            session.add(PlanReview(item_id=item_id, date=date, note=text))
            if next_review is not None:
                row.review_date = next_review
            if row.status == PlanStatus.NOT_STARTED:
                row.status = str(PlanStatus.IN_PROGRESS)
            session.flush()
            return _item_infos(session, [row])[0]

    def delete_review(self, review_id: int) -> None:
        """Only the note: the item's status and review date stay as they are."""
        with self._sessions.begin() as session:
            row = session.get(PlanReview, review_id)
            if row is None:
                raise NotFoundError(translate("services", "That review note no longer exists."))
            session.delete(row)

    def due_for_review(self, today: dt.date) -> list[PlanItemInfo]:
        """Open items due within DUE_SOON_DAYS or overdue, for the home page.

        Everyone on the People list (``people.listed_people``): someone whose only
        set was deleted cannot be opened, so their items are not listed.

        Soonest review date first (so overdue ones lead); on the same date the app's
        own user comes first, then others by name.
        """
        horizon = today + dt.timedelta(days=DUE_SOON_DAYS)
        open_statuses = [str(s) for s in PlanStatus if s.still_open]
        with self._sessions() as session:
            rows = session.scalars(
                select(PlanItem)
                .join(Person, Person.id == PlanItem.person_id)
                .where(
                    PlanItem.person_id.in_(listed_people()),
                    PlanItem.status.in_(open_statuses),
                    PlanItem.review_date.is_not(None),
                    PlanItem.review_date <= horizon,
                )
                .order_by(
                    PlanItem.review_date,
                    Person.is_self.desc(),
                    func.lower(Person.full_name),
                    PlanItem.id,
                )
            )
            return _item_infos(session, list(rows))

    def report(self, person_id: int) -> PlanReport:
        """The person's plan as ``items()`` lists it, their assessments oldest first, and
        the sets they belong to (deleted sets left out, archived ones kept)."""
        with self._sessions() as session:
            person = person_row(session, person_id)
            return PlanReport(
                person_name=person.full_name,
                set_names=set_names_of(session, person_id),
                items=tuple(_items_of(session, person_id)),
                assessments=tuple(_assessments_of(session, person_id)),
            )


# -- checks ------------------------------------------------------------------------


def _checked_assessment(draft: AssessmentDraft) -> tuple[AssessmentDraft, dict[str, str]]:
    """The tidied draft and any problems that need no database to find."""
    problems: dict[str, str] = {}
    label = " ".join(draft.label.split())
    if not label:
        problems["label"] = translate(
            "services", 'Name the assessment, such as "Start of programme".'
        )
    elif len(label) > MAX_LABEL:
        problems["label"] = translate("services", "Keep the name to %s characters.") % MAX_LABEL
    if not isinstance(draft.date, dt.date):
        problems["date"] = translate("services", "Choose the date of the assessment.")

    by_dimension: dict[int, Rating] = {}
    said: list[str] = []
    if unknown := _unknown_dimensions(r.dimension for r in draft.ratings):
        said.append(unknown)
    twice: set[int] = set()
    unlevelled: list[int] = []
    too_long: list[int] = []
    for rating in draft.ratings:
        if rating.dimension not in _DIMENSION_NUMBERS:
            continue
        if rating.dimension in by_dimension:
            twice.add(rating.dimension)
            continue
        try:
            level = Level(rating.level)
        except ValueError:
            unlevelled.append(rating.dimension)
            level = Level.ESSENTIAL
        reason = rating.reason.strip()
        if len(reason) > MAX_REASON:
            too_long.append(rating.dimension)
        by_dimension[rating.dimension] = Rating(rating.dimension, level, reason)
    unrated = [n for n in _DIMENSION_NUMBERS if n not in by_dimension]
    # Lists after a colon need no plural forms ("1 is" / "2 are") in any language.
    if unrated:
        said.append(
            translate("services", "Rate all nine dimensions; still unrated (%d): %s.")
            % (len(unrated), _names(unrated))
        )
    if twice:
        said.append(
            translate("services", "Rate each dimension once; rated more than once: %s.")
            % _names(sorted(twice))
        )
    if unlevelled:
        said.append(translate("services", "Choose a level for %s.") % _names(unlevelled))
    if too_long:
        said.append(
            translate("services", "Keep each reason to %d characters (%s).")
            % (MAX_REASON, _names(too_long))
        )
    if said:
        problems["ratings"] = " ".join(said)

    ratings = tuple(by_dimension[n] for n in sorted(by_dimension))
    return replace(draft, label=label, ratings=ratings), problems


def _duplicate_assessment(
    session: Session, person_id: int, draft: AssessmentDraft, assessment_id: int | None
) -> dict[str, str]:
    """A problem on "label" if the person already has an assessment of that label and date."""
    same_day = session.execute(
        select(SelfAssessment.id, SelfAssessment.label).where(
            SelfAssessment.person_id == person_id, SelfAssessment.date == draft.date
        )
    ).all()
    wanted = draft.label.casefold()
    if any(
        other_id != assessment_id and label.casefold() == wanted for other_id, label in same_day
    ):
        return {
            "label": translate(
                "services",
                'There is already a "%s" assessment on %s; change the name or the date.',
            )
            % (draft.label, medium_date(draft.date))
        }
    return {}


def _names(numbers: Iterable[int]) -> str:
    return ", ".join(dimension(n).name for n in numbers)


def _unknown_dimensions(numbers: Iterable[int]) -> str | None:
    """What is wrong with numbers that name no leadership dimension, if any do."""
    unknown = [str(n) for n in sorted(set(numbers)) if n not in _DIMENSION_NUMBERS]
    if not unknown:
        return None
    if len(unknown) == 1:
        return f"Leadership dimensions are numbered 1 to 9; {unknown[0]} is not one."
    listed = f"{', '.join(unknown[:-1])} and {unknown[-1]}"
    return f"Leadership dimensions are numbered 1 to 9; {listed} are not one."


# -- rows --------------------------------------------------------------------------


def _fill_item(row: PlanItem, draft: PlanItemDraft) -> None:
    row.need = draft.need
    row.dimensions = ",".join(str(n) for n in draft.dimensions)
    row.objective = draft.objective
    row.activities = draft.activities
    row.evidence = draft.evidence
    row.review_date = draft.review_date
    row.status = str(draft.status)


def _assessments_of(session: Session, person_id: int) -> list[AssessmentInfo]:
    rows = session.scalars(
        select(SelfAssessment)
        .where(SelfAssessment.person_id == person_id)
        .order_by(SelfAssessment.date, SelfAssessment.id)
    )
    return _assessment_infos(session, list(rows))


def _assessment_infos(session: Session, rows: Sequence[SelfAssessment]) -> list[AssessmentInfo]:
    ratings: dict[int, list[Rating]] = {row.id: [] for row in rows}
    for r in session.scalars(
        select(SelfRating)
        .where(SelfRating.assessment_id.in_(list(ratings)))
        .order_by(SelfRating.dimension)
    ):
        ratings[r.assessment_id].append(Rating(r.dimension, Level(r.level), r.reason))
    return [
        AssessmentInfo(row.id, row.person_id, row.date, row.label, tuple(ratings[row.id]))
        for row in rows
    ]


def _items_of(session: Session, person_id: int) -> list[PlanItemInfo]:
    rows = session.scalars(select(PlanItem).where(PlanItem.person_id == person_id))
    infos = _item_infos(session, list(rows))
    return sorted(
        infos,
        key=lambda i: (
            not i.status.still_open,
            i.review_date is None,
            i.review_date or dt.date.min,
            i.id,
        ),
    )


def _item_infos(session: Session, rows: Sequence[PlanItem]) -> list[PlanItemInfo]:
    """Infos in the order given, each with its person's name and its reviews."""
    if not rows:
        return []
    names = dict(
        session.execute(
            select(Person.id, Person.full_name).where(Person.id.in_({r.person_id for r in rows}))
        ).all()
    )
    reviews: dict[int, list[ReviewNote]] = {row.id: [] for row in rows}
    for review in session.scalars(
        select(PlanReview)
        .where(PlanReview.item_id.in_(list(reviews)))
        .order_by(PlanReview.date, PlanReview.id)
    ):
        reviews[review.item_id].append(
            ReviewNote(review.id, review.item_id, review.date, review.note)
        )
    return [
        PlanItemInfo(
            id=row.id,
            person_id=row.person_id,
            person_name=names.get(row.person_id, ""),
            need=row.need,
            dimensions=tuple(int(n) for n in row.dimensions.split(",") if n.strip()),
            objective=row.objective,
            activities=row.activities,
            evidence=row.evidence,
            review_date=row.review_date,
            status=PlanStatus(row.status),
            reviews=tuple(reviews[row.id]),
            version=row.version,
        )
        for row in rows
    ]
