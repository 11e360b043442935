"""Plain-Python services: the only code that talks to the store.

A service method opens one short session, does one unit of work in one
transaction and returns frozen dataclasses, never live ORM objects.
"""

from __future__ import annotations

from dataclasses import dataclass

from alsdesk.services.actions import ActionService
from alsdesk.services.airtime_rounds import AirtimeService
from alsdesk.services.goals import GoalService
from alsdesk.services.journal.service import JournalService
from alsdesk.services.meetings import MeetingService
from alsdesk.services.members import MemberService
from alsdesk.services.people import PeopleService
from alsdesk.services.plan import PlanService
from alsdesk.services.schedule import ScheduleService
from alsdesk.services.sets import SetService
from alsdesk.store import Store


@dataclass(frozen=True)
class Services:
    """Every service over one store, handed to the UI and the command line."""

    store: Store
    sets: SetService
    members: MemberService
    schedule: ScheduleService
    meetings: MeetingService
    airtime: AirtimeService
    actions: ActionService
    people: PeopleService
    goals: GoalService
    plan: PlanService
    journal: JournalService

    @classmethod
    def over(cls, store: Store, journal: JournalService | None = None) -> Services:
        return cls(
            store=store,
            sets=SetService(store),
            members=MemberService(store),
            schedule=ScheduleService(store),
            meetings=MeetingService(store),
            airtime=AirtimeService(store),
            actions=ActionService(store),
            people=PeopleService(store),
            goals=GoalService(store),
            plan=PlanService(store),
            journal=journal or JournalService(store),
        )
