"""The private vault: one passphrase opens one session key for every private area.

The vault's keyring holds a random data key, stored only wrapped under the
passphrase and optionally a recovery key (``alsdesk.crypto.envelope``). Unlocking
holds that key in memory; ``lock()`` forgets it, for the journal and every later
area (360 feedback) at once. An area never sees the key: it seals and opens
through its own ``Sealer``, which binds the area's name into every seal as
authenticated data (``journal-entry:<uid>``, ``feedback-…``), so bytes sealed by
one area or for one row do not open as another's.

An area that keeps its own record of the keyring (the journal's manifest) is a
``VaultArea``: it is told when the vault is created, asked at every unlock (it may
refuse, and the vault stays locked), told when the keyring is rewritten (in the
same transaction) and when the vault locks.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import logging
import re
from collections.abc import Callable
from typing import Protocol

from sqlalchemy import LargeBinary, cast, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from alsdesk.crypto import BadPassphraseError, BadRecoveryKeyError, TamperedError, aead, envelope
from alsdesk.crypto.kdf import KdfParams, default_params
from alsdesk.i18n import translate
from alsdesk.services.errors import UserError, ValidationError
from alsdesk.store import Store
from alsdesk.store.models import utcnow
from alsdesk.store.vault_models import VaultKeyring

log = logging.getLogger(__name__)

KEYRING_ID = 1
DEFAULT_IDLE_MINUTES = 10
IDLE_MINUTES_RANGE = (1, 240)
_AREA_NAME = re.compile(r"[a-z]+")


class VaultLockedError(UserError):
    """The vault must be unlocked first."""


class WrongPassphraseError(UserError):
    """The passphrase given does not open the vault."""


class WrongRecoveryKeyError(UserError):
    """The recovery key given is mistyped or not this vault's."""


class KeyringDamagedError(UserError):
    """The key record failed its own check: damaged on disk, not a wrong passphrase."""


class KeyringReplacedError(KeyringDamagedError):
    """The key record is not the one an area last saw (put back from an older copy)."""


KEYRING_DAMAGED = (
    "The journal's key record is damaged, so the journal cannot be opened. "
    "The rest of alsdesk works as usual. A backup of alsdesk's data restores it"
)

# The keyring's own check, stored in the kdf JSON beside the parameters: a SHA-256
# digest over the parameters and both wrapped keys. It needs no passphrase, so a flipped
# byte shows as damage rather than as a mistyped passphrase.
CHECK_FIELD = "check"
_COST_LIMITS = {
    "argon2id": ((8, 4 * 1024 * 1024), (1, 64), (1, 64)),
    "scrypt": ((2, 2**24), (1, 64), (1, 16)),
}


class Sealer:
    """Seals and opens one area's bytes under the vault's session key, bound to the area.

    ``what`` names the value within the area (``"entry:<uid>"``, ``"manifest"``);
    the authenticated context is ``"<area>-<what>"``.
    """

    def __init__(self, vault: Vault, area: str):
        if not _AREA_NAME.fullmatch(area):
            raise ValueError(f"An area is named by lower-case letters, not {area!r}")
        self._vault = vault
        self.area = area

    def _context(self, what: str) -> bytes:
        return f"{self.area}-{what}".encode("ascii")

    def seal(self, what: str, plaintext: bytes) -> bytes:
        return aead.seal(self._vault._session_key(), plaintext, self._context(what))

    def open(self, what: str, sealed: bytes) -> bytes:
        """The plaintext; TamperedError if it was changed or sealed for something else."""
        return aead.open_sealed(self._vault._session_key(), sealed, self._context(what))

    def opens(self, what: str, sealed: bytes) -> bool:
        try:
            self.open(what, sealed)
        except TamperedError:
            return False
        return True


class VaultArea(Protocol):
    """What the vault tells an area that keeps its own record of the keyring."""

    def vault_created(self, session: Session, keyring_digest: str) -> None:
        """The keyring is being written (in ``session``); the session key is open."""

    def vault_opening(self, keyring_digest: str, *, trust_keyring: bool) -> None:
        """Unlocking: raise (KeyringReplacedError) to keep the vault locked."""

    def vault_keyring_changed(self, session: Session, keyring_digest: str) -> None:
        """The keyring is being rewritten in ``session`` (passphrase or recovery key)."""

    def vault_locked(self) -> None:
        """The session key is forgotten: forget whatever was read under it."""


