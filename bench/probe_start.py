"""Start alsdesk over a data folder and quit at the first turn of the event loop.

Prints the milliseconds from the interpreter running this file to the window
shown with its data (``QT_QPA_PLATFORM=offscreen``). ``--bare`` starts a bare PySide6
QMainWindow with one QLabel instead: the reference.

    python3 bench/probe_start.py DATA_DIR
    python3 bench/probe_start.py --bare
"""

from __future__ import annotations

import os
import sys
import time

BEGAN = time.perf_counter()

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv[:1])

    def shown() -> None:  # the first turn of the event loop: the window is shown, painted
        print(f"{(time.perf_counter() - BEGAN) * 1000:.1f}", flush=True)
        app.quit()

    QTimer.singleShot(0, shown)
    if sys.argv[1:] == ["--bare"]:
        from PySide6.QtWidgets import QLabel, QMainWindow

        window = QMainWindow()
        window.setCentralWidget(QLabel("alsdesk"))
        window.resize(1024, 768)
        window.show()
        return app.exec()
    import alsdesk.app

    return alsdesk.app.run_gui(sys.argv[1])


if __name__ == "__main__":
    sys.exit(main())
