"""Dates as the app writes them for people, in British order, on every platform.

(``%-d`` would drop the leading zero only on Linux and macOS; Windows rejects it.)
"""

from __future__ import annotations

import datetime as dt
import re

from dateutil import parser as _parser

from alsdesk.i18n import translate


def short_date(day: dt.date) -> str:
    """'Tue 15 Sep'."""
    return f"{day:%a} {day.day} {day:%b}"


def medium_date(day: dt.date) -> str:
    """'15 Sep 2026'."""
    return f"{day.day} {day:%b %Y}"


def long_date(day: dt.date) -> str:
    """'15 September 2026'."""
    return f"{day.day} {day:%B %Y}"


def full_date(day: dt.date) -> str:
    """'Tuesday 15 September 2026'."""
    return f"{day:%A} {long_date(day)}"


class _DayFirst(_parser.parserinfo):
    """British order, and a two-digit year is this century's (27 is 2027, not 1927)."""

    def __init__(self) -> None:
        super().__init__(dayfirst=True)

    def convertyear(self, year: int, century_specified: bool = False) -> int:
        return year + 2000 if year < 100 and not century_specified else year


_YEAR_FIRST = re.compile(r"\d{4}[-/.]\d{1,2}[-/.]\d{1,2}")


def parse_date(text: str, today: dt.date) -> dt.date:
    """The day ``text`` names, as people type it: 12/1/27, 12 Jan 2027, 2027-01-12, 12 Jan.

    Day first; a missing year is ``today``'s. Raises ValueError with a sentence the
    user can act on for an empty, impossible (31/2/27) or unreadable ("next week") date.
    """
    text = text.strip()
    if not text:
        raise ValueError(translate("services", "Type a date, e.g. 12/1/27 or 12 Jan 2027."))
    year_first = _YEAR_FIRST.fullmatch(text) is not None
    default = dt.datetime(today.year, today.month, today.day)
    try:
        if year_first:  # dateutil would read 2027-01-12 as 1 December when day comes first
            parsed = _parser.parse(text, default=default, yearfirst=True, dayfirst=False)
        else:
            parsed = _parser.parse(text, parserinfo=_DayFirst(), default=default)
    except _parser.ParserError as exc:
        if "out of range" in str(exc):
            raise ValueError(translate("services", "There is no such day as %s.") % text) from None
        raise ValueError(
            translate("services", "'%s' is not a date alsdesk can read: type e.g. 12/1/27.") % text
        ) from None
    except (OverflowError, ValueError):
        raise ValueError(translate("services", "There is no such day as %s.") % text) from None
    if parsed.time() != dt.time(0, 0):
        raise ValueError(translate("services", "Type a day without a time, e.g. 12/1/27."))
    return parsed.date()
