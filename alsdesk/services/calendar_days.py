"""Which days are weekends or UK bank holidays (the ``holidays`` package, offline)."""

from __future__ import annotations

import datetime as dt
from functools import cache


@cache
def _bank_holidays(region: str, year: int) -> dict[dt.date, str]:
    import holidays

    return dict(holidays.UK(subdiv=region, years=year).items())


def bank_holiday(day: dt.date, region: str = "ENG") -> str | None:
    """The bank holiday's name on ``day`` in a UK nation, or None."""
    return _bank_holidays(region, day.year).get(day)


def day_flags(day: dt.date, region: str = "ENG") -> list[str]:
    """Plain-words reasons a day is a poor choice for a meeting (empty if none)."""
    flags = []
    if day.weekday() >= 5:
        flags.append(f"{day:%A} (weekend)")
    holiday = bank_holiday(day, region)
    if holiday:
        flags.append(f"{holiday} (bank holiday)")
    return flags


def next_working_day(day: dt.date, region: str = "ENG") -> dt.date:
    """``day`` itself if it is a working day, else the next one."""
    while day_flags(day, region):
        day += dt.timedelta(days=1)
    return day


def next_monday(day: dt.date) -> dt.date:
    """The Monday after ``day`` (a week on, if ``day`` is a Monday)."""
    return day + dt.timedelta(days=(7 - day.weekday()) % 7 or 7)
