"""What can go wrong when opening sealed data."""

from __future__ import annotations


class CryptoError(Exception):
    """Base class: sealed data could not be opened."""


class BadPassphraseError(CryptoError):
    """The passphrase does not unwrap the journal's key."""


class BadRecoveryKeyError(CryptoError):
    """The recovery key is mistyped or not this journal's."""


class TamperedError(CryptoError):
    """Sealed bytes failed authentication: changed on disk, or sealed under another key."""
