"""A round's 360 feedback report as an A4 PDF: for the facilitated conversation, or a tutor.

The member's version: the round and who was asked (counts by relationship; a
line manager named only with consent), the synthesis by prompt and by dimension
exactly as ``services.feedback.synthesis`` grouped it, self against others by
dimension (a table and a dot chart, blind spots and hidden strengths marked),
the member's own view and their themes. The tutor's version holds only the
synthesis and the member's themes. Nothing per respondent is printed: no names
(but a consenting line manager's), emails, dates or order.
"""

from __future__ import annotations

from pathlib import Path

from reportlab.graphics.shapes import Circle, Drawing, Line, Rect, String
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer

from alsdesk.exports import fonts
from alsdesk.exports import pdf_layout as layout
from alsdesk.exports.pdf_layout import text
from alsdesk.services.feedback.report import FeedbackReport
from alsdesk.services.feedback.synthesis import DimensionView, Gap, PromptView
from alsdesk.services.leadership import Level

Styles = dict[str, ParagraphStyle]

TITLE = "360 feedback report"
TUTOR_TITLE = "360 feedback: synthesis for my tutor"
REDACTED_NOTE = "Possible patient identifiers were removed before export."
ROW = 7 * mm  # one dimension's row in the chart
LABEL_ROOM = 62 * mm


def write_feedback_report_pdf(report: FeedbackReport, path: Path) -> None:
    fonts.register_fonts()
    styles = _styles()
    title = TUTOR_TITLE if report.tutor else TITLE
    doc = layout.document(path, title=title, author=report.member, subject="360 feedback")
    synthesis = report.synthesis
    details = [("Round", synthesis.title), ("Replies", str(report.replies))]
    story = layout.title_block(
        title, details, layout.printed_on(report.today), styles, report.member
    )
    if report.redacted:
        story.append(Paragraph(REDACTED_NOTE, styles["muted"]))
    story += _how_to_read(report, styles)
    if not report.replies:
        story.append(Paragraph("No replies yet: there is nothing to synthesise.", styles["empty"]))
    if not report.tutor:
        story += _asked(report, styles)
    if synthesis.has_ratings:
        story += _self_and_others(report, styles)
    story += _by_dimension(report, styles)
    story += _open_questions(report, styles)
    story += _themes(report, styles)
    if not report.tutor:
        story += _own_view(report, styles)
    who = report.member.strip() or "the member"
    footer = f"Confidential: 360 feedback of {who}, theirs to share."
    layout.build(doc, story, footer, layout.generated_note(report.today))


def _styles() -> Styles:
    styles = layout.styles()
    styles["prompt"] = ParagraphStyle(
        "prompt", parent=styles["subsection"], spaceBefore=4 * mm, keepWithNext=True
    )
    styles["group"] = ParagraphStyle(
        "group", parent=styles["head"], spaceBefore=2 * mm, spaceAfter=0.5 * mm, keepWithNext=True
    )
    styles["comment"] = ParagraphStyle(
        "comment", parent=styles["bullet"], spaceBefore=1.5, spaceAfter=1.5
    )
    styles["mine"] = ParagraphStyle(
        "mine", parent=styles["body"], leftIndent=4 * mm, textColor=layout.MUTED
    )
    return styles


def _how_to_read(report: FeedbackReport, styles: Styles) -> list[Flowable]:
    words = (
        "Comments are grouped by how people know the member. A group of fewer than three is "
        "merged into \u201cOther colleagues\u201d; when even that is fewer than three, its "
        "comments stand without a group. A line manager is named only with their consent. "
        "Comments are shuffled and carry no names, dates or order."
    )
    return [Paragraph(words, styles["lead"])]


