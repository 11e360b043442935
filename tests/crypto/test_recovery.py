"""Recovery keys read back however they were copied."""

from __future__ import annotations

import re

import pytest

from alsdesk.crypto import BadRecoveryKeyError, recovery


def test_a_recovery_key_is_eight_groups_of_four():
    key = recovery.generate()
    assert re.fullmatch(r"([0-9A-HJKMNP-TV-Z]{4}-){7}[0-9A-HJKMNP-TV-Z]{4}", key)


def test_formatting_and_parsing_round_trip():
    raw = bytes(range(20))
    assert recovery.parse(recovery.format_key(raw)) == raw


def test_letters_mistaken_for_digits_are_forgiven():
    raw = b"\x00" * 19 + b"\x01"
    key = recovery.format_key(raw)
    assert key.endswith("0001")
    assert recovery.parse(key.replace("0", "O").replace("1", "l")) == raw


@pytest.mark.parametrize("typed", ["", "ABCD-EFGH", "U" * 32, "!" * 32])
def test_something_that_cannot_be_a_key_says_what_a_key_looks_like(typed):
    with pytest.raises(BadRecoveryKeyError, match="32 letters and digits"):
        recovery.parse(typed)


def test_two_keys_differ():
    assert recovery.generate() != recovery.generate()
