"""The journal says, in words, what it found wrong when it opened, and lets the member move on."""

from __future__ import annotations

import sqlite3
from contextlib import closing

import pytest

from alsdesk.store.vault import vault_beside
from tests.ui.conftest import click
from tests.ui.journal.test_journal_window import PASSPHRASE, entry, unlock_through_the_window


@pytest.fixture
def three_entries(services):
    services.vault.set_up(PASSPHRASE, PASSPHRASE, with_recovery_key=False)
    for title in ("Bed meeting", "Handover", "Supervision"):
        services.journal.add(entry(title, f"What I learnt at the {title.lower()}."))
    services.vault.lock()


def test_rolled_back_and_deleted_entries_are_each_explained_and_the_rest_open(
    qtbot, window, three_entries, store, screenshot
):
    store.engine.dispose()
    with closing(sqlite3.connect(vault_beside(store.path))) as conn, conn:
        ids = [r[0] for r in conn.execute("SELECT id FROM journal_entry ORDER BY id")]
        conn.execute("DELETE FROM journal_entry WHERE id = ?", (ids[0],))
        conn.execute("UPDATE journal_entry SET version = 0 WHERE id = ?", (ids[1],))
        conn.execute(
            "UPDATE journal_entry SET sealed = (SELECT sealed FROM journal_entry WHERE id = ?) "
            "WHERE id = ?",
            (ids[2], ids[1]),
        )
    window.resize(1024, 768)
    click(qtbot, window.journal_button)
    unlock_through_the_window(qtbot, window)
    page = window.journal_page
    qtbot.waitUntil(lambda: page.workspace is not None and page.workspace.isVisible())
    browser = page.workspace.browser

    assert browser.list_model.rowCount() == 1
    assert browser.damaged.isVisible()
    text = browser.damaged.text()
    assert "1 entry could not be opened: it was put back to an older copy" in text
    assert "1 entry the journal recorded is no longer in the database" in text
    screenshot(window, "journal-problems-1024")

    browser.damaged.linkActivated.emit("accept")

    assert "no longer in the database" not in browser.damaged.text()
    assert "put back to an older copy" in browser.damaged.text()
    assert window.services.journal.read_all().missing == 0