def keyring_digest(params: KdfParams, by_passphrase: bytes, by_recovery: bytes | None) -> str:
    canonical = json.dumps(params.to_dict(), sort_keys=True, separators=(",", ":")).encode()
    digest = hashlib.sha256(b"alsdesk journal keyring v1\0")
    for part in (canonical, by_passphrase, by_recovery or b""):
        digest.update(len(part).to_bytes(8, "big") + part)
    return digest.hexdigest()


def digest_of(keyring: envelope.Keyring) -> str:
    return keyring_digest(keyring.params, keyring.by_passphrase, keyring.by_recovery)


def _kdf_json(keyring: envelope.Keyring) -> str:
    data = keyring.params.to_dict()
    data[CHECK_FIELD] = digest_of(keyring)
    return json.dumps(data)


def _parse_keyring(kdf: str, by_passphrase: bytes, by_recovery: bytes | None) -> envelope.Keyring:
    """The keyring, or KeyringDamagedError if any part of it fails its strict check.

    A keyring written before the check existed has no ``check`` field; it is trusted
    as it is (first use) and gains the field when it is next written.
    """
    try:
        data = json.loads(kdf)
        if not isinstance(data, dict) or set(data) - {"algorithm", "salt", "cost", CHECK_FIELD}:
            raise ValueError("unexpected fields")
        cost = data["cost"]
        if not isinstance(cost, list) or len(cost) != 3 or any(type(v) is not int for v in cost):
            raise ValueError("costs are not three integers")
        limits = _COST_LIMITS[data["algorithm"]]
        if any(not low <= v <= high for v, (low, high) in zip(cost, limits, strict=True)):
            raise ValueError("costs out of range")
        if data["algorithm"] == "scrypt" and cost[0] & (cost[0] - 1):
            raise ValueError("scrypt n is not a power of two")
        params = KdfParams.from_dict(data)
        if len(params.salt) < 8 or not isinstance(by_passphrase, bytes):
            raise ValueError("salt too short")
        check = data.get(CHECK_FIELD)
        if check is not None and check != keyring_digest(params, by_passphrase, by_recovery):
            raise ValueError("digest differs")
    except (ValueError, KeyError, TypeError, UnicodeError) as exc:
        raise KeyringDamagedError(
            KEYRING_DAMAGED + (", and so does the recovery key." if by_recovery else ".")
        ) from exc
    return envelope.Keyring(params, by_passphrase, by_recovery)


