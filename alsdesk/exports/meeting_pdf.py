"""One set meeting's record as an A4 PDF: who came, airtime, each presenter's
issue, questions, report-back and actions, the process review and what comes next.

It holds what the set agreed, not what was said in confidence, and every page
says the record is confidential to the set. ``meeting_flowables`` is the body
without the title block, so the whole-set record (set_record_pdf.py) reuses it.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from zoneinfo import ZoneInfo

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Table

from alsdesk.dates import long_date, medium_date
from alsdesk.exports import fonts
from alsdesk.exports import pdf_layout as layout
from alsdesk.exports.action_history import history_lines
from alsdesk.exports.pdf_layout import MUTED_HEX, WARNING_HEX, text
from alsdesk.services.actions import ActionInfo, ReportItem
from alsdesk.services.airtime_phases import PhaseState
from alsdesk.services.airtime_rounds import TurnState
from alsdesk.services.meetings import AttendanceMark, AttendanceStatus, MeetingInfo
from alsdesk.services.records import MeetingRecord, PresenterRecord

Styles = dict[str, ParagraphStyle]

TABLE_ROOM = 30 * mm  # a table's heading needs its header row and a row or two below it
TEXT_ROOM = 15 * mm  # a heading over text needs a line or two below it
LIST_MARKER = re.compile(r"^\s*(?:[-*\u2022\u2013]\s+)")


def write_meeting_pdf(record: MeetingRecord, path: Path, today: dt.date | None = None) -> None:
    """Write the meeting's record to ``path``; ``today`` is the printed date."""
    today = today or dt.date.today()
    fonts.register_fonts()
    styles = layout.styles()
    action_set, meeting = record.action_set, record.meeting
    doc = layout.set_document(path, action_set, f"{meeting.title}, {long_date(meeting.date)}")
    story = layout.title_block(
        action_set.name,
        [
            ("Date", meeting_when(meeting)),
            ("Venue", meeting.venue or action_set.venue),
            ("Facilitator", action_set.facilitator),
            ("Programme", action_set.programme),
        ],
        layout.printed_on(today),
        styles,
        subtitle=f"{meeting.title}: meeting record",
    )
    story += meeting_flowables(record, styles)
    layout.build(doc, story, confidential_footer(action_set.name), layout.generated_note(today))


def confidential_footer(set_name: str) -> str:
    return f"Confidential to {set_name}: what is said in the set stays in the set."


def meeting_when(meeting: MeetingInfo) -> str:
    """'Monday 26 October 2026, 09:30–16:30' (the date alone if no time is set)."""
    day = f"{meeting.date:%A} {long_date(meeting.date)}"
    if meeting.start_time is None:
        return day
    return f"{day}, {layout.time_range(meeting.start_time, meeting.end_time)}"


def meeting_flowables(record: MeetingRecord, styles: Styles) -> list[Flowable]:
    """The record's body: every section in order, each saying so when it is empty."""
    story: list[Flowable] = []
    story += _attendance(record.attendance, styles)
    story += _airtime(record, styles)
    for number, presenter in enumerate(record.presenters, start=1):
        story += _presenter(presenter, number, len(record.presenters), styles)
    story += _other_members(record, styles)
    story += layout.heading("Process review", styles["section"], TEXT_ROOM)
    story += _stops(record, styles)
    story += _text_or_muted(
        record.meeting.process_review, "No process review was recorded.", styles
    )
    story += layout.heading("Next meeting", styles["section"], TEXT_ROOM)
    story += _text_or_muted(
        record.meeting.next_meeting_notes, "No practicalities were recorded.", styles
    )
    return story


# -- attendance and airtime -------------------------------------------------------------


def _attendance(marks: tuple[AttendanceMark, ...], styles: Styles) -> list:
    if all(mark.status is None for mark in marks):
        empty = "Attendance was not recorded." if marks else "The set had no members."
        return layout.kept("Attendance", styles["section"], [_muted(empty, styles)])
    came = sum(m.status in (AttendanceStatus.PRESENT, AttendanceStatus.LATE) for m in marks)
    late = sum(m.status == AttendanceStatus.LATE for m in marks)
    summary = f"{came} of {len(marks)} members attended" + (f" ({late} late)." if late else ".")
    story: list[Flowable] = [Paragraph(summary, styles["lead"])]
    rows: list[list] = [layout.head_row(("Member", "Attendance", "Arrived"), styles)]
    for mark in marks:
        status = (
            Paragraph(mark.status.label, styles["cell"])
            if mark.status is not None
            else Paragraph("Not recorded", styles["cell_muted"])
        )
        arrived = Paragraph(f"{mark.late_at:%H:%M}" if mark.late_at else "", styles["cell"])
        rows.append([Paragraph(text(mark.full_name), styles["cell"]), status, arrived])
    story.append(layout.data_table(rows, layout.widths((None, 50 * mm, 50 * mm))))
    return layout.kept("Attendance", styles["section"], story)


