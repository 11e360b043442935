"""Encryption for the private journal: small, Qt-free and ORM-free.

Only well-reviewed primitives from the ``cryptography`` package are used:
Argon2id (or scrypt) to turn a passphrase into a key, AES-256-GCM for every
sealed value and for wrapping the journal's random data key (envelope
encryption), HKDF-SHA256 to turn a high-entropy recovery key into a key.

- ``kdf``: passphrase -> key, with its parameters stored beside the salt.
- ``aead``: ``seal`` / ``open_sealed`` bytes under a key, bound to a context.
- ``recovery``: generate, format and parse recovery keys.
- ``envelope``: the keyring (data key wrapped by passphrase and recovery key).
"""

from alsdesk.crypto.errors import (
    BadPassphraseError,
    BadRecoveryKeyError,
    CryptoError,
    TamperedError,
)

__all__ = ["CryptoError", "TamperedError", "BadPassphraseError", "BadRecoveryKeyError"]
