"""Actions presenters commit to, report-back on them, and the set's action tracker.

An action's status is its latest review: "open" until its owner reports back.
Done, partly done, not done and dropped close it; carried forward keeps it on
the owner's report-back list at the next meeting.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.orm import Session

from alsdesk.dates import medium_date
from alsdesk.i18n import QT_TRANSLATE_NOOP, translate
from alsdesk.services.errors import NotFoundError, UserError, raise_if_any
from alsdesk.services.rows import at_version
from alsdesk.services.sets import live_set
from alsdesk.store import Store
from alsdesk.store.models import (
    Action,
    ActionReview,
    ActionSet,
    Event,
    Goal,
    Meeting,
    Membership,
    Person,
)

MAX_ACTION_TEXT = 1000


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

    def overdue(self, today: dt.date) -> bool:
        return self.status.still_open and self.due_date is not None and self.due_date < today

    def draft(self) -> ActionDraft:
        return ActionDraft(self.owner_id, self.text, self.due_date, self.goal_id)


@dataclass(frozen=True)
class ReportItem:
    """An earlier action at its owner's report-back, with this meeting's review if any."""

    action: ActionInfo
    status: ActionStatus | None
    comment: str


@dataclass(frozen=True)
class TrackerFilter:
    owner_id: int | None = None
    status: ActionStatus | None = None
    overdue_on: dt.date | None = None


class ActionService:
    def __init__(self, store: Store):
        self._sessions = store.sessions

    def default_due_date(self, meeting_id: int) -> dt.date | None:
        """The date of the set's next set meeting after this one, if scheduled."""
        with self._sessions() as session:
            event = _meeting_event(session, meeting_id)
            return _next_meeting_date(session, event)

    def add(self, meeting_id: int, draft: ActionDraft) -> ActionInfo:
        with self._sessions.begin() as session:
            event = _meeting_event(session, meeting_id)
            text = _checked(session, event, draft)
            row = Action(
                set_id=event.set_id,
                meeting_id=meeting_id,
                owner_id=draft.owner_id,
                text=text,
                due_date=draft.due_date,
                goal_id=draft.goal_id,
            )
            session.add(row)
            session.flush()
            return _action_infos(session, [row])[0]

    def update(
        self, action_id: int, draft: ActionDraft, expected_version: int | None = None
    ) -> ActionInfo:
        """Save; refused (ChangedElsewhereError) if it changed since ``expected_version``."""
        with self._sessions.begin() as session:
            row = at_version(_action(session, action_id), expected_version, "action")
            event = _meeting_event(session, row.meeting_id)
            row.text = _checked(session, event, draft)
            row.owner_id = draft.owner_id
            row.due_date = draft.due_date
            row.goal_id = draft.goal_id
            session.flush()  # the version rises here
            return _action_infos(session, [row])[0]

    def delete(self, action_id: int) -> None:
        with self._sessions.begin() as session:
            row = _action(session, action_id)
            if session.scalar(select(ActionReview.id).where(ActionReview.action_id == action_id)):
                raise UserError(
                    translate(
                        "services",
                        "This action has been reported back on; set its status to Dropped instead.",
                    )
                )
            session.delete(row)

    def get(self, action_id: int) -> ActionInfo:
        with self._sessions() as session:
            return _action_infos(session, [_action(session, action_id)])[0]

    def agreed_at(self, meeting_id: int, owner_id: int | None = None) -> list[ActionInfo]:
        """Actions agreed at this meeting (one owner's, or everyone's), in order made."""
        with self._sessions() as session:
            query = select(Action).where(Action.meeting_id == meeting_id)
            if owner_id is not None:
                query = query.where(Action.owner_id == owner_id)
            return _action_infos(session, list(session.scalars(query.order_by(Action.id))))

    def report_back(self, meeting_id: int, owner_id: int) -> list[ReportItem]:
        """The owner's earlier actions due for report-back at this meeting.

        That is every action agreed at an earlier meeting that was still open
        (never reviewed, or carried forward) when this meeting began, plus any
        already reviewed here.
        """
        with self._sessions() as session:
            event = _meeting_event(session, meeting_id)
            earlier = list(
                session.scalars(
                    select(Action)
                    .join(Meeting, Meeting.id == Action.meeting_id)
                    .join(Event, Event.id == Meeting.event_id)
                    .where(
                        Action.owner_id == owner_id,
                        Action.set_id == event.set_id,
                        Event.date < event.date,
                    )
                    .order_by(Event.date, Action.id)
                )
            )
            reviews = _reviews(session, [a.id for a in earlier])
            return _report_items(
                _action_infos(session, earlier, before=event.date), reviews, meeting_id
            )

    def report_back_by_meeting(self, set_id: int) -> dict[tuple[int, int], list[ReportItem]]:
        """``report_back`` for every meeting of the set and every owner, read in one go.

        Keyed by (meeting id, owner id); a pair with nothing to report is left out.
        Four queries whatever the number of meetings (the set record asks for all).
        """
        with self._sessions() as session:
            live_set(session, set_id)
            rows = list(
                session.scalars(
                    select(Action)
                    .join(Meeting, Meeting.id == Action.meeting_id)
                    .join(Event, Event.id == Meeting.event_id)
                    .where(Action.set_id == set_id)
                    .order_by(Event.date, Action.id)
                )
            )
            if not rows:
                return {}
            known = _Known.load(session, rows)
        reviews = {(r.action_id, r.meeting_id): r for r in known.reviews}
        by_meeting: dict[tuple[int, int], list[ReportItem]] = {}
        for meeting_id, date in known.meeting_dates.items():
            earlier = [row for row in rows if known.meeting_dates[row.meeting_id] < date]
            for item in _report_items(known.infos(earlier, before=date), reviews, meeting_id):
                by_meeting.setdefault((meeting_id, item.action.owner_id), []).append(item)
        return by_meeting

    def review(
        self, action_id: int, meeting_id: int, status: ActionStatus | None, comment: str = ""
    ) -> None:
        """Record the status reported at this meeting (None takes the review back)."""
        with self._sessions.begin() as session:
            action = _action(session, action_id)
            event = _meeting_event(session, meeting_id)
            agreed = _meeting_event(session, action.meeting_id)
            if event.set_id != action.set_id:
                raise UserError(
                    translate(
                        "services", "An action is reported back on at its own set's meetings."
                    )
                )
            if agreed.date >= event.date:
                raise UserError(
                    translate("services", "An action is reported back on at a later meeting.")
                )
            row = session.scalar(
                select(ActionReview).where(
                    ActionReview.action_id == action_id, ActionReview.meeting_id == meeting_id
                )
            )
            if status is None:
                if row is not None:
                    session.delete(row)
                return
            status = ActionStatus(status)
            if status == ActionStatus.OPEN:
                raise UserError(translate("services", "Choose what became of the action."))
            if row is None:
                row = ActionReview(action_id=action_id, meeting_id=meeting_id)
                session.add(row)
            row.status = str(status)
            row.comment = comment.strip()

    def tracker(self, set_id: int, filters: TrackerFilter | None = None) -> list[ActionInfo]:
        """Every action of the set, oldest meeting first, with its latest status."""
        filters = filters or TrackerFilter()
        with self._sessions() as session:
            live_set(session, set_id)
            query = (
                select(Action)
                .join(Meeting, Meeting.id == Action.meeting_id)
                .join(Event, Event.id == Meeting.event_id)
                .where(Action.set_id == set_id)
                .order_by(Event.date, Action.id)
            )
            if filters.owner_id is not None:
                query = query.where(Action.owner_id == filters.owner_id)
            infos = _action_infos(session, list(session.scalars(query)))
        if filters.status is not None:
            infos = [a for a in infos if a.status == filters.status]
        if filters.overdue_on is not None:
            infos = [a for a in infos if a.overdue(filters.overdue_on)]
        return infos

    def open_due_by(self, last_day: dt.date) -> list[ActionInfo]:
        """Open actions due on or before ``last_day`` in every live, unarchived set.

        For the home page: soonest due first, then by owner. Five queries however
        many sets there are.
        """
        with self._sessions() as session:
            rows = list(
                session.scalars(
                    select(Action)
                    .join(ActionSet, ActionSet.id == Action.set_id)
                    .where(
                        ActionSet.deleted_at.is_(None),
                        ActionSet.archived_at.is_(None),
                        Action.due_date.is_not(None),
                        Action.due_date <= last_day,
                    )
                    .order_by(Action.due_date, Action.id)
                )
            )
            infos = _action_infos(session, rows)
        return [a for a in infos if a.status.still_open]