def _asked(report: FeedbackReport, styles: Styles) -> list[Flowable]:
    if not report.asked:
        return layout.kept(
            "Who was asked", styles["section"], [Paragraph("Nobody was asked.", styles["muted"])]
        )
    rows = [layout.head_row(["Relationship", "Asked"], styles, right=1)]
    rows += [
        [Paragraph(text(label), styles["cell"]), Paragraph(str(count), styles["cell_right"])]
        for label, count in report.asked
    ]
    total = sum(count for _label, count in report.asked)
    rows.append(
        [
            Paragraph("<b>Everyone asked</b>", styles["cell"]),
            Paragraph(f"<b>{total}</b>", styles["cell_right"]),
        ]
    )
    table = layout.data_table(rows, layout.widths([None, 25 * mm], 110 * mm))
    lead = Paragraph(
        f"{total} asked, {report.replies} replied. The synthesis groups the replies as: "
        + _groups_line(report),
        styles["lead"],
    )
    return layout.kept("Who was asked", styles["section"], [table, Spacer(1, 2 * mm), lead])


def _groups_line(report: FeedbackReport) -> str:
    groups = report.synthesis.groups
    if not groups:
        return "no group large enough to show on its own."
    return "; ".join(f"{text(label)} ({size})" for label, size in groups) + "."


def _level(value: float | None) -> str:
    if value is None:
        return "\u2013"
    return f"{value:.1f}".rstrip("0").rstrip(".") if isinstance(value, float) else str(value)


def _self_and_others(report: FeedbackReport, styles: Styles) -> list[Flowable]:
    dims = report.synthesis.dimensions
    rows = [[*layout.head_row(["Dimension", "Me", "Others", "Raters"], styles, 3)]]
    rows[0].append(Paragraph("Marked", styles["head"]))
    for d in dims:
        mark = f"<b>{d.gap.label}</b>" if d.gap is not Gap.NONE else ""
        rows.append(
            [
                Paragraph(f"{d.number}. {text(d.name)}", styles["cell"]),
                Paragraph(_level(d.self_level), styles["cell_right"]),
                Paragraph(_level(d.others_mean), styles["cell_right"]),
                Paragraph(
                    str(d.others_count) if d.others_mean is not None else "\u2013",
                    styles["cell_right"],
                ),
                Paragraph(mark, styles["cell"]),
            ]
        )
    table = layout.data_table(rows, layout.widths([None, 14 * mm, 16 * mm, 16 * mm, 34 * mm]))
    scale = ", ".join(f"{int(level)} {level.label}" for level in Level)
    lead = Paragraph(
        "Levels: " + scale + ". Others\u2019 level is the mean of at least three ratings. "
        "A <b>blind spot</b>: I rate myself a level or more above others; "
        "a <b>hidden strength</b>: others rate me a level or more above myself.",
        styles["lead"],
    )
    story = layout.heading("Myself and others, by dimension", styles["section"], 60 * mm)
    caption = Paragraph(
        "The same, drawn on the four levels: a square for me, a dot for the others’ mean; "
        "a blind spot or hidden strength in orange.",
        styles["caption"],
    )
    return [*story, lead, table, KeepTogether([Spacer(1, 3 * mm), caption, _chart(dims)])]


