"""An improvement goal's progress report as an A4 PDF, for the member, their set or tutor.

The goal as framed (problem, why it matters to service users, scope, stakeholders),
its measure, the run chart at print size with what the run-chart rules find in plain
sentences (or, when the goal is shown as one, the XmR chart with its variation and
assurance icons and what it found), then the dated progress, the milestones and the set
actions linked to it.
Every section says so when it is empty. The report is the member's, theirs to share.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph

from alsdesk.dates import medium_date
from alsdesk.exports import fonts
from alsdesk.exports import pdf_layout as layout
from alsdesk.exports.chart_drawings import format_value, run_chart_drawing
from alsdesk.exports.meeting_pdf import Styles
from alsdesk.exports.pdf_layout import MUTED_HEX, WARNING_HEX, text
from alsdesk.exports.xmr_drawing import xmr_drawing
from alsdesk.services.actions import ActionInfo
from alsdesk.services.goals import GoalReport, Measure, MilestoneInfo, MilestoneStatus
from alsdesk.services.run_chart import (
    LONG_SERIES,
    SHIFT_LENGTH,
    TREND_LENGTH,
    RuleSet,
    RuleSignal,
    RunChartAnalysis,
    SignalKind,
)
from alsdesk.services.spc import ChartKind, XmrAnalysis
from alsdesk.services.spc_summary import too_few_points, xmr_sentences

CHART_HEIGHT = 82 * mm
XMR_WITH_RANGES_HEIGHT = 120 * mm
EMPTY_CHART_HEIGHT = 20 * mm
TABLE_ROOM = 30 * mm
DATE_COLUMN = 24 * mm
DATE_PADDING = 3  # so '28 May 2026' fits its column on one line
RULE_SIGNALS = {
    SignalKind.SHIFT: (SignalKind.SHIFT,),
    SignalKind.TREND: (SignalKind.TREND,),
    SignalKind.TOO_FEW_RUNS: (SignalKind.TOO_FEW_RUNS, SignalKind.TOO_MANY_RUNS),
    SignalKind.TOO_FEW_CROSSINGS: (SignalKind.TOO_FEW_CROSSINGS,),
}
NO_SIGNAL = {
    SignalKind.SHIFT: f"No shift: no {SHIFT_LENGTH} or more points in a row on one side of "
    "the median.",
    SignalKind.TREND: f"No trend: no {TREND_LENGTH} or more points in a row going up or down.",
}
OPEN_MILESTONES = (MilestoneStatus.PLANNED, MilestoneStatus.IN_PROGRESS)


def write_goal_pdf(report: GoalReport, path: Path, today: dt.date) -> None:
    """Write the goal's progress report to ``path``; ``today`` is the printed date and
    decides which milestones and actions are overdue."""
    fonts.register_fonts()
    styles = layout.styles()
    goal = report.goal
    doc = layout.document(
        path,
        title=f"{goal.title}: goal progress report",
        author=goal.person_name,
        subject="Goal progress report",
    )
    details = [
        ("Person", goal.person_name),
        ("Set" if len(report.set_names) == 1 else "Sets", ", ".join(report.set_names)),
        ("Status", goal.status.label),
    ]
    story = layout.title_block(
        goal.title, details, layout.printed_on(today), styles, subtitle="Goal progress report"
    )
    story += _framing(report, styles)
    story += _measure(report, styles)
    story += _run_chart(report, styles)
    story += _updates(report, styles)
    story += _milestones(report.milestones, today, styles)
    story += _actions(report.actions, today, styles)
    footer = layout.personal_footer(goal.person_name, "improvement goal")
    layout.build(doc, story, footer, layout.generated_note(today))


def _framing(report: GoalReport, styles: Styles) -> list[Flowable]:
    goal = report.goal
    rows = [
        ("Problem", goal.problem),
        ("Why it matters to service users", goal.why_it_matters),
        ("Scope", goal.scope),
        ("Stakeholders", goal.stakeholders),
    ]
    table = layout.data_table(
        [
            [
                Paragraph(f"<b>{label}</b>", styles["cell"]),
                Paragraph(text(value), styles["cell"])
                if value.strip()
                else Paragraph("Not written yet.", styles["cell_muted"]),
            ]
            for label, value in rows
        ],
        layout.widths((45 * mm, None)),
        zebra=False,
        header=False,
    )
    return layout.kept("The improvement", styles["section"], [table])


# -- the measure and its run chart -----------------------------------------------------------


def _measure(report: GoalReport, styles: Styles) -> list[Flowable]:
    measure = report.goal.measure
    if not measure.name.strip() and measure.baseline_value is None:
        return layout.kept("Measure", styles["section"], [_muted("No measure set yet.", styles)])
    head = layout.head_row(("Measure", "Unit", "Baseline", "Target", "Direction"), styles)
    row = [
        Paragraph(text(measure.name) or "\u2013", styles["cell"]),
        Paragraph(text(measure.unit) or "\u2013", styles["cell"]),
        _value_and_date(measure.baseline_value, measure.baseline_date, "on", styles),
        _value_and_date(measure.target_value, measure.target_date, "by", styles),
        Paragraph(
            "Higher is better" if measure.higher_is_better else "Lower is better", styles["cell"]
        ),
    ]
    table = layout.data_table(
        [head, row], layout.widths((None, 20 * mm, 32 * mm, 32 * mm, 30 * mm)), zebra=False
    )
    body: list[Flowable] = [table]
    latest = _latest(report)
    if latest:
        body.append(Paragraph(latest, styles["note"]))
    return layout.kept("Measure", styles["section"], body)


def _value_and_date(
    value: float | None, day: dt.date | None, word: str, styles: Styles
) -> list[Paragraph]:
    if value is None:
        return [Paragraph("Not set", styles["cell_muted"])]
    cell = [Paragraph(format_value(value), styles["cell"])]
    if day is not None:
        cell.append(Paragraph(f"{word} {medium_date(day)}", styles["small"]))
    return cell


def _latest(report: GoalReport) -> str:
    """Where the latest value stands against the target, in one sentence."""
    points = report.chart.points
    measure = report.goal.measure
    if not points:
        return ""
    last = points[-1]
    sentence = f"Latest value: {_with_unit(last.value, measure)} on {medium_date(last.date)}"
    target = measure.target_value
    if target is None:
        return sentence + "."
    reached = last.value >= target if measure.higher_is_better else last.value <= target
    if reached:
        return sentence + f", which meets the target of {_with_unit(target, measure)}."
    gap = format_value(abs(target - last.value))
    # Lower is better: a value over the target is above it, not short of it.
    side = "short of" if measure.higher_is_better else "above"
    return sentence + f", {gap} {side} the target of {_with_unit(target, measure)}."


def _with_unit(value: float, measure: Measure) -> str:
    unit = measure.unit.strip()
    if not unit:
        return format_value(value)
    return f"{format_value(value)}{unit}" if unit == "%" else f"{format_value(value)} {unit}"


def _run_chart(report: GoalReport, styles: Styles) -> list[Flowable]:
    if report.xmr is not None:
        return _xmr_chart(report, report.xmr, styles)
    chart, measure = report.chart, report.goal.measure
    if not chart.points:
        drawing = run_chart_drawing(chart, measure, layout.CONTENT_WIDTH, EMPTY_CHART_HEIGHT)
        return layout.kept("Run chart", styles["section"], [drawing])
    drawing = run_chart_drawing(chart, measure, layout.CONTENT_WIDTH, CHART_HEIGHT)
    story = layout.kept(
        "Run chart",
        styles["section"],
        [drawing, Paragraph(_median_caption(chart), styles["caption"])],
    )
    sentences = rule_sentences(chart, measure)
    if report.goal.chart.kind == ChartKind.XMR:
        sentences.insert(0, too_few_points(len(chart.points)))
    findings = [
        Paragraph(text(sentence), styles["bullet"], bulletText="\u2022") for sentence in sentences
    ]
    return story + layout.kept("What the run-chart rules find", styles["subsection"], findings)


def _xmr_chart(report: GoalReport, chart: XmrAnalysis, styles: Styles) -> list[Flowable]:
    measure, ranges = report.goal.measure, report.goal.chart.moving_range_chart
    height = XMR_WITH_RANGES_HEIGHT if ranges else CHART_HEIGHT
    drawing = xmr_drawing(chart, measure, layout.CONTENT_WIDTH, height, ranges)
    caption = (
        "Statistical process control in the style of NHS England's Making Data Count: the "
        "process limits are the mean \u00b1 2.66 times the mean moving range"
        + (
            ", with moving ranges over 3.267 times their mean left out"
            if report.goal.chart.screen_outliers
            else ""
        )
        + ". Special causes: a point outside the limits; seven points in a row on one side "
        "of the mean; seven going one way; two of three beyond two-thirds of the way to a "
        "limit on the same side."
    )
    story = layout.kept(
        "SPC chart (XmR)", styles["section"], [drawing, Paragraph(text(caption), styles["caption"])]
    )
    findings = [
        Paragraph(text(sentence), styles["bullet"], bulletText="\u2022")
        for sentence in xmr_sentences(chart, measure.unit, measure.target_value)
    ]
    icons = [
        Paragraph(text(line), styles["bullet"], bulletText="\u2022") for line in _icon_lines(chart)
    ]
    return (
        story
        + layout.kept("What the XmR chart shows", styles["subsection"], findings)
        + layout.kept("The icons", styles["subsection"], icons)
    )


def _icon_lines(chart: XmrAnalysis) -> list[str]:
    """What the icons at the chart's top right say: variation (left), assurance (right)."""
    where = "left icon" if chart.assurance is not None else "the icon"
    lines = [f"Variation ({where}): {chart.variation.label}."] if chart.variation else []
    if chart.assurance is not None:
        lines.append(f"Assurance (right icon): {chart.assurance.label}.")
    else:
        lines.append("Assurance: no target is set, so there is none to judge.")
    lines += ICON_KEY
    return lines


