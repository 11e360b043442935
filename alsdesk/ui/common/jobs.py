"""Long work off the GUI thread: one ``Job`` for writing documents and reading files.

A job runs ``work(progress)`` on the global thread pool and ends with exactly
one of three signals, delivered on the GUI thread:

- ``finished(result)``: the path written, or what was read;
- ``failed(sentence)``: the user's environment (a full disk, a folder they may
  not write to, a locked or damaged database), worded by
  ``alsdesk.documents.explain``;
- ``crashed(report)``: our bug, already logged (``alsdesk.bug_report``); the
  default handler shows the bug dialog.

So whoever shows a progress indicator can always stop it. ``start`` connects
the handlers before the job starts: a job that ends at once would otherwise
emit before anyone listens.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal

from alsdesk import bug_report
from alsdesk.documents import Document, explain, write_atomically

Progress = Callable[[str], None]


class JobSignals(QObject):
    progress = Signal(str)
    """What the job is doing now, for the status bar."""
    finished = Signal(object)
    """The result: the path written, or what was read."""
    failed = Signal(str)
    """A sentence for the user: something in their environment stopped the job."""
    crashed = Signal(object)
    """A ``bug_report.BugReport``: our bug, already logged."""


class Job(QRunnable):
    """Runs ``work(progress)``; ``explain(error)`` words the user's problems, None for a bug."""

    def __init__(
        self,
        work: Callable[[Progress], Any],
        explain_failure: Callable[[BaseException], str | None],
        where: str = "a background job",
    ):
        super().__init__()
        self.setAutoDelete(False)  # its signals keep it alive until they are dropped
        self.signals = JobSignals()
        self._work = work
        self._explain = explain_failure
        self._where = where

    def run(self) -> None:
        try:
            result = self._work(self.signals.progress.emit)
        except Exception as error:  # every exception ends the job with a signal
            message = self._explain(error)
            if message is None:
                self.signals.crashed.emit(bug_report.record(error, self._where))
            else:
                self.signals.failed.emit(message)
            return
        self.signals.finished.emit(result)


def write_job(document: Document, services, subject: object, path: Path, today: dt.date) -> Job:
    """Gather ``document`` about ``subject`` and write it to ``path``, whole or not at all."""

    def work(progress: Progress) -> str:
        progress(QCoreApplication.translate("Job", "Reading the data…"))
        data = document.gather(services, subject, today)
        progress(document.progress())
        write_atomically(
            path,
            lambda temporary: document.write(data, temporary),
            private=document.personal,
        )
        return str(path)

    return Job(
        work,
        lambda error: explain(error, path, writing=True),
        f"the {document.name} export",  # the document's name, never its content
    )


def read_job(read: Callable[[Path], Any], path: Path) -> Job:
    """Read ``path`` with ``read(path)`` (an import); failures are routed as for writing."""
    return Job(
        lambda progress: read(path),
        lambda error: explain(error, path, writing=False),
        "a background read",
    )


def start(
    job: Job,
    on_finished: Callable[[Any], None],
    on_failed: Callable[[str], None],
    on_crashed: Callable[[bug_report.BugReport], None] | None = None,
    on_progress: Callable[[str], None] | None = None,
) -> JobSignals:
    """Connect the handlers, then run ``job`` on the global thread pool.

    ``on_crashed`` defaults to the bug dialog. Keep the returned signals until
    the job ends: they keep the job alive.
    """
    from alsdesk.ui.common.bug_dialog import show_bug

    signals = job.signals
    signals.job = job  # type: ignore[attr-defined]
    signals.finished.connect(on_finished)
    signals.failed.connect(on_failed)
    signals.crashed.connect(on_crashed or show_bug)
    if on_progress is not None:
        signals.progress.connect(on_progress)
    QThreadPool.globalInstance().start(job)
    return signals
