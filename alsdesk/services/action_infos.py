"""What the action tracker hands out: an action with its latest status and its history.

Reading only: ``actions.py`` writes. An action's status is its latest review,
at a meeting (dated by the meeting) or between meetings (dated by the day it was
reported); "open" until its owner reports back.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.orm import Session

from alsdesk.i18n import QT_TRANSLATE_NOOP, translate
from alsdesk.store.models import Action, ActionChange, ActionReview, Event, Meeting, Person


class ActionStatus(StrEnum):
    OPEN = "open"
    DONE = "done"
    PARTLY_DONE = "partly_done"
    NOT_DONE = "not_done"
    DROPPED = "dropped"
    CARRIED_FORWARD = "carried_forward"

    @property
    def label(self) -> str:
        return translate("services", STATUS_LABELS[self])

    @property
    def still_open(self) -> bool:
        return self in (ActionStatus.OPEN, ActionStatus.CARRIED_FORWARD)


STATUS_LABELS = {
    ActionStatus.OPEN: QT_TRANSLATE_NOOP("services", "Open"),
    ActionStatus.DONE: QT_TRANSLATE_NOOP("services", "Done"),
    ActionStatus.PARTLY_DONE: QT_TRANSLATE_NOOP("services", "Partly done"),
    ActionStatus.NOT_DONE: QT_TRANSLATE_NOOP("services", "Not done"),
    ActionStatus.DROPPED: QT_TRANSLATE_NOOP("services", "Dropped"),
    ActionStatus.CARRIED_FORWARD: QT_TRANSLATE_NOOP("services", "Carried forward"),
}

# The statuses a facilitator can choose at report-back.
REVIEW_STATUSES = tuple(s for s in ActionStatus if s != ActionStatus.OPEN)


@dataclass(frozen=True)
class ActionDraft:
    owner_id: int
    text: str
    due_date: dt.date | None = None
    goal_id: int | None = None


@dataclass(frozen=True)
class ActionChangeInfo:
    """The action as it was until ``changed_at`` (UTC); ``carried_on`` is the day of
    the report-back that carried it forward, when that moved its due date."""

    changed_at: dt.datetime
    text: str
    owner_name: str
    due_date: dt.date | None
    carried_on: dt.date | None = None

    @property
    def carried(self) -> bool:
        return self.carried_on is not None

    @property
    def day(self) -> dt.date:
        """The day of the change: the report-back's for a carry, else the edit's (UTC)."""
        return self.carried_on or self.changed_at.date()


@dataclass(frozen=True)
class ActionInfo:
    id: int
    set_id: int
    meeting_id: int
    agreed_on: dt.date
    owner_id: int
    owner_name: str
    text: str
    due_date: dt.date | None
    goal_id: int | None
    status: ActionStatus
    comment: str = ""
    reviewed_on: dt.date | None = None
    version: int = 1
    history: tuple[ActionChangeInfo, ...] = ()
    """Earlier versions, oldest first."""
    reported_between: bool = False
    """The latest review was made between meetings, not at one."""

    def overdue(self, today: dt.date) -> bool:
        return self.status.still_open and self.due_date is not None and self.due_date < today

    def draft(self) -> ActionDraft:
        return ActionDraft(self.owner_id, self.text, self.due_date, self.goal_id)

    def revisions(self) -> list[tuple[ActionChangeInfo, tuple[str, ...]]]:
        """Each earlier version with what changed after it ("text", "owner", "due_date").

        Oldest first; a version nothing visible changed after is left out.
        """
        if not self.history:
            return []
        later: list[ActionChangeInfo | ActionInfo] = [*self.history[1:], self]
        found = []
        for was, after in zip(self.history, later, strict=True):
            fields = tuple(
                name
                for name, before, now in (
                    ("text", was.text, after.text),
                    ("owner", was.owner_name, after.owner_name),
                    ("due_date", was.due_date, after.due_date),
                )
                if before != now
            )
            if fields:
                found.append((was, fields))
        return found


@dataclass(frozen=True)
class ReportItem:
    """An earlier action at its owner's report-back, with this meeting's review if any."""

    action: ActionInfo
    status: ActionStatus | None
    comment: str
    carried_to: dt.date | None = None


def review_day(review: ActionReview, meeting_dates: dict[int, dt.date]) -> dt.date:
    """The day a review was made: its meeting's, or the day reported between meetings."""
    if review.meeting_id is not None:
        return meeting_dates[review.meeting_id]
    assert review.reviewed_on is not None  # the service sets one or the other
    return review.reviewed_on


