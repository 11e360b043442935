"""Render every page of the window to PNG, in one theme and font scale, for looking at.

    python packaging/screens.py OUT_FOLDER [light|dark] [font scale, e.g. 1.5] [WIDTHxHEIGHT]

Runs offscreen over a fresh data folder with the demonstration set, a journal and a
person chosen; each page (and each tab of it) is one PNG named page_tab_theme_scale.png.
The theme is chosen before the window's modules load, as ``alsdesk.app`` does.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main(out: Path, theme_name: str, scale: float, size: tuple[int, int]) -> None:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication, QTabWidget

    from alsdesk.ui.common import appearance

    app = QApplication.instance() or QApplication(sys.argv)
    font = app.font()
    font.setPointSizeF(font.pointSizeF() * scale)
    app.setFont(font)
    appearance.install(app, theme_name)

    from alsdesk.crypto.kdf import fast_params
    from alsdesk.paths import DataPaths
    from alsdesk.services import Services
    from alsdesk.services.demo import create_demo
    from alsdesk.services.schedule import EventKind
    from alsdesk.services.vault import Vault
    from alsdesk.store import open_store
    from alsdesk.store.vault import open_vault
    from alsdesk.ui.window.main_window import MainWindow

    folder = DataPaths(Path(tempfile.mkdtemp(prefix="alsdesk-screens-")))
    store = open_store(folder.database)
    services = Services.over(store, vault=Vault(open_vault(folder.vault), kdf_params=fast_params))
    action_set, _ = create_demo(services)
    passphrase = "sturdy lantern orchard tide"
    services.vault.set_up(passphrase, passphrase, with_recovery_key=False)
    services.vault.lock()
    event = next(
        e for e in services.schedule.list_events(action_set.id) if e.kind == EventKind.SET_MEETING
    )
    meeting = services.meetings.open_for_event(event.id)
    member = services.members.list_members(action_set.id)[0]
    settings = QSettings(str(folder.settings), QSettings.Format.IniFormat)
    window = MainWindow(services, settings)
    window.resize(*size)
    window.show()
    window.sets_panel.reload(action_set.id)
    window.people_panel.reload()
    subjects = {
        "home": None,
        "journal": None,
        "set": action_set.id,
        "meeting": meeting.id,
        "person": member.person_id,
    }
    tag = f"{theme_name}_{int(scale * 100)}_{size[0]}x{size[1]}"

    def shoot(name: str) -> None:
        app.processEvents()
        window.grab().save(str(out / f"{name}_{tag}.png"))

    for name, subject in subjects.items():
        window.show_page(name, subject)
        page = window.page(name)
        shoot(name)
        for tabs in page.findChildren(QTabWidget):
            if not tabs.isVisible():
                continue
            for index in range(tabs.count()):
                tabs.setCurrentIndex(index)
                shoot(f"{name}_{tabs.tabText(index).replace('&', '').split(' ')[0].lower()}")
    window.help.show_tour()
    shoot("tour")
    window.help.tour.end()
    window.help.show_help("run-charts")
    app.processEvents()
    window.help.viewer.grab().save(str(out / f"help_{tag}.png"))
    window.close()
    store.close()


if __name__ == "__main__":
    target = Path(sys.argv[1])
    target.mkdir(parents=True, exist_ok=True)
    chosen = sys.argv[2] if len(sys.argv) > 2 else "light"
    factor = float(sys.argv[3]) if len(sys.argv) > 3 else 1.0
    width, height = (int(n) for n in (sys.argv[4] if len(sys.argv) > 4 else "1024x768").split("x"))
    main(target, chosen, factor, (width, height))
