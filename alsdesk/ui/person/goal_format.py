"""How the goals page writes measurements: "42%", "3.5 days", and the measure in a sentence."""

from __future__ import annotations

from alsdesk.dates import medium_date
from alsdesk.i18n import translate
from alsdesk.services.goals import Measure


def format_value(value: float) -> str:
    """A measurement as people write it: 12 rather than 12.0, 12.5 as it is."""
    if float(value).is_integer():
        return str(int(value))
    return f"{value:.10g}"


def with_unit(value: float | None, unit: str) -> str:
    """'42%' and '3.5 days': a symbol hugs the number, a word stands apart; '—' when unknown."""
    if value is None:
        return "—"
    number = format_value(value)
    unit = unit.strip()
    if not unit:
        return number
    if not unit[0].isalnum():
        return number + unit
    return f"{number} {unit}"


def measure_title(measure: Measure) -> str:
    """'Patients discharged before noon (%)', or '' when the goal has no measure yet."""
    name = measure.name.strip()
    unit = measure.unit.strip()
    if name and unit:
        return f"{name} ({unit})"
    return name


def measure_line(measure: Measure) -> str:
    """'Baseline 42% on 1 Sep 2026 → target 80% by 31 Mar 2027, higher is better'.

    Parts not yet known are left out; '' when neither baseline nor target is known.
    """
    parts = []
    if measure.baseline_value is not None or measure.baseline_date is not None:
        text = translate("GoalFormat", "Baseline %s") % with_unit(
            measure.baseline_value, measure.unit
        )
        if measure.baseline_date is not None:
            text += " " + translate("GoalFormat", "on %s") % medium_date(measure.baseline_date)
        parts.append(text)
    if measure.target_value is not None or measure.target_date is not None:
        text = translate("GoalFormat", "target %s") % with_unit(measure.target_value, measure.unit)
        if measure.target_date is not None:
            text += " " + translate("GoalFormat", "by %s") % medium_date(measure.target_date)
        parts.append(text)
    if not parts:
        return ""
    line = " → ".join(parts)
    line = line[0].upper() + line[1:]
    direction = (
        translate("GoalFormat", "higher is better")
        if measure.higher_is_better
        else translate("GoalFormat", "lower is better")
    )
    return f"{line}, {direction}"
