"""Unlocking a full journal: the key, the entries and the index are made in a worker."""

from __future__ import annotations

import datetime as dt
import threading

from PySide6.QtCore import QTimer

from tests.ui.journal.test_journal_window import PASSPHRASE, entry, unlock_through_the_window

ENTRIES = 120


def test_the_window_keeps_beating_while_a_full_journal_unlocks_then_shows_every_entry(
    qtbot, services, make_window, monkeypatch, tmp_path
):
    services.vault.set_up(PASSPHRASE, PASSPHRASE, with_recovery_key=False)
    first = dt.date(2025, 1, 1)
    for n in range(ENTRIES):
        services.journal.add(
            entry(f"Reflection {n}", f"Handover note {n}", first + dt.timedelta(n))
        )
    services.vault.lock()
    window = make_window()
    window.show_journal()
    page = window.journal_page
    panel = page.unlock_panel

    # The entries are read only once the GUI thread has beaten three times meanwhile:
    # were they read on the GUI thread, no beat could come and the gate would stay shut.
    gate = threading.Event()
    seen = {"beats": 0, "status": set(), "bar": False}
    read_all = services.journal.read_all

    def read_after_beats(progress=None):
        seen["gate opened"] = gate.wait(30)
        seen["read on the GUI thread"] = threading.current_thread() is threading.main_thread()
        return read_all(progress)

    monkeypatch.setattr(services.journal, "read_all", read_after_beats)

    def beat() -> None:
        if not panel.busy:
            return
        seen["beats"] += 1
        seen["status"].add(panel.status.text())
        seen["bar"] = seen["bar"] or panel.progress_bar.isVisible()
        if seen["beats"] == 3:
            panel.window().grab().save(str(tmp_path / "journal-unlocking.png"))
            gate.set()

    heartbeat = QTimer()
    heartbeat.setInterval(10)
    heartbeat.timeout.connect(beat)
    heartbeat.start()
    try:
        unlock_through_the_window(qtbot, window)
    finally:
        heartbeat.stop()

    assert seen["gate opened"] is True
    assert seen["read on the GUI thread"] is False
    assert seen["beats"] >= 3
    assert seen["bar"] is True
    assert "Checking the passphrase…" in seen["status"]
    qtbot.waitUntil(lambda: page.workspace is not None and page.workspace.isVisible())
    browser = page.workspace.browser
    assert browser.list_model.rowCount() == ENTRIES
    assert browser.list_model.hit(0).entry.draft.title == f"Reflection {ENTRIES - 1}"
    assert len(page.session.index.search("handover")) == ENTRIES
    assert not panel.progress_bar.isVisible()
