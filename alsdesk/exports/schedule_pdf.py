"""The set's schedule as a printable A4 PDF, to hand out or pin up.

Set in DejaVu Sans (bundled in resources/fonts) so every member's name prints.
"""

from __future__ import annotations

import datetime as dt
from functools import partial
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    CondPageBreak,
    HRFlowable,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from alsdesk import APP_NAME, __version__
from alsdesk.exports import fonts
from alsdesk.services.schedule import AgendaItem, EventInfo, EventKind, build_agenda
from alsdesk.services.sets import SetInfo

MARGIN = 18 * mm
FOOTER_Y = 10 * mm
MONTH_START_ROOM = 45 * mm  # a month heading needs its table's header and a row below it
COLUMN_WIDTHS = (29 * mm, 24 * mm, None, 44 * mm)  # Event takes what is left

INK = colors.HexColor("#1f2933")
MUTED = colors.HexColor("#616e7c")
ACCENT = colors.HexColor("#1f4e79")
RULE = colors.HexColor("#c3ccd6")
HEADER_FILL = colors.HexColor("#e4ebf2")
ZEBRA_FILL = colors.HexColor("#f5f7fa")
WARNING_HEX = "#a64b00"
WARNING = colors.HexColor(WARNING_HEX)


def _styles() -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("base", fontName=fonts.REGULAR, fontSize=9, leading=11.5, textColor=INK)

    def style(name: str, **changes) -> ParagraphStyle:
        return ParagraphStyle(name, parent=base, **changes)

    return {
        "title": style("title", fontName=fonts.BOLD, fontSize=20, leading=24,
                       textColor=ACCENT, spaceAfter=4 * mm),
        "meta": style("meta", fontSize=10, leading=14),
        "printed": style("printed", fontSize=8.5, leading=11, textColor=MUTED, spaceBefore=2 * mm),
        "month": style("month", fontName=fonts.BOLD, fontSize=13, leading=16,
                       textColor=ACCENT, spaceBefore=6 * mm, spaceAfter=2 * mm),
        "head": style("head", fontName=fonts.BOLD, fontSize=8.5, leading=10.5),
        "cell": base,
        "small": style("small", fontSize=7.5, leading=9.5, textColor=MUTED),
        "note": style("note", fontSize=8, leading=10, spaceBefore=1.5),
        "warning": style("warning", fontName=fonts.ITALIC, fontSize=7.5, leading=9.5,
                         textColor=WARNING),
        "empty": style("empty", fontSize=11, leading=14, spaceBefore=8 * mm),
    }  # fmt: skip


def write_schedule_pdf(
    action_set: SetInfo, events: list[EventInfo], path: Path, today: dt.date | None = None
) -> None:
    """Write the schedule, month by month, to ``path``; ``today`` is the printed date."""
    today = today or dt.date.today()
    fonts.register_fonts()
    styles = _styles()
    doc = SimpleDocTemplate(
        str(path),
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN + 4 * mm,
        title=f"{action_set.name}: schedule",
        author=action_set.facilitator,
        subject=action_set.programme,
        creator=f"{APP_NAME} {__version__}",
    )
    story = _title_block(action_set, today, styles)
    months = build_agenda(events, today, action_set.holiday_region)
    if not months:
        story.append(Paragraph("No events are scheduled yet.", styles["empty"]))
    for month in months:
        # Not keepWithNext: that moves a month too long for one page wholly onto the next.
        story.append(CondPageBreak(MONTH_START_ROOM))
        story.append(Paragraph(escape(month.title), styles["month"]))
        story.append(_month_table(month.items, doc.width, styles))
    footer = f"{action_set.name} \u00b7 schedule"
    doc.build(story, canvasmaker=partial(_NumberedCanvas, footer_text=footer))


def _title_block(action_set: SetInfo, today: dt.date, styles) -> list:
    block: list = [Paragraph(_text(action_set.name), styles["title"])]
    for label, value in (
        ("Programme", action_set.programme),
        ("Facilitator", action_set.facilitator),
        ("Venue", action_set.venue),
    ):
        if value:
            block.append(Paragraph(f"<b>{label}:</b> {_text(value)}", styles["meta"]))
    block.append(Paragraph(f"Printed {_long_date(today)}", styles["printed"]))
    block.append(Spacer(1, 2 * mm))
    block.append(HRFlowable(width="100%", thickness=0.8, color=ACCENT, spaceBefore=0))
    return block


