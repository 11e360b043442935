"""Long text in the PDFs: the time grows with the text, not with its square.

Targets: the whole-set record of the demonstration set with a name at its
limit (200 characters) and a 30 KB process review in under 3 s; the meeting
record with a 30 KB note in under 1.5 s; fitting a 30 KB string to a footer
line in under 5 ms. (Before fit() measured prefixes by halving, a 10 KB name
took 103 s and a 30 KB one over 400 s.)
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import tempfile
import timeit
from pathlib import Path

from alsdesk.exports import fonts
from alsdesk.exports.meeting_pdf import write_meeting_pdf
from alsdesk.exports.pdf_layout import fit
from alsdesk.exports.set_record_pdf import write_set_record_pdf
from alsdesk.services import Services
from alsdesk.services.demo import create_demo
from alsdesk.services.limits import LINE
from alsdesk.services.records import meeting_record, set_record
from alsdesk.store import open_store

NOTE_30_KB = " ".join(f"Reflection{n:05d}" for n in range(2_500))


def main() -> None:
    fonts.register_fonts()
    best = min(timeit.repeat(lambda: fit("x" * 30_000, 450, fonts.REGULAR, 8), number=10, repeat=5))
    print(f"fit a 30 KB string to a footer line: {best / 10 * 1000:.2f} ms (target < 5 ms)")

    with tempfile.TemporaryDirectory() as folder:
        services = Services.over(open_store(Path(folder) / "bench.sqlite3"))
        action_set, _ = create_demo(services, dt.date(2026, 11, 23))
        longest = ("Cedar " * LINE)[:LINE].strip()
        services.sets.update(action_set.id, dataclasses.replace(action_set.draft(), name=longest))
        held = services.meetings.meetings(action_set.id)
        for meeting in held:
            services.meetings.save_notes(meeting.id, process_review=NOTE_30_KB)
        out = Path(folder) / "record.pdf"

        record = meeting_record(services, held[-1].id)
        best = min(timeit.repeat(lambda: write_meeting_pdf(record, out), number=1, repeat=3))
        print(f"meeting record with a 30 KB note: {best:.2f} s (target < 1.5 s)")

        record = set_record(services, action_set.id)
        best = min(timeit.repeat(lambda: write_set_record_pdf(record, out), number=1, repeat=3))
        print(
            f"set record, {len(held)} meetings with 30 KB notes each, a {LINE}-character name: "
            f"{best:.2f} s (target < 3 s)"
        )
        services.store.close()


if __name__ == "__main__":
    main()
