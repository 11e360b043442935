"""One alsdesk per data folder: a lock file beside the database.

The window holds the lock while it runs, and the command line's write commands
(``demo``, ``restore``) hold it while they write, so two copies never write over
each other's work. A lock left by a crashed run (its process is gone) is taken
over; Qt's QLockFile knows how to tell, on every platform, from the process id
and host name it writes into the file. Only QtCore is used here, so the command
line can take the lock without loading any widgets.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

LOCK_NAME = "alsdesk.lock"


class DataFolderInUseError(Exception):
    """Another alsdesk (the window or a command) is using this data folder."""


class DataFolderLock:
    """The data folder's lock; ``acquire()`` is False if another copy holds it."""

    def __init__(self, root: Path) -> None:
        from PySide6.QtCore import QLockFile

        self.root = root
        self._lock = QLockFile(str(root / LOCK_NAME))
        # 0: never stale by age (the window runs for hours); only when its process is gone.
        self._lock.setStaleLockTime(0)

    @property
    def server_name(self) -> str:
        """The local-socket name the window listens on: one per data folder and user."""
        digest = hashlib.sha256(str(self.root.resolve()).encode("utf-8")).hexdigest()
        return f"alsdesk-{digest[:20]}"

    def acquire(self) -> bool:
        """Take the lock now (a stale one is taken over); never waits for a live holder."""
        if self._lock.tryLock(0):
            return True
        # tryLock already removes a lock whose process is gone; ask once more in
        # case the holder quit between the two looks.
        self._lock.removeStaleLockFile()
        return self._lock.tryLock(0)

    def holder_pid(self) -> int | None:
        info = self._lock.getLockInfo()  # PySide: (pid, host, app), pid 0 when none
        return info[0] or None if info else None

    def release(self) -> None:
        self._lock.unlock()

    def __enter__(self) -> DataFolderLock:
        if not self.acquire():
            raise DataFolderInUseError(
                f"alsdesk is open on the data folder {self.root}; "
                "close it first, then run this command again. Nothing was changed."
            )
        return self

    def __exit__(self, *_exc) -> None:
        self.release()
