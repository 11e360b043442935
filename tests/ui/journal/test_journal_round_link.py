"""A journal entry links to a 360 feedback round, to reflect on it."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from alsdesk.services.feedback.model import RoundDraft, default_prompts
from tests.ui.journal.test_journal_window import (
    PASSPHRASE,
    new_entry,
    set_up_through_the_window,
    unlock_through_the_window,
)


def test_an_entry_links_a_feedback_round_and_keeps_it(qtbot, window, services, screenshot):
    set_up_through_the_window(qtbot, window)
    made = services.feedback.create_round(
        RoundDraft("Mid-programme 360", dt.date(2026, 12, 18), default_prompts())
    )
    services.vault.lock()  # unlocked again, the journal reads the rounds with its entries
    unlock_through_the_window(qtbot, window, PASSPHRASE)
    qtbot.waitUntil(lambda: window.journal_page.workspace is not None, timeout=30_000)
    workspace = window.journal_page.workspace
    new_entry(workspace, "Driscoll / Rolfe")
    editor = workspace.editor
    box = editor.feedback_round
    assert [box.itemText(i) for i in range(box.count())] == [
        "No feedback round",
        "Mid-programme 360",
    ]
    qtbot.keyClicks(editor.title, "Reading my 360")
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Down)  # the keyboard chooses the round
    assert box.currentData() == made.id
    editor.flush()
    [saved] = services.journal.read_all().entries
    assert saved.draft.links.round_id == made.id
    editor.tabs.setCurrentIndex(1)
    assert "360 feedback round: Mid-programme 360" in editor.reading.toPlainText()
    editor.tabs.setCurrentIndex(0)
    window.resize(1024, 768)
    screenshot(window, "journal-round-link-1024")

    # Locked and opened again: the link is still there, chosen in the editor.
    services.vault.lock()
    unlock_through_the_window(qtbot, window, PASSPHRASE)
    qtbot.waitUntil(lambda: window.journal_page.workspace is not None, timeout=30_000)
    workspace = window.journal_page.workspace
    workspace.editor.show_entry(services.journal.read_all().entries[0])
    assert workspace.editor.feedback_round.currentText() == "Mid-programme 360"
    # A round deleted: the entry says so rather than showing a raw id.
    services.feedback.delete_round(made.id)
    assert services.journal.link_options().round_label(made.id) == (
        "a feedback round no longer in alsdesk"
    )