def counts_before(review: ActionReview, day: dt.date, meeting_dates: dict[int, dt.date]) -> bool:
    """Whether a review was made before a meeting on ``day`` began.

    A review between meetings on the meeting's own day counts as before it: it
    was reported ahead of the meeting, not at it.
    """
    when = review_day(review, meeting_dates)
    return when < day or (review.meeting_id is None and when == day)


def report_items(
    infos: list[ActionInfo], reviews: dict[tuple[int, int | None], ActionReview], meeting_id: int
) -> list[ReportItem]:
    """The report-back at ``meeting_id``: what was open when it began, or reviewed there."""
    items = []
    for info in infos:
        here = reviews.get((info.id, meeting_id))
        if here is None and not info.status.still_open:
            continue
        items.append(
            ReportItem(
                info,
                ActionStatus(here.status) if here else None,
                here.comment if here else "",
                here.carried_to if here else None,
            )
        )
    return items


@dataclass(frozen=True)
class Known:
    """What ActionInfos need besides the action rows: meeting dates, names, reviews, history."""

    meeting_dates: dict[int, dt.date]
    names: dict[int, str]
    reviews: list[ActionReview]
    changes: list[ActionChange]

    @classmethod
    def load(cls, session: Session, rows: list[Action]) -> Known:
        ids = [r.id for r in rows]
        meeting_dates = dict(
            session.execute(
                select(Meeting.id, Event.date)
                .join(Event, Event.id == Meeting.event_id)
                .where(Event.set_id.in_({r.set_id for r in rows}))
            ).all()
        )
        reviews = list(session.scalars(select(ActionReview).where(ActionReview.action_id.in_(ids))))
        changes = list(
            session.scalars(
                select(ActionChange)
                .where(ActionChange.action_id.in_(ids))
                .order_by(ActionChange.changed_at, ActionChange.id)
            )
        )
        people = {r.owner_id for r in rows} | {c.owner_id for c in changes if c.owner_id}
        names = dict(
            session.execute(select(Person.id, Person.full_name).where(Person.id.in_(people))).all()
        )
        return cls(meeting_dates, names, reviews, changes)

    def latest_reviews(
        self, wanted: set[int], before: dt.date | None = None
    ) -> dict[int, ActionReview]:
        """Each action's latest review (only those before a meeting on ``before``, if given)."""
        latest: dict[int, tuple[tuple[dt.date, int, int], ActionReview]] = {}
        for review in self.reviews:
            if review.action_id not in wanted:
                continue
            if before is not None and not counts_before(review, before, self.meeting_dates):
                continue
            # Same day: a meeting's review after one reported ahead of it.
            key = (
                review_day(review, self.meeting_dates),
                review.meeting_id is not None,
                review.id,
            )
            if review.action_id not in latest or key > latest[review.action_id][0]:
                latest[review.action_id] = (key, review)
        return {action_id: review for action_id, (_key, review) in latest.items()}

    def infos(self, rows: list[Action], before: dt.date | None = None) -> list[ActionInfo]:
        """ActionInfos with each one's latest review (only reviews before ``before``, if given)."""
        latest = self.latest_reviews({row.id for row in rows}, before)
        history: dict[int, list[ActionChangeInfo]] = {}
        days = {review.id: review_day(review, self.meeting_dates) for review in self.reviews}
        for change in self.changes:
            history.setdefault(change.action_id, []).append(
                ActionChangeInfo(
                    changed_at=change.changed_at,
                    text=change.text,
                    owner_name=self.names.get(change.owner_id, "") if change.owner_id else "",
                    due_date=change.due_date,
                    carried_on=days.get(change.review_id) if change.review_id else None,
                )
            )
        infos = []
        for row in rows:
            reviewed = latest.get(row.id)
            infos.append(
                ActionInfo(
                    id=row.id,
                    set_id=row.set_id,
                    meeting_id=row.meeting_id,
                    agreed_on=self.meeting_dates[row.meeting_id],
                    owner_id=row.owner_id,
                    owner_name=self.names.get(row.owner_id, ""),
                    text=row.text,
                    due_date=row.due_date,
                    goal_id=row.goal_id,
                    status=ActionStatus(reviewed.status) if reviewed else ActionStatus.OPEN,
                    comment=reviewed.comment if reviewed else "",
                    reviewed_on=review_day(reviewed, self.meeting_dates) if reviewed else None,
                    version=row.version,
                    history=tuple(history.get(row.id, ())),
                    reported_between=reviewed is not None and reviewed.meeting_id is None,
                )
            )
        return infos


def action_infos(
    session: Session, rows: list[Action], before: dt.date | None = None
) -> list[ActionInfo]:
    """ActionInfos with each one's latest review (only reviews before ``before``, if given)."""
    if not rows:
        return []
    return Known.load(session, rows).infos(rows, before)
