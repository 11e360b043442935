"""Typed dates as people write them, read day first."""

from __future__ import annotations

import datetime as dt

import pytest

from alsdesk.dates import parse_date

TODAY = dt.date(2026, 12, 3)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("12/1/27", dt.date(2027, 1, 12)),
        ("12/01/2027", dt.date(2027, 1, 12)),
        ("12 Jan 2027", dt.date(2027, 1, 12)),
        ("12 January 2027", dt.date(2027, 1, 12)),
        ("Tue 12 Jan 2027", dt.date(2027, 1, 12)),
        ("2027-01-12", dt.date(2027, 1, 12)),
        ("12.1.27", dt.date(2027, 1, 12)),
        ("12-1-27", dt.date(2027, 1, 12)),
        ("  12 jan 27 ", dt.date(2027, 1, 12)),
        ("1/2/99", dt.date(2099, 2, 1)),  # two-digit years are this century's
        ("3/4", dt.date(2026, 4, 3)),  # no year: this year's, day first
        ("29/2/28", dt.date(2028, 2, 29)),
    ],
)
def test_a_date_typed_as_people_write_it_is_read_day_first(text, day):
    assert parse_date(text, TODAY) == day


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("31/2/27", "no such day"),
        ("29/2/27", "no such day"),
        ("next week", "not a date"),
        ("", "Type a date"),
        ("12/1/27 14:30", "without a time"),
    ],
)
def test_an_impossible_or_unreadable_date_is_refused_with_a_reason(text, message):
    with pytest.raises(ValueError, match=message):
        parse_date(text, TODAY)
