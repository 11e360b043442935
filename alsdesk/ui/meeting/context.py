"""What every panel of the meeting workspace shares: its services, the clock, autosave."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from alsdesk.services.actions import ActionService
from alsdesk.services.airtime_phases import PhaseService
from alsdesk.services.airtime_rounds import AirtimeService
from alsdesk.services.errors import StorageError, UserError
from alsdesk.services.goals import GoalService
from alsdesk.services.meeting_stops import StopService
from alsdesk.services.meetings import DEFAULT_TIMEZONE, MeetingService
from alsdesk.settings import AppSettings
from alsdesk.ui.meeting.autosave import Autosaver

Clock = Callable[[], dt.datetime]
"""Wall-clock now as naive UTC, the form the airtime timer stores."""


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def local_time(utc: dt.datetime, timezone: str) -> dt.datetime:
    """Naive local wall-clock time in ``timezone``, as meeting times are stored."""
    return utc.replace(tzinfo=dt.UTC).astimezone(ZoneInfo(timezone)).replace(tzinfo=None)


@dataclass
class MeetingContext:
    """The services the meeting's panels use (and nothing else), the clock and autosave."""

    meetings: MeetingService
    airtime: AirtimeService
    actions: ActionService
    goals: GoalService
    stops: StopService
    phases: PhaseService
    clock: Clock
    autosave: Autosaver
    timezone: str = DEFAULT_TIMEZONE
    """The open meeting's set's time zone (MeetingInfo.timezone), set as it opens."""
    preferences: AppSettings | None = None
    """The user's settings (the timer's sound cues); None in tests of a panel alone."""

    def local_now(self) -> dt.datetime:
        return local_time(self.clock(), self.timezone)

    @contextmanager
    def reporting(self) -> Iterator[None]:
        """Around a click that writes: a storage failure or a refusal ends the block and
        is shown in the header ("Not saved: ...", which says nothing was changed), never
        as a traceback. The rest of the block (a reload, a signal) is skipped."""
        try:
            yield
        except (UserError, StorageError) as exc:
            self.autosave.failed.emit(str(exc))
