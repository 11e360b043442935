"""Seal and open bytes with AES-256-GCM.

A sealed value is ``version (1 byte) | nonce (12 bytes) | ciphertext+tag``. The
``context`` (for example ``b"journal-entry:<uid>"``) is authenticated but not
stored: bytes sealed for one row do not open as another.
"""

from __future__ import annotations

import os

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from alsdesk.crypto.errors import TamperedError

VERSION = b"\x01"
NONCE_LENGTH = 12
KEY_LENGTH = 32


def new_key() -> bytes:
    """A random 256-bit key."""
    return AESGCM.generate_key(bit_length=256)


def seal(key: bytes, plaintext: bytes, context: bytes) -> bytes:
    nonce = os.urandom(NONCE_LENGTH)
    return VERSION + nonce + AESGCM(key).encrypt(nonce, plaintext, VERSION + context)


def open_sealed(key: bytes, sealed: bytes, context: bytes) -> bytes:
    """The plaintext, or TamperedError if a single bit differs from what was sealed."""
    if len(sealed) < 1 + NONCE_LENGTH + 16 or sealed[:1] != VERSION:
        raise TamperedError("The sealed value is damaged or in an unknown format.")
    nonce, body = sealed[1 : 1 + NONCE_LENGTH], sealed[1 + NONCE_LENGTH :]
    try:
        return AESGCM(key).decrypt(nonce, body, VERSION + context)
    except InvalidTag as exc:
        raise TamperedError("The sealed value failed its integrity check.") from exc
