"""The keyring: a random data key wrapped by the passphrase and by a recovery key."""

from __future__ import annotations

import pytest

from alsdesk.crypto import BadPassphraseError, BadRecoveryKeyError, envelope, recovery
from alsdesk.crypto.kdf import fast_params

PASSPHRASE = "sturdy lantern orchard tide"


def test_the_passphrase_unwraps_the_data_key():
    made = envelope.create(PASSPHRASE, with_recovery=False, params=fast_params())
    assert made.recovery_key is None and made.keyring.by_recovery is None
    assert envelope.unlock(made.keyring, PASSPHRASE) == made.data_key
    assert made.data_key not in made.keyring.by_passphrase


def test_a_wrong_passphrase_is_told_apart():
    made = envelope.create(PASSPHRASE, with_recovery=False, params=fast_params())
    with pytest.raises(BadPassphraseError):
        envelope.unlock(made.keyring, PASSPHRASE.upper())


def test_the_recovery_key_unwraps_the_same_data_key():
    made = envelope.create(PASSPHRASE, with_recovery=True, params=fast_params())
    assert made.recovery_key is not None
    assert envelope.unlock_with_recovery(made.keyring, made.recovery_key) == made.data_key
    # Written by hand in lower case, without dashes.
    sloppy = made.recovery_key.replace("-", " ").lower()
    assert envelope.unlock_with_recovery(made.keyring, sloppy) == made.data_key


def test_someone_elses_recovery_key_does_not_open_it():
    made = envelope.create(PASSPHRASE, with_recovery=True, params=fast_params())
    with pytest.raises(BadRecoveryKeyError):
        envelope.unlock_with_recovery(made.keyring, recovery.generate())


def test_a_journal_without_a_recovery_key_says_so():
    made = envelope.create(PASSPHRASE, with_recovery=False, params=fast_params())
    with pytest.raises(BadRecoveryKeyError, match="no recovery key"):
        envelope.unlock_with_recovery(made.keyring, recovery.generate())


def test_changing_the_passphrase_keeps_the_data_key_and_the_recovery_key():
    made = envelope.create(PASSPHRASE, with_recovery=True, params=fast_params())
    changed = envelope.change_passphrase(
        made.keyring, made.data_key, "quiet harbour violet mango", fast_params()
    )
    assert changed.params.salt != made.keyring.params.salt
    assert envelope.unlock(changed, "quiet harbour violet mango") == made.data_key
    with pytest.raises(BadPassphraseError):
        envelope.unlock(changed, PASSPHRASE)
    assert envelope.unlock_with_recovery(changed, made.recovery_key) == made.data_key


def test_a_new_recovery_key_replaces_the_old_one():
    made = envelope.create(PASSPHRASE, with_recovery=True, params=fast_params())
    renewed, new_key = envelope.add_recovery(made.keyring, made.data_key)
    assert envelope.unlock_with_recovery(renewed, new_key) == made.data_key
    with pytest.raises(BadRecoveryKeyError):
        envelope.unlock_with_recovery(renewed, made.recovery_key)