def _month_table(items: list[AgendaItem], width: float, styles) -> Table:
    head = [Paragraph(label, styles["head"]) for label in ("Date", "Time", "Event", "Venue")]
    rows = [head] + [_row(item, styles) for item in items]
    fixed = sum(w for w in COLUMN_WIDTHS if w is not None)
    widths = [w if w is not None else width - fixed for w in COLUMN_WIDTHS]
    table = Table(rows, colWidths=widths, repeatRows=1, hAlign="LEFT")
    commands = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
        ("LINEABOVE", (0, 0), (-1, 0), 0.8, ACCENT),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT),
        ("LINEBELOW", (0, 1), (-1, -1), 0.4, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
        ("LEFTPADDING", (0, 0), (-1, -1), 5),
        ("RIGHTPADDING", (0, 0), (-1, -1), 5),
    ]
    commands += [("BACKGROUND", (0, row), (-1, row), ZEBRA_FILL) for row in range(2, len(rows), 2)]
    table.setStyle(TableStyle(commands))
    return table


def _row(item: AgendaItem, styles) -> list:
    event = item.event

    def struck(markup: str) -> str:
        return f"<strike>{markup}</strike>" if event.cancelled else markup

    date_cell = [Paragraph(struck(_short_date(event.date)), styles["cell"])]
    date_cell += [Paragraph(_text(flag), styles["warning"]) for flag in item.flags]

    title = f"<b>{struck(_text(event.title))}</b>"
    if event.cancelled:
        title += f' <font color="{WARNING_HEX}">(cancelled)</font>'
    event_cell = [
        Paragraph(title, styles["cell"]),
        Paragraph(_text(EventKind(event.kind).label), styles["small"]),
    ]
    if event.notes:
        event_cell.append(Paragraph(_text(event.notes), styles["note"]))
    if event.preparation:
        event_cell.append(
            Paragraph(f"<i>Preparation:</i> {_text(event.preparation)}", styles["note"])
        )
    return [
        date_cell,
        Paragraph(struck(_time_range(event)), styles["cell"]),
        event_cell,
        Paragraph(_text(event.venue), styles["cell"]),
    ]


def _text(value: str) -> str:
    """User text made safe for Paragraph markup, keeping its line breaks."""
    return escape(value.strip()).replace("\n", "<br/>")


def _short_date(day: dt.date) -> str:
    return f"{day:%a} {day.day} {day:%b}"


def _long_date(day: dt.date) -> str:
    return f"{day.day} {day:%B %Y}"


def _time_range(event: EventInfo) -> str:
    if event.start_time is None:
        return "All day"
    if event.end_time is None:
        return f"{event.start_time:%H:%M}"
    return f"{event.start_time:%H:%M}\u2013{event.end_time:%H:%M}"


class _NumberedCanvas(Canvas):
    """Holds pages back until the end so each footer can say "Page N of M"."""

    def __init__(self, *args, footer_text: str = "", **kwargs):
        super().__init__(*args, **kwargs)
        self._footer_text = footer_text
        self._pages: list[dict] = []

    def showPage(self):  # noqa: N802 (reportlab's name)
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self):
        for page in self._pages:
            self.__dict__.update(page)
            self._draw_footer(len(self._pages))
            super().showPage()
        super().save()

    def _draw_footer(self, page_count: int) -> None:
        width = self._pagesize[0]
        right = f"Page {self._pageNumber} of {page_count}"
        self.saveState()
        self.setStrokeColor(RULE)
        self.setLineWidth(0.5)
        self.line(MARGIN, FOOTER_Y + 4 * mm, width - MARGIN, FOOTER_Y + 4 * mm)
        self.setFont(fonts.REGULAR, 8)
        self.setFillColor(MUTED)
        room = width - 2 * MARGIN - stringWidth(right, fonts.REGULAR, 8) - 8 * mm
        self.drawString(MARGIN, FOOTER_Y, _fit(self._footer_text, room, fonts.REGULAR, 8))
        self.drawRightString(width - MARGIN, FOOTER_Y, right)
        self.restoreState()


def _fit(text: str, room: float, font: str, size: float) -> str:
    """``text`` cut short with an ellipsis so it fits in ``room`` points."""
    if stringWidth(text, font, size) <= room:
        return text
    while text and stringWidth(text + "\u2026", font, size) > room:
        text = text[:-1]
    return text.rstrip() + "\u2026"
