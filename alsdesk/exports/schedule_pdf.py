"""The set's schedule as a printable A4 PDF, to hand out or pin up.

The shared look (fonts, colours, title block, tables, page footer) is in
pdf_layout.py.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Paragraph, Table

from alsdesk.dates import short_date
from alsdesk.exports import fonts
from alsdesk.exports import pdf_layout as layout
from alsdesk.exports.pdf_layout import WARNING_HEX, text
from alsdesk.services.agenda import AgendaItem, EventStatus, build_agenda
from alsdesk.services.schedule import EventInfo, EventKind
from alsdesk.services.sets import SetInfo

MONTH_START_ROOM = 45 * mm  # a month heading needs its table's header and a row below it
COLUMN_WIDTHS = (29 * mm, 24 * mm, None, 44 * mm)  # Event takes what is left


PAST_MARKS = {
    EventStatus.HELD: " (held)",
    EventStatus.MISSED: f' <font color="{WARNING_HEX}">(missed: no meeting record)</font>',
}
"""Said after a past set meeting's title; the rest of the hand-out reads as a plan."""


def write_schedule_pdf(
    action_set: SetInfo,
    events: list[EventInfo],
    path: Path,
    today: dt.date | None = None,
    records: Mapping[int, bool] | None = None,
) -> None:
    """Write the schedule, month by month, to ``path``; ``today`` is the printed date.

    ``records`` (ScheduleService.meeting_records) marks past set meetings held or missed.
    """
    today = today or dt.date.today()
    fonts.register_fonts()
    styles = layout.styles()
    doc = layout.set_document(path, action_set, "schedule")
    story = layout.set_title_block(action_set, today, styles)
    months = build_agenda(events, today, action_set.holiday_region, records)
    if not months:
        story.append(Paragraph("No events are scheduled yet.", styles["empty"]))
    for month in months:
        # Not keepWithNext: that moves a month too long for one page wholly onto the next.
        story.append(CondPageBreak(MONTH_START_ROOM))
        story.append(Paragraph(text(month.title), styles["section"]))
        story.append(_month_table(month.items, styles))
    layout.build(doc, story, footer=f"{action_set.name} \u00b7 schedule")


def _month_table(items: list[AgendaItem], styles) -> Table:
    head = layout.head_row(("Date", "Time", "Event", "Venue"), styles)
    rows = [head] + [_row(item, styles) for item in items]
    return layout.data_table(rows, layout.widths(COLUMN_WIDTHS))


def _row(item: AgendaItem, styles) -> list:
    event = item.event

    def struck(markup: str) -> str:
        return f"<strike>{markup}</strike>" if event.cancelled else markup

    date_cell = [Paragraph(struck(short_date(event.date)), styles["cell"])]
    date_cell += [Paragraph(text(flag), styles["warning"]) for flag in item.flags]

    title = f"<b>{struck(text(event.title))}</b>"
    if event.cancelled:
        title += f' <font color="{WARNING_HEX}">(cancelled)</font>'
    elif item.status in PAST_MARKS:
        title += PAST_MARKS[item.status]
    event_cell = [
        Paragraph(title, styles["cell"]),
        Paragraph(text(EventKind(event.kind).label), styles["small"]),
    ]
    if event.notes:
        event_cell.append(Paragraph(text(event.notes), styles["note"]))
    if event.preparation:
        event_cell.append(
            Paragraph(f"<i>Preparation:</i> {text(event.preparation)}", styles["note"])
        )
    return [
        date_cell,
        Paragraph(struck(layout.time_range(event.start_time, event.end_time)), styles["cell"]),
        event_cell,
        Paragraph(text(event.venue), styles["cell"]),
    ]
