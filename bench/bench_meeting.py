"""A set meeting at the end of a full year: opening the workspace and the records.

Targets: the workspace opens (every panel loaded) in under 300 ms; a timer tick
(what runs four times a second) takes under 2 ms; the whole-set record PDF of
a year of seven held meetings is written in under 3 s (it runs in a worker
thread, so the window never waits on it).
"""

from __future__ import annotations

import datetime as dt
import os
import tempfile
import timeit
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from alsdesk.services import Services  # noqa: E402
from alsdesk.services.actions import ActionDraft  # noqa: E402
from alsdesk.services.demo import create_demo  # noqa: E402
from alsdesk.services.meetings import AttendanceStatus  # noqa: E402
from alsdesk.services.records import set_record  # noqa: E402
from alsdesk.store import open_store  # noqa: E402


def hold_every_meeting(services: Services, set_id: int) -> list[int]:
    """Hold all seven meetings: everyone present, everyone presents, three actions each."""
    events = [e for e in services.schedule.list_events(set_id) if e.kind == "set_meeting"]
    members = services.members.list_members(set_id)
    ids = []
    for event in events:
        meeting = services.meetings.open_for_event(event.id)
        start = dt.datetime.combine(event.date, event.start_time or dt.time(9, 30))
        for member in members:
            services.meetings.mark(meeting.id, member.person_id, AttendanceStatus.PRESENT)
            turn = services.airtime.bid(meeting.id, member.person_id, 30)
            services.airtime.start(turn.id, start)
            start += dt.timedelta(minutes=31)
            services.airtime.finish(turn.id, start)
            for n in range(3):
                services.actions.add(
                    meeting.id, ActionDraft(member.person_id, f"Action {n} of {event.title}")
                )
        ids.append(meeting.id)
    return ids


def main() -> None:
    app = QApplication([])
    from alsdesk.exports.set_record_pdf import write_set_record_pdf
    from alsdesk.ui.window.main_window import MainWindow

    with tempfile.TemporaryDirectory() as folder:
        services = Services.over(open_store(Path(folder) / "bench.sqlite3"))
        action_set, _ = create_demo(services, dt.date(2026, 11, 23))
        meeting_ids = hold_every_meeting(services, action_set.id)
        settings = QSettings(str(Path(folder) / "s.ini"), QSettings.Format.IniFormat)
        window = MainWindow(services, settings)
        window.show()
        workspace = window.meeting_page
        last = services.meetings.get(meeting_ids[-1])

        best = min(timeit.repeat(lambda: workspace.open_meeting(last), number=1, repeat=5))
        print(f"open the workspace on meeting 7 of 7: {best * 1000:.0f} ms (target < 300 ms)")
        workspace.tabs.setCurrentWidget(workspace.airtime)
        tick = min(timeit.repeat(workspace.airtime.tick, number=100, repeat=5)) / 100
        print(f"one timer tick: {tick * 1000:.2f} ms (target < 2 ms)")

        record = set_record(services, action_set.id)
        out = Path(folder) / "record.pdf"
        best = min(timeit.repeat(lambda: write_set_record_pdf(record, out), number=1, repeat=3))
        actions = len(record.tracker)
        print(
            f"set record of 7 meetings, {actions} actions: {best:.2f} s, "
            f"{out.stat().st_size // 1024} kB (target < 3 s)"
        )
        window.close()
        window.deleteLater()
        app.processEvents()
        services.store.close()


if __name__ == "__main__":
    main()
