"""The main window's exports: ask where to save, then write in a background thread.

A mixin of ``MainWindow`` (it uses the window's services, status bar and
progress bar), kept apart so the window's module stays about building and
showing pages.
"""

from __future__ import annotations

import functools
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox

from alsdesk.services.errors import StorageError, UserError
from alsdesk.ui.common.jobs import start_export
from alsdesk.ui.journal.export_choice import ExportChoice

STATUS_TIMEOUT_MS = 8000


def _gathering_safely(export):
    """An export whose data cannot be read (locked, damaged) says so over the window."""

    @functools.wraps(export)
    def wrapper(self, *args, **kwargs):
        try:
            return export(self, *args, **kwargs)
        except (StorageError, UserError) as exc:
            self.show_error(str(exc))
            return None

    return wrapper


class WindowExports:
    """Export actions of the main window (mixed into ``MainWindow``)."""

    @_gathering_safely
    def export_meeting_record(self, meeting_id: int) -> None:
        from alsdesk.exports.meeting_pdf import write_meeting_pdf
        from alsdesk.services.records import meeting_record

        record = meeting_record(self.services, meeting_id)
        today = self._today()
        stem = f"{_file_stem(record.action_set.name)} {record.meeting.date:%Y-%m-%d} record"
        path = self._ask_save_path(self.tr("Export meeting record"), stem, ".pdf")
        if path is not None:
            self._run_export(
                lambda target: write_meeting_pdf(record, target, today),
                path,
                self.tr("Exporting the meeting record…"),
            )

    @_gathering_safely
    def export_set_record(self) -> None:
        current = self.current_set()
        if current is None:
            return
        from alsdesk.exports.set_record_pdf import write_set_record_pdf
        from alsdesk.services.records import set_record

        record = set_record(self.services, current.id)
        today = self._today()
        path = self._ask_save_path(
            self.tr("Export set record"), f"{_file_stem(current.name)} record", ".pdf"
        )
        if path is not None:
            self._run_export(
                lambda target: write_set_record_pdf(record, target, today),
                path,
                self.tr("Exporting the set record…"),
            )

    @_gathering_safely
    def export_actions_csv(self) -> None:
        current = self.current_set()
        if current is None:
            return
        from alsdesk.exports.actions_csv import write_actions_csv

        actions = self.services.actions.tracker(current.id)
        today = self._today()
        path = self._ask_save_path(
            self.tr("Export actions"), f"{_file_stem(current.name)} actions", ".csv"
        )
        if path is not None:
            self._run_export(
                lambda target: write_actions_csv(current, actions, target, today),
                path,
                self.tr("Exporting the actions…"),
            )

    @_gathering_safely
    def export_goal_report(self, goal_id: int) -> None:
        from alsdesk.exports.goal_pdf import write_goal_pdf

        report = self.services.goals.report(goal_id)
        today = self._today()
        stem = f"{_file_stem(report.goal.person_name)} - {_file_stem(report.goal.title)}"
        path = self._ask_save_path(self.tr("Export goal progress report"), stem, ".pdf")
        if path is not None:
            self._run_export(
                lambda target: write_goal_pdf(report, target, today),
                path,
                self.tr("Exporting the goal progress report…"),
            )

    @_gathering_safely
    def export_plan(self, person_id: int) -> None:
        from alsdesk.exports.pdp_pdf import write_pdp_pdf

        report = self.services.plan.report(person_id)
        today = self._today()
        stem = f"{_file_stem(report.person_name)} development plan"
        path = self._ask_save_path(self.tr("Export development plan"), stem, ".pdf")
        if path is not None:
            self._run_export(
                lambda target: write_pdp_pdf(report, target, today),
                path,
                self.tr("Exporting the development plan…"),
            )

    @_gathering_safely
    def export_journal(self, choice: ExportChoice) -> None:
        """Chosen journal entries to PDF; the user picked them and said whether to redact."""
        from alsdesk.exports.journal_pdf import JournalExport, write_journal_pdf
        from alsdesk.services.patient_data import redact

        today = self._today()
        me = self.services.people.me()
        links = self.services.journal.link_options()
        export = JournalExport(
            entries=choice.entries,
            author=me.full_name if me else "",
            meeting_labels={m.id: m.label for m in links.meetings},
            goal_labels={g.id: g.label for g in links.goals},
            today=today,
            redact=(lambda text: redact(text, today)) if choice.redact else None,
        )
        count = len(choice.entries)
        stem = "Journal entry" if count == 1 else f"Journal entries ({count})"
        path = self._ask_save_path(self.tr("Export journal entries"), stem, ".pdf")
        if path is not None:
            self._run_export(
                lambda target: write_journal_pdf(target, export),
                path,
                self.tr("Exporting journal entries…"),
            )

    def _ask_save_path(self, title: str, stem: str, suffix: str) -> Path | None:
        kinds = {".ics": self.tr("Calendar (*.ics)"), ".csv": self.tr("CSV (*.csv)")}
        kind = kinds.get(suffix, self.tr("PDF (*.pdf)"))
        suggested = str(Path.home() / f"{stem}{suffix}")
        chosen, _ = QFileDialog.getSaveFileName(self, title, suggested, kind)
        if not chosen:
            return None
        path = Path(chosen)
        return path if path.suffix.lower() == suffix else path.with_name(path.name + suffix)

    @_gathering_safely
    def export_schedule(self, suffix: str) -> None:
        current = self.current_set()
        if current is None:
            return
        path = self._ask_save_path(
            self.tr("Export schedule"), f"{_file_stem(current.name)} schedule", suffix
        )
        if path is None:
            return
        events = self.services.schedule.list_events(current.id)
        if suffix == ".ics":
            from alsdesk.exports.ics import write_schedule_ics

            def write(target: Path) -> None:
                write_schedule_ics(current, events, target)
        else:
            from alsdesk.exports.schedule_pdf import write_schedule_pdf

            def write(target: Path) -> None:
                write_schedule_pdf(current, events, target)

        self._run_export(write, path, self.tr("Exporting the schedule…"))

    def _run_export(self, write, path: Path, message: str) -> None:
        """Write in a background thread; the status bar says when it is done."""
        self.progress.show()
        self.statusBar().showMessage(message)
        job: list = []  # the job's signals, known once it has started

        def finished(written: str) -> None:
            self._exports.difference_update(job)
            self._export_finished(written)

        def failed(message: str) -> None:
            self._exports.difference_update(job)
            self._export_failed(message)

        signals = start_export(write, path, finished, failed)
        job.append(signals)
        self._exports.add(signals)

    def _export_finished(self, path: str) -> None:
        self.progress.setVisible(bool(self._exports))
        self.statusBar().showMessage(self.tr("Exported to %s") % path, STATUS_TIMEOUT_MS)

    def _export_failed(self, message: str) -> None:
        self.progress.setVisible(bool(self._exports))
        self.statusBar().clearMessage()
        QMessageBox.warning(self, self.tr("Export failed"), message)


def _file_stem(name: str) -> str:
    return "".join(c if c.isalnum() or c in " -_" else "_" for c in name).strip() or "set"