class Vault:
    """The keyring and the session key of the private vault (one store: ``private.sqlite3``)."""

    def __init__(
        self,
        store: Store,
        *,
        kdf_params: Callable[[], KdfParams] = default_params,
        clock: Callable[[], dt.datetime] = utcnow,
    ):
        self.store = store
        self._kdf_params = kdf_params
        self._clock = clock
        self._key: bytes | None = None
        self._areas: list[VaultArea] = []
        self._before_lock: list[Callable[[], None]] = []

    def sealer(self, area: str) -> Sealer:
        return Sealer(self, area)

    def attach(self, area: VaultArea) -> None:
        """Keep ``area`` told of creation, unlocking, keyring changes and locking."""
        self._areas.append(area)

    # -- state ----------------------------------------------------------------

    def is_set_up(self) -> bool:
        with self.store.sessions() as session:
            return session.get(VaultKeyring, KEYRING_ID) is not None

    @property
    def is_unlocked(self) -> bool:
        return self._key is not None

    def has_recovery_key(self) -> bool:
        return self._keyring().by_recovery is not None

    def keyring_digest(self) -> str:
        """The stored keyring's digest, which an area's record vouches for."""
        return digest_of(self._keyring())

    def generation(self) -> int:
        """1 for a keyring from before any area kept a record of it; 2 and up after."""
        with self.store.sessions() as session:
            found = session.scalar(
                select(VaultKeyring.generation).where(VaultKeyring.id == KEYRING_ID)
            )
        return found or 1

    def note_recorded(self, session: Session) -> None:
        """An area has made its record of the keyring (generation 2 from now on)."""
        row = self._keyring_row(session)
        row.generation = max(row.generation or 1, 2)

    # -- unlocking ------------------------------------------------------------

    def set_up(self, passphrase: str, confirmation: str, *, with_recovery_key: bool) -> str | None:
        """Create the keys and leave the vault unlocked; the recovery key, if asked for."""
        check_new_passphrase(passphrase, confirmation, "passphrase", "confirmation")
        if self.is_set_up():
            raise UserError(translate("services", "The journal is already set up."))
        made = envelope.create(
            passphrase, with_recovery=with_recovery_key, params=self._kdf_params()
        )
        now = self._clock()
        digest = digest_of(made.keyring)
        self._key = made.data_key
        try:
            with self.store.sessions.begin() as session:
                session.add(
                    VaultKeyring(
                        id=KEYRING_ID,
                        kdf=_kdf_json(made.keyring),
                        wrapped_key=made.keyring.by_passphrase,
                        recovery_wrapped_key=made.keyring.by_recovery,
                        idle_minutes=DEFAULT_IDLE_MINUTES,
                        created_at=now,
                        changed_at=now,
                        generation=2,  # 2 and up: the areas have their records
                    )
                )
                for area in self._areas:
                    area.vault_created(session, digest)
        except IntegrityError as exc:  # set up meanwhile by another window or copy
            self.lock()
            raise UserError(translate("services", "The journal is already set up.")) from exc
        except BaseException:
            self.lock()
            raise
        return made.recovery_key

    def unlock(self, passphrase: str) -> None:
        """Open the session key; KeyringReplacedError if an area finds the key record put back."""
        keyring = self._keyring()
        try:
            key = envelope.unlock(keyring, passphrase)
        except BadPassphraseError as exc:
            raise WrongPassphraseError(
                translate(
                    "services",
                    "That passphrase does not open this journal. Check Caps Lock and try again.",
                )
            ) from exc
        self._open(key, digest_of(keyring), trust_keyring=False)

    def unlock_with_recovery(self, recovery_key: str, new_passphrase: str, confirmation: str):
        """Open with the recovery key and choose a new passphrase (the old one is forgotten)."""
        check_new_passphrase(new_passphrase, confirmation, "passphrase", "confirmation")
        keyring = self._keyring()
        try:
            data_key = envelope.unlock_with_recovery(keyring, recovery_key)
        except BadRecoveryKeyError as exc:
            raise ValidationError({"recovery_key": str(exc)}) from exc
        # The recovery key proves the owner: a key record put back is replaced here.
        self._open(data_key, digest_of(keyring), trust_keyring=True)
        try:
            self._save_keyring(
                envelope.change_passphrase(keyring, data_key, new_passphrase, self._kdf_params())
            )
        except BaseException:
            self.lock()
            raise

    def change_passphrase(self, current: str, new: str, confirmation: str) -> None:
        """Re-wrap the data key under a new passphrase: one row, however much is sealed."""
        keyring = self._keyring()
        try:
            data_key = envelope.unlock(keyring, current)
        except BadPassphraseError as exc:
            raise ValidationError(
                {"current": translate("services", "That is not the journal's passphrase.")}
            ) from exc
        if new == current:
            raise ValidationError(
                {
                    "passphrase": translate(
                        "services", "The new passphrase is the same as the old one."
                    )
                }
            )
        check_new_passphrase(new, confirmation, "passphrase", "confirmation")
        was_unlocked = self.is_unlocked
        if not was_unlocked:
            self._open(data_key, digest_of(keyring), trust_keyring=False)
        try:
            self._save_keyring(
                envelope.change_passphrase(keyring, data_key, new, self._kdf_params())
            )
        except BaseException:
            if not was_unlocked:
                self.lock()
            raise

    def replace_recovery_key(self) -> str:
        """A new recovery key; the old one stops working."""
        keyring, key_text = envelope.add_recovery(self._keyring(), self._session_key())
        self._save_keyring(keyring)
        return key_text

    def before_lock(self, call: Callable[[], None]) -> None:
        """Call ``call()`` while the key is still there, each time the vault is about to
        lock (a page then keeps what was typed and not yet saved)."""
        self._before_lock.append(call)

    def lock(self) -> None:
        """Forget the session key, for every area (after ``before_lock``'s calls, which
        cannot stop it: the vault locks whatever they do)."""
        if self._key is not None:
            for call in list(self._before_lock):
                try:
                    call()
                except Exception as exc:  # noqa: BLE001 - locking must happen; no text logged
                    log.warning(
                        "Keeping unsaved work before locking failed: %s", type(exc).__name__
                    )
        self._key = None
        for area in self._areas:
            area.vault_locked()

    # -- settings -------------------------------------------------------------

    def idle_minutes(self) -> int:
        with self.store.sessions() as session:
            minutes = session.scalar(
                select(VaultKeyring.idle_minutes).where(VaultKeyring.id == KEYRING_ID)
            )
            return minutes if minutes is not None else DEFAULT_IDLE_MINUTES

    def set_idle_minutes(self, minutes: int) -> None:
        low, high = IDLE_MINUTES_RANGE
        if not low <= minutes <= high:
            raise ValidationError(
                {
                    "idle_minutes": translate("services", "Choose between %d and %d minutes.")
                    % (low, high)
                }
            )
        with self.store.sessions.begin() as session:
            self._keyring_row(session).idle_minutes = minutes

    # -- internals ------------------------------------------------------------

    def _session_key(self) -> bytes:
        if self._key is None:
            raise VaultLockedError(
                translate("services", "The journal is locked. Unlock it with your passphrase.")
            )
        return self._key

    def _open(self, key: bytes, digest: str, *, trust_keyring: bool) -> None:
        self._key = key
        try:
            for area in self._areas:
                area.vault_opening(digest, trust_keyring=trust_keyring)
        except BaseException:
            self.lock()
            raise

    def _keyring(self) -> envelope.Keyring:
        with self.store.sessions() as session:
            row = session.execute(
                select(
                    cast(VaultKeyring.kdf, LargeBinary),
                    VaultKeyring.wrapped_key,
                    VaultKeyring.recovery_wrapped_key,
                ).where(VaultKeyring.id == KEYRING_ID)
            ).first()
        if row is None:
            raise UserError(translate("services", "The journal has not been set up yet."))
        kdf, by_passphrase, by_recovery = row
        try:
            text = kdf.decode("utf-8")
        except UnicodeError as exc:
            raise KeyringDamagedError(KEYRING_DAMAGED + ".") from exc
        return _parse_keyring(text, by_passphrase, by_recovery)

    def _keyring_row(self, session: Session) -> VaultKeyring:
        row = session.get(VaultKeyring, KEYRING_ID)
        if row is None:
            raise UserError(translate("services", "The journal has not been set up yet."))
        return row

    def _save_keyring(self, keyring: envelope.Keyring) -> None:
        """Write the key record and, in the same transaction, each area's record of it."""
        digest = digest_of(keyring)
        with self.store.sessions.begin() as session:
            row = self._keyring_row(session)
            row.kdf = _kdf_json(keyring)
            row.wrapped_key = keyring.by_passphrase
            row.recovery_wrapped_key = keyring.by_recovery
            row.changed_at = self._clock()
            row.generation = max(row.generation or 1, 2) + 1
            for area in self._areas:
                area.vault_keyring_changed(session, digest)
        self.store.forget_old_pages()


def check_new_passphrase(
    passphrase: str, confirmation: str, field: str, confirm_field: str
) -> None:
    from alsdesk.services.journal.strength import assess

    strength = assess(passphrase)
    if not strength.acceptable:
        raise ValidationError({field: strength.advice})
    if confirmation != passphrase:
        raise ValidationError(
            {confirm_field: translate("services", "The two passphrases differ. Type it again.")}
        )