def _airtime(record: MeetingRecord, styles: Styles) -> list:
    if not record.presenters:
        return layout.kept(
            "Airtime", styles["section"], [_muted("No one had airtime at this meeting.", styles)]
        )
    mode = record.meeting.airtime_mode.label.lower()
    story: list[Flowable] = [Paragraph(f"Time was shared by {mode}.", styles["lead"])]
    rows: list[list] = [
        layout.head_row(("Presenter", "Planned", "Used", "Over or under"), styles, right=3)
    ]
    for presenter in record.presenters:
        turn = presenter.turn
        name = [Paragraph(text(turn.full_name), styles["cell"])]
        if turn.state == TurnState.CURRENT:
            name.append(Paragraph("still presenting when printed", styles["small"]))
        planned = [Paragraph(_planned(turn.timer.planned_seconds), styles["cell_right"])]
        if turn.timer.extra_seconds:
            change = turn.timer.extra_seconds
            how = "extended" if change > 0 else "shortened"
            planned.append(Paragraph(f"{how} by {_minutes(abs(change))}", styles["small_right"]))
        rows.append(
            [
                name,
                planned,
                Paragraph(_minutes(presenter.used_seconds), styles["cell_right"]),
                Paragraph(
                    _over_under(
                        turn.timer.planned_seconds + turn.timer.extra_seconds,
                        presenter.used_seconds,
                    ),
                    styles["cell_right"],
                ),
            ]
        )
    planned_total = sum(p.turn.timer.planned_seconds for p in record.presenters)
    allowed_total = planned_total + sum(p.turn.timer.extra_seconds for p in record.presenters)
    used_total = sum(p.used_seconds for p in record.presenters)
    rows.append(
        [
            Paragraph("<b>All presenters</b>", styles["cell"]),
            Paragraph(f"<b>{_planned(planned_total)}</b>", styles["cell_right"]),
            Paragraph(f"<b>{_minutes(used_total)}</b>", styles["cell_right"]),
            Paragraph(f"<b>{_over_under(allowed_total, used_total)}</b>", styles["cell_right"]),
        ]
    )
    widths = layout.widths((None, 32 * mm, 32 * mm, 38 * mm))
    story.append(
        layout.data_table(rows, widths, [("LINEABOVE", (0, -1), (-1, -1), 0.8, layout.ACCENT)])
    )
    return layout.kept("Airtime", styles["section"], story)


def _minutes(seconds: float) -> str:
    return f"{round(seconds / 60)} min"


def _planned(seconds: float) -> str:
    return _minutes(seconds) if seconds else f'<font color="{MUTED_HEX}">not planned</font>'


def _over_under(allowed: float, used: float) -> str:
    """Against the time allowed (plan plus extensions), in the whole minutes printed beside it."""
    if not allowed:
        return "\u2013"
    difference = round(used / 60) - round(allowed / 60)
    if difference > 0:
        return f'<font color="{WARNING_HEX}">{difference} min over</font>'
    if difference < 0:
        return f"{-difference} min under"
    return "on time"


# -- presenters ---------------------------------------------------------------------------


def _presenter(presenter: PresenterRecord, number: int, count: int, styles: Styles) -> list:
    turn = presenter.turn
    story = layout.heading(f"Airtime {number} of {count}: {turn.full_name}", styles["section"])
    story += _subsection("The issue in a line", styles)
    story += _text_or_muted(turn.issue, "Not recorded.", styles)
    story += _subsection("Key questions", styles)
    story += _questions(turn.key_questions, styles)
    story += _subsection("What they now see differently", styles)
    story += _text_or_muted(turn.sees_differently, "Not recorded.", styles)
    story += _subsection("Report-back on earlier actions", styles, TABLE_ROOM)
    if presenter.report_back:
        story.append(_report_table([("", item) for item in presenter.report_back], styles))
    else:
        story.append(_muted("No earlier actions to report back on.", styles))
    story += _subsection("Actions agreed", styles, TABLE_ROOM)
    if presenter.actions:
        story.append(_actions_table(presenter.actions, styles, with_owner=False))
    else:
        story.append(_muted("No actions agreed.", styles))
    return story + _phases(presenter, styles)


def _phases(presenter: PresenterRecord, styles: Styles) -> list:
    """The time each phase of the airtime took against its share (none: no table)."""
    if not presenter.phases:
        return []
    rows: list[list] = [layout.head_row(("Phase", "Planned", "Used"), styles, right=2)]
    for phase in presenter.phases:
        used = (
            Paragraph(_minutes_seconds(phase.used_seconds), styles["cell_right"])
            if phase.state != PhaseState.WAITING
            else Paragraph(f'<font color="{MUTED_HEX}">not reached</font>', styles["cell_right"])
        )
        rows.append(
            [
                Paragraph(text(phase.title), styles["cell"]),
                Paragraph(_minutes_seconds(phase.planned_seconds), styles["cell_right"]),
                used,
            ]
        )
    table = layout.data_table(rows, layout.widths((None, 30 * mm, 30 * mm)))
    return [*_subsection("Phases of the airtime", styles, TABLE_ROOM), table]


