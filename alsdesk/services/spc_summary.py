"""What an XmR chart shows, in plain sentences for under the chart and in the goal report.

The sentences name the mean and limits of the latest period, the special causes found
(improvement or concern, by rule), what the latest point shows (the variation icon),
and what the limits say about the target (the assurance icon), as a Making Data Count
board paper words them. Plain Python: no Qt, no store.
"""

from __future__ import annotations

from collections import Counter

from alsdesk.dates import medium_date
from alsdesk.i18n import translate
from alsdesk.services.spc import (
    MIN_POINTS,
    Assurance,
    SpecialCause,
    Variation,
    XmrAnalysis,
)

FEW_POINTS_IN_A_PERIOD = 12  # NHSRplotthedots warns about limits from fewer


def figure(value: float) -> str:
    """A mean or limit to two decimals at most: 55.32, 4.6, 12."""
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def with_unit(value: float, unit: str) -> str:
    unit = unit.strip()
    if not unit:
        return figure(value)
    return f"{figure(value)}{unit}" if unit == "%" else f"{figure(value)} {unit}"


def too_few_points(count: int) -> str:
    """Why the XmR chart is not drawn yet, for a goal that chose it."""
    return translate(
        "services",
        "The XmR chart needs at least %d points to set its limits; this measure has %d, "
        "so the run chart is shown until then.",
    ) % (MIN_POINTS, count)


def xmr_summary(chart: XmrAnalysis, unit: str = "", target: float | None = None) -> str:
    """One short paragraph: limits, special causes, the latest point and the target."""
    return " ".join(xmr_sentences(chart, unit, target))


def xmr_sentences(chart: XmrAnalysis, unit: str = "", target: float | None = None) -> list[str]:
    if not chart.periods:
        return []
    latest = chart.periods[-1]
    sentences = []
    limits = translate("services", "mean %s, process limits %s to %s") % (
        with_unit(latest.mean, unit),
        with_unit(latest.lower, unit),
        with_unit(latest.upper, unit),
    )
    if len(chart.periods) == 1:
        sentences.append(
            translate("services", "XmR chart of %d points: %s.") % (len(chart.points), limits)
        )
    else:
        starts = chart.rebase_dates
        sentences.append(
            translate("services", "XmR chart of %d points, limits recalculated from %s: %s.")
            % (len(chart.points), ", ".join(medium_date(d) for d in starts), limits)
        )
        before = chart.periods[-2]
        sentences.append(
            translate("services", "Before %s: mean %s, process limits %s to %s.")
            % (
                medium_date(starts[-1]),
                with_unit(before.mean, unit),
                with_unit(before.lower, unit),
                with_unit(before.upper, unit),
            )
        )
    sentences.append(_special_causes(chart))
    if chart.variation is not None:
        sentences.append(_latest(chart.variation))
    if target is not None and chart.assurance is not None:
        sentences.append(_assurance(chart.assurance, with_unit(target, unit)))
    if chart.screened:
        sentences.append(
            translate(
                "services",
                "%d moving ranges more than 3.267 times their average were left out of the limits.",
            )
            % chart.screened
            if chart.screened > 1
            else translate(
                "services",
                "One moving range more than 3.267 times the average was left out of the limits.",
            )
        )
    short = [p for p in chart.periods if p.last - p.first + 1 < FEW_POINTS_IN_A_PERIOD]
    if short:
        sentences.append(
            translate(
                "services",
                "Limits from fewer than %d points are provisional: read them with care.",
            )
            % FEW_POINTS_IN_A_PERIOD
        )
    return sentences


def _special_causes(chart: XmrAnalysis) -> str:
    found: dict[Variation, Counter[SpecialCause]] = {}
    for cause, variation in zip(chart.causes, chart.variations, strict=True):
        if cause is not None:
            found.setdefault(variation, Counter())[cause] += 1
    if not found:
        return translate(
            "services",
            "No special cause: all the variation is common cause, what the process gives "
            "by itself.",
        )
    parts = []
    for variation, text in (
        (Variation.IMPROVEMENT, translate("services", "improvement at %s")),
        (Variation.CONCERN, translate("services", "concern at %s")),
    ):
        if variation in found:
            counts = found[variation]
            total = sum(counts.values())
            points = (
                translate("services", "1 point")
                if total == 1
                else translate("services", "%d points") % total
            )
            rules = ", ".join(cause.label.lower() for cause in SpecialCause if cause in counts)
            parts.append(text % points + f" ({rules})")
    return translate("services", "Special cause %s.") % "; ".join(parts)


def _latest(variation: Variation) -> str:
    return {
        Variation.COMMON: translate("services", "The latest point shows common cause variation."),
        Variation.IMPROVEMENT: translate(
            "services", "The latest point is part of a special cause of improvement."
        ),
        Variation.CONCERN: translate(
            "services", "The latest point is part of a special cause of concern."
        ),
    }[variation]


def _assurance(assurance: Assurance, target: str) -> str:
    return {
        Assurance.HIT_AND_MISS: translate(
            "services",
            "The target, %s, lies inside the limits: it will be met some of the time and "
            "missed some of the time (hit and miss).",
        ),
        Assurance.PASS: translate(
            "services",
            "The target, %s, lies outside the limits on the good side: the process "
            "consistently passes it.",
        ),
        Assurance.FAIL: translate(
            "services",
            "The target, %s, lies outside the limits on the wrong side: the process "
            "consistently fails it, and will not meet it without a change.",
        ),
    }[assurance] % target
