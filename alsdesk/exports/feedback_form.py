"""One respondent's fillable 360 feedback form: a reportlab AcroForm PDF.

Traps this writer avoids (each is checked in tests/exports/test_feedback_form.py):

- a reportlab text field takes 100 characters unless told otherwise: every
  answer box is made for ``ANSWER_LIMIT``;
- a field's appearance is drawn in one of the 14 standard fonts, which lack
  letters such as "ł" or "ź": the form asks readers to redraw the fields
  (``NeedAppearances``), so "Łódź" or "Siobhán" typed in shows as typed;
- macOS Preview drops radio-button choices when it saves a form: choices are
  combo boxes and the consent is a check box.

The printed text (headings, prompts, names) is set in DejaVu Sans, so every
name prints. The round's and request's ids and their check value sit in hidden,
read-only fields.
"""

from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.acroform import PDFFromString
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph

from alsdesk import APP_NAME
from alsdesk.exports import fonts
from alsdesk.exports.pdf_layout import ACCENT, INK, MARGIN, MUTED, RULE, ZEBRA_FILL
from alsdesk.i18n import translate
from alsdesk.services.feedback import forms
from alsdesk.services.feedback.model import ANSWER_LIMIT
from alsdesk.services.leadership import dimension

WIDTH = A4[0] - 2 * MARGIN
ANSWER_HEIGHT = 36 * mm
FIELD_FONT = "Helvetica"
FIELD_SIZE = 10
BOX_FILL = ZEBRA_FILL  # the theme's light fill, so the boxes show on paper and on screen


def _styles() -> dict[str, ParagraphStyle]:
    fonts.register_fonts()
    base = ParagraphStyle("base", fontName=fonts.REGULAR, fontSize=10, leading=14, textColor=INK)
    return {
        "title": ParagraphStyle("title", base, fontName=fonts.BOLD, fontSize=17, leading=22),
        "sub": ParagraphStyle("sub", base, textColor=MUTED),
        "body": base,
        "heading": ParagraphStyle(
            "heading", base, fontName=fonts.BOLD, fontSize=12, leading=16, textColor=ACCENT
        ),
        "prompt": ParagraphStyle("prompt", base, fontName=fonts.BOLD),
        "small": ParagraphStyle("small", base, fontSize=8.5, leading=11, textColor=MUTED),
    }


class _Sheet:
    """A canvas with a cursor running down the page, starting a new page when full."""

    def __init__(self, path: Path, content: forms.FormContent):
        self.canvas = Canvas(str(path), pagesize=A4)
        self.canvas.setTitle(content.heading)
        self.canvas.setAuthor(APP_NAME)
        self.canvas.setSubject(content.title)
        self.styles = _styles()
        self.footer = f"{content.heading} · {content.title}"
        self.page = 1
        self.y = A4[1] - MARGIN

    def paragraph(self, text: str, style: str, space_after: float = 4) -> None:
        para = Paragraph(escape(text).replace("\n", "<br/>"), self.styles[style])
        _w, height = para.wrap(WIDTH, A4[1])
        self.room(height)
        para.drawOn(self.canvas, MARGIN, self.y - height)
        self.y -= height + space_after

    def room(self, height: float) -> None:
        if self.y - height < MARGIN + 8 * mm:
            self.new_page()

    def new_page(self) -> None:
        self._footer()
        self.canvas.showPage()
        self.page += 1
        self.y = A4[1] - MARGIN

    def _footer(self) -> None:
        self.canvas.setFont(fonts.REGULAR, 8)
        self.canvas.setFillColor(MUTED)
        self.canvas.drawString(MARGIN, 10 * mm, self.footer)
        self.canvas.drawRightString(
            A4[0] - MARGIN, 10 * mm, translate("documents", "Page %d") % self.page
        )

    def rule(self) -> None:
        self.canvas.setStrokeColor(RULE)
        self.canvas.setLineWidth(0.6)
        self.canvas.line(MARGIN, self.y, MARGIN + WIDTH, self.y)
        self.y -= 5 * mm

    def finish(self) -> None:
        self._footer()
        # Ask every reader to redraw the fields in a font that has the letters typed.
        self.canvas.acroForm.extras["NeedAppearances"] = PDFFromString("true")
        self.canvas.save()