def _minutes_seconds(seconds: float) -> str:
    """'7 min', or '6 min 30 s' when the seconds matter in a short phase."""
    whole = round(seconds)
    minutes, secs = divmod(whole, 60)
    if secs and minutes < 10:
        return f"{minutes} min {secs} s" if minutes else f"{secs} s"
    return f"{round(whole / 60)} min"


def _questions(value: str, styles: Styles) -> list:
    """One question a line, as a bulleted list (a typed '-' or '•' marker is dropped)."""
    lines = [LIST_MARKER.sub("", line).strip() for line in value.splitlines()]
    lines = [line for line in lines if line]
    if not lines:
        return [_muted("Not recorded.", styles)]
    if len(lines) == 1:
        return [Paragraph(text(lines[0]), styles["body"])]
    return [Paragraph(text(line), styles["bullet"], bulletText="\u2022") for line in lines]


def _other_members(record: MeetingRecord, styles: Styles) -> list:
    story = layout.heading("Members without airtime", styles["section"], TABLE_ROOM)
    if not record.other_report_back and not record.other_actions:
        return story + [_muted("No report-back or actions from members without airtime.", styles)]
    story += _subsection("Report-back on earlier actions", styles, TABLE_ROOM)
    if record.other_report_back:
        story.append(_report_table(list(record.other_report_back), styles))
    else:
        story.append(_muted("No report-back.", styles))
    story += _subsection("Actions agreed", styles, TABLE_ROOM)
    if record.other_actions:
        story.append(_actions_table(record.other_actions, styles, with_owner=True))
    else:
        story.append(_muted("No actions agreed.", styles))
    return story


def _report_table(items: list[tuple[str, ReportItem]], styles: Styles) -> Table:
    """Report-back rows; a member column only when the owners' names are given."""
    with_owner = any(owner for owner, _item in items)
    labels = ["Action", "Agreed on", "Status", "Comment"]
    spec: list[float | None] = [None, 25 * mm, 26 * mm, 54 * mm]
    if with_owner:
        labels.insert(0, "Member")
        spec = [32 * mm, None, 25 * mm, 26 * mm, 42 * mm]
    rows: list[list] = [layout.head_row(labels, styles)]
    for owner, item in items:
        status: list[Paragraph] = [
            Paragraph(item.status.label, styles["cell"])
            if item.status is not None
            else Paragraph("Not reported", styles["cell_muted"])
        ]
        if item.carried_to is not None:
            status.append(Paragraph(f"to {medium_date(item.carried_to)}", styles["cell_muted"]))
        row = [
            Paragraph(text(item.action.text), styles["cell"]),
            Paragraph(medium_date(item.action.agreed_on), styles["cell"]),
            status,
            Paragraph(text(item.comment), styles["cell"]),
        ]
        if with_owner:
            row.insert(0, Paragraph(text(owner), styles["cell"]))
        rows.append(row)
    return layout.data_table(rows, layout.widths(spec))


def _actions_table(actions: tuple[ActionInfo, ...], styles: Styles, *, with_owner: bool) -> Table:
    labels = ["Action", "Due"]
    spec: list[float | None] = [None, 30 * mm]
    if with_owner:
        labels.insert(0, "Owner")
        spec.insert(0, 32 * mm)
    rows: list[list] = [layout.head_row(labels, styles)]
    for action in actions:
        due = (
            Paragraph(medium_date(action.due_date), styles["cell"])
            if action.due_date
            else Paragraph("No date", styles["cell_muted"])
        )
        lines = [Paragraph(line, styles["cell_muted"]) for line in history_lines(action)]
        row = [[Paragraph(text(action.text), styles["cell"]), *lines], due]
        if with_owner:
            row.insert(0, Paragraph(text(action.owner_name), styles["cell"]))
        rows.append(row)
    return layout.data_table(rows, layout.widths(spec))


# -- small pieces -------------------------------------------------------------------------


def _subsection(title: str, styles: Styles, room: float = TEXT_ROOM) -> list:
    return layout.heading(title, styles["subsection"], room)


def _stops(record: MeetingRecord, styles: Styles) -> list:
    """When the set stopped to look at its process, in the set's local time."""
    if not record.stops:
        return []
    zone = ZoneInfo(record.action_set.timezone)
    story: list[Flowable] = _subsection("When the set stopped", styles)
    for stop in record.stops:
        when = stop.at.replace(tzinfo=dt.UTC).astimezone(zone)
        line = f"The set stopped at {when:%H:%M}" + (f": {text(stop.note)}" if stop.note else ".")
        story.append(Paragraph(line, styles["bullet"], bulletText="\u2022"))
    return [*story, *_subsection("What the set said about its process", styles)]


def _text_or_muted(value: str, empty: str, styles: Styles) -> list:
    if not value.strip():
        return [_muted(empty, styles)]
    return [Paragraph(text(value), styles["body"])]


def _muted(message: str, styles: Styles) -> Paragraph:
    return Paragraph(message, styles["muted"])
