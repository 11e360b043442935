"""The look every alsdesk PDF shares: A4 page, colours, type styles, title block, tables, footer.

Set in DejaVu Sans (bundled in resources/fonts) so every member's name prints.
The footer of each page says "Page N of M", which needs the page count, so
pages are held back until the document is complete (``NumberedCanvas``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
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
    Flowable,
    HRFlowable,
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from alsdesk import APP_NAME, __version__, theme
from alsdesk.dates import long_date
from alsdesk.exports import fonts
from alsdesk.services.sets import SetInfo

MARGIN = 18 * mm  # left and right of the text, tables and footer alike
FRAME_PADDING = 6  # reportlab's default padding inside the page's frame
CONTENT_WIDTH = A4[0] - 2 * MARGIN
FOOTER_Y = 10 * mm
FOOTER_LINE = 3.5 * mm  # between the two lines of a two-line footer
FRAME_HEIGHT = A4[1] - MARGIN - (MARGIN + 4 * mm) - 2 * FRAME_PADDING
MIN_ROW_PART = 12 * mm  # the least of a split row left on either page

PAPER = theme.current().paper
SIZE = theme.current().paper_sizes
INK = colors.HexColor(PAPER.ink)
MUTED_HEX = PAPER.muted
MUTED = colors.HexColor(MUTED_HEX)
ACCENT = colors.HexColor(PAPER.accent)
RULE = colors.HexColor(PAPER.rule)
HEADER_FILL = colors.HexColor(PAPER.header_fill)
ZEBRA_FILL = colors.HexColor(PAPER.zebra_fill)
WARNING_HEX = PAPER.warning
WARNING = colors.HexColor(WARNING_HEX)


def styles() -> dict[str, ParagraphStyle]:
    """The paragraph styles, by role; a fresh set each call (styles are mutable)."""
    base = ParagraphStyle(
        "base", fontName=fonts.REGULAR, fontSize=SIZE.cell, leading=11.5, textColor=INK
    )

    def style(name: str, **changes) -> ParagraphStyle:
        return ParagraphStyle(name, parent=base, **changes)

    return {
        "title": style("title", fontName=fonts.BOLD, fontSize=SIZE.title, leading=24,
                       textColor=ACCENT, spaceAfter=4 * mm),
        "subtitle": style("subtitle", fontName=fonts.BOLD, fontSize=SIZE.subtitle, leading=16,
                          spaceBefore=-2 * mm, spaceAfter=3 * mm),
        "meta": style("meta", fontSize=SIZE.meta, leading=14),
        "printed": style("printed", fontSize=SIZE.printed, leading=11, textColor=MUTED,
                         spaceBefore=2 * mm),
        "section": style("section", fontName=fonts.BOLD, fontSize=SIZE.section, leading=16,
                         textColor=ACCENT, spaceBefore=6 * mm, spaceAfter=2 * mm),
        "part": style("part", fontName=fonts.BOLD, fontSize=SIZE.part, leading=20,
                      textColor=ACCENT, spaceAfter=1 * mm),
        "subsection": style("subsection", fontName=fonts.BOLD, fontSize=SIZE.subsection, leading=12,
                            textColor=ACCENT, spaceBefore=3 * mm, spaceAfter=1 * mm),
        "body": style("body", fontSize=SIZE.body, leading=13),
        "lead": style("lead", fontSize=SIZE.body, leading=13, spaceAfter=1.5 * mm),
        "bullet": style("bullet", fontSize=SIZE.body, leading=13, leftIndent=4 * mm,
                        bulletIndent=0.5 * mm, bulletFontName=fonts.REGULAR, spaceBefore=1),
        "muted": style("muted", fontName=fonts.ITALIC, textColor=MUTED),
        "head": style("head", fontName=fonts.BOLD, fontSize=SIZE.head, leading=10.5),
        "head_right": style("head_right", fontName=fonts.BOLD, fontSize=SIZE.head, leading=10.5,
                            alignment=2),
        "head_centre": style("head_centre", fontName=fonts.BOLD, fontSize=SIZE.head, leading=10.5,
                             alignment=1),
        "cell": base,
        "cell_right": style("cell_right", alignment=2),
        "cell_centre": style("cell_centre", alignment=1),
        "cell_muted": style("cell_muted", fontName=fonts.ITALIC, textColor=MUTED),
        # Dense tables (many columns) set their cells a size smaller.
        "dense": style("dense", fontSize=SIZE.dense, leading=10),
        "dense_centre": style("dense_centre", fontSize=SIZE.dense, leading=10, alignment=1),
        "dense_muted": style("dense_muted", fontName=fonts.ITALIC, fontSize=SIZE.dense, leading=10,
                             textColor=MUTED),
        "small": style("small", fontSize=SIZE.small, leading=9.5, textColor=MUTED),
        "caption": style("caption", fontSize=SIZE.small, leading=9.5, textColor=MUTED,
                         spaceBefore=1.5 * mm),
        "small_right": style("small_right", fontSize=SIZE.small, leading=9.5, textColor=MUTED,
                             alignment=2),
        "note": style("note", fontSize=SIZE.note, leading=10, spaceBefore=1.5),
        "warning": style("warning", fontName=fonts.ITALIC, fontSize=SIZE.small, leading=9.5,
                         textColor=WARNING),
        "empty": style("empty", fontSize=SIZE.empty, leading=14, spaceBefore=8 * mm),
    }  # fmt: skip


def document(path: Path, *, title: str, author: str = "", subject: str = "") -> SimpleDocTemplate:
    """An A4 document with the shared margins (room at the bottom for the footer).

    Its frame's padding sits inside the side margins, so content is
    ``CONTENT_WIDTH`` wide and lines up with the footer.
    """
    return SimpleDocTemplate(
        str(path),
        pagesize=A4,
        leftMargin=MARGIN - FRAME_PADDING,
        rightMargin=MARGIN - FRAME_PADDING,
        topMargin=MARGIN,
        bottomMargin=MARGIN + 4 * mm,
        title=title,
        author=author,
        subject=subject,
        creator=f"{APP_NAME} {__version__}",
    )


def set_document(path: Path, action_set: SetInfo, title: str) -> SimpleDocTemplate:
    """A document about one set: "<set>: <title>", by its facilitator, for its programme."""
    return document(
        path,
        title=f"{action_set.name}: {title}",
        author=action_set.facilitator,
        subject=action_set.programme,
    )


def build(doc: SimpleDocTemplate, story: list[Flowable], footer: str, note: str = "") -> None:
    """Lay out ``story``; every page gets ``footer``, "Page N of M" and ``note`` below."""
    doc.build(story, canvasmaker=partial(NumberedCanvas, footer_text=footer, footer_note=note))


def generated_note(today: dt.date) -> str:
    return f"Generated by {APP_NAME} {__version__} on {long_date(today)}"


def title_block(
    title: str,
    details: Iterable[tuple[str, str]],
    printed: str,
    styles: dict[str, ParagraphStyle],
    subtitle: str = "",
) -> list[Flowable]:
    """The document's title, an optional subtitle, "Label: value" lines (empty ones
    left out), a muted ``printed`` line and a rule."""
    block: list[Flowable] = [Paragraph(text(title), styles["title"])]
    if subtitle:
        block.append(Paragraph(text(subtitle), styles["subtitle"]))
    for label, value in details:
        if value:
            block.append(Paragraph(f"<b>{label}:</b> {text(value)}", styles["meta"]))
    block.append(Paragraph(text(printed), styles["printed"]))
    block.append(Spacer(1, 2 * mm))
    block.append(HRFlowable(width="100%", thickness=0.8, color=ACCENT, spaceBefore=0))
    return block


def printed_on(today: dt.date) -> str:
    return f"Printed {long_date(today)}"


def set_title_block(
    action_set: SetInfo, today: dt.date, styles: dict[str, ParagraphStyle], subtitle: str = ""
) -> list[Flowable]:
    """The set's name, programme, facilitator and venue, and the printed date."""
    details = [
        ("Programme", action_set.programme),
        ("Facilitator", action_set.facilitator),
        ("Venue", action_set.venue),
    ]
    return title_block(action_set.name, details, printed_on(today), styles, subtitle)


