"""The guard spots NHS numbers, dates of birth and postcodes a member types into a reflection."""

from __future__ import annotations

import datetime as dt

import pytest

from alsdesk.services.patient_data import (
    Finding,
    Kind,
    find_identifiers,
    is_valid_nhs_number,
    redact,
    warning_text,
)

TODAY = dt.date(2026, 11, 23)


def kinds_and_text(text: str) -> list[tuple[Kind, str]]:
    return [(f.kind, f.text) for f in find_identifiers(text, TODAY)]


# --- NHS numbers -----------------------------------------------------------


def test_the_published_example_nhs_number_is_valid():
    assert is_valid_nhs_number("9434765919")
    assert is_valid_nhs_number("943 476 5919")


def test_a_wrong_check_digit_is_not_an_nhs_number():
    assert not is_valid_nhs_number("9434765918")


def test_a_check_digit_of_ten_means_no_valid_number():
    # 4*10 + 8*2 = 56, remainder 1 after dividing by 11: the check digit would be 11 - 1 = 10.
    first_nine = "400000008"
    assert sum(int(d) * w for d, w in zip(first_nine, range(10, 1, -1), strict=True)) % 11 == 1
    assert not any(is_valid_nhs_number(first_nine + str(last)) for last in range(10))


def test_a_remainder_of_zero_gives_check_digit_zero():
    assert is_valid_nhs_number("0000000000")
    assert is_valid_nhs_number("4010232137")


@pytest.mark.parametrize("text", ["943476591", "94347659190", "94347659a9", ""])
def test_anything_but_ten_digits_is_not_an_nhs_number(text):
    assert not is_valid_nhs_number(text)


@pytest.mark.parametrize("written", ["9434765919", "943 476 5919", "943-476-5919"])
def test_member_types_an_nhs_number_and_it_is_found(written):
    text = f"Mr X (NHS {written}) was moved twice overnight."
    [finding] = find_identifiers(text, TODAY)
    assert finding.kind is Kind.NHS_NUMBER
    assert text[finding.start : finding.end] == written == finding.text


@pytest.mark.parametrize(
    "text",
    [
        "Reference 943 476 5918 was logged.",  # check digit wrong
        "Ticket 19434765919 closed.",  # part of a longer run of digits
        "Call 943-476 5919 today.",  # mixed separators are not one number
        "We saw 943 patients, 476 in clinic and 5919 by phone this year, 12 more.",
    ],
)
def test_numbers_that_are_not_nhs_numbers_are_left_alone(text):
    assert [k for k, _ in kinds_and_text(text)] == []


# --- dates of birth --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("DOB: 12/03/1957, admitted with a fall.", "12/03/1957"),
        ("D.O.B. 12.03.57 on the referral.", "12.03.57"),
        ("Her date of birth was 3 March 1957.", "3 March 1957"),
        ("He was born on the 3rd of March, 2019 and is now on the ward.", "3rd of March, 2019"),
        ("Birthday: 3rd Mar 2021.", "3rd Mar 2021"),
        ("The baby (born 2025-06-01) was fine.", "2025-06-01"),
        ("Seen with mum, 01/06/2025 (DOB), in clinic.", "01/06/2025"),
    ],
)
def test_a_date_introduced_as_a_birth_date_is_found_however_recent(text, date):
    assert kinds_and_text(text) == [(Kind.DATE_OF_BIRTH, date)]


@pytest.mark.parametrize(
    "date",
    ["12/03/1957", "12.03.57", "3 March 1957", "3rd Mar 1957", "1957-03-12", "March 3, 1957"],
)
def test_an_old_full_date_is_taken_for_a_birth_date(date):
    assert kinds_and_text(f"The lady, {date}, asked for her daughter.") == [
        (Kind.DATE_OF_BIRTH, date)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "On 14/09/2026 the set met for the first time.",
        "The incident on 3 March 2025 still bothers me.",
        "Next review 1 April 2027.",
        "A date sixteen years ago less a day: 24/11/2010.",
        "Gibbs (1988) and Kolb (1984) both help here.",
        "Shift ran 07.30-19.30 with one break.",
        "Not a date at all: 31/02/1970.",
    ],
)
def test_recent_future_and_partial_dates_without_a_keyword_are_not_flagged(text):
    assert kinds_and_text(text) == []


