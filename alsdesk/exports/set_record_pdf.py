"""The whole set's record as an A4 PDF, for the programme tutor or the set's own file.

A summary, the attendance register, the action tracker with each member's
completion rate, then every held meeting's record (the body of meeting_pdf.py),
each on a new page. Confidential to the set, like each meeting's record.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, HRFlowable, PageBreak, Paragraph, Spacer, Table

from alsdesk.dates import long_date, medium_date
from alsdesk.exports import fonts
from alsdesk.exports import pdf_layout as layout
from alsdesk.exports.action_history import history_lines
from alsdesk.exports.meeting_pdf import (
    Styles,
    confidential_footer,
    meeting_flowables,
    meeting_when,
)
from alsdesk.exports.pdf_layout import MUTED_HEX, WARNING_HEX, text
from alsdesk.services.actions import ActionInfo, ActionStatus, completion_rate
from alsdesk.services.meetings import AttendanceStatus, MeetingInfo, RegisterRow
from alsdesk.services.records import SetRecord

TABLE_ROOM = 35 * mm
REGISTER_NAME = 36 * mm
REGISTER_TOTAL = 22 * mm
REGISTER_PADDING = 3
REGISTER_MAX_COLUMN = 26 * mm
MARKS = {
    AttendanceStatus.PRESENT: "\u2713",
    AttendanceStatus.LATE: "Late",
    AttendanceStatus.APOLOGIES: "Apologies",
    AttendanceStatus.ABSENT: f'<font color="{WARNING_HEX}">Absent</font>',
    None: f'<font color="{MUTED_HEX}">\u2013</font>',
}
TRACKER_COLUMNS = (26 * mm, None, 21 * mm, 21 * mm, 21 * mm, 35 * mm)  # Action takes the rest
DATE_PADDING = 3  # so '28 May 2026' fits its column on one line


def write_set_record_pdf(record: SetRecord, path: Path, today: dt.date | None = None) -> None:
    """Write the set's record to ``path``; ``today`` is the printed date and decides
    which open actions are overdue."""
    today = today or dt.date.today()
    fonts.register_fonts()
    styles = layout.styles()
    action_set = record.action_set
    doc = layout.set_document(path, action_set, "record of the set")
    story = layout.set_title_block(action_set, today, styles, subtitle="Record of the set")
    story += _summary(record, today, styles)
    story += _register(record.register_meetings, record.register, styles)
    story += _tracker(record, today, styles)
    story += _meetings(record, styles)
    layout.build(doc, story, confidential_footer(action_set.name), layout.generated_note(today))


# -- summary ------------------------------------------------------------------------------


def _summary(record: SetRecord, today: dt.date, styles: Styles) -> list:
    meetings = record.register_meetings
    if meetings:
        first, last = meetings[0].date, meetings[-1].date
        held = f"{len(meetings)}, from {long_date(first)} to {long_date(last)}"
        if len(meetings) == 1:
            held = f"1, on {long_date(first)}"
    else:
        held = "None yet"
    recorded = [m for row in record.register for m in row.marks if m is not None]
    attended = sum(row.attended for row in record.register)
    attendance = (
        f"{attended} of {len(recorded)} recorded places ({attended / len(recorded):.0%})"
        if recorded
        else "Not recorded yet"
    )
    rate = record.completion_rate
    completion = (
        f"{rate:.0%} of reviewed actions done (partly done counts half)"
        if rate is not None
        else "No action has been reported back on yet"
    )
    rows = [
        ("Members", str(len(record.register))),
        ("Meetings held", held),
        ("Attendance", attendance),
        ("Actions agreed", _action_counts(record.tracker, today)),
        ("Completion rate", completion),
    ]
    table = layout.data_table(
        [
            [Paragraph(f"<b>{label}</b>", styles["cell"]), Paragraph(text(value), styles["cell"])]
            for label, value in rows
        ],
        layout.widths((40 * mm, None)),
        zebra=False,
        header=False,
    )
    return layout.kept("Summary", styles["section"], [table])


def _action_counts(actions: Sequence[ActionInfo], today: dt.date) -> str:
    if not actions:
        return "None yet"
    counts = [
        f"{sum(a.status == status for a in actions)} {status.label.lower()}"
        for status in ActionStatus
        if any(a.status == status for a in actions)
    ]
    overdue = sum(a.overdue(today) for a in actions)
    summary = f"{len(actions)}: {', '.join(counts)}"
    return summary + (f" ({overdue} overdue)" if overdue else "")


# -- attendance register --------------------------------------------------------------------


def _register(
    meetings: Sequence[MeetingInfo], register: Sequence[RegisterRow], styles: Styles
) -> list:
    title = "Attendance register"
    if not meetings or not register:
        empty = "No meetings have been held yet." if not meetings else "The set has no members."
        return layout.kept(title, styles["section"], [_muted(empty, styles)])
    per_table = _register_columns()
    tables: list[Flowable] = []
    for start in range(0, len(meetings), per_table):
        if start:
            tables.append(Spacer(1, 4 * mm))
        tables.append(_register_table(meetings, register, start, per_table, styles))
    legend = Paragraph("\u2713 present \u00b7 \u2013 not recorded", styles["caption"])
    return layout.kept(title, styles["section"], [*tables, legend])


def _register_columns() -> int:
    """How many meeting columns fit beside the names (a word like 'Apologies' must fit)."""
    widest = stringWidth("Apologies", fonts.REGULAR, 8) + 2 * REGISTER_PADDING + 2
    return max(1, math.floor((layout.CONTENT_WIDTH - REGISTER_NAME - REGISTER_TOTAL) / widest))


def _register_table(
    meetings: Sequence[MeetingInfo],
    register: Sequence[RegisterRow],
    start: int,
    count: int,
    styles: Styles,
) -> Table:
    shown = list(meetings[start : start + count])
    column = min(
        REGISTER_MAX_COLUMN, (layout.CONTENT_WIDTH - REGISTER_NAME - REGISTER_TOTAL) / len(shown)
    )
    name_width = layout.CONTENT_WIDTH - REGISTER_TOTAL - column * len(shown)
    centre = styles["dense_centre"]
    head = [Paragraph("Member", styles["head"])]
    head += [
        Paragraph(f"{m.date.day} {m.date:%b}<br/>{m.date:%Y}", styles["head_centre"]) for m in shown
    ]
    head.append(Paragraph("Attended", styles["head_right"]))
    rows: list[list] = [head]
    for row in register:
        marks = row.marks[start : start + count]
        rows.append(
            [Paragraph(text(row.full_name), styles["cell"])]
            + [Paragraph(MARKS[mark], centre) for mark in marks]
            + [Paragraph(f"{row.attended} of {len(row.marks)}", styles["cell_right"])]
        )
    padding = [
        ("LEFTPADDING", (1, 0), (-2, -1), REGISTER_PADDING),
        ("RIGHTPADDING", (1, 0), (-2, -1), REGISTER_PADDING),
        ("LINEBEFORE", (1, 0), (1, -1), 0.4, layout.RULE),
        ("LINEBEFORE", (-1, 0), (-1, -1), 0.4, layout.RULE),
    ]
    widths = [name_width] + [column] * len(shown) + [REGISTER_TOTAL]
    return layout.data_table(rows, widths, padding)


# -- action tracker -------------------------------------------------------------------------


def _tracker(record: SetRecord, today: dt.date, styles: Styles) -> list:
    if not record.tracker:
        return layout.kept(
            "Action tracker",
            styles["section"],
            [_muted("No actions have been agreed yet.", styles)],
        )
    by_owner = _by_owner(record)
    completion = [
        Paragraph("Completion by member", styles["subsection"]),
        Paragraph(
            "Completion counts the actions reported back on: done in full, partly done as "
            "half; open and carried-forward actions are not counted yet.",
            styles["lead"],
        ),
        _completion_table(by_owner, record, styles),
    ]
    story = layout.kept("Action tracker", styles["section"], completion)
    story += layout.heading("Every action", styles["subsection"], TABLE_ROOM)
    rows: list[list] = [
        layout.head_row(("Member", "Action", "Agreed on", "Due", "Status", "Comment"), styles)
    ]
    for owner, actions in by_owner:
        rows += [_tracker_row(owner, action, today, styles) for action in actions]
    dates = [
        ("LEFTPADDING", (2, 0), (3, -1), DATE_PADDING),
        ("RIGHTPADDING", (2, 0), (3, -1), DATE_PADDING),
    ]
    story.append(layout.data_table(rows, layout.widths(TRACKER_COLUMNS), dates))
    return story


def _by_owner(record: SetRecord) -> list[tuple[str, list[ActionInfo]]]:
    """Actions grouped by owner: members in the set's order, then anyone who has left."""
    groups: dict[int, tuple[str, list[ActionInfo]]] = {
        row.person_id: (row.full_name, []) for row in record.register
    }
    for action in record.tracker:
        groups.setdefault(action.owner_id, (action.owner_name, []))[1].append(action)
    return list(groups.values())


