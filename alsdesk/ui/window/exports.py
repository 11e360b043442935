"""The main window's exports: ask where to save, then gather and write in a background job.

Every document goes the same way (``alsdesk.documents``): its description names
the file and the save dialog's title and filter; one job
(``alsdesk.ui.common.jobs.write_job``) gathers it and writes it off the GUI
thread, whole or not at all; the status bar and progress indicator follow the
job to its end, whichever way it ends.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox, QProgressBar

from alsdesk.bug_report import BugReport
from alsdesk.documents import Document, by_name
from alsdesk.services.errors import StorageError, UserError
from alsdesk.ui.common.bug_dialog import show_bug
from alsdesk.ui.common.jobs import JobSignals, start, write_job

STATUS_TIMEOUT_MS = 8000


class WindowExports(QObject):
    """Exports for ``window``; it owns the status bar and ``progress`` shows running jobs."""

    def __init__(
        self,
        window: QMainWindow,
        services,
        today: Callable[[], dt.date],
        progress: QProgressBar,
        show_error: Callable[[str], None],
    ):
        super().__init__(window)
        self._window = window
        self._services = services
        self._today = today
        self._progress = progress
        self._show_error = show_error
        self._running: set[JobSignals] = set()  # kept alive until each job ends

    def export(self, name: str, subject: object) -> None:
        """Ask where to save document ``name`` about ``subject``, then write it there."""
        document = by_name(name)
        try:
            stem = document.file_name(self._services, subject)
        except (StorageError, UserError) as exc:  # gone, locked or damaged: say so
            self._show_error(str(exc))
            return
        path = self._ask_save_path(document, stem)
        if path is not None:
            self._run(document, subject, path)

    def _ask_save_path(self, document: Document, stem: str) -> Path | None:
        suggested = str(Path.home() / f"{stem}{document.suffix}")
        chosen, _ = QFileDialog.getSaveFileName(
            self._window, document.title(), suggested, document.file_filter()
        )
        return document.with_suffix(Path(chosen)) if chosen else None

    def _run(self, document: Document, subject: object, path: Path) -> None:
        status = self._window.statusBar()
        self._progress.show()
        status.showMessage(document.progress())
        job = write_job(document, self._services, subject, path, self._today())
        mine: list[JobSignals] = []

        def ended() -> None:
            self._running.difference_update(mine)
            self._progress.setVisible(bool(self._running))

        def finished(written: str) -> None:
            ended()
            status.showMessage(self.tr("Exported to %s") % written, STATUS_TIMEOUT_MS)

        def failed(message: str) -> None:
            ended()
            status.clearMessage()
            QMessageBox.warning(self._window, self.tr("Export failed"), message)

        def crashed(report: BugReport) -> None:
            ended()
            status.clearMessage()
            show_bug(report)

        signals = start(job, finished, failed, crashed, status.showMessage)
        mine.append(signals)
        self._running.add(signals)