def personal_footer(person_name: str, what: str) -> str:
    """The footer of a document about one person (their goal, their plan): theirs to share."""
    return f"Confidential: {person_name}\u2019s {what}, theirs to share."


def heading(title: str, style: ParagraphStyle, room: float = 35 * mm) -> list[Flowable]:
    """A heading that starts a new page unless ``room`` is left for what follows it.

    Not keepWithNext: that moves a table too long for one page wholly onto the next.
    """
    return [CondPageBreak(room), Paragraph(text(title), style)]


def kept(title: str, style: ParagraphStyle, body: Sequence[Flowable]) -> list[Flowable]:
    """A heading kept on one page with a short body (a lead-in and a small table): all
    of it moves to the next page if it does not fit, unless it is longer than a page."""
    return [KeepTogether([Paragraph(text(title), style), *body])]


def widths(spec: Sequence[float | None], total: float = CONTENT_WIDTH) -> list[float]:
    """Column widths: the one given as None takes what the others leave of ``total``."""
    fixed = sum(w for w in spec if w is not None)
    return [w if w is not None else total - fixed for w in spec]


def data_table(
    rows: list[list],
    col_widths: Sequence[float],
    extra: Iterable[tuple] = (),
    *,
    zebra: bool = True,
    header: bool = True,
) -> Table:
    """A table in the house style: a shaded header row repeated on every page, hairline
    rules between rows, zebra stripes."""
    for row in rows:
        _wrap_once(row)
    table = _WholeRowsTable(rows, colWidths=list(col_widths), repeatRows=1 if header else 0)
    table.hAlign = "LEFT"
    first = 1 if header else 0
    commands: list[tuple] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, first), (-1, -1), 0.4, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
        ("LEFTPADDING", (0, 0), (-1, -1), 5),
        ("RIGHTPADDING", (0, 0), (-1, -1), 5),
    ]
    if not header:
        commands.append(("LINEABOVE", (0, 0), (-1, 0), 0.4, RULE))
    else:
        commands += [
            ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
            ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
            ("LINEABOVE", (0, 0), (-1, 0), 0.8, ACCENT),
            ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT),
        ]
    if zebra:
        commands += [
            ("BACKGROUND", (0, row), (-1, row), ZEBRA_FILL)
            for row in range(first + 1, len(rows), 2)
        ]
    table.setStyle(TableStyle(commands + list(extra)))
    return table