def test_a_full_date_sixteen_years_ago_is_old_enough_to_flag():
    assert kinds_and_text("Seen 23/11/2010.") == [(Kind.DATE_OF_BIRTH, "23/11/2010")]


# --- postcodes -------------------------------------------------------------


@pytest.mark.parametrize(
    "postcode",
    ["LS1 4AP", "SW1A 1AA", "M1 1AE", "B33 8TH", "CR2 6XH", "DN55 1PT", "EC1A 1BB", "ls14ap"],
)
def test_a_uk_postcode_is_found(postcode):
    assert kinds_and_text(f"She lives near {postcode}, alone.") == [(Kind.POSTCODE, postcode)]


@pytest.mark.parametrize(
    "text",
    [
        "Traffic on the A1 road made me late.",
        "We signposted him to NHS 111.",
        "Take the A1 2nd exit, then the M6 3rd lane.",
        "A Band 7 nurse, a B12 injection and a Q1 2026 audit.",
        "QA1 1AA is not a shape postcodes take, nor is LS1 4CA.",
        "The code XLS14AP runs into other letters.",
    ],
)
def test_things_that_only_look_like_postcodes_are_left_alone(text):
    assert kinds_and_text(text) == []


# --- finding, redacting, warning --------------------------------------------


def test_findings_come_in_text_order_without_overlaps():
    text = "Postcode LS1 4AP, NHS 943 476 5919, DOB 12/03/1957."
    findings = find_identifiers(text, TODAY)
    assert [f.kind for f in findings] == [Kind.POSTCODE, Kind.NHS_NUMBER, Kind.DATE_OF_BIRTH]
    assert all(a.end <= b.start for a, b in zip(findings, findings[1:], strict=False))


def test_member_redacts_an_entry_before_export():
    text = "Mrs A (943 476 5919, DOB 12/03/1957) from LS1 4AP was anxious."
    assert redact(text, TODAY) == (
        "Mrs A ([NHS number removed], DOB [date of birth removed]) from [postcode removed] "
        "was anxious."
    )


def test_redacting_clean_text_changes_nothing():
    text = "The team handover on 14/09/2026 went better."
    assert redact(text, TODAY) == text


def test_kinds_have_plain_labels():
    assert [k.label for k in Kind] == ["NHS number", "date of birth", "postcode"]


def test_warning_names_what_was_seen_and_gives_the_guidance():
    text = "NHS 943 476 5919 lives at LS1 4AP."
    warning = warning_text(find_identifiers(text, TODAY))
    assert warning.startswith("This entry seems to hold an NHS number and a postcode.")
    assert "no patient can be identified" in warning
    assert "Removing names alone is not enough" in warning
    assert "a ward, a date, a rare condition or an age" in warning


def test_warning_never_repeats_the_values_it_found():
    text = "NHS 943 476 5919 lives at LS1 4AP, DOB 12/03/1957."
    warning = warning_text(find_identifiers(text, TODAY))
    for value in ("943", "5919", "LS1", "4AP", "1957"):
        assert value not in warning


def test_warning_counts_repeated_kinds():
    findings = [
        Finding(Kind.POSTCODE, 0, 7, "LS1 4AP"),
        Finding(Kind.DATE_OF_BIRTH, 8, 18, "12/03/1957"),
        Finding(Kind.POSTCODE, 20, 27, "M1 1AE"),
    ]
    assert warning_text(findings).startswith(
        "This entry seems to hold a date of birth and two postcodes."
    )


def test_no_findings_means_no_warning():
    assert warning_text([]) == ""


def test_the_warning_can_speak_of_several_entries():
    findings = find_identifiers("NHS 943 476 5919", dt.date(2026, 11, 23))
    assert warning_text(findings, "They seem").startswith("They seem to hold an NHS number.")
