"""The nine dimensions of the NHS Healthcare Leadership Model and its four levels.

The names are facts of the model; the one-line prompts are our own words, to
help a member place themselves (the model's questionnaire is not ours to copy).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum

from alsdesk.i18n import translate


@dataclass(frozen=True)
class Dimension:
    number: int
    name: str
    prompt: str


DIMENSIONS: tuple[Dimension, ...] = (
    Dimension(1, "Inspiring shared purpose", "Do people see why our work matters, through me?"),
    Dimension(2, "Leading with care", "Do I notice how people are and look after them?"),
    Dimension(3, "Evaluating information", "Do I seek out evidence and think before I act?"),
    Dimension(4, "Connecting our service", "Do I work across teams and organisations?"),
    Dimension(5, "Sharing the vision", "Can I describe where we are going so others want it?"),
    Dimension(6, "Engaging the team", "Do I involve people and value what they bring?"),
    Dimension(7, "Holding to account", "Do I agree clear expectations and follow them up?"),
    Dimension(8, "Developing capability", "Do I help others grow, and myself?"),
    Dimension(9, "Influencing for results", "Do I win support for change beyond my authority?"),
)


class Level(IntEnum):
    ESSENTIAL = 1
    PROFICIENT = 2
    STRONG = 3
    EXEMPLARY = 4

    @property
    def label(self) -> str:
        return self.name.capitalize()


def dimension(number: int) -> Dimension:
    """The dimension numbered ``number`` (1 to 9); ValueError otherwise."""
    if not 1 <= number <= len(DIMENSIONS):
        raise ValueError(translate("services", "There is no leadership dimension %s.") % number)
    return DIMENSIONS[number - 1]
