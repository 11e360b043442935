"""The unlocked journal in the window: its in-memory index, and locking when idle.

``JournalSession`` owns the state that exists only while the journal is open:
the decrypted entries, held in a ``JournalIndex`` for search. ``lock()`` asks
every view to save and clear itself (``locking``), drops the index and the key,
then says ``locked``. ``IdleLock`` watches keyboard and mouse input across the
application and locks after the user's idle time, read from an injected clock.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QDialog

from alsdesk.i18n import translate
from alsdesk.services.journal.entries import Entry, EntryDraft
from alsdesk.services.journal.links import LinkOptions
from alsdesk.services.journal.search import JournalIndex
from alsdesk.services.journal.service import DamagedEntry, JournalContents, JournalService
from alsdesk.services.vault import Vault

Clock = Callable[[], dt.datetime]


@dataclass(frozen=True)
class Opened:
    """What unlocking read: every entry decrypted, and the search index over them."""

    contents: JournalContents
    index: JournalIndex
    links: LinkOptions | None = None


IDLE_CHECK_MS = 1000
ACTIVITY = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
}


class JournalSession(QObject):
    unlocked = Signal()
    locking = Signal()
    """Save what is being typed and clear every widget: the journal is about to lock."""
    locked = Signal()
    entries_changed = Signal()
    """Entries were added, saved or deleted; lists and filters should refresh."""
    idle_minutes_changed = Signal(int)

    def __init__(self, journal: JournalService, vault: Vault, parent: QObject | None = None):
        super().__init__(parent)
        self.journal = journal
        self.vault = vault  # unlocks and locks; the journal seals under the key it opens
        self.index = JournalIndex()
        self.damaged: tuple[DamagedEntry, ...] = ()
        self.missing = 0  # entries the journal recorded that are gone from the database
        self.notice = ""  # what unlocking found about the journal as a whole
        self._links: LinkOptions | None = None  # read with the entries, for the first view

    def link_options(self) -> LinkOptions:
        """The meetings and goals to link to: read with the entries once, then afresh."""
        links, self._links = self._links, None
        return links if links is not None else self.journal.link_options()

    @property
    def is_unlocked(self) -> bool:
        return self.vault.is_unlocked

    def opened(self) -> None:
        """The service was just unlocked (by passphrase, recovery key or set-up): read it all.

        On the GUI thread; the window reads in a worker instead (``read`` then ``adopt``).
        """
        self.adopt(self.read())

    def read(self, progress: Callable[[str], None] | None = None) -> Opened:
        """Decrypt every entry and build the search index: long work, safe off the GUI thread.

        It changes nothing here; hand the result to :meth:`adopt` on the GUI thread.
        """
        reading = translate("JournalSession", "Opening entry %s of %s…")
        indexing = translate("JournalSession", "Making the journal searchable…")

        def counted(done: int, total: int) -> None:
            if progress is not None:
                progress(reading % (f"{done + 1:,}", f"{total:,}"))

        contents = self.journal.read_all(counted)
        if progress is not None:
            progress(indexing)
        index = JournalIndex(contents.entries)
        return Opened(contents, index, self.journal.link_options())

    def adopt(self, opened: Opened) -> None:
        """Take what :meth:`read` found and say the journal is open (GUI thread)."""
        contents = opened.contents
        self.index = opened.index
        self._links = opened.links
        self.damaged = contents.damaged
        self.missing, self.notice = contents.missing, contents.notice
        self.unlocked.emit()

    def lock(self) -> None:
        if not self.vault.is_unlocked:
            return
        self.locking.emit()
        self.index.clear()
        self.index = JournalIndex()
        self.damaged, self.missing, self.notice = (), 0, ""
        self._links = None
        self.vault.lock()  # the key is forgotten for every area, not the journal alone
        self.locked.emit()

    def add(self, draft: EntryDraft) -> Entry:
        entry = self.journal.add(draft)
        self.index.put(entry)
        self.entries_changed.emit()
        return entry

    def save(self, entry_id: int, draft: EntryDraft, expected_version: int | None = None) -> Entry:
        entry = self.journal.save(entry_id, draft, expected_version)
        self.index.put(entry)
        self.entries_changed.emit()
        return entry

    def accept_missing(self) -> None:
        """The member has read that entries are missing: stop saying so."""
        self.journal.accept_missing()
        self.missing = 0
        self.entries_changed.emit()

    def delete(self, entry_id: int) -> None:
        self.journal.delete(entry_id)
        self.index.remove(entry_id)
        self.damaged = tuple(d for d in self.damaged if d.id != entry_id)
        self.entries_changed.emit()


class IdleLock(QObject):
    """Locks the session after ``minutes`` without keyboard or mouse input."""

    def __init__(self, session: JournalSession, clock: Clock, parent: QObject | None = None):
        super().__init__(parent)
        self._session = session
        self._clock = clock
        self._last_activity = clock()
        self.minutes = 10
        self._timer = QTimer(self)
        self._timer.setInterval(IDLE_CHECK_MS)
        self._timer.timeout.connect(self.check)
        session.unlocked.connect(self._start)
        session.locked.connect(self._stop)
        session.idle_minutes_changed.connect(self._set_minutes)

    def _start(self) -> None:
        """Watch input only while the journal is open: the filter sees every event."""
        self.minutes = self._session.vault.idle_minutes()
        self._last_activity = self._clock()
        QApplication.instance().installEventFilter(self)
        self._timer.start()

    def _stop(self) -> None:
        self._timer.stop()
        QApplication.instance().removeEventFilter(self)

    def _set_minutes(self, minutes: int) -> None:
        self.minutes = minutes

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in ACTIVITY:
            self._last_activity = self._clock()
        return False

    def check(self) -> None:
        if not self._session.is_unlocked:
            return
        if self._clock() - self._last_activity < dt.timedelta(minutes=self.minutes):
            return
        modal = QApplication.activeModalWidget()
        if modal is not None:
            # Close the open dialog first (it may show journal text, and the code that
            # opened it is waiting on it); the next check, a second later, locks.
            if isinstance(modal, QDialog):
                modal.reject()
            else:
                modal.close()
            return
        self._session.lock()