# What each icon can show, so a reader new to the method can read any board paper's.
ICON_KEY = (
    "The variation icon shows common cause variation (grey: no signal), a special cause of "
    "improvement (blue) or a special cause of concern (orange), from the latest point.",
    "The assurance icon compares the target with the latest limits: inside them, hit and "
    "miss (sometimes met, sometimes not); outside on the good side, consistently passing; "
    "outside on the wrong side, consistently failing (it will not be met without a change).",
)


def _median_caption(chart: RunChartAnalysis) -> str:
    assert chart.median is not None
    median = format_value(chart.median)
    count = len(chart.points)
    if count == 1:
        return f"One value so far; the median is that value ({median})."
    if chart.baseline_count < count:
        return (
            f"The median, {median}, is of the first {chart.baseline_count} points (the "
            "baseline, solid); the dashed line carries it on, so later points are judged "
            "against the starting level rather than dragging the median with them."
        )
    return f"The median, {median}, is of all {count} points."


def rule_sentences(chart: RunChartAnalysis, measure: Measure) -> list[str]:
    """Which rules judge the chart, what each found (or why it cannot be judged yet), then
    what that means."""
    sentences: list[str] = [f"Judged by the {chart.rule_set.label}."]
    for rule in chart.rules:
        signals = [s for s in chart.signals if s.kind in RULE_SIGNALS[rule.kind]]
        if signals:
            sentences += [s.description + _direction(s, chart, measure) for s in signals]
        elif rule.judged and chart.rule_set == RuleSet.IHI and rule.kind in NO_SIGNAL:
            sentences.append(NO_SIGNAL[rule.kind])
        else:
            sentences.append(rule.message)
    if chart.has_signal:
        sentences.append(
            "A pattern like this is unlikely to be chance alone: something is moving the measure."
        )
    elif all(rule.judged for rule in chart.rules):
        sentences.append("No rule finds a signal: so far the variation looks like chance.")
    if chart.rule_set == RuleSet.IHI and len(chart.points) >= LONG_SERIES:
        sentences.append(
            "On a series this long the trend rule often signals by chance; the Anhøj rules do not."
        )
    return sentences