class _CellParagraph(Paragraph):
    """A table cell's paragraph, its lines broken once per width.

    A table measures every cell at each wrap, at each split (again for what
    is left after every page) and once more to draw it, always at the cell's
    width: breaking the lines anew each time was most of a long table's cost.
    The result for a width cannot change (the text and style are fixed).
    """

    _wrapped: tuple[float, tuple[float, float]] | None = None

    def wrap(self, availWidth, availHeight):  # noqa: N803 (reportlab's names)
        if self._wrapped is not None and self._wrapped[0] == availWidth:
            return self._wrapped[1]  # width, height and lines are still this width's
        size = super().wrap(availWidth, availHeight)
        self._wrapped = (availWidth, size)
        return size


def _wrap_once(cells: object) -> None:
    """Make the plain paragraphs among ``cells`` (nested lists too) ``_CellParagraph``s."""
    if isinstance(cells, list | tuple):
        for cell in cells:
            _wrap_once(cell)
    elif type(cells) is Paragraph:
        cells.__class__ = _CellParagraph


class _WholeRowsTable(Table):
    """Breaks between rows only, unless a row is too tall for any page (a very long
    comment): that one row is split rather than failing the whole document."""

    def split(self, availWidth, availHeight):  # noqa: N803 (reportlab's names)
        self._calc(availWidth, availHeight)
        header = sum(self._rowHeights[: self.repeatRows]) if self.repeatRows else 0
        too_tall = max(self._rowHeights, default=0) > FRAME_HEIGHT - header
        self.splitInRow = MIN_ROW_PART if too_tall else 0
        return super().split(availWidth, availHeight)


def head_row(labels: Iterable[str], styles: dict[str, ParagraphStyle], right: int = 0) -> list:
    """Header cells; the last ``right`` of them right-aligned (over numbers)."""
    labels = list(labels)
    split = len(labels) - right
    return [
        Paragraph(label, styles["head" if i < split else "head_right"])
        for i, label in enumerate(labels)
    ]


def text(value: str) -> str:
    """User text made safe for Paragraph markup, keeping its line breaks."""
    return escape(value.strip()).replace("\n", "<br/>")


def time_range(start: dt.time | None, end: dt.time | None) -> str:
    if start is None:
        return "All day"
    if end is None:
        return f"{start:%H:%M}"
    return f"{start:%H:%M}\u2013{end:%H:%M}"


class NumberedCanvas(Canvas):
    """Holds pages back until the end so each footer can say "Page N of M"."""

    def __init__(self, *args, footer_text: str = "", footer_note: str = "", **kwargs):
        super().__init__(*args, **kwargs)
        self._footer_text = footer_text
        self._footer_note = footer_note
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
        # A second line sits where a one-line footer would; the first moves up.
        first_y = FOOTER_Y + FOOTER_LINE if self._footer_note else FOOTER_Y
        self.saveState()
        self.setStrokeColor(RULE)
        self.setLineWidth(0.5)
        self.line(MARGIN, first_y + 4 * mm, width - MARGIN, first_y + 4 * mm)
        self.setFont(fonts.REGULAR, SIZE.footer)
        self.setFillColor(MUTED)
        room = width - 2 * MARGIN - stringWidth(right, fonts.REGULAR, SIZE.footer) - 8 * mm
        self.drawString(MARGIN, first_y, fit(self._footer_text, room, fonts.REGULAR, SIZE.footer))
        self.drawRightString(width - MARGIN, first_y, right)
        if self._footer_note:
            self.setFont(fonts.REGULAR, SIZE.footer_small)
            note = fit(self._footer_note, width - 2 * MARGIN, fonts.REGULAR, SIZE.footer_small)
            self.drawString(MARGIN, FOOTER_Y, note)
        self.restoreState()


# No glyph of the fonts we embed is narrower than this share of the type size
# (a space or an "i" is about a quarter): more characters than room / (this *
# size) can never fit, so fit() never measures more than that.
_NARROWEST_GLYPH = 0.1


def fit(value: str, room: float, font: str, size: float) -> str:
    """``value`` cut short with an ellipsis so it fits in ``room`` points.

    Measures O(log n) prefixes of at most a line's worth of characters, so a
    30 KB name costs what a short one does.
    """
    most = int(room / (_NARROWEST_GLYPH * size)) + 1
    if len(value) <= most and stringWidth(value, font, size) <= room:
        return value
    value = value[:most]
    fits, longest = 0, len(value)  # value[:fits] + ellipsis fits; value[:longest] + it may not
    while longest - fits > 1:
        middle = (fits + longest) // 2
        if stringWidth(value[:middle] + "\u2026", font, size) <= room:
            fits = middle
        else:
            longest = middle
    return value[:fits].rstrip() + "\u2026"
