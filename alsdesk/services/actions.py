"""Actions presenters commit to, report-back on them, and the set's action tracker.

An action's status is its latest review: "open" until its owner reports back.
Done, partly done, not done and dropped close it; carried forward keeps it on
the owner's report-back list at the next meeting.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from alsdesk.dates import medium_date
from alsdesk.i18n import translate
from alsdesk.services.action_infos import (
    REVIEW_STATUSES,
    ActionChangeInfo,
    ActionDraft,
    ActionInfo,
    ActionStatus,
    Known,
    ReportItem,
    action_infos,
    report_items,
)
from alsdesk.services.errors import NotFoundError, UserError, ValidationError, raise_if_any
from alsdesk.services.rows import at_version
from alsdesk.services.sets import live_set
from alsdesk.store import Store
from alsdesk.store.models import (
    Action,
    ActionChange,
    ActionReview,
    ActionSet,
    Event,
    Goal,
    Meeting,
    Membership,
)

__all__ = [
    "REVIEW_STATUSES",
    "ActionChangeInfo",
    "ActionDraft",
    "ActionInfo",
    "ActionService",
    "ActionStatus",
    "ReportItem",
    "TrackerFilter",
    "completion_rate",
    "goal_actions",
]

MAX_ACTION_TEXT = 1000


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

    def next_meeting_after(self, set_id: int, day: dt.date) -> dt.date | None:
        """The date of the set's first set meeting after ``day``, if scheduled."""
        with self._sessions() as session:
            return _first_meeting_after(session, set_id, day)

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
            return action_infos(session, [row])[0]

    def update(
        self, action_id: int, draft: ActionDraft, expected_version: int | None = None
    ) -> ActionInfo:
        """Save; refused (ChangedElsewhereError) if it changed since ``expected_version``.

        Once the action has been reported back on, its text, owner and due date as
        they were are kept in its history.
        """
        with self._sessions.begin() as session:
            row = at_version(_action(session, action_id), expected_version, "action")
            event = _meeting_event(session, row.meeting_id)
            text = _checked(session, event, draft)
            moved = (text, draft.owner_id, draft.due_date) != (row.text, row.owner_id, row.due_date)
            if moved and _reviewed(session, action_id):
                _keep_as_was(session, row)
            row.text = text
            row.owner_id = draft.owner_id
            row.due_date = draft.due_date
            row.goal_id = draft.goal_id
            session.flush()  # the version rises here
            return action_infos(session, [row])[0]

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
            return action_infos(session, [_action(session, action_id)])[0]

    def agreed_at(self, meeting_id: int, owner_id: int | None = None) -> list[ActionInfo]:
        """Actions agreed at this meeting (one owner's, or everyone's), in order made."""
        with self._sessions() as session:
            query = select(Action).where(Action.meeting_id == meeting_id)
            if owner_id is not None:
                query = query.where(Action.owner_id == owner_id)
            return action_infos(session, list(session.scalars(query.order_by(Action.id))))

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
            if not earlier:
                return []
            known = Known.load(session, earlier)
            reviews = {(r.action_id, r.meeting_id): r for r in known.reviews}
            return report_items(known.infos(earlier, before=event.date), reviews, meeting_id)

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
            known = Known.load(session, rows)
        reviews = {(r.action_id, r.meeting_id): r for r in known.reviews}
        by_meeting: dict[tuple[int, int], list[ReportItem]] = {}
        for meeting_id, date in known.meeting_dates.items():
            earlier = [row for row in rows if known.meeting_dates[row.meeting_id] < date]
            for item in report_items(known.infos(earlier, before=date), reviews, meeting_id):
                by_meeting.setdefault((meeting_id, item.action.owner_id), []).append(item)
        return by_meeting

    def review(
        self,
        action_id: int,
        meeting_id: int,
        status: ActionStatus | None,
        comment: str = "",
        carried_to: dt.date | None = None,
    ) -> None:
        """Record the status reported at this meeting (None takes the review back).

        Carried forward, the action is due again on ``carried_to`` (by default the
        set's next meeting after this one); its old due date is kept in its
        history, and put back if the review is taken back or changed.
        """
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
                    _undo_carry(session, action, row)
                    session.delete(row)
                return
            if carried_to is None and status == ActionStatus.CARRIED_FORWARD:
                carried_to = _next_meeting_date(session, event)
            if row is None:
                row = ActionReview(action_id=action_id, meeting_id=meeting_id)
                session.add(row)
            _fill_review(session, action, row, status, comment, carried_to, event.date)

    def report_between(
        self,
        action_id: int,
        on: dt.date,
        status: ActionStatus,
        comment: str = "",
        carried_to: dt.date | None = None,
    ) -> ActionInfo:
        """Record what the owner reported between meetings, on day ``on``.

        A second report on the same day replaces the first. Carried forward
        without a date, the action is due at the set's next meeting after ``on``.
        """
        with self._sessions.begin() as session:
            action = _action(session, action_id)
            agreed = _meeting_event(session, action.meeting_id)
            if on < agreed.date:
                raise ValidationError(
                    {
                        "reviewed_on": translate("services", "The action was agreed later, on %s.")
                        % medium_date(agreed.date)
                    }
                )
            row = session.scalar(
                select(ActionReview).where(
                    ActionReview.action_id == action_id,
                    ActionReview.meeting_id.is_(None),
                    ActionReview.reviewed_on == on,
                )
            )
            if carried_to is None and status == ActionStatus.CARRIED_FORWARD:
                carried_to = _next_meeting_date(session, agreed, after=on)
            if row is None:
                row = ActionReview(action_id=action_id, meeting_id=None, reviewed_on=on)
                session.add(row)
            _fill_review(session, action, row, status, comment, carried_to, on)
            session.flush()
            return action_infos(session, [action])[0]

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
            infos = action_infos(session, list(session.scalars(query)))
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
            infos = action_infos(session, rows)
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
    return action_infos(session, list(session.scalars(query)))


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