def write_feedback_form(content: forms.FormContent, path: Path) -> None:
    """Write ``content`` as a fillable form to ``path``."""
    sheet = _Sheet(Path(path), content)
    form = sheet.canvas.acroForm
    _hidden(sheet, content)
    sheet.paragraph(content.heading, "title", 2)
    sheet.paragraph(content.title, "sub", 8)
    for text in content.purpose:
        sheet.paragraph(text, "body", 5)
    sheet.y -= 2 * mm
    sheet.rule()

    sheet.paragraph(translate("documents", "How do you know them?"), "prompt", 3)
    sheet.room(9 * mm)
    form.choice(
        name=forms.FIELD_RELATIONSHIP,
        tooltip=translate("documents", "How you know them"),
        value=content.relationship.value,
        options=forms.relationship_choices(),
        x=MARGIN,
        y=sheet.y - 7 * mm,
        width=90 * mm,
        height=7 * mm,
        fontName=FIELD_FONT,
        fontSize=FIELD_SIZE,
        borderColor=RULE,
        fillColor=BOX_FILL,
        textColor=INK,
        forceBorder=True,
    )
    sheet.y -= 11 * mm

    for number, prompt in enumerate(content.prompts, start=1):
        sheet.room(ANSWER_HEIGHT + 16 * mm)
        about = dimension(prompt.dimension).name if prompt.dimension else ""
        if about:
            sheet.paragraph(f"{number}. {about}", "small", 1)
            sheet.paragraph(prompt.text, "prompt", 3)
        else:
            sheet.paragraph(f"{number}. {prompt.text}", "prompt", 3)
        form.textfield(
            name=forms.answer_field(prompt.key),
            tooltip=prompt.text,
            x=MARGIN,
            y=sheet.y - ANSWER_HEIGHT,
            width=WIDTH,
            height=ANSWER_HEIGHT,
            maxlen=ANSWER_LIMIT,
            fieldFlags="multiline",
            fontName=FIELD_FONT,
            fontSize=FIELD_SIZE,
            borderColor=RULE,
            fillColor=BOX_FILL,
            textColor=INK,
            forceBorder=True,
        )
        sheet.y -= ANSWER_HEIGHT + 7 * mm

    if content.ratings:
        _ratings(sheet)
    _consent(sheet, content)
    sheet.finish()


def _ratings(sheet: _Sheet) -> None:
    rows = forms.dimension_names()
    sheet.room(24 * mm + len(rows) * 9 * mm)
    sheet.rule()
    sheet.paragraph(translate("documents", "Ratings (optional)"), "heading", 2)
    sheet.paragraph(
        translate(
            "documents",
            "For each dimension of the NHS Healthcare Leadership Model, choose the level "
            "you have seen most often, or leave it empty.",
        ),
        "body",
        4,
    )
    for number, name in rows:
        sheet.canvas.setFont(fonts.REGULAR, 10)
        sheet.canvas.setFillColor(INK)
        sheet.canvas.drawString(MARGIN, sheet.y - 5 * mm, f"{number}. {name}")
        sheet.canvas.acroForm.choice(
            name=forms.rating_field(number),
            tooltip=name,
            value=[""],  # a list: reportlab fails on an empty choice value (5.1)
            options=forms.level_choices(),
            x=MARGIN + WIDTH - 55 * mm,
            y=sheet.y - 7 * mm,
            width=55 * mm,
            height=7 * mm,
            fontName=FIELD_FONT,
            fontSize=FIELD_SIZE,
            borderColor=RULE,
            fillColor=BOX_FILL,
            textColor=INK,
            forceBorder=True,
        )
        sheet.y -= 9 * mm
    sheet.y -= 3 * mm


def _consent(sheet: _Sheet, content: forms.FormContent) -> None:
    sheet.room(24 * mm)
    sheet.rule()
    size = 5 * mm
    sheet.canvas.acroForm.checkbox(
        name=forms.FIELD_CONSENT,
        tooltip=translate("documents", "Line manager: agree to be named"),
        checked=False,
        buttonStyle="check",
        fieldFlags="",  # reportlab marks a check box required unless told
        x=MARGIN,
        y=sheet.y - size,
        size=size,
        borderColor=INK,
        fillColor=colors.white,
        textColor=INK,
        forceBorder=True,
    )
    label = Paragraph(
        escape(
            translate(
                "documents",
                "Line managers only: tick to agree that %s may see your comments under your "
                "name. Without a tick they are mixed with everyone else's.",
            )
            % (content.about or translate("documents", "they"))
        ),
        sheet.styles["body"],
    )
    _w, height = label.wrap(WIDTH - size - 4 * mm, A4[1])
    label.drawOn(sheet.canvas, MARGIN + size + 4 * mm, sheet.y - max(height, size))
    sheet.y -= max(height, size) + 6 * mm
    sheet.paragraph(
        translate("documents", "Thank you. Save the form and send it back by email."), "sub", 2
    )


def _hidden(sheet: _Sheet, content: forms.FormContent) -> None:
    """The round, request and check value: hidden, read-only, not printed."""
    values = {
        forms.FIELD_MARK: forms.MARK,
        forms.FIELD_ROUND: content.round_uid,
        forms.FIELD_REQUEST: content.request_uid,
        forms.FIELD_CHECK: content.check,
    }
    for offset, (name, value) in enumerate(values.items()):
        sheet.canvas.acroForm.textfield(
            name=name,
            value=value,
            x=1 + offset,
            y=1,
            width=1,
            height=1,
            maxlen=64,
            annotationFlags="hidden",
            fieldFlags="readOnly",
            borderWidth=0,
            fontName=FIELD_FONT,
            fontSize=1,
        )
