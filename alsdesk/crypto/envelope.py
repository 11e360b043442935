"""Envelope encryption: one random data key, wrapped by the passphrase and a recovery key.

Entries are sealed with the data key. The keyring stores that key only wrapped
(AES-256-GCM under a key derived from the passphrase, and optionally under the
recovery key), so changing the passphrase rewrites the keyring, not the entries.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from alsdesk.crypto import aead, recovery
from alsdesk.crypto.errors import BadPassphraseError, BadRecoveryKeyError, TamperedError
from alsdesk.crypto.kdf import KdfParams, default_params, derive_key
from alsdesk.i18n import translate

PASSPHRASE_CONTEXT = b"alsdesk journal data key / passphrase"
RECOVERY_CONTEXT = b"alsdesk journal data key / recovery key"


@dataclass(frozen=True)
class Keyring:
    """What is stored to get the data key back; nothing here is secret on its own."""

    params: KdfParams
    by_passphrase: bytes
    by_recovery: bytes | None = None


@dataclass(frozen=True)
class NewKeyring:
    keyring: Keyring
    data_key: bytes
    recovery_key: str | None  # shown to the user once, never stored


def create(passphrase: str, *, with_recovery: bool, params: KdfParams | None = None) -> NewKeyring:
    data_key = aead.new_key()
    keyring = wrap_for_passphrase(data_key, passphrase, params or default_params())
    recovery_key = None
    if with_recovery:
        keyring, recovery_key = add_recovery(keyring, data_key)
    return NewKeyring(keyring, data_key, recovery_key)


def wrap_for_passphrase(
    data_key: bytes, passphrase: str, params: KdfParams, by_recovery: bytes | None = None
) -> Keyring:
    wrapped = aead.seal(derive_key(passphrase, params), data_key, PASSPHRASE_CONTEXT)
    return Keyring(params, wrapped, by_recovery)


def add_recovery(keyring: Keyring, data_key: bytes) -> tuple[Keyring, str]:
    """A new recovery key (replacing any earlier one) and the keyring that knows it."""
    key_text = recovery.generate()
    wrapped = aead.seal(recovery.wrapping_key(recovery.parse(key_text)), data_key, RECOVERY_CONTEXT)
    return replace(keyring, by_recovery=wrapped), key_text


def unlock(keyring: Keyring, passphrase: str) -> bytes:
    try:
        return aead.open_sealed(
            derive_key(passphrase, keyring.params), keyring.by_passphrase, PASSPHRASE_CONTEXT
        )
    except TamperedError as exc:
        raise BadPassphraseError(
            translate("services", "That passphrase does not open this journal.")
        ) from exc


def unlock_with_recovery(keyring: Keyring, recovery_key: str) -> bytes:
    if keyring.by_recovery is None:
        raise BadRecoveryKeyError(translate("services", "This journal has no recovery key."))
    raw = recovery.parse(recovery_key)
    try:
        return aead.open_sealed(recovery.wrapping_key(raw), keyring.by_recovery, RECOVERY_CONTEXT)
    except TamperedError as exc:
        raise BadRecoveryKeyError(
            translate("services", "That recovery key does not open this journal.")
        ) from exc


def change_passphrase(
    keyring: Keyring, data_key: bytes, new_passphrase: str, params: KdfParams | None = None
) -> Keyring:
    """The keyring for a new passphrase (fresh salt); the recovery key stays valid."""
    return wrap_for_passphrase(
        data_key, new_passphrase, params or default_params(), keyring.by_recovery
    )
