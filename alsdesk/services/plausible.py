"""Dates that are possible but unlikely (a mistyped year): a sentence to question them.

Only warnings, shown at the field: the user may keep the date. What cannot be (a
measurement taken tomorrow) is refused by the service that saves it instead.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from alsdesk.i18n import QT_TRANSLATE_NOOP, translate

_AGO = {
    1: QT_TRANSLATE_NOOP("services", "More than a year ago: check the year."),
    2: QT_TRANSLATE_NOOP("services", "More than two years ago: check the year."),
}
_AHEAD = {
    1: QT_TRANSLATE_NOOP("services", "More than a year ahead: check the year."),
    2: QT_TRANSLATE_NOOP("services", "More than two years ahead: check the year."),
    3: QT_TRANSLATE_NOOP("services", "More than three years ahead: check the year."),
}


@dataclass(frozen=True)
class LikelyYears:
    """How far from today a kind of date is likely to lie, in whole years each way."""

    back: int
    ahead: int

    def warning(self, day: dt.date | None, today: dt.date) -> str:
        """A sentence when ``day`` lies further off than this, else ''."""
        if day is None:
            return ""
        if day < years_from(today, -self.back):
            return translate("services", _AGO[self.back])
        if day > years_from(today, self.ahead):
            return translate("services", _AHEAD[self.ahead])
        return ""


# An improvement and a development plan run through a programme of about a year.
MILESTONE = LikelyYears(back=1, ahead=3)
GOAL_BASELINE = LikelyYears(back=2, ahead=1)
GOAL_TARGET = LikelyYears(back=1, ahead=3)
PLAN_REVIEW = LikelyYears(back=1, ahead=2)
ASSESSMENT = LikelyYears(back=2, ahead=1)  # one may be planned ahead, or entered late


def years_from(day: dt.date, years: int) -> dt.date:
    """The same day ``years`` later (or earlier); 28 February for a 29th that is none."""
    leap_day = day.month == 2 and day.day == 29
    return day.replace(year=day.year + years, day=28 if leap_day else day.day)