def _completion_table(
    by_owner: list[tuple[str, list[ActionInfo]]], record: SetRecord, styles: Styles
) -> Table:
    head = layout.head_row(("Member", "Agreed", "Done", "Still open", "Completion"), styles, 4)
    rows: list[list] = [head]
    for owner, actions in by_owner:
        rows.append(_completion_row(text(owner), actions, completion_rate(actions), styles))
    rows.append(
        _completion_row("<b>Whole set</b>", list(record.tracker), record.completion_rate, styles)
    )
    return layout.data_table(
        rows,
        layout.widths((None, 25 * mm, 25 * mm, 25 * mm, 30 * mm)),
        [("LINEABOVE", (0, -1), (-1, -1), 0.8, layout.ACCENT)],
    )


def _completion_row(
    owner_markup: str, actions: list[ActionInfo], rate: float | None, styles: Styles
) -> list:
    done = sum(a.status == ActionStatus.DONE for a in actions)
    still_open = sum(a.status.still_open for a in actions)
    shown_rate = f"{rate:.0%}" if rate is not None else f'<font color="{MUTED_HEX}">\u2013</font>'
    return [Paragraph(owner_markup, styles["cell"])] + [
        Paragraph(value, styles["cell_right"])
        for value in (str(len(actions)), str(done), str(still_open), shown_rate)
    ]


