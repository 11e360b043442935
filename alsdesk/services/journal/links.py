"""What a journal entry can link to: the meetings held and the user's own goals.

Read from the main store's tables for labels only; the links themselves live
inside each entry's ciphertext in the private vault, so no journal row refers to
shared data. ``JournalService`` is handed ``link_options`` bound to the main
store (``Services.over`` does it): a service call, never a query across the two
files.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from sqlalchemy import select

from alsdesk.dates import medium_date
from alsdesk.store import Store
from alsdesk.store.models import ActionSet, Event, Goal, Meeting, Person


@dataclass(frozen=True)
class LinkChoice:
    id: int
    label: str


@dataclass(frozen=True)
class LinkOptions:
    meetings: tuple[LinkChoice, ...]  # newest first
    goals: tuple[LinkChoice, ...]  # the app user's own goals
    rounds: tuple[LinkChoice, ...] = ()  # the member's 360 feedback rounds, newest first

    def meeting_label(self, meeting_id: int | None) -> str:
        return _label(self.meetings, meeting_id, "a meeting no longer in alsdesk")

    def goal_label(self, goal_id: int | None) -> str:
        return _label(self.goals, goal_id, "a goal no longer in alsdesk")

    def round_label(self, round_id: int | None) -> str:
        return _label(self.rounds, round_id, "a feedback round no longer in alsdesk")


def _label(choices: tuple[LinkChoice, ...], wanted: int | None, missing: str) -> str:
    if wanted is None:
        return ""
    return next((c.label for c in choices if c.id == wanted), missing)


def link_options(store: Store) -> LinkOptions:
    with store.sessions() as session:
        meetings = session.execute(
            select(Meeting.id, Event.title, Event.date, ActionSet.name)
            .join(Event, Meeting.event_id == Event.id)
            .join(ActionSet, Event.set_id == ActionSet.id)
            .where(ActionSet.deleted_at.is_(None))
            .order_by(Event.date.desc(), Meeting.id.desc())
        ).all()
        goals = session.execute(
            select(Goal.id, Goal.title)
            .join(Person, Goal.person_id == Person.id)
            .where(Person.is_self.is_(True))
            .order_by(Goal.created_at, Goal.id)
        ).all()
    return LinkOptions(
        meetings=tuple(
            LinkChoice(m_id, f"{set_name} · {title}, {medium_date(day)}")
            for m_id, title, day, set_name in meetings
        ),
        goals=tuple(LinkChoice(g_id, title) for g_id, title in goals),
    )


def with_rounds(options: LinkOptions, feedback) -> LinkOptions:
    """``options`` with the 360 feedback rounds (``feedback`` a FeedbackService; the rounds
    are in the vault beside the journal, so read only while it is unlocked)."""
    if not feedback.is_unlocked:
        return options
    rounds = tuple(LinkChoice(r.id, r.title) for r in feedback.rounds())
    return replace(options, rounds=rounds)
