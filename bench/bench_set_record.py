"""The whole-set record PDF against bare reportlab setting the same text.

The reference lays out the very strings of our story (every paragraph, every
table cell) with reportlab's own defaults: one style, plain ``Table`` of
``Paragraph`` cells with the same column widths, no footer. Measured in the
same run, so the ratio says what our layout costs on top of reportlab.

    python3 bench/bench_set_record.py [actions per member per meeting ...]

Three actions each is the held year of bench_meeting.py (7 meetings, 168
actions); 24 each is about 1,000 actions.
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


def _hold(services, set_id: int, per_member: int) -> None:
    from alsdesk.services.actions import ActionDraft
    from alsdesk.services.meetings import AttendanceStatus

    events = [e for e in services.schedule.list_events(set_id) if e.kind == "set_meeting"]
    members = services.members.list_members(set_id)
    for event in events:
        meeting = services.meetings.open_for_event(event.id)
        start = dt.datetime.combine(event.date, event.start_time or dt.time(9, 30))
        for member in members:
            services.meetings.mark(meeting.id, member.person_id, AttendanceStatus.PRESENT)
            turn = services.airtime.bid(meeting.id, member.person_id, 30)
            services.airtime.start(turn.id, start)
            start += dt.timedelta(minutes=31)
            services.airtime.finish(turn.id, start)
            for n in range(per_member):
                services.actions.add(
                    meeting.id, ActionDraft(member.person_id, f"Action {n} of {event.title}")
                )


def _plain(flowable):
    """The same text as bare reportlab flowables (None for spacing and rules)."""
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import KeepTogether, Paragraph, Table

    normal = getSampleStyleSheet()["Normal"]

    def cell(value):
        if isinstance(value, list):
            return [cell(v) for v in value]
        if isinstance(value, Paragraph):
            return Paragraph(value.text, normal)
        return value

    if isinstance(flowable, KeepTogether):
        return [p for f in flowable._content for p in _plain(f)]
    if isinstance(flowable, Table):
        rows = [[cell(v) for v in row] for row in flowable._cellvalues]
        return [Table(rows, colWidths=flowable._colWidths, repeatRows=flowable.repeatRows)]
    if isinstance(flowable, Paragraph):
        return [Paragraph(flowable.text, normal)]
    return []


def run(per_member: int, folder: Path) -> dict:
    from reportlab.platypus import SimpleDocTemplate

    from alsdesk.exports import pdf_layout
    from alsdesk.exports.set_record_pdf import write_set_record_pdf
    from alsdesk.services import Services
    from alsdesk.services.demo import create_demo
    from alsdesk.services.records import set_record
    from alsdesk.store import open_store

    services = Services.over(open_store(folder / f"record{per_member}.sqlite3"))
    action_set, _ = create_demo(services, dt.date(2026, 11, 23))
    _hold(services, action_set.id, per_member)
    today = dt.date(2026, 12, 1)
    out = folder / f"record{per_member}.pdf"

    started = time.perf_counter()
    record = set_record(services, action_set.id)
    gather = time.perf_counter() - started
    best = float("inf")
    for _ in range(3):
        started = time.perf_counter()
        write_set_record_pdf(record, out, today)
        best = min(best, time.perf_counter() - started)

    captured: list = []
    real_build = pdf_layout.build
    pdf_layout.build = lambda doc, story, *a, **k: captured.extend(story)
    try:
        write_set_record_pdf(record, folder / "unused.pdf", today)
    finally:
        pdf_layout.build = real_build
    bare = float("inf")
    for _ in range(3):
        started = time.perf_counter()
        story = [p for f in captured for p in _plain(f)]
        SimpleDocTemplate(str(folder / "bare.pdf")).build(story)
        bare = min(bare, time.perf_counter() - started)
    services.store.close()
    return {
        "actions": len(record.tracker),
        "meetings": len(record.meetings),
        "gather_s": gather,
        "pdf_s": best,
        "bare_s": bare,
        "path": out,
    }


def main() -> None:
    sizes = [int(a) for a in sys.argv[1:]] or [3, 24]
    with tempfile.TemporaryDirectory() as folder:
        for per_member in sizes:
            found = run(per_member, Path(folder))
            print(
                f"set record, {found['meetings']} meetings, {found['actions']} actions: "
                f"{found['pdf_s']:.2f} s (+ {found['gather_s']:.2f} s gathering); "
                f"bare reportlab {found['bare_s']:.2f} s; "
                f"{found['pdf_s'] / found['bare_s']:.1f}x (target <= 2.5x)"
            )


if __name__ == "__main__":
    main()
