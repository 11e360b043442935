"""Sealing bytes: what is sealed opens only with the same key and context, unchanged."""

from __future__ import annotations

import pytest

from alsdesk.crypto import TamperedError, aead


def test_sealed_bytes_open_to_the_plaintext_and_do_not_contain_it():
    key = aead.new_key()
    sealed = aead.seal(key, b"I froze when the consultant shouted", b"entry:1")
    assert b"consultant" not in sealed
    assert aead.open_sealed(key, sealed, b"entry:1") == b"I froze when the consultant shouted"


def test_sealing_twice_gives_different_bytes():
    key = aead.new_key()
    assert aead.seal(key, b"same", b"c") != aead.seal(key, b"same", b"c")


@pytest.mark.parametrize("position", [0, 1, 13, 20, -1])
def test_a_flipped_byte_anywhere_is_detected(position):
    key = aead.new_key()
    sealed = bytearray(aead.seal(key, b"private reflection", b"entry:1"))
    sealed[position] ^= 0x01
    with pytest.raises(TamperedError):
        aead.open_sealed(key, bytes(sealed), b"entry:1")


def test_bytes_sealed_for_one_entry_do_not_open_as_another():
    key = aead.new_key()
    sealed = aead.seal(key, b"text", b"entry:aaa")
    with pytest.raises(TamperedError):
        aead.open_sealed(key, sealed, b"entry:bbb")


def test_another_key_cannot_open_it():
    sealed = aead.seal(aead.new_key(), b"text", b"c")
    with pytest.raises(TamperedError):
        aead.open_sealed(aead.new_key(), sealed, b"c")


def test_truncated_bytes_are_reported_not_crashed_on():
    with pytest.raises(TamperedError):
        aead.open_sealed(aead.new_key(), b"\x01short", b"c")


def test_keys_are_256_bits():
    assert len(aead.new_key()) == 32