def completion_rate(actions: list[ActionInfo]) -> float | None:
    """Share of reviewed actions that were done (partly done counts half)."""
    closed = [a for a in actions if not a.status.still_open]
    if not closed:
        return None
    score = sum(
        1.0 if a.status == ActionStatus.DONE else 0.5 if a.status == ActionStatus.PARTLY_DONE else 0
        for a in closed
    )
    return score / len(closed)


def goal_actions(
    session: Session, goal_id: int | None, owner_id: int | None = None
) -> list[ActionInfo]:
    """Actions serving a goal (or, with ``goal_id`` None, the owner's actions serving
    none), oldest meeting first, with their latest status.

    For the goals service, inside its own session. Actions of deleted sets are left out.
    """
    query = (
        select(Action)
        .join(Meeting, Meeting.id == Action.meeting_id)
        .join(Event, Event.id == Meeting.event_id)
        .join(ActionSet, ActionSet.id == Action.set_id)
        .where(ActionSet.deleted_at.is_(None))
        .order_by(Event.date, Action.id)
    )
    if goal_id is None:
        query = query.where(Action.goal_id.is_(None), Action.owner_id == owner_id)
    else:
        query = query.where(Action.goal_id == goal_id)
    return _action_infos(session, list(session.scalars(query)))


def _checked(session: Session, event: Event, draft: ActionDraft) -> str:
    text = draft.text.strip()
    problems: dict[str, str] = {}
    if not text:
        problems["text"] = translate("services", "Say what the action is.")
    elif len(text) > MAX_ACTION_TEXT:
        problems["text"] = (
            translate("services", "Keep an action to %s characters.") % MAX_ACTION_TEXT
        )
    if draft.due_date is not None and draft.due_date < event.date:
        problems["due_date"] = translate(
            "services", "The due date is before the meeting (%s)."
        ) % medium_date(event.date)
    if not session.scalar(
        select(Membership.id).where(
            Membership.set_id == event.set_id, Membership.person_id == draft.owner_id
        )
    ):
        problems["owner_id"] = translate("services", "Choose a member of the set as the owner.")
    if draft.goal_id is not None:
        goal_owner = session.scalar(select(Goal.person_id).where(Goal.id == draft.goal_id))
        if goal_owner is None:
            raise NotFoundError(translate("services", "That goal no longer exists."))
        if goal_owner != draft.owner_id:
            problems["goal_id"] = translate("services", "That goal belongs to someone else.")
    raise_if_any(problems)
    return text