def _tracker_row(owner: str, action: ActionInfo, today: dt.date, styles: Styles) -> list:
    cell = styles["dense"]
    status = [Paragraph(action.status.label, cell)]
    if action.overdue(today):
        status.append(Paragraph("overdue", styles["warning"]))
    elif action.reviewed_on is not None:
        status.append(Paragraph(medium_date(action.reviewed_on), styles["small"]))
    due = (
        Paragraph(medium_date(action.due_date), cell)
        if action.due_date
        else Paragraph("No date", styles["dense_muted"])
    )
    return [
        Paragraph(text(owner), cell),
        [Paragraph(text(action.text), cell)]
        + [Paragraph(line, styles["dense_muted"]) for line in history_lines(action)],
        Paragraph(medium_date(action.agreed_on), cell),
        due,
        status,
        Paragraph(text(action.comment), cell),
    ]


# -- the meetings ---------------------------------------------------------------------------


def _meetings(record: SetRecord, styles: Styles) -> list[Flowable]:
    if not record.meetings:
        return layout.heading("Meeting records", styles["section"]) + [
            _muted("No meetings have been held yet.", styles)
        ]
    story: list[Flowable] = []
    for meeting_record in record.meetings:
        meeting = meeting_record.meeting
        story.append(PageBreak())
        story.append(Paragraph(text(meeting.title), styles["part"]))
        where = meeting.venue or record.action_set.venue
        when = meeting_when(meeting) + (f" \u00b7 {where}" if where else "")
        story.append(Paragraph(text(when), styles["meta"]))
        story.append(
            HRFlowable(width="100%", thickness=0.8, color=layout.ACCENT, spaceBefore=2 * mm)
        )
        story += meeting_flowables(meeting_record, styles)
    return story


def _muted(message: str, styles: Styles) -> Paragraph:
    return Paragraph(message, styles["muted"])