def _direction(signal: RuleSignal, chart: RunChartAnalysis, measure: Measure) -> str:
    """Whether a shift or trend goes the way the goal wants."""
    points = chart.points
    if signal.kind == SignalKind.SHIFT and chart.median is not None:
        up = points[signal.indices[0]].value > chart.median
    elif signal.kind == SignalKind.TREND:
        up = points[signal.indices[-1]].value > points[signal.indices[0]].value
    else:
        return ""
    better = "better" if up == measure.higher_is_better else "worse"
    wanted = "higher" if measure.higher_is_better else "lower"
    return f" That is the {better} direction ({wanted} is better)."


# -- progress, milestones and actions --------------------------------------------------------


def _updates(report: GoalReport, styles: Styles) -> list[Flowable]:
    title = "Progress updates"
    if not report.updates:
        return layout.kept(title, styles["section"], [_muted("No progress updates yet.", styles)])
    unit = report.goal.measure.unit.strip()
    value_head = f"Value ({text(unit)})" if unit else "Value"
    rows: list[list] = [
        [
            Paragraph("Date", styles["head"]),
            Paragraph(value_head, styles["head_right"]),
            Paragraph("Narrative", styles["head"]),
        ]
    ]
    for update in report.updates:
        value = (
            Paragraph(format_value(update.value), styles["cell_right"])
            if update.value is not None
            else Paragraph(f'<font color="{MUTED_HEX}">\u2013</font>', styles["cell_right"])
        )
        rows.append(
            [
                Paragraph(medium_date(update.date), styles["cell"]),
                value,
                Paragraph(text(update.narrative), styles["cell"]),
            ]
        )
    table = layout.data_table(rows, layout.widths((DATE_COLUMN, 24 * mm, None)), _date_padding(0))
    return [*layout.heading(title, styles["section"], TABLE_ROOM), table]


