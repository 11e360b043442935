"""Recovery keys: 160 random bits written as eight groups of four characters.

Crockford's base32 alphabet (no I, L, O, U) so a key copied by hand reads back:
lower case, spaces, missing dashes, and O/I/L typed for 0/1 are all accepted.
A high-entropy key needs no slow key stretching; HKDF turns it into a key.
"""

from __future__ import annotations

import os

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from alsdesk.crypto.errors import BadRecoveryKeyError
from alsdesk.i18n import translate

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
RAW_LENGTH = 20  # bytes: 160 bits, 32 characters
GROUP = 4
_TYPO = str.maketrans({"O": "0", "I": "1", "L": "1"})
_INFO = b"alsdesk journal recovery key v1"


def generate() -> str:
    return format_key(os.urandom(RAW_LENGTH))


def format_key(raw: bytes) -> str:
    number = int.from_bytes(raw, "big")
    chars = []
    for _ in range(RAW_LENGTH * 8 // 5):
        number, digit = divmod(number, 32)
        chars.append(ALPHABET[digit])
    text = "".join(reversed(chars))
    return "-".join(text[i : i + GROUP] for i in range(0, len(text), GROUP))


def parse(text: str) -> bytes:
    """The key's bytes; BadRecoveryKeyError if it cannot be one of ours."""
    cleaned = "".join(ch for ch in text.upper() if ch not in " -\t\n").translate(_TYPO)
    if len(cleaned) != RAW_LENGTH * 8 // 5 or any(ch not in ALPHABET for ch in cleaned):
        raise BadRecoveryKeyError(
            translate(
                "services", "A recovery key is 32 letters and digits in eight groups of four."
            )
        )
    number = 0
    for ch in cleaned:
        number = number * 32 + ALPHABET.index(ch)
    return number.to_bytes(RAW_LENGTH, "big")


def wrapping_key(raw: bytes) -> bytes:
    """The 256-bit key a recovery key stands for."""
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=_INFO).derive(raw)
