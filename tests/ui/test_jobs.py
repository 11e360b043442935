"""Background jobs end with exactly one signal, whatever happens, and never leave half a file."""

from __future__ import annotations

import dataclasses
import datetime as dt
import errno

import pytest

from alsdesk.documents import by_name
from alsdesk.ui.common.jobs import read_job, start, write_job

TODAY = dt.date(2026, 11, 23)


class Ending:
    """What a job's handlers heard."""

    def __init__(self):
        self.finished: list = []
        self.failed: list[str] = []
        self.crashed: list = []
        self.progress: list[str] = []

    def start(self, job):
        return start(
            job,
            self.finished.append,
            self.failed.append,
            self.crashed.append,
            self.progress.append,
        )

    def count(self) -> int:
        return len(self.finished) + len(self.failed) + len(self.crashed)


@pytest.fixture
def cedar(make_set, services):
    action_set = make_set("Cedar set")
    services.schedule.generate_default(action_set.id, dt.date(2026, 9, 14))
    return action_set


def run(qtbot, job) -> Ending:
    ending = Ending()
    ending.start(job)
    qtbot.waitUntil(lambda: ending.count() == 1, timeout=30_000)
    return ending


def files_in(folder) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def document_writing(name: str, write):
    return dataclasses.replace(by_name(name), write=write)


def test_a_write_job_gathers_writes_and_reports_its_progress(qtbot, services, cedar, tmp_path):
    folder = tmp_path / "exports"
    folder.mkdir()
    target = folder / "cedar.ics"

    ending = run(qtbot, write_job(by_name("schedule-ics"), services, cedar.id, target, TODAY))

    assert ending.finished == [str(target)]
    assert target.read_bytes().startswith(b"BEGIN:VCALENDAR")
    assert files_in(folder) == ["cedar.ics"]
    assert ending.progress == ["Reading the data…", "Exporting the schedule…"]


def test_a_full_disk_is_a_sentence_and_leaves_no_file(qtbot, services, cedar, tmp_path):
    def full_disk(data, path):
        raise OSError(errno.ENOSPC, "No space left on device")

    target = tmp_path / "exports" / "cedar.pdf"
    target.parent.mkdir()
    document = document_writing("schedule-pdf", full_disk)

    ending = run(qtbot, write_job(document, services, cedar.id, target, TODAY))

    assert ending.failed == [f"Could not write {target}: the disk is full. Nothing was changed."]
    assert ending.finished == ending.crashed == []
    assert files_in(target.parent) == []


def test_a_writer_that_fails_half_way_leaves_neither_the_target_nor_a_temporary(
    qtbot, services, cedar, tmp_path
):
    def half_then_fail(data, path):
        with path.open("w") as file:
            file.write("Member,Action\nAmira,half a row")
        raise OSError(errno.EIO, "Input/output error")

    target = tmp_path / "exports" / "actions.csv"
    target.parent.mkdir()
    document = document_writing("actions", half_then_fail)

    ending = run(qtbot, write_job(document, services, cedar.id, target, TODAY))

    assert ending.failed == [f"Could not write {target}: Input/output error. Nothing was changed."]
    assert files_in(target.parent) == []


def test_a_writer_bug_is_reported_as_a_bug_and_logged(
    qtbot, services, cedar, tmp_path, bug_reports, log_folder
):
    def broken(data, path):
        return len(data.events) / 0

    target = tmp_path / "exports" / "cedar.pdf"
    target.parent.mkdir()
    document = document_writing("schedule-pdf", broken)

    ending = run(qtbot, write_job(document, services, cedar.id, target, TODAY))

    assert ending.failed == ending.finished == []
    [report] = ending.crashed
    assert report is bug_reports[0]
    assert "ZeroDivisionError: division by zero" in report.text
    assert "the schedule-pdf export" in report.text
    assert "ZeroDivisionError at tests/ui/test_jobs.py:" in (log_folder / "alsdesk.log").read_text()
    assert files_in(target.parent) == []


def test_a_read_job_returns_what_it_read(qtbot, tmp_path):
    source = tmp_path / "feedback.csv"
    source.write_text("rater,score\nA,4\n", encoding="utf-8")

    ending = run(
        qtbot, read_job(lambda path: path.read_text(encoding="utf-8").splitlines(), source)
    )

    assert ending.finished == [["rater,score", "A,4"]]


def test_a_read_job_words_a_missing_file_and_reports_a_parser_bug(qtbot, tmp_path, bug_reports):
    missing = tmp_path / "gone" / "feedback.csv"
    ending = run(qtbot, read_job(lambda path: path.read_text(), missing))
    assert ending.failed == [
        f"Could not read {missing}: the folder {missing.parent} does not exist."
    ]

    present = tmp_path / "feedback.csv"
    present.write_text("rater\n")
    ending = run(qtbot, read_job(lambda path: int(path.read_text()), present))
    assert ending.failed == []
    assert ending.crashed[0].summary.startswith("ValueError at ")
    assert "invalid literal" not in ending.crashed[0].text  # int() quotes what it read
