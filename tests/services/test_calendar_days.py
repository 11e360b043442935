"""Which days make a poor choice for a meeting: weekends and UK bank holidays."""

from __future__ import annotations

import datetime as dt

import pytest

from alsdesk.services.calendar_days import bank_holiday, day_flags, next_working_day

TUESDAY = dt.date(2026, 11, 24)
SATURDAY = dt.date(2026, 11, 28)
CHRISTMAS_2026 = dt.date(2026, 12, 25)  # a Friday
ST_ANDREWS_DAY_2026 = dt.date(2026, 11, 30)  # a Monday; a holiday in Scotland only


# -- day_flags ----------------------------------------------------------------


@pytest.mark.parametrize("region", ["ENG", "SCT", "WLS", "NIR"])
def test_an_ordinary_weekday_has_no_flags(region):
    assert day_flags(TUESDAY, region) == []


def test_a_saturday_is_flagged_as_a_weekend():
    assert day_flags(SATURDAY) == ["Saturday (weekend)"]


def test_a_sunday_is_flagged_as_a_weekend():
    assert day_flags(SATURDAY + dt.timedelta(days=1)) == ["Sunday (weekend)"]


def test_christmas_day_is_flagged_as_a_bank_holiday():
    assert day_flags(CHRISTMAS_2026) == ["Christmas Day (bank holiday)"]
    assert bank_holiday(CHRISTMAS_2026) == "Christmas Day"


def test_a_bank_holiday_on_a_weekend_gets_both_flags():
    boxing_day_2026 = dt.date(2026, 12, 26)  # a Saturday

    flags = day_flags(boxing_day_2026)

    assert flags == ["Saturday (weekend)", "Boxing Day (bank holiday)"]


def test_the_substitute_day_for_a_weekend_holiday_is_flagged():
    flags = day_flags(dt.date(2026, 12, 28))  # Monday, Boxing Day observed

    assert len(flags) == 1
    assert "Boxing Day" in flags[0] and flags[0].endswith("(bank holiday)")


def test_st_andrews_day_is_a_holiday_in_scotland_but_not_in_england():
    scottish = day_flags(ST_ANDREWS_DAY_2026, "SCT")

    assert day_flags(ST_ANDREWS_DAY_2026, "ENG") == []
    assert len(scottish) == 1
    assert "Andrew" in scottish[0]
    assert scottish[0].endswith("(bank holiday)")
    assert bank_holiday(ST_ANDREWS_DAY_2026, "ENG") is None


def test_easter_monday_is_a_holiday_in_england_but_not_in_scotland():
    easter_monday_2027 = dt.date(2027, 3, 29)

    assert day_flags(easter_monday_2027, "ENG") == ["Easter Monday (bank holiday)"]
    assert day_flags(easter_monday_2027, "SCT") == []


def test_the_region_defaults_to_england():
    assert day_flags(ST_ANDREWS_DAY_2026) == day_flags(ST_ANDREWS_DAY_2026, "ENG") == []
    assert bank_holiday(dt.date(2027, 3, 29)) == "Easter Monday"


# -- next_working_day ------------------------------------------------------------


def test_a_working_day_is_its_own_next_working_day():
    assert next_working_day(TUESDAY) == TUESDAY


def test_a_saturday_moves_to_monday():
    assert next_working_day(SATURDAY) == dt.date(2026, 11, 30)


def test_a_saturday_in_scotland_moves_past_st_andrews_day_to_tuesday():
    assert next_working_day(SATURDAY, "SCT") == dt.date(2026, 12, 1)


def test_christmas_day_moves_past_the_weekend_and_boxing_day_substitute():
    assert next_working_day(CHRISTMAS_2026) == dt.date(2026, 12, 29)


def test_good_friday_moves_past_easter_monday_in_england_only():
    good_friday_2027 = dt.date(2027, 3, 26)

    assert next_working_day(good_friday_2027, "ENG") == dt.date(2027, 3, 30)
    assert next_working_day(good_friday_2027, "SCT") == dt.date(2027, 3, 29)


def test_new_year_in_scotland_takes_an_extra_day_across_the_year_end():
    new_years_eve = dt.date(2026, 12, 31)  # a Thursday, an ordinary day
    assert next_working_day(new_years_eve) == new_years_eve

    new_year_2027 = dt.date(2027, 1, 1)  # Friday; 2 January is a Saturday
    assert next_working_day(new_year_2027, "ENG") == dt.date(2027, 1, 4)
    assert next_working_day(new_year_2027, "SCT") == dt.date(2027, 1, 5)


@pytest.mark.parametrize("region", ["ENG", "SCT", "WLS", "NIR"])
def test_the_next_working_day_is_never_flagged_and_never_earlier(region):
    day = dt.date(2026, 1, 1)
    while day < dt.date(2028, 1, 1):
        moved = next_working_day(day, region)
        assert moved >= day
        assert day_flags(moved, region) == []
        assert moved - day <= dt.timedelta(days=5)
        day += dt.timedelta(days=1)
