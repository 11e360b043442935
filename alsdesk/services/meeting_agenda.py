"""The steps of a set meeting's day, and a set's own version of them.

Each step has a ``kind`` that tells the meeting workspace which panel serves
it; a set may rename, reorder, drop or add steps ("other" steps are just
marked as current). Stored as JSON text on the set and, frozen when a meeting
opens, on the meeting, so editing the set's agenda never rewrites history.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from enum import StrEnum

from alsdesk.i18n import QT_TRANSLATE_NOOP, translate
from alsdesk.services.errors import raise_if_any


class StepKind(StrEnum):
    CHECK_IN = "check_in"
    REPORT_BACK = "report_back"
    BIDS = "bids"
    AIRTIME = "airtime"
    PROCESS_REVIEW = "process_review"
    CLOSE = "close"
    OTHER = "other"

    @property
    def label(self) -> str:
        return translate("services", STEP_KIND_LABELS[self])


STEP_KIND_LABELS = {
    StepKind.CHECK_IN: QT_TRANSLATE_NOOP("services", "Check-in"),
    StepKind.REPORT_BACK: QT_TRANSLATE_NOOP("services", "Report-back round"),
    StepKind.BIDS: QT_TRANSLATE_NOOP("services", "Bids for airtime"),
    StepKind.AIRTIME: QT_TRANSLATE_NOOP("services", "Airtime rounds"),
    StepKind.PROCESS_REVIEW: QT_TRANSLATE_NOOP("services", "Process review"),
    StepKind.CLOSE: QT_TRANSLATE_NOOP("services", "Close"),
    StepKind.OTHER: QT_TRANSLATE_NOOP("services", "Other"),
}

MAX_TITLE = 80


@dataclass(frozen=True)
class AgendaStep:
    kind: StepKind
    title: str


# A report-back round is a set's own choice (most hear report-back inside each
# airtime); the workspace's Report-back tab is there for every member either way.
DEFAULT_AGENDA: tuple[AgendaStep, ...] = tuple(
    AgendaStep(kind, kind.label)
    for kind in StepKind
    if kind not in (StepKind.OTHER, StepKind.REPORT_BACK)
)


def step_key(index: int) -> str:
    """The meeting's ``phase`` value for the step at ``index``."""
    return str(index)


def dumps(steps: tuple[AgendaStep, ...] | list[AgendaStep]) -> str:
    return json.dumps([{"kind": str(s.kind), "title": s.title} for s in steps])


def loads(text: str) -> tuple[AgendaStep, ...]:
    """Steps from stored JSON; an empty or unreadable value is the standard day."""
    if not text:
        return DEFAULT_AGENDA
    try:
        steps = tuple(
            AgendaStep(StepKind(item["kind"]), str(item["title"])) for item in json.loads(text)
        )
    except (ValueError, KeyError, TypeError):
        return DEFAULT_AGENDA
    return steps or DEFAULT_AGENDA


def validated(steps: list[AgendaStep]) -> tuple[AgendaStep, ...]:
    """Trimmed steps, or a ValidationError saying what is wrong with them."""
    cleaned = tuple(AgendaStep(StepKind(s.kind), s.title.strip()) for s in steps)
    problems: dict[str, str] = {}
    if not cleaned:
        problems["steps"] = translate("services", "An agenda needs at least one step.")
    elif any(not s.title for s in cleaned):
        problems["steps"] = translate("services", "Every step needs a title.")
    elif any(len(s.title) > MAX_TITLE for s in cleaned):
        problems["steps"] = translate("services", "Keep step titles to %s characters.") % MAX_TITLE
    raise_if_any(problems)
    return cleaned
