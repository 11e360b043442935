"""The journal page unlocking N entries: the longest GUI-thread stall, and the whole time.

A 10 ms heartbeat timer runs on the GUI thread while the passphrase is typed and
Unlock pressed; the longest gap between two beats is how long the window could
not paint. Target: no stall over 100 ms (derive, decrypt and index run in a
worker). Also times a passphrase change against two unlocks (target: no slower).

    python3 bench/bench_journal_unlock.py [entries]
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_journal import PASSPHRASE, fill  # noqa: E402
from PySide6.QtCore import QElapsedTimer, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402


class Heartbeat:
    """A 10 ms timer on the GUI thread; ``longest`` is the widest gap between beats, in ms."""

    def __init__(self) -> None:
        self.longest = 0.0
        self._clock = QElapsedTimer()
        self._timer = QTimer()
        self._timer.setInterval(10)
        self._timer.timeout.connect(self._beat)

    def start(self) -> None:
        self.longest = 0.0
        self._clock.start()
        self._timer.start()

    def _beat(self) -> None:
        self.longest = max(self.longest, self._clock.nsecsElapsed() / 1e6)
        self._clock.restart()

    def stop(self) -> float:
        self._beat()
        self._timer.stop()
        return self.longest


def run(entries: int) -> dict[str, float]:
    import bench_journal

    from alsdesk.services import Services
    from alsdesk.store import open_store
    from alsdesk.ui.journal.page import JournalPage

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as folder:
        store = open_store(Path(folder) / "bench.sqlite3")
        services = Services.over(store)
        services.vault.set_up(PASSPHRASE, PASSPHRASE, with_recovery_key=False)
        bench_journal.ENTRIES = entries
        fill(services)
        services.vault.lock()
        page = JournalPage(services.journal, services.vault, dt.date.today, dt.datetime.now)
        page.resize(1024, 768)
        page.show()
        app.processEvents()
        heart = Heartbeat()
        stalls, wholes = [], []
        for _ in range(2):  # the first in the process, and again after locking
            page.unlock_panel.passphrase.setText(PASSPHRASE)
            heart.start()
            began = time.perf_counter()
            page.unlock_panel.unlock_button.click()
            while page.workspace is None:
                app.processEvents()
            wholes.append(time.perf_counter() - began)
            stalls.append(heart.stop())
            page.lock()
            app.processEvents()
        whole, stall = wholes[0], stalls[0]
        services.vault.lock()
        began = time.perf_counter()
        services.vault.unlock(PASSPHRASE)
        one_unlock = time.perf_counter() - began
        began = time.perf_counter()
        services.vault.change_passphrase(PASSPHRASE, PASSPHRASE + " x", PASSPHRASE + " x")
        change = time.perf_counter() - began
        page.close()
        services.close()
    return {
        "entries": entries,
        "unlock_s": whole,
        "stall_ms": stall,
        "again_stall_ms": stalls[1],
        "key_s": one_unlock,
        "change_s": change,
    }


def main() -> None:
    entries = int(sys.argv[1]) if len(sys.argv) > 1 else 5000
    found = run(entries)
    print(
        f"journal unlock at {entries:,} entries: {found['unlock_s'] * 1000:.0f} ms to the open "
        f"journal, longest GUI stall {found['stall_ms']:.0f} ms, "
        f"{found['again_stall_ms']:.0f} ms unlocking again (target <= 100 ms)"
    )
    print(
        f"passphrase change {found['change_s'] * 1000:.0f} ms; one key derivation "
        f"{found['key_s'] * 1000:.0f} ms (target: change <= two unlocks)"
    )


if __name__ == "__main__":
    main()
