"""Write export files off the GUI thread, so the window never freezes."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class ExportSignals(QObject):
    finished = Signal(str)
    """The path written."""
    failed = Signal(str)
    """A sentence for the user."""


class ExportJob(QRunnable):
    """Runs ``write(path)``; reports through ``signals`` on the GUI thread."""

    def __init__(self, write: Callable[[Path], None], path: Path):
        super().__init__()
        self.signals = ExportSignals()
        self._write = write
        self._path = path

    def run(self) -> None:
        try:
            self._write(self._path)
        except OSError as exc:
            self.signals.failed.emit(f"Could not write {self._path}: {exc.strerror or exc}")
            return
        self.signals.finished.emit(str(self._path))


def start_export(
    write: Callable[[Path], None],
    path: Path,
    on_finished: Callable[[str], None],
    on_failed: Callable[[str], None],
) -> ExportSignals:
    """Run ``write(path)`` on the thread pool; the handlers hear how it ended.

    They are connected before the job starts: a worker that fails or finishes at
    once would otherwise emit before anyone listens, and its result would be lost.
    """
    job = ExportJob(write, path)
    job.setAutoDelete(False)
    signals = job.signals
    signals.job = job  # keep the job alive as long as its signals are referenced
    signals.finished.connect(on_finished)
    signals.failed.connect(on_failed)
    QThreadPool.globalInstance().start(job)
    return signals