def _milestones(
    milestones: tuple[MilestoneInfo, ...], today: dt.date, styles: Styles
) -> list[Flowable]:
    title = "Milestones"
    if not milestones:
        return layout.kept(title, styles["section"], [_muted("No milestones yet.", styles)])
    rows: list[list] = [layout.head_row(("Milestone", "Due", "Status"), styles)]
    for milestone in milestones:
        status: list[Paragraph] = [Paragraph(milestone.status.label, styles["cell"])]
        if milestone.status == MilestoneStatus.MISSED:
            missed = f'<font color="{WARNING_HEX}">{milestone.status.label}</font>'
            status = [Paragraph(missed, styles["cell"])]
        elif (
            milestone.status in OPEN_MILESTONES
            and milestone.due_date is not None
            and milestone.due_date < today
        ):
            status.append(Paragraph("overdue", styles["warning"]))
        rows.append(
            [
                Paragraph(text(milestone.title), styles["cell"]),
                _due(milestone.due_date, styles),
                status,
            ]
        )
    table = layout.data_table(rows, layout.widths((None, DATE_COLUMN, 30 * mm)), _date_padding(1))
    return [*layout.heading(title, styles["section"], TABLE_ROOM), table]


def _actions(actions: tuple[ActionInfo, ...], today: dt.date, styles: Styles) -> list[Flowable]:
    title = "Linked actions"
    if not actions:
        return layout.kept(
            title,
            styles["section"],
            [_muted("No set actions are linked to this goal yet.", styles)],
        )
    rows: list[list] = [layout.head_row(("Agreed on", "Action", "Due", "Status"), styles)]
    for action in actions:
        status = [Paragraph(action.status.label, styles["cell"])]
        if action.overdue(today):
            status.append(Paragraph("overdue", styles["warning"]))
        elif action.reviewed_on is not None:
            status.append(Paragraph(medium_date(action.reviewed_on), styles["small"]))
        what = [Paragraph(text(action.text), styles["cell"])]
        if action.comment.strip():
            what.append(Paragraph(text(action.comment), styles["small"]))
        rows.append(
            [
                Paragraph(medium_date(action.agreed_on), styles["cell"]),
                what,
                _due(action.due_date, styles),
                status,
            ]
        )
    extra = _date_padding(0) + _date_padding(2)
    table = layout.data_table(rows, layout.widths((DATE_COLUMN, None, DATE_COLUMN, 30 * mm)), extra)
    return [*layout.heading(title, styles["section"], TABLE_ROOM), table]


def _due(day: dt.date | None, styles: Styles) -> Paragraph:
    if day is None:
        return Paragraph("No date", styles["cell_muted"])
    return Paragraph(medium_date(day), styles["cell"])


def _date_padding(column: int) -> list[tuple]:
    return [
        ("LEFTPADDING", (column, 0), (column, -1), DATE_PADDING),
        ("RIGHTPADDING", (column, 0), (column, -1), DATE_PADDING),
    ]


def _muted(message: str, styles: Styles) -> Paragraph:
    return Paragraph(message, styles["muted"])
