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
    from alsdesk.services.meetings import AttendanceStatus
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
        "feedback": None,
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
    # The custom-painted charts of the person's goal, scrolled into view: the run chart,
    # then the XmR chart (the goal's chart choice), for their colours in the theme.
    from PySide6.QtWidgets import QComboBox, QScrollArea

    from alsdesk.ui.person.charts.run_chart_widget import RunChartWidget
    from alsdesk.ui.person.charts.xmr_chart_widget import XmrChartWidget

    window.show_page("person", member.person_id)
    person = window.page("person")
    person.findChild(QTabWidget).setCurrentIndex(0)
    for kind in (RunChartWidget, XmrChartWidget):
        chart = next((c for c in person.findChildren(kind)), None)
        if chart is None or not chart.isVisible():
            choice = person.findChild(QComboBox, "chart_kind")
            if choice is not None:
                choice.setCurrentIndex((choice.currentIndex() + 1) % choice.count())
                app.processEvents()
            chart = next((c for c in person.findChildren(kind) if c.isVisible()), None)
        if chart is None:
            continue
        area = next((a for a in person.findChildren(QScrollArea) if a.isAncestorOf(chart)), None)
        if area is not None:
            area.ensureWidgetVisible(chart)
        shoot(f"person_{kind.__name__.removesuffix('Widget').lower()}")
    # The 360 feedback open, and an airtime running in its phases: the
    # next meeting with two members present and bidding, the first presenter's clock started.
    services.vault.unlock(passphrase)
    window.show_page("feedback", None)
    shoot("feedback_open")
    later = [e for e in services.schedule.list_events(action_set.id) if e.kind == event.kind]
    running = services.meetings.open_for_event(later[1].id)
    members = services.members.list_members(action_set.id)[:2]
    for each in members:
        services.meetings.mark(running.id, each.person_id, AttendanceStatus.PRESENT)
        services.airtime.bid(running.id, each.person_id, 30)
    window.show_page("meeting", running.id)
    workspace = window.page("meeting")
    workspace.tabs.setCurrentWidget(workspace.airtime)
    app.processEvents()
    workspace.airtime.start_button.click()
    shoot("meeting_airtime_running")
    workspace.airtime.phase_button.click()
    shoot("meeting_airtime_second_phase")
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