def _chart(dims: tuple[DimensionView, ...]) -> Drawing:
    """A dot per view on the four levels: a square for me, a circle for others."""
    width = layout.CONTENT_WIDTH
    height = ROW * (len(dims) + 2)
    drawing = Drawing(width, height)
    left, right = LABEL_ROOM, width - 14 * mm  # room for "4 Exemplary" centred on its line
    span = right - left

    def x(level: float) -> float:
        return left + (level - 1) / 3 * span

    top = height - ROW
    for level in Level:
        drawing.add(
            Line(x(level), ROW, x(level), top + 2, strokeColor=layout.RULE, strokeWidth=0.5)
        )
        drawing.add(
            String(
                x(level),
                top + 4,
                f"{int(level)} {level.label}",
                fontName=fonts.REGULAR,
                fontSize=7,
                fillColor=layout.MUTED,
                textAnchor="middle",
            )
        )
    for i, d in enumerate(dims):
        y = top - (i + 0.5) * ROW
        name = layout.fit(f"{d.number}. {d.name}", left - 4, fonts.REGULAR, 7.5)
        colour = layout.WARNING if d.gap is not Gap.NONE else layout.INK
        drawing.add(
            String(0, y - 2.5, name, fontName=fonts.REGULAR, fontSize=7.5, fillColor=colour)
        )
        if d.self_level is not None and d.others_mean is not None:
            drawing.add(
                Line(x(d.self_level), y, x(d.others_mean), y, strokeColor=colour, strokeWidth=1)
            )
        if d.others_mean is not None:
            drawing.add(Circle(x(d.others_mean), y, 3, fillColor=layout.ACCENT, strokeColor=None))
        if d.self_level is not None:  # hollow, drawn last: a circle under it still shows
            drawing.add(
                Rect(
                    x(d.self_level) - 4,
                    y - 4,
                    8,
                    8,
                    fillColor=None,
                    strokeColor=layout.INK,
                    strokeWidth=1.2,
                )
            )
    key_y = 2
    drawing.add(Rect(left, key_y, 7, 7, fillColor=None, strokeColor=layout.INK, strokeWidth=1.2))
    drawing.add(String(left + 9, key_y + 1, "Me", fontName=fonts.REGULAR, fontSize=7.5))
    drawing.add(Circle(left + 33, key_y + 3, 3, fillColor=layout.ACCENT, strokeColor=None))
    drawing.add(String(left + 39, key_y + 1, "Others (mean)", fontName=fonts.REGULAR, fontSize=7.5))
    return drawing


def _comments(view: PromptView, styles: Styles, *, mine: bool) -> list[Flowable]:
    story: list[Flowable] = [Paragraph(text(view.prompt.text), styles["prompt"])]
    if not view.groups:
        story.append(Paragraph("No comments on this question.", styles["muted"]))
    for group in view.groups:
        if group.label:
            story.append(Paragraph(text(group.label), styles["group"]))
        story += [
            Paragraph(text(c), styles["comment"], bulletText="\u2022") for c in group.comments
        ]
    if mine and view.self_answer.strip():
        story.append(Paragraph("<i>My own answer:</i> " + text(view.self_answer), styles["mine"]))
    return story


def _by_dimension(report: FeedbackReport, styles: Styles) -> list[Flowable]:
    story: list[Flowable] = []
    for d in report.synthesis.dimensions:
        if not d.prompts:
            continue
        title = f"{d.number}. {d.name}"
        if d.gap is not Gap.NONE:
            title += f" \u2014 {d.gap.label}"
        story += layout.heading(title, styles["section"])
        for view in d.prompts:
            story += _comments(view, styles, mine=False)
    return story


def _open_questions(report: FeedbackReport, styles: Styles) -> list[Flowable]:
    if not report.synthesis.open_questions:
        return []
    story = layout.heading("Open questions", styles["section"])
    for view in report.synthesis.open_questions:
        story += _comments(view, styles, mine=False)
    return story


def _themes(report: FeedbackReport, styles: Styles) -> list[Flowable]:
    story = layout.heading("My themes", styles["section"])
    if not report.themes:
        return story + [Paragraph("No themes marked yet.", styles["muted"])]
    names = {d.number: d.name for d in report.synthesis.dimensions}
    for theme in report.themes:
        about = (
            f" ({theme.dimension}. {text(names[theme.dimension])})"
            if theme.dimension in names
            else ""
        )
        story.append(
            Paragraph(
                f"<b>{text(theme.kind)}{about}:</b> {text(theme.text)}",
                styles["comment"],
                bulletText="\u2022",
            )
        )
    return story


def _own_view(report: FeedbackReport, styles: Styles) -> list[Flowable]:
    story = layout.heading("My own view", styles["section"])
    answered = [(p, a) for p, a in report.self_view if a]
    if not answered:
        return story + [Paragraph("I have not written my own view yet.", styles["muted"])]
    for prompt, answer in answered:
        story.append(Paragraph(text(prompt), styles["prompt"]))
        story.append(Paragraph(text(answer), styles["body"]))
    return story
