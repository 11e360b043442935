"""Plain-Python services: the only code that talks to the store.

A service method opens one short session, does one unit of work in one
transaction and returns frozen dataclasses, never live ORM objects. Two stores
lie beneath: the main one (sets, meetings, people; one day a shared server) and
the private vault on this device (keyring and journal), which ``Vault`` unlocks.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import partial

from alsdesk.services.actions import ActionService
from alsdesk.services.airtime_phases import PhaseService
from alsdesk.services.airtime_rounds import AirtimeService
from alsdesk.services.feedback.service import FeedbackService
from alsdesk.services.goals import GoalService
from alsdesk.services.journal.links import link_options
from alsdesk.services.journal.service import JournalService
from alsdesk.services.meeting_stops import StopService
from alsdesk.services.meetings import MeetingService
from alsdesk.services.members import MemberService
from alsdesk.services.people import PeopleService
from alsdesk.services.plan import PlanService
from alsdesk.services.schedule import ScheduleService
from alsdesk.services.sets import SetService
from alsdesk.services.vault import Vault
from alsdesk.store import Store


@dataclass(frozen=True)
class Services:
    """Every service over one store, handed to the UI and the command line."""

    store: Store
    sets: SetService
    members: MemberService
    schedule: ScheduleService
    meetings: MeetingService
    stops: StopService
    phases: PhaseService
    airtime: AirtimeService
    actions: ActionService
    people: PeopleService
    goals: GoalService
    plan: PlanService
    vault: Vault
    journal: JournalService
    feedback: FeedbackService

    @classmethod
    def over(
        cls, store: Store, *, vault: Vault | None = None, journal: JournalService | None = None
    ) -> Services:
        """Every service over ``store``, with the vault given or the one beside its file.

        The vault beside an SQLite file is ``private.sqlite3`` in the same folder (an
        in-memory store gets an in-memory vault); the app passes the data folder's.
        """
        if journal is not None:
            vault = journal.vault
        if vault is None:
            vault = Vault(_vault_store_beside(store))
        return cls(
            store=store,
            sets=SetService(store),
            members=MemberService(store),
            schedule=ScheduleService(store),
            meetings=MeetingService(store),
            stops=StopService(store),
            phases=PhaseService(store),
            airtime=AirtimeService(store),
            actions=ActionService(store),
            people=PeopleService(store),
            goals=GoalService(store),
            plan=PlanService(store),
            vault=vault,
            journal=journal or JournalService(vault, partial(link_options, store)),
            feedback=FeedbackService(vault),
        )

    def close(self) -> None:
        """Lock the vault and close both stores."""
        self.vault.lock()
        self.vault.store.close()
        self.store.close()


def _vault_store_beside(store: Store) -> Store:
    from alsdesk.store.vault import open_vault, vault_beside

    if store.path is None:
        return open_vault(":memory:")
    return open_vault(vault_beside(store.path), store.path.parent / "backups")
