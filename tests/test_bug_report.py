"""Our bugs become a report free of personal text, logged in a private, rotating file."""

from __future__ import annotations

import os
import sys
import threading

from alsdesk import __version__, bug_report

SECRET = "SECRET-JOURNAL-TEXT"


def raise_with_personal_text(entry_text: str) -> None:
    sentence = f"Could not tag the entry {entry_text!r}"  # a local holding the text
    raise ValueError(sentence)


def caught(function, *args) -> BaseException:
    try:
        function(*args)
    except Exception as exc:
        return exc
    raise AssertionError("did not raise")


def test_a_report_names_the_bug_and_its_frames_but_not_the_personal_text(bug_reports):
    error = caught(raise_with_personal_text, SECRET)

    report = bug_report.record(error, "a test")

    assert SECRET not in report.text
    assert "ValueError (message withheld" in report.text
    assert f"alsdesk {__version__}: unexpected error in a test" in report.text
    assert "tests/test_bug_report.py:" in report.text
    assert "in raise_with_personal_text" in report.text
    assert report.summary.startswith("ValueError at tests/test_bug_report.py:")
    assert bug_reports == [report]


def test_an_interpreter_message_about_code_is_kept(bug_reports):
    report = bug_report.record(caught(lambda: 1 / 0), "a test")

    assert "ZeroDivisionError: division by zero" in report.text


def test_every_exception_of_a_chain_is_listed_without_messages_that_might_hold_data(bug_reports):
    def wrapped():
        try:
            {}[SECRET]
        except KeyError as exc:
            raise RuntimeError(SECRET) from exc

    report = bug_report.record(caught(wrapped), "a test")

    assert SECRET not in report.text
    key_error, runtime_error = report.text.index("KeyError"), report.text.index("RuntimeError")
    assert key_error < report.text.index("The above was the direct cause of:") < runtime_error


def test_the_log_holds_the_report_privately(bug_reports, log_folder):
    report = bug_report.record(caught(raise_with_personal_text, SECRET), "a test")

    assert report.log_path == log_folder / bug_report.LOG_NAME
    logged = report.log_path.read_text(encoding="utf-8")
    assert report.summary in logged and "in raise_with_personal_text" in logged
    assert SECRET not in logged
    if os.name == "posix":
        assert log_folder.stat().st_mode & 0o777 == 0o700
        assert report.log_path.stat().st_mode & 0o777 == 0o600


def test_the_log_rotates_and_every_file_stays_private(bug_reports, log_folder, monkeypatch):
    monkeypatch.setattr(bug_report, "LOG_MAX_BYTES", 2_000)
    for _ in range(30):  # about 500 bytes each: more than the four files hold
        bug_report.record(caught(lambda: 1 / 0), "a test")

    files = sorted(p.name for p in log_folder.iterdir())
    assert files == ["alsdesk.log", "alsdesk.log.1", "alsdesk.log.2", "alsdesk.log.3"]
    if os.name == "posix":
        assert {(log_folder / f).stat().st_mode & 0o777 for f in files} == {0o600}


def test_a_log_that_cannot_be_written_still_gives_the_report(bug_reports, log_folder):
    log_folder.write_text("a file where the folder should be")

    report = bug_report.record(caught(lambda: 1 / 0), "a test")

    assert report.log_path is None
    assert "ZeroDivisionError" in report.text


def test_installed_hooks_report_uncaught_exceptions_of_any_thread(bug_reports):
    seen: list[bug_report.BugReport] = []
    before = (sys.excepthook, threading.excepthook)
    uninstall = bug_report.install(seen.append)
    try:
        error = caught(raise_with_personal_text, SECRET)
        sys.excepthook(type(error), error, error.__traceback__)
        worker = threading.Thread(target=raise_with_personal_text, args=(SECRET,))
        worker.start()
        worker.join()
    finally:
        uninstall()

    assert [r.summary.split()[0] for r in seen] == ["ValueError", "ValueError"]
    assert "a background thread" in seen[1].text
    assert all(SECRET not in r.text for r in seen)
    assert (sys.excepthook, threading.excepthook) == before


def test_ctrl_c_keeps_its_usual_meaning(bug_reports, monkeypatch):
    kind = KeyboardInterrupt
    passed: list = []
    monkeypatch.setattr(sys, "excepthook", lambda *args: passed.append(args[0]))
    uninstall = bug_report.install(lambda report: None)
    try:
        sys.excepthook(kind, kind(), None)
    finally:
        uninstall()

    assert passed == [kind]
    assert bug_reports == []
