"""A bug while journal entries are exported: the dialog and the log say so, quoting none of them."""

from __future__ import annotations

from PySide6.QtWidgets import QFileDialog

from alsdesk.ui.common import bug_dialog
from tests.ui.conftest import click
from tests.ui.journal.test_journal_window import PASSPHRASE, entry, unlock_through_the_window

SECRET = "SECRET-JOURNAL-TEXT"


def test_a_writer_bug_during_a_journal_export_leaks_no_entry_text(
    qtbot, window, services, monkeypatch, tmp_path, bug_reports, log_folder
):
    from alsdesk.exports import journal_pdf

    services.vault.set_up(PASSPHRASE, PASSPHRASE, with_recovery_key=False)
    services.journal.add(entry(f"Title {SECRET}", f"I wrote {SECRET} after the bed meeting."))
    services.vault.lock()
    click(qtbot, window.journal_button)
    unlock_through_the_window(qtbot, window)
    qtbot.waitUntil(lambda: window.journal_page.workspace is not None)
    window.journal_page.workspace.browser.view.selectAll()

    def broken(export, path):
        written = export.entries[0].draft.sections[0].text
        raise ValueError(f"cannot lay out {written}")

    monkeypatch.setattr(journal_pdf, "write_journal_pdf", broken)
    target = tmp_path / "for tutor.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))

    click(qtbot, window.journal_page.workspace.export_button)
    qtbot.waitUntil(lambda: bug_dialog.current() is not None, timeout=30_000)
    dialog = bug_dialog.current()
    qtbot.addWidget(dialog)

    report = dialog.report.toPlainText()
    assert "unexpected error in the journal export" in report
    assert "ValueError (message withheld" in report and "in broken" in report
    assert SECRET not in report and SECRET not in dialog.headline.text()
    log = (log_folder / "alsdesk.log").read_text(encoding="utf-8")
    assert "ValueError at tests/ui/journal/test_journal_export_bug.py:" in log
    assert SECRET not in log
    assert not window.progress.isVisible()
    assert list(tmp_path.glob("*for tutor*")) == []
    dialog.close()
