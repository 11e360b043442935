"""The set page of a held year with N actions: showing the set, and one edit.

Measured in one process against a bare QTableWidget filled with the same rows
(the reference): showing the set on the Actions tab, showing it while another
tab is open (nothing should be computed for the hidden Actions table), and how
many times the page's tables are reloaded after one edit (target: once).
Target: the Actions tab costs at most 2x the bare table.

    python3 bench/bench_set_page.py [actions]
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def fill_actions(services, set_id: int, wanted: int) -> None:
    """Hold every meeting of the set and agree ``wanted`` actions across them."""
    from alsdesk.services.actions import ActionDraft
    from alsdesk.services.meetings import AttendanceStatus

    events = [e for e in services.schedule.list_events(set_id) if e.kind == "set_meeting"]
    members = services.members.list_members(set_id)
    meetings = []
    for event in events:
        meeting = services.meetings.open_for_event(event.id)
        for member in members:
            services.meetings.mark(meeting.id, member.person_id, AttendanceStatus.PRESENT)
        meetings.append(meeting)
    for n in range(wanted):
        meeting = meetings[n % len(meetings)]
        owner = members[n % len(members)]
        services.actions.add(
            meeting.id, ActionDraft(owner.person_id, f"Action {n}: ask the ward manager again")
        )


def best_ms(action, repeat: int = 5) -> float:
    times = []
    for _ in range(repeat):
        began = time.perf_counter()
        action()
        times.append(time.perf_counter() - began)
    return min(times) * 1000


def bare_table_ms(rows: list[list[str]]) -> float:
    from PySide6.QtWidgets import QApplication, QTableWidget, QTableWidgetItem

    table = QTableWidget()
    table.resize(900, 600)
    table.show()

    def fill() -> None:
        table.clearContents()
        table.setRowCount(len(rows))
        table.setColumnCount(len(rows[0]) if rows else 0)
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                table.setItem(r, c, QTableWidgetItem(text))
        table.resizeColumnsToContents()
        QApplication.processEvents()

    found = best_ms(fill)
    table.close()
    return found


def one_edit(window, services, set_id: int) -> tuple[float, dict[str, int]]:
    """Add one event through the window: its time, and how often each table was reloaded."""
    from PySide6.QtWidgets import QApplication

    from alsdesk.services.schedule import EventDraft, EventKind
    from alsdesk.ui.person.people_panel import PeoplePanel
    from alsdesk.ui.sets.actions_view import ActionsView
    from alsdesk.ui.sets.members_view import MembersView
    from alsdesk.ui.sets.register_view import RegisterView
    from alsdesk.ui.sets.schedule_view import ScheduleView

    counts: dict[str, int] = {}
    originals = []
    for cls in (MembersView, ScheduleView, ActionsView, RegisterView, PeoplePanel):
        original = cls.reload
        originals.append((cls, original))

        def counted(self, *args, _original=original, _name=cls.__name__, **kwargs):
            counts[_name] = counts.get(_name, 0) + 1
            return _original(self, *args, **kwargs)

        cls.reload = counted
    window.set_page.tabs.setCurrentWidget(window.set_page.actions)
    began = time.perf_counter()
    window.editor.add_event(
        set_id, EventDraft(EventKind.OTHER, "Visit to the discharge lounge", dt.date(2026, 10, 7))
    )
    QApplication.processEvents()
    took = (time.perf_counter() - began) * 1000
    for cls, original in originals:
        cls.reload = original
    return took, counts


def run(actions: int) -> dict[str, float]:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from alsdesk.services import Services
    from alsdesk.services.demo import create_demo
    from alsdesk.store import open_store
    from alsdesk.ui.window.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as folder:
        services = Services.over(open_store(Path(folder) / "bench.sqlite3"))
        action_set, _ = create_demo(services, dt.date(2026, 11, 23))
        fill_actions(services, action_set.id, actions)
        settings = QSettings(str(Path(folder) / "s.ini"), QSettings.Format.IniFormat)
        window = MainWindow(services, settings)
        window.resize(1366, 768)
        window.show()
        window.show_page("set", action_set.id)
        app.processEvents()
        page = window.set_page
        info = services.sets.get(action_set.id)

        def show() -> None:
            page.show_set(info)
            app.processEvents()

        page.tabs.setCurrentWidget(page.actions)
        on_actions = best_ms(show)
        page.tabs.setCurrentWidget(page.details)
        app.processEvents()
        hidden = best_ms(show)
        edit_ms, reloads = one_edit(window, services, action_set.id)
        model = page.actions.model
        rows = [
            [str(model.index(r, c).data() or "") for c in range(model.columnCount())]
            for r in range(model.rowCount())
        ]
        bare = bare_table_ms(rows)
        window.close()
        app.processEvents()
        services.close()
    return {
        "actions": actions,
        "on_actions_ms": on_actions,
        "hidden_ms": hidden,
        "bare_ms": bare,
        "edit_ms": edit_ms,
        "reloads": reloads,
    }


def main() -> None:
    actions = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    found = run(actions)
    print(
        f"set page with {actions:,} actions, Actions tab open: {found['on_actions_ms']:.0f} ms; "
        f"another tab open: {found['hidden_ms']:.0f} ms; bare QTableWidget with the same "
        f"rows: {found['bare_ms']:.0f} ms (target: Actions tab <= 2x)"
    )
    reloads = ", ".join(f"{name} {n}" for name, n in sorted(found["reloads"].items()))
    print(
        f"one edit (add an event): {found['edit_ms']:.0f} ms; reloads: {reloads} (target: 1 each)"
    )


if __name__ == "__main__":
    main()
