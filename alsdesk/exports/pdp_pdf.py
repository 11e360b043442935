"""A member's personal development plan as an A4 PDF, theirs to share with a tutor.

The self-assessments against the nine dimensions of the NHS Healthcare Leadership
Model (a radar of the latest few, every level side by side, the latest reasons), then
each plan item kept together: the need, its dimensions, objective, activities,
evidence, review date, status and dated review notes.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph

from alsdesk.dates import medium_date
from alsdesk.exports import fonts
from alsdesk.exports import pdf_layout as layout
from alsdesk.exports.chart_drawings import radar_drawing
from alsdesk.exports.meeting_pdf import Styles
from alsdesk.exports.pdf_layout import MUTED_HEX, WARNING_HEX, text
from alsdesk.services.leadership import DIMENSIONS, Level, dimension
from alsdesk.services.plan import AssessmentInfo, PlanItemInfo, PlanReport

RADAR_HEIGHT = 88 * mm
MAX_LEVEL_COLUMNS = 6  # assessments side by side; earlier ones are left out
DIMENSION_COLUMN = 48 * mm
DENSE_DIMENSION_COLUMN = 43 * mm
DENSE_PADDING = 3
LABEL_COLUMN = 30 * mm
DATE_COLUMN = 24 * mm
CHANGE_MARKS = {1: "\u2191", -1: "\u2193"}  # up and down arrows beside a changed level


def write_pdp_pdf(report: PlanReport, path: Path, today: dt.date) -> None:
    """Write the plan to ``path``; ``today`` is the printed date and decides which
    reviews are overdue."""
    fonts.register_fonts()
    styles = layout.styles()
    doc = layout.document(
        path,
        title=f"{report.person_name}: personal development plan",
        author=report.person_name,
        subject="Personal development plan",
    )
    sets = ("Set" if len(report.set_names) == 1 else "Sets", ", ".join(report.set_names))
    story = layout.title_block(
        report.person_name,
        [sets],
        layout.printed_on(today),
        styles,
        subtitle="Personal development plan",
    )
    story += _self_assessment(report.assessments, styles)
    story += _items(report.items, today, styles)
    footer = layout.personal_footer(report.person_name, "development plan")
    layout.build(doc, story, footer, layout.generated_note(today))


# -- self-assessment ---------------------------------------------------------------------------


def _self_assessment(assessments: Sequence[AssessmentInfo], styles: Styles) -> list[Flowable]:
    title = "Self-assessment"
    if not assessments:
        return layout.kept(title, styles["section"], [_muted("No self-assessment yet.", styles)])
    ordered = sorted(assessments, key=lambda a: a.date)
    lead = Paragraph(
        "Against the nine dimensions of the NHS Healthcare Leadership Model, from "
        "Essential (the inner ring) to Exemplary (the outer ring).",
        styles["lead"],
    )
    radar = radar_drawing(ordered, layout.CONTENT_WIDTH, RADAR_HEIGHT)
    story = layout.kept(title, styles["section"], [lead, radar])
    story += layout.kept("Levels by dimension", styles["subsection"], _levels(ordered, styles))
    latest = ordered[-1]
    story += layout.kept(
        f"Reasons given on {medium_date(latest.date)} ({latest.label})",
        styles["subsection"],
        _reasons(latest, styles),
    )
    return story


def _levels(ordered: Sequence[AssessmentInfo], styles: Styles) -> list[Flowable]:
    shown = list(ordered[-MAX_LEVEL_COLUMNS:])
    dense = len(shown) > 4  # a size smaller and tighter, so "Exemplary ↑" keeps to a line
    cell = styles["dense"] if dense else styles["cell"]
    head = [Paragraph("Dimension", styles["head"])] + [
        Paragraph(
            f'{text(a.label)}<br/><font name="{fonts.REGULAR}">{medium_date(a.date)}</font>',
            styles["head"],
        )
        for a in shown
    ]
    rows: list[list] = [head]
    for dim in DIMENSIONS:
        row = [Paragraph(f"{dim.number}. {text(dim.name)}", cell)]
        previous: Level | None = None
        for assessment in shown:
            level = _level(assessment, dim.number)
            row.append(Paragraph(_level_text(level, previous), cell))
            previous = level
        rows.append(row)
    first = DENSE_DIMENSION_COLUMN if dense else DIMENSION_COLUMN
    column = (layout.CONTENT_WIDTH - first) / len(shown)
    padding = (
        [
            ("LEFTPADDING", (1, 0), (-1, -1), DENSE_PADDING),
            ("RIGHTPADDING", (1, 0), (-1, -1), DENSE_PADDING),
        ]
        if dense
        else []
    )
    table = layout.data_table(rows, [first] + [column] * len(shown), padding)
    story: list[Flowable] = [table]
    notes = []
    if len(ordered) > len(shown):
        notes.append(f"The latest {len(shown)} of {len(ordered)} self-assessments.")
    if len(shown) > 1:
        notes.append("\u2191 and \u2193 mark a level higher or lower than the one before.")
    if notes:
        story.append(Paragraph(" ".join(notes), styles["caption"]))
    return story


def _level(assessment: AssessmentInfo, number: int) -> Level | None:
    return next((r.level for r in assessment.ratings if r.dimension == number), None)


def _level_text(level: Level | None, previous: Level | None) -> str:
    if level is None:
        return f'<font color="{MUTED_HEX}">\u2013</font>'
    if previous is None or level == previous:
        return level.label
    mark = CHANGE_MARKS[1 if level > previous else -1]
    return f'{level.label}\u00a0<font color="{MUTED_HEX}">{mark}</font>'


def _reasons(latest: AssessmentInfo, styles: Styles) -> list[Flowable]:
    given = [r for r in latest.ratings if r.reason.strip()]
    if not given:
        return [_muted("No reasons were given.", styles)]
    return [
        Paragraph(
            f"<b>{text(dimension(r.dimension).name)}</b> ({r.level.label}): {text(r.reason)}",
            styles["bullet"],
            bulletText="\u2022",
        )
        for r in sorted(given, key=lambda r: r.dimension)
    ]


# -- plan items --------------------------------------------------------------------------------


def _items(items: Sequence[PlanItemInfo], today: dt.date, styles: Styles) -> list[Flowable]:
    story = layout.heading("Plan", styles["section"])
    if not items:
        return [*story, _muted("No plan items yet.", styles)]
    for number, item in enumerate(items, start=1):
        story += layout.kept(
            f"{number}. {item.need}", styles["subsection"], _item(item, today, styles)
        )
    return story


def _item(item: PlanItemInfo, today: dt.date, styles: Styles) -> list[Flowable]:
    cell = styles["cell"]
    names = ", ".join(dimension(n).name for n in item.dimensions if 1 <= n <= len(DIMENSIONS))
    rows = [
        ("Dimensions", _or_muted(names, styles)),
        ("Objective", _or_muted(item.objective, styles)),
        ("Activities", _or_muted(item.activities, styles)),
        ("Evidence", _or_muted(item.evidence, styles)),
        ("Review date", _review_date(item, today, styles)),
        ("Status", Paragraph(item.status.label, cell)),
    ]
    details = layout.data_table(
        [[Paragraph(f"<b>{label}</b>", cell), value] for label, value in rows],
        layout.widths((LABEL_COLUMN, None)),
        zebra=False,
        header=False,
    )
    story: list[Flowable] = [details]
    if item.reviews:
        reviews: list[list] = [layout.head_row(("Reviewed", "Review note"), styles)]
        reviews += [
            [Paragraph(medium_date(r.date), cell), Paragraph(text(r.note), cell)]
            for r in item.reviews
        ]
        story.append(
            layout.data_table(
                reviews,
                layout.widths((LABEL_COLUMN, None)),
                [("TOPPADDING", (0, 0), (-1, 0), 6)],
            )
        )
    else:
        story.append(Paragraph("No review notes yet.", styles["caption"]))
    return story


def _review_date(item: PlanItemInfo, today: dt.date, styles: Styles) -> Paragraph:
    if item.review_date is None:
        return Paragraph("No date", styles["cell_muted"])
    when = medium_date(item.review_date)
    if item.status.still_open and item.review_date < today:
        when += f' <font color="{WARNING_HEX}"><i>overdue</i></font>'
    return Paragraph(when, styles["cell"])


def _or_muted(value: str, styles: Styles) -> Paragraph:
    if not value.strip():
        return Paragraph("Not written yet.", styles["cell_muted"])
    return Paragraph(text(value), styles["cell"])


def _muted(message: str, styles: Styles) -> Paragraph:
    return Paragraph(message, styles["muted"])
