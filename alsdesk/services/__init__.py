"""Plain-Python services: the only code that talks to the store.

A service method opens one short session, does one unit of work in one
transaction and returns frozen dataclasses, never live ORM objects. Two stores
lie beneath: the main one (sets, meetings, people; one day a shared server) and
the private vault on this device (keyring and journal), which ``Vault`` unlocks.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from alsdesk.store import Store

if TYPE_CHECKING:  # imported where first used: start-up loads only what the first page needs
    from alsdesk.services.actions import ActionService
    from alsdesk.services.airtime_phases import PhaseService
    from alsdesk.services.airtime_rounds import AirtimeService
    from alsdesk.services.feedback.service import FeedbackService
    from alsdesk.services.goals import GoalService
    from alsdesk.services.journal.service import JournalService
    from alsdesk.services.meeting_stops import StopService
    from alsdesk.services.meetings import MeetingService
    from alsdesk.services.members import MemberService
    from alsdesk.services.people import PeopleService
    from alsdesk.services.plan import PlanService
    from alsdesk.services.schedule import ScheduleService
    from alsdesk.services.sets import SetService
    from alsdesk.services.vault import Vault


class Services:
    """Every service over one store, handed to the UI and the command line.

    Each service is made (and its module imported) the first time it is asked for,
    so the window's start does not load the areas its first page does not use.
    """

    def __init__(self, store: Store, vault: Vault, journal: JournalService | None = None):
        self.store = store
        self.vault = vault
        if journal is not None:
            self.__dict__["journal"] = journal

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
            from alsdesk.services.vault import Vault

            vault = Vault(_vault_store_beside(store))
        services = cls(store, vault, journal)
        _ = services.journal  # attached to the vault now: it must hear of unlocking
        return services

    @cached_property
    def sets(self) -> SetService:
        from alsdesk.services.sets import SetService

        return SetService(self.store)

    @cached_property
    def members(self) -> MemberService:
        from alsdesk.services.members import MemberService

        return MemberService(self.store)

    @cached_property
    def schedule(self) -> ScheduleService:
        from alsdesk.services.schedule import ScheduleService

        return ScheduleService(self.store)

    @cached_property
    def meetings(self) -> MeetingService:
        from alsdesk.services.meetings import MeetingService

        return MeetingService(self.store)

    @cached_property
    def stops(self) -> StopService:
        from alsdesk.services.meeting_stops import StopService

        return StopService(self.store)

    @cached_property
    def phases(self) -> PhaseService:
        from alsdesk.services.airtime_phases import PhaseService

        return PhaseService(self.store)

    @cached_property
    def airtime(self) -> AirtimeService:
        from alsdesk.services.airtime_rounds import AirtimeService

        return AirtimeService(self.store)

    @cached_property
    def actions(self) -> ActionService:
        from alsdesk.services.actions import ActionService

        return ActionService(self.store)

    @cached_property
    def people(self) -> PeopleService:
        from alsdesk.services.people import PeopleService

        return PeopleService(self.store)

    @cached_property
    def goals(self) -> GoalService:
        from alsdesk.services.goals import GoalService

        return GoalService(self.store)

    @cached_property
    def plan(self) -> PlanService:
        from alsdesk.services.plan import PlanService

        return PlanService(self.store)

    @cached_property
    def journal(self) -> JournalService:
        from alsdesk.services.journal.links import link_options, with_rounds
        from alsdesk.services.journal.service import JournalService

        def links():
            return with_rounds(link_options(self.store), self.feedback)

        return JournalService(self.vault, links)

    @cached_property
    def feedback(self) -> FeedbackService:
        from alsdesk.services.feedback.service import FeedbackService

        return FeedbackService(self.vault)

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
