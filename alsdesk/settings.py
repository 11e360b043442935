"""The user's preferences: one module over the one settings file in the data folder.

Every preference alsdesk keeps is read and written here, under the keys below, in
``settings.ini`` (``alsdesk.paths.DataPaths.settings``, a ``QSettings`` INI file; the
window's size and the pages it showed are in the same file, ``ui/window/saved_state.py``).
Two things are deliberately elsewhere: the data folder itself (it holds this file, so it is
chosen before the file is read: ``--data-dir`` or ``ALSDESK_DATA_DIR``), and the journal's
auto-lock minutes, which belong to the private journal and are kept in its vault
(``services.vault.Vault.idle_minutes``) so that they travel with it.

A bad or missing value reads as its default, never as an error. ``changed`` says which
key was written, so what shows a preference can follow it without a restart.

The default airtime phases (the parts timed within a presenter's airtime) are one more
entry of ``MeetingDefaults``: a new set starts with them (``ui/sets/editor.py``); each set
then keeps its own (the meeting's Phases… dialog). None there means the standard phases.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QObject, QSettings, Signal

from alsdesk.services import airtime_phases
from alsdesk.services.airtime_phases import PhaseSpec
from alsdesk.services.backup import DEFAULT_KEEP_DAILY, DEFAULT_KEEP_WEEKLY
from alsdesk.services.errors import UserError

THEME = "appearance/theme"
SOUND_CUES = "meeting/sound_cues"
MEETING_START = "meeting/default_start"
MEETING_END = "meeting/default_end"
MEETING_PHASES = "meeting/default_phases"
"""JSON as a set stores it (``airtime_phases.dumps``); absent: the standard phases."""
KEEP_DAILY = "backups/keep_daily"
KEEP_WEEKLY = "backups/keep_weekly"
TOUR_SEEN = "help/tour_seen"
JOURNAL_LOCK = "journal/lock_minutes"
"""Not in the file: the name ``changed`` carries when the vault's auto-lock changed."""

THEMES = ("system", "light", "dark")
MAX_DAILY = 60
MAX_WEEKLY = 52


@dataclass(frozen=True)
class MeetingDefaults:
    """What a new set meeting starts with in the event dialog."""

    start: dt.time = dt.time(9, 30)
    end: dt.time = dt.time(16, 30)
    phases: tuple[PhaseSpec, ...] | None = None
    """The airtime phases a new set starts with; None: the standard ones."""


_meeting_defaults = MeetingDefaults()


def meeting_defaults() -> MeetingDefaults:
    """The default meeting times in use (set from the settings file at start and on change)."""
    return _meeting_defaults


class AppSettings(QObject):
    """Typed access to the settings file; ``changed(key)`` after every write."""

    changed = Signal(str)

    def __init__(self, settings: QSettings, parent: QObject | None = None):
        super().__init__(parent)
        self.qsettings = settings
        self._publish_meeting_defaults()

    # -- appearance -------------------------------------------------------------

    @property
    def theme(self) -> str:
        value = str(self.qsettings.value(THEME) or "system")
        return value if value in THEMES else "system"

    @theme.setter
    def theme(self, value: str) -> None:
        self._write(THEME, value if value in THEMES else "system")

    # -- meetings -----------------------------------------------------------------

    @property
    def sound_cues(self) -> bool:
        return _flag(self.qsettings.value(SOUND_CUES), default=False)

    @sound_cues.setter
    def sound_cues(self, on: bool) -> None:
        self._write(SOUND_CUES, bool(on))

    @property
    def meeting_start(self) -> dt.time:
        return _time(self.qsettings.value(MEETING_START), MeetingDefaults.start)

    @property
    def meeting_end(self) -> dt.time:
        return _time(self.qsettings.value(MEETING_END), MeetingDefaults.end)

    def set_meeting_times(self, start: dt.time, end: dt.time) -> None:
        """The default start and end of a new meeting (``end`` after ``start``)."""
        if end <= start:
            raise ValueError("a meeting ends after it starts")
        self.qsettings.setValue(MEETING_START, start.strftime("%H:%M"))
        self._write(MEETING_END, end.strftime("%H:%M"))
        self._publish_meeting_defaults()

    @property
    def meeting_phases(self) -> tuple[PhaseSpec, ...] | None:
        """The phases a new set starts with (an empty tuple: none, each airtime timed whole);
        None when never chosen or unreadable, which means the standard phases."""
        text = self.qsettings.value(MEETING_PHASES)
        if not text:
            return None
        try:
            return airtime_phases.validated(list(airtime_phases.loads_strict(str(text))))
        except (ValueError, UserError):
            return None

    def set_meeting_phases(self, phases: list[PhaseSpec] | tuple[PhaseSpec, ...] | None) -> None:
        """Keep the phases of new sets (validated: a ValidationError says what is wrong);
        None goes back to the standard phases."""
        if phases is None:
            self.qsettings.remove(MEETING_PHASES)
            self.qsettings.sync()
            self.changed.emit(MEETING_PHASES)
        else:
            self._write(
                MEETING_PHASES, airtime_phases.dumps(airtime_phases.validated(list(phases)))
            )
        self._publish_meeting_defaults()

    # -- backups ------------------------------------------------------------------

    @property
    def keep_daily(self) -> int:
        return _number(self.qsettings.value(KEEP_DAILY), DEFAULT_KEEP_DAILY, 1, MAX_DAILY)

    @property
    def keep_weekly(self) -> int:
        return _number(self.qsettings.value(KEEP_WEEKLY), DEFAULT_KEEP_WEEKLY, 0, MAX_WEEKLY)

    def set_backups_kept(self, daily: int, weekly: int) -> None:
        self.qsettings.setValue(KEEP_DAILY, min(max(daily, 1), MAX_DAILY))
        self._write(KEEP_WEEKLY, min(max(weekly, 0), MAX_WEEKLY))

    # -- help ---------------------------------------------------------------------

    @property
    def tour_seen(self) -> bool:
        return _flag(self.qsettings.value(TOUR_SEEN), default=False)

    @tour_seen.setter
    def tour_seen(self, seen: bool) -> None:
        self._write(TOUR_SEEN, bool(seen))

    # -- internals ----------------------------------------------------------------

    def _write(self, key: str, value: object) -> None:
        self.qsettings.setValue(key, value)
        self.qsettings.sync()
        self.changed.emit(key)

    def _publish_meeting_defaults(self) -> None:
        global _meeting_defaults
        start, end = self.meeting_start, self.meeting_end
        if end <= start:
            start, end = MeetingDefaults.start, MeetingDefaults.end
        _meeting_defaults = MeetingDefaults(start, end, self.meeting_phases)


def _flag(value: object, default: bool) -> bool:
    if value is None or value == "":
        return default
    return str(value).lower() in ("true", "1", "yes", "on")


def _number(value: object, default: int, low: int, high: int) -> int:
    try:
        number = int(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return default
    return number if low <= number <= high else default


def _time(value: object, default: dt.time) -> dt.time:
    try:
        return dt.datetime.strptime(str(value), "%H:%M").time()
    except ValueError:
        return default
