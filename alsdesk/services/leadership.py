"""The nine dimensions of the NHS Healthcare Leadership Model and its four levels.

The names are facts of the model; the one-line prompts are our own words, to
help a member place themselves (the model's questionnaire is not ours to copy).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum

from alsdesk.i18n import QT_TRANSLATE_NOOP, translate


@dataclass(frozen=True)
class Dimension:
    """One dimension; ``name`` and ``prompt`` come in the user's language."""

    number: int
    source_name: str
    source_prompt: str

    @property
    def name(self) -> str:
        return translate("services", self.source_name)

    @property
    def prompt(self) -> str:
        return translate("services", self.source_prompt)


DIMENSIONS: tuple[Dimension, ...] = (
    Dimension(
        1,
        QT_TRANSLATE_NOOP("services", "Inspiring shared purpose"),
        QT_TRANSLATE_NOOP("services", "Do people see why our work matters, through me?"),
    ),
    Dimension(
        2,
        QT_TRANSLATE_NOOP("services", "Leading with care"),
        QT_TRANSLATE_NOOP("services", "Do I notice how people are and look after them?"),
    ),
    Dimension(
        3,
        QT_TRANSLATE_NOOP("services", "Evaluating information"),
        QT_TRANSLATE_NOOP("services", "Do I seek out evidence and think before I act?"),
    ),
    Dimension(
        4,
        QT_TRANSLATE_NOOP("services", "Connecting our service"),
        QT_TRANSLATE_NOOP("services", "Do I work across teams and organisations?"),
    ),
    Dimension(
        5,
        QT_TRANSLATE_NOOP("services", "Sharing the vision"),
        QT_TRANSLATE_NOOP("services", "Can I describe where we are going so others want it?"),
    ),
    Dimension(
        6,
        QT_TRANSLATE_NOOP("services", "Engaging the team"),
        QT_TRANSLATE_NOOP("services", "Do I involve people and value what they bring?"),
    ),
    Dimension(
        7,
        QT_TRANSLATE_NOOP("services", "Holding to account"),
        QT_TRANSLATE_NOOP("services", "Do I agree clear expectations and follow them up?"),
    ),
    Dimension(
        8,
        QT_TRANSLATE_NOOP("services", "Developing capability"),
        QT_TRANSLATE_NOOP("services", "Do I help others grow, and myself?"),
    ),
    Dimension(
        9,
        QT_TRANSLATE_NOOP("services", "Influencing for results"),
        QT_TRANSLATE_NOOP("services", "Do I win support for change beyond my authority?"),
    ),
)


class Level(IntEnum):
    ESSENTIAL = 1
    PROFICIENT = 2
    STRONG = 3
    EXEMPLARY = 4

    @property
    def label(self) -> str:
        return translate("services", LEVEL_LABELS[self])


LEVEL_LABELS = {
    Level.ESSENTIAL: QT_TRANSLATE_NOOP("services", "Essential"),
    Level.PROFICIENT: QT_TRANSLATE_NOOP("services", "Proficient"),
    Level.STRONG: QT_TRANSLATE_NOOP("services", "Strong"),
    Level.EXEMPLARY: QT_TRANSLATE_NOOP("services", "Exemplary"),
}


def dimension(number: int) -> Dimension:
    """The dimension numbered ``number`` (1 to 9); ValueError otherwise."""
    if not 1 <= number <= len(DIMENSIONS):
        raise ValueError(translate("services", "There is no leadership dimension %s.") % number)
    return DIMENSIONS[number - 1]