def _next_meeting_date(session: Session, event: Event) -> dt.date | None:
    return session.scalar(
        select(Event.date)
        .where(
            Event.set_id == event.set_id,
            Event.kind == "set_meeting",
            Event.cancelled.is_(False),
            Event.date > event.date,
        )
        .order_by(Event.date)
        .limit(1)
    )


def _meeting_event(session: Session, meeting_id: int) -> Event:
    meeting = session.get(Meeting, meeting_id)
    if meeting is None:
        raise NotFoundError(translate("services", "That meeting no longer exists."))
    event = session.get(Event, meeting.event_id)
    assert event is not None  # the foreign key cascades
    return event


def _action(session: Session, action_id: int) -> Action:
    row = session.get(Action, action_id)
    if row is None:
        raise NotFoundError(translate("services", "That action no longer exists."))
    return row


def _reviews(session: Session, action_ids: list[int]) -> dict[tuple[int, int], ActionReview]:
    return {
        (r.action_id, r.meeting_id): r
        for r in session.scalars(select(ActionReview).where(ActionReview.action_id.in_(action_ids)))
    }


def _report_items(
    infos: list[ActionInfo], reviews: dict[tuple[int, int], ActionReview], meeting_id: int
) -> list[ReportItem]:
    """The report-back at ``meeting_id``: what was open when it began, or reviewed there."""
    items = []
    for info in infos:
        here = reviews.get((info.id, meeting_id))
        if here is None and not info.status.still_open:
            continue
        items.append(
            ReportItem(
                info, ActionStatus(here.status) if here else None, here.comment if here else ""
            )
        )
    return items


@dataclass(frozen=True)
class _Known:
    """What ActionInfos need besides the action rows: meeting dates, names, reviews."""

    meeting_dates: dict[int, dt.date]
    names: dict[int, str]
    reviews: list[ActionReview]

    @classmethod
    def load(cls, session: Session, rows: list[Action]) -> _Known:
        ids = [r.id for r in rows]
        meeting_dates = dict(
            session.execute(
                select(Meeting.id, Event.date)
                .join(Event, Event.id == Meeting.event_id)
                .where(Event.set_id.in_({r.set_id for r in rows}))
            ).all()
        )
        names = dict(
            session.execute(
                select(Person.id, Person.full_name).where(Person.id.in_({r.owner_id for r in rows}))
            ).all()
        )
        reviews = list(session.scalars(select(ActionReview).where(ActionReview.action_id.in_(ids))))
        return cls(meeting_dates, names, reviews)

    def infos(self, rows: list[Action], before: dt.date | None = None) -> list[ActionInfo]:
        """ActionInfos with each one's latest review (only reviews before ``before``, if given)."""
        wanted = {row.id for row in rows}
        latest: dict[int, tuple[dt.date, ActionReview]] = {}
        for review in self.reviews:
            if review.action_id not in wanted:
                continue
            when = self.meeting_dates[review.meeting_id]
            if before is not None and when >= before:
                continue
            if review.action_id not in latest or when > latest[review.action_id][0]:
                latest[review.action_id] = (when, review)
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
                    status=ActionStatus(reviewed[1].status) if reviewed else ActionStatus.OPEN,
                    comment=reviewed[1].comment if reviewed else "",
                    reviewed_on=reviewed[0] if reviewed else None,
                    version=row.version,
                )
            )
        return infos


def _action_infos(
    session: Session, rows: list[Action], before: dt.date | None = None
) -> list[ActionInfo]:
    """ActionInfos with each one's latest review (only reviews before ``before``, if given)."""
    if not rows:
        return []
    return _Known.load(session, rows).infos(rows, before)
