"""Dates as the app writes them for people, in British order, on every platform.

(``%-d`` would drop the leading zero only on Linux and macOS; Windows rejects it.)
"""

from __future__ import annotations

import datetime as dt


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
