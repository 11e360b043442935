"""A bug anywhere is one friendly dialog with a copyable report and a log line; the app stays up.

pytest-qt normally catches exceptions raised in slots itself (and fails the
test) by replacing ``sys.excepthook`` while a test runs. The slot test turns
that off (``qt_no_exception_capture``) so that the app's own hook is the one
PySide calls, exactly as in the running app; if the hook were missing, no
dialog would appear and the test would fail.
"""

from __future__ import annotations

import datetime as dt
import threading

import pytest
from PySide6.QtWidgets import QApplication, QFileDialog, QPushButton

from alsdesk.ui.common import bug_dialog
from tests.ui.conftest import click

SECRET = "SECRET-JOURNAL-TEXT"


def open_dialog(qtbot) -> bug_dialog.BugDialog:
    qtbot.waitUntil(lambda: bug_dialog.current() is not None, timeout=30_000)
    dialog = bug_dialog.current()
    qtbot.addWidget(dialog)
    return dialog


@pytest.mark.qt_no_exception_capture
def test_a_bug_in_a_slot_shows_the_report_logs_it_and_the_app_carries_on(
    qtbot, qapp, bug_reports, log_folder
):
    undo = bug_dialog.install(qapp)
    button = QPushButton("Tag the entry")
    qtbot.addWidget(button)
    button.show()
    clicks: list[int] = []

    def tag_entry() -> None:
        clicks.append(1)
        entry_text = SECRET  # personal text in a local and in the message
        raise ValueError(f"cannot tag {entry_text}")

    button.clicked.connect(tag_entry)
    try:
        click(qtbot, button)
        dialog = open_dialog(qtbot)
        report = dialog.report.toPlainText()
        assert report.startswith("alsdesk ")
        assert "ValueError (message withheld" in report and "in tag_entry" in report
        assert SECRET not in report
        log = (log_folder / "alsdesk.log").read_text(encoding="utf-8")
        assert "ERROR ValueError at tests/ui/test_bug_dialog.py:" in log
        assert SECRET not in log
        assert str(log_folder / "alsdesk.log") in dialog.log_label.text()

        click(qtbot, dialog.copy_button)
        assert QApplication.clipboard().text() == report

        click(qtbot, button)  # still up, and the same dialog counts the second time
        qtbot.waitUntil(lambda: len(bug_reports) == 2, timeout=30_000)
        qtbot.waitUntil(lambda: "2 times" in dialog.headline.text(), timeout=30_000)
        assert bug_dialog.current() is dialog and len(clicks) == 2
    finally:
        undo()


def test_a_bug_in_another_thread_shows_the_dialog_on_the_gui_thread(qtbot, qapp, bug_reports):
    undo = bug_dialog.install(qapp)
    try:

        def worker() -> None:
            note = SECRET
            raise LookupError(note)

        thread = threading.Thread(target=worker)
        thread.start()
        thread.join()
        dialog = open_dialog(qtbot)
    finally:
        undo()

    assert dialog.thread() is qapp.thread()
    report = dialog.report.toPlainText()
    assert "unexpected error in a background thread" in report
    assert "LookupError (message withheld" in report and SECRET not in report


def test_a_bug_in_an_export_job_shows_the_dialog_and_stops_the_progress(
    qtbot, window, make_set, services, tmp_path, monkeypatch, bug_reports, log_folder
):
    from alsdesk.exports import ics

    cedar = make_set("Cedar set")
    services.schedule.generate_default(cedar.id, dt.date(2026, 9, 14))
    window.sets_panel.reload(cedar.id)

    def broken_writer(action_set, events, path):
        entry_text = SECRET
        raise KeyError(entry_text)  # a bug whose message is personal text

    monkeypatch.setattr(ics, "write_schedule_ics", broken_writer)
    target = tmp_path / "cedar.ics"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))

    window.export_ics_action.trigger()
    dialog = open_dialog(qtbot)

    assert not window.progress.isVisible()
    assert window.statusBar().currentMessage() == ""
    report = dialog.report.toPlainText()
    assert "KeyError (message withheld" in report and "in broken_writer" in report
    assert SECRET not in report
    log = (log_folder / "alsdesk.log").read_text(encoding="utf-8")
    assert "KeyError at tests/ui/test_bug_dialog.py:" in log and SECRET not in log
    assert list(tmp_path.glob("*cedar.ics*")) == []
    assert len(bug_reports) == 1
    dialog.close()
    assert window.isVisible()


def test_the_dialog_says_when_the_log_could_not_be_written(qtbot, bug_reports, log_folder):
    from alsdesk import bug_report

    log_folder.write_text("not a folder")
    report = bug_report.record(ZeroDivisionError("division by zero"), "a test")
    dialog = bug_dialog.show_bug(report)
    qtbot.addWidget(dialog)

    assert dialog.log_label.text() == "The report could not be saved to the log file."
    assert dialog.report.toPlainText() == report.text
    assert dialog.isVisible() and not dialog.isModal()
    assert dialog.findChild(QPushButton, "copy_report").isEnabled()
    assert dialog.windowTitle() == "alsdesk ran into a problem"


def test_a_bug_at_start_up_is_a_dialog_a_log_line_and_a_failed_exit(
    qtbot, tmp_path, monkeypatch, on_modal, bug_reports, log_folder, capsys, restores_appearance
):
    from alsdesk import app, cli
    from alsdesk.ui.window import main_window

    def broken_window(*args, **kwargs):
        settings_text = SECRET
        raise RuntimeError(settings_text)

    monkeypatch.setattr(main_window, "MainWindow", broken_window)
    seen: dict[str, str] = {}

    def read(dialog) -> None:
        seen["report"] = dialog.report.toPlainText()
        seen["title"] = dialog.windowTitle()

    on_modal(read)
    code = app.run_gui(str(tmp_path / "data"))

    assert code == cli.EXIT_BUG
    assert seen["title"] == "alsdesk ran into a problem"
    assert "unexpected error in start-up" in seen["report"]
    assert "RuntimeError (message withheld" in seen["report"] and SECRET not in seen["report"]
    log = (log_folder / "alsdesk.log").read_text(encoding="utf-8")
    assert "ERROR RuntimeError at tests/ui/test_bug_dialog.py:" in log and SECRET not in log
    err = capsys.readouterr().err
    assert err.startswith("alsdesk: unexpected error (a bug in alsdesk): RuntimeError")
    assert "Traceback" not in err and SECRET not in err
