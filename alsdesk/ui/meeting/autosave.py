"""Save typing shortly after it stops, without a Save button.

Each field schedules its save under a key; the latest save per key runs once
the typing has paused for ``DELAY_MS`` (well inside the one-second promise),
and ``flush()`` runs whatever is pending at once: before the workspace shows
another meeting or presenter, and when the window closes.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from alsdesk.services.errors import StorageError, UserError

DELAY_MS = 400


class Autosaver(QObject):
    saved = Signal()
    failed = Signal(str)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._pending: dict[object, Callable[[], None]] = {}
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DELAY_MS)
        self._timer.timeout.connect(self.flush)

    @property
    def pending(self) -> bool:
        return bool(self._pending)

    def schedule(self, key: object, save: Callable[[], None]) -> None:
        self._pending[key] = save
        self._timer.start()

    def flush(self) -> None:
        self._timer.stop()
        pending, self._pending = self._pending, {}
        failures = []
        for save in pending.values():  # one refused save must not drop the others
            try:
                save()
            except (UserError, StorageError) as exc:
                failures.append(str(exc))
        if failures:
            self.failed.emit(failures[0])
        elif pending:
            self.saved.emit()