def _next_meeting_date(
    session: Session, event: Event, after: dt.date | None = None
) -> dt.date | None:
    """The set's next set meeting after ``event`` (or after the day ``after``)."""
    return _first_meeting_after(session, event.set_id, after or event.date)


def _first_meeting_after(session: Session, set_id: int, day: dt.date) -> dt.date | None:
    return session.scalar(
        select(Event.date)
        .where(
            Event.set_id == set_id,
            Event.kind == "set_meeting",
            Event.cancelled.is_(False),
            Event.date > day,
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


def _reviewed(session: Session, action_id: int) -> bool:
    return (
        session.scalar(select(ActionReview.id).where(ActionReview.action_id == action_id).limit(1))
        is not None
    )


def _keep_as_was(session: Session, action: Action, review: ActionReview | None = None) -> None:
    session.add(
        ActionChange(
            action_id=action.id,
            text=action.text,
            owner_id=action.owner_id,
            due_date=action.due_date,
            review_id=review.id if review is not None else None,
        )
    )


def _fill_review(
    session: Session,
    action: Action,
    row: ActionReview,
    status: ActionStatus,
    comment: str,
    carried_to: dt.date | None,
    day: dt.date,
) -> None:
    """Set a review's status and comment, and move the due date of an action carried forward."""
    status = ActionStatus(status)
    if status == ActionStatus.OPEN:
        raise UserError(translate("services", "Choose what became of the action."))
    if status == ActionStatus.CARRIED_FORWARD:
        if carried_to is not None and carried_to < day:
            raise ValidationError(
                {
                    "carried_to": translate("services", "Carry it forward to a day after %s.")
                    % medium_date(day)
                }
            )
    else:
        carried_to = None
    if row.carried_to is not None and carried_to != row.carried_to:
        _undo_carry(session, action, row)
    row.status = str(status)
    row.comment = comment.strip()
    if carried_to is not None and carried_to != row.carried_to:
        session.flush()  # the review's id, for its history line
        if action.due_date != carried_to:
            _keep_as_was(session, action, row)
            action.due_date = carried_to
    row.carried_to = carried_to


def _undo_carry(session: Session, action: Action, review: ActionReview) -> None:
    """Put back the due date a review's carrying forward replaced, unless changed since."""
    change = session.scalar(select(ActionChange).where(ActionChange.review_id == review.id))
    if change is None:
        return
    if action.due_date == review.carried_to:
        action.due_date = change.due_date
    session.delete(change)
    review.carried_to = None
