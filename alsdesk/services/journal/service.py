"""The private journal: set-up, unlocking, and sealed entries and templates.

The service holds the journal's data key in memory while it is unlocked and
forgets it on ``lock()``. Every entry and template is sealed whole with
AES-256-GCM under that key (``alsdesk.crypto``) before it reaches the store; the
store never sees a title, a word of text, a tag or a link. Decrypted entries go
to the caller as frozen dataclasses; this service keeps no copy of them.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import secrets
from collections.abc import Callable
from dataclasses import dataclass, replace

from sqlalchemy import LargeBinary, cast, event, select
from sqlalchemy.exc import IntegrityError

from alsdesk.crypto import BadPassphraseError, BadRecoveryKeyError, TamperedError, aead, envelope
from alsdesk.crypto.kdf import KdfParams, default_params
from alsdesk.services.errors import NotFoundError, UserError, ValidationError
from alsdesk.services.journal import manifest as manifests
from alsdesk.services.journal.entries import (
    Entry,
    EntryDraft,
    EntryFormatError,
    Template,
    TemplateDraft,
    decode_entry,
    decode_template,
    encode_entry,
    encode_template,
)
from alsdesk.services.journal.links import LinkOptions, link_options
from alsdesk.services.journal.manifest import Manifest, ManifestFormatError, StoredRow
from alsdesk.services.rows import at_version
from alsdesk.store import Store
from alsdesk.store.models import (
    JournalEntryRow,
    JournalKeyring,
    JournalManifestRow,
    JournalTemplateRow,
    utcnow,
)

KEYRING_ID = 1
DEFAULT_IDLE_MINUTES = 10
IDLE_MINUTES_RANGE = (1, 240)
TITLE_LIMIT = 300


class JournalLockedError(UserError):
    """The journal must be unlocked first."""


class WrongPassphraseError(UserError):
    """The passphrase given does not open the journal."""


class WrongRecoveryKeyError(UserError):
    """The recovery key given is mistyped or not this journal's."""


class KeyringDamagedError(UserError):
    """The journal's key record failed its own check: damaged on disk, not a wrong passphrase."""


class KeyringReplacedError(KeyringDamagedError):
    """The key record is not the one the journal's manifest was last written with."""


KEYRING_REPLACED = (
    "The journal's key record is not the one its entries were last saved with: it was "
    "put back from an earlier copy (for example from before a passphrase change), so the "
    "journal was not opened. Nothing was changed. Open it with your recovery key, or "
    "restore a whole backup of alsdesk's data."
)
MANIFEST_REBUILT = (
    "The journal's record of its own entries was missing or damaged, so alsdesk could not "
    "check that none was deleted or put back from an older copy. It has made a new record "
    "of the entries as they are now."
)

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


@dataclass(frozen=True)
class DamagedEntry:
    """A stored entry that failed its integrity check (changed on disk) or cannot be read."""

    id: int
    reason: str


@dataclass(frozen=True)
class JournalContents:
    entries: tuple[Entry, ...]  # newest entry date first
    damaged: tuple[DamagedEntry, ...]
    missing: int = 0  # entries the manifest records that are no longer in the database
    notice: str = ""  # what unlocking found about the journal as a whole (MANIFEST_REBUILT)


def _keyring_digest(params: KdfParams, by_passphrase: bytes, by_recovery: bytes | None) -> str:
    canonical = json.dumps(params.to_dict(), sort_keys=True, separators=(",", ":")).encode()
    digest = hashlib.sha256(b"alsdesk journal keyring v1\0")
    for part in (canonical, by_passphrase, by_recovery or b""):
        digest.update(len(part).to_bytes(8, "big") + part)
    return digest.hexdigest()


def _kdf_json(keyring: envelope.Keyring) -> str:
    data = keyring.params.to_dict()
    data[CHECK_FIELD] = _keyring_digest(keyring.params, keyring.by_passphrase, keyring.by_recovery)
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
        if check is not None and check != _keyring_digest(params, by_passphrase, by_recovery):
            raise ValueError("digest differs")
    except (ValueError, KeyError, TypeError, UnicodeError) as exc:
        raise KeyringDamagedError(
            KEYRING_DAMAGED + (", and so does the recovery key." if by_recovery else ".")
        ) from exc
    return envelope.Keyring(params, by_passphrase, by_recovery)


def _digest_of(keyring: envelope.Keyring) -> str:
    return _keyring_digest(keyring.params, keyring.by_passphrase, keyring.by_recovery)


def _stored(session, model) -> list[StoredRow]:
    """Every sealed row of ``model`` as stored (a uid that is not text is None)."""
    rows = session.execute(
        select(model.id, cast(model.uid, LargeBinary), model.version, model.sealed)
    ).all()
    found = []
    for row_id, raw_uid, version, sealed in rows:
        try:
            uid = bytes(raw_uid).decode("ascii")
        except UnicodeError:
            uid = None
        found.append(StoredRow(row_id, uid, version, bytes(sealed)))
    return found


def _entry_context(uid: str) -> bytes:
    return f"journal-entry:{uid}".encode("ascii")


def _template_context(uid: str) -> bytes:
    return f"journal-template:{uid}".encode("ascii")


class JournalService:
    def __init__(
        self,
        store: Store,
        *,
        kdf_params: Callable[[], KdfParams] = default_params,
        clock: Callable[[], dt.datetime] = utcnow,
    ):
        self._store = store
        self._kdf_params = kdf_params
        self._clock = clock
        self._key: bytes | None = None
        self._manifest: Manifest | None = None  # held, like the key, only while unlocked
        self._manifest_sealed: bytes | None = None  # the stored form of the held manifest
        self._notice = ""

    # -- keys -----------------------------------------------------------------

    def is_set_up(self) -> bool:
        with self._store.sessions() as session:
            return session.get(JournalKeyring, KEYRING_ID) is not None

    @property
    def is_unlocked(self) -> bool:
        return self._key is not None

    def set_up(self, passphrase: str, confirmation: str, *, with_recovery_key: bool) -> str | None:
        """Create the journal's keys and leave it unlocked; the recovery key, if asked for."""
        _check_new_passphrase(passphrase, confirmation, "passphrase", "confirmation")
        if self.is_set_up():
            raise UserError("The journal is already set up.")
        made = envelope.create(
            passphrase, with_recovery=with_recovery_key, params=self._kdf_params()
        )
        now = self._clock()
        fresh = Manifest(_digest_of(made.keyring))
        try:
            sealed = self._insert_keyring(made, fresh, now)
        except IntegrityError as exc:  # set up meanwhile by another window or copy
            raise UserError("The journal is already set up.") from exc
        self._key, self._notice = made.data_key, ""
        self._manifest, self._manifest_sealed = fresh, sealed
        return made.recovery_key

    def _insert_keyring(self, made: envelope.NewKeyring, fresh: Manifest, now) -> bytes:
        with self._store.sessions.begin() as session:
            session.add(
                JournalKeyring(
                    id=KEYRING_ID,
                    kdf=_kdf_json(made.keyring),
                    wrapped_key=made.keyring.by_passphrase,
                    recovery_wrapped_key=made.keyring.by_recovery,
                    idle_minutes=DEFAULT_IDLE_MINUTES,
                    created_at=now,
                    changed_at=now,
                    generation=2,  # 2 and up: this journal has had a manifest
                )
            )
            return _write_manifest(session, made.data_key, fresh)

    def unlock(self, passphrase: str) -> None:
        """Open the journal; KeyringReplacedError if its key record was put back."""
        keyring = self._keyring()
        try:
            key = envelope.unlock(keyring, passphrase)
        except BadPassphraseError as exc:
            raise WrongPassphraseError(
                "That passphrase does not open this journal. Check Caps Lock and try again."
            ) from exc
        self._manifest = self._checked_manifest(key, keyring)
        self._key = key

    def lock(self) -> None:
        self._key = None
        self._manifest = self._manifest_sealed = None
        self._notice = ""

    def has_recovery_key(self) -> bool:
        return self._keyring().by_recovery is not None

    def recover(self, recovery_key: str, new_passphrase: str, confirmation: str) -> None:
        """Open the journal with its recovery key and choose a new passphrase."""
        _check_new_passphrase(new_passphrase, confirmation, "passphrase", "confirmation")
        keyring = self._keyring()
        try:
            data_key = envelope.unlock_with_recovery(keyring, recovery_key)
        except BadRecoveryKeyError as exc:
            raise ValidationError({"recovery_key": str(exc)}) from exc
        # The recovery key proves the owner: a key record put back is replaced here.
        self._manifest = self._checked_manifest(data_key, keyring, check_keyring=False)
        self._save_keyring(
            envelope.change_passphrase(keyring, data_key, new_passphrase, self._kdf_params()),
            data_key,
        )
        self._key = data_key

    def change_passphrase(self, current: str, new: str, confirmation: str) -> None:
        """Re-wrap the data key under a new passphrase: one row, however many entries."""
        keyring = self._keyring()
        try:
            data_key = envelope.unlock(keyring, current)
        except BadPassphraseError as exc:
            raise ValidationError({"current": "That is not the journal's passphrase."}) from exc
        if new == current:
            raise ValidationError({"passphrase": "The new passphrase is the same as the old one."})
        _check_new_passphrase(new, confirmation, "passphrase", "confirmation")
        if self._manifest is None:
            self._manifest = self._checked_manifest(data_key, keyring)
        self._save_keyring(
            envelope.change_passphrase(keyring, data_key, new, self._kdf_params()), data_key
        )
        self._key = data_key

    def replace_recovery_key(self) -> str:
        """A new recovery key; the old one stops working."""
        keyring, key_text = envelope.add_recovery(self._keyring(), self._data_key())
        self._save_keyring(keyring, self._data_key())
        return key_text

    def reseal_manifest(self, sealed: bytes) -> bytes:
        """A backup's manifest, made to vouch for the current key record (for re-sealing)."""
        key = self._data_key()
        found = manifests.open_manifest(key, sealed)
        return manifests.seal(key, replace(found, keyring=_digest_of(self._keyring())))

    def opens_sealed(self, table: str, uid: str, sealed: bytes) -> bool:
        """Whether the data key in use opens a sealed row (of a backup, say).

        A passphrase change keeps the data key, so a backup that opens can be given
        the new keyring. ``table`` is ``journal_entry`` or ``journal_template``.
        """
        context = _template_context(uid) if table == "journal_template" else _entry_context(uid)
        try:
            aead.open_sealed(self._data_key(), sealed, context)
        except TamperedError:
            return False
        return True

    def idle_minutes(self) -> int:
        with self._store.sessions() as session:
            minutes = session.scalar(
                select(JournalKeyring.idle_minutes).where(JournalKeyring.id == KEYRING_ID)
            )
            return minutes if minutes is not None else DEFAULT_IDLE_MINUTES

    def set_idle_minutes(self, minutes: int) -> None:
        low, high = IDLE_MINUTES_RANGE
        if not low <= minutes <= high:
            raise ValidationError({"idle_minutes": f"Choose between {low} and {high} minutes."})
        with self._store.sessions.begin() as session:
            self._keyring_row(session).idle_minutes = minutes

    # -- entries --------------------------------------------------------------

    def read_all(self) -> JournalContents:
        """Every entry, decrypted; entries that fail their check are reported, not raised."""
        key = self._data_key()
        with self._store.sessions() as session:
            rows = _stored(session, JournalEntryRow)
            manifest = self._manifest_in(session)
        reasons, missing = manifests.audit(manifest.entries, rows)
        entries, damaged = [], []
        for row in rows:
            if row.id in reasons or row.uid is None:
                damaged.append(DamagedEntry(row.id, reasons.get(row.id, manifests.CHANGED)))
                continue
            try:
                raw = aead.open_sealed(key, row.sealed, _entry_context(row.uid))
                entries.append(replace(decode_entry(row.id, raw), version=row.version))
            except TamperedError:
                damaged.append(DamagedEntry(row.id, manifests.CHANGED))
            except EntryFormatError:
                damaged.append(DamagedEntry(row.id, "in a form this version cannot read"))
        entries.sort(key=lambda e: (e.draft.entry_date, e.id), reverse=True)
        return JournalContents(tuple(entries), tuple(damaged), len(missing), self._notice)

    def missing_templates(self) -> int:
        """Templates the manifest records that are no longer in the database."""
        with self._store.sessions() as session:
            rows = _stored(session, JournalTemplateRow)
            manifest = self._manifest_in(session)
        return len(manifests.audit(manifest.templates, rows)[1])

    def accept_missing(self) -> None:
        """Stop reporting entries and templates found missing (the user has seen it)."""
        self._data_key()
        with self._store.sessions.begin() as session:
            entries = {row.id for row in _stored(session, JournalEntryRow)}
            templates = {row.id for row in _stored(session, JournalTemplateRow)}
            self._update(
                session,
                lambda manifest: replace(
                    manifest,
                    entries={k: v for k, v in manifest.entries.items() if k in entries},
                    templates={k: v for k, v in manifest.templates.items() if k in templates},
                ),
            )

    def get(self, entry_id: int) -> Entry:
        key = self._data_key()
        with self._store.sessions() as session:
            row = session.get(JournalEntryRow, entry_id)
            if row is None:
                raise NotFoundError("That journal entry no longer exists.")
            stored = StoredRow(row.id, row.uid, row.version, row.sealed)
            manifest = self._manifest_in(session)
        known = {entry_id: manifest.entries[entry_id]} if entry_id in manifest.entries else {}
        reasons, _ = manifests.audit(known, [stored])
        if reasons:
            raise UserError(f"This entry was {reasons[entry_id]}, so it cannot be trusted.")
        try:
            raw = aead.open_sealed(key, stored.sealed, _entry_context(stored.uid or ""))
            return replace(decode_entry(entry_id, raw), version=stored.version)
        except TamperedError as exc:
            raise UserError(
                "This entry was changed on disk since it was saved and cannot be trusted."
            ) from exc

    def add(self, draft: EntryDraft) -> Entry:
        _check_entry(draft)
        key = self._data_key()
        now = self._clock()
        uid = secrets.token_hex(16)
        sealed = aead.seal(key, encode_entry(draft, now, now), _entry_context(uid))
        with self._store.sessions.begin() as session:
            row = JournalEntryRow(uid=uid, sealed=sealed)
            session.add(row)
            session.flush()
            entry_id, version = row.id, row.version
            self._record(session, "entries", row)
        return Entry(entry_id, draft, now, now, version)

    def save(self, entry_id: int, draft: EntryDraft, expected_version: int | None = None) -> Entry:
        """Save over the entry; ChangedElsewhereError if it moved on from ``expected_version``."""
        _check_entry(draft)
        original = self.get(entry_id)
        now = self._clock()
        key = self._data_key()
        with self._store.sessions.begin() as session:
            row = session.get(JournalEntryRow, entry_id)
            if row is None:
                raise NotFoundError("That journal entry no longer exists.")
            at_version(row, expected_version, "journal entry")
            raw = encode_entry(draft, original.created_at, now)
            row.sealed = aead.seal(key, raw, _entry_context(row.uid))
            session.flush()  # the version counter moves on
            self._record(session, "entries", row)
            version = row.version
        return Entry(entry_id, draft, original.created_at, now, version)

    def delete(self, entry_id: int) -> None:
        """Delete an entry (also one that is damaged and cannot be read)."""
        self._data_key()
        with self._store.sessions.begin() as session:
            row = session.get(JournalEntryRow, entry_id)
            if row is not None:
                session.delete(row)
            self._forget(session, "entries", entry_id)

    # -- templates ------------------------------------------------------------

    def templates(self) -> tuple[Template, ...]:
        """The templates that open, by name; see ``damaged_templates`` for the rest."""
        return self._read_templates()[0]

    def damaged_templates(self) -> tuple[int, ...]:
        """Row ids of templates that fail their check, to be reported (entries keep a copy)."""
        return self._read_templates()[1]

    def _read_templates(self) -> tuple[tuple[Template, ...], tuple[int, ...]]:
        key = self._data_key()
        with self._store.sessions() as session:
            rows = _stored(session, JournalTemplateRow)
            manifest = self._manifest_in(session)
        reasons, _missing = manifests.audit(manifest.templates, rows)
        found, damaged = [], []
        for row in rows:
            try:
                if row.id in reasons or row.uid is None:
                    raise TamperedError(reasons.get(row.id, manifests.CHANGED))
                raw = aead.open_sealed(key, row.sealed, _template_context(row.uid))
                found.append(decode_template(row.id, row.uid, raw))
            except (TamperedError, EntryFormatError):
                damaged.append(row.id)
        return tuple(sorted(found, key=lambda t: t.draft.name.casefold())), tuple(damaged)

    def add_template(self, draft: TemplateDraft) -> Template:
        _check_template(draft)
        key = self._data_key()
        uid = secrets.token_hex(16)
        with self._store.sessions.begin() as session:
            row = JournalTemplateRow(
                uid=uid, sealed=aead.seal(key, encode_template(draft), _template_context(uid))
            )
            session.add(row)
            session.flush()
            self._record(session, "templates", row)
            return Template(row.id, uid, draft)

    def save_template(self, template_id: int, draft: TemplateDraft) -> Template:
        _check_template(draft)
        key = self._data_key()
        with self._store.sessions.begin() as session:
            row = session.get(JournalTemplateRow, template_id)
            if row is None:
                raise NotFoundError("That template no longer exists.")
            row.sealed = aead.seal(key, encode_template(draft), _template_context(row.uid))
            session.flush()
            self._record(session, "templates", row)
            return Template(template_id, row.uid, draft)

    def delete_template(self, template_id: int) -> None:
        self._data_key()
        with self._store.sessions.begin() as session:
            row = session.get(JournalTemplateRow, template_id)
            if row is not None:
                session.delete(row)
            self._forget(session, "templates", template_id)

    def link_options(self) -> LinkOptions:
        return link_options(self._store)

    # -- internals ------------------------------------------------------------

    def _data_key(self) -> bytes:
        if self._key is None:
            raise JournalLockedError("The journal is locked. Unlock it with your passphrase.")
        return self._key

    def _manifest_now(self) -> Manifest:
        if self._manifest is None:
            raise JournalLockedError("The journal is locked. Unlock it with your passphrase.")
        return self._manifest

    def _checked_manifest(
        self, key: bytes, keyring: envelope.Keyring, *, check_keyring: bool = True
    ) -> Manifest:
        """The stored manifest, checked against the key record; made afresh if there is none.

        A journal from before manifests gets one silently (trust on first use); one
        whose manifest is missing or damaged gets one with MANIFEST_REBUILT noted.
        """
        current = _digest_of(keyring)
        with self._store.sessions() as session:
            sealed = session.scalar(
                select(JournalManifestRow.sealed).where(
                    JournalManifestRow.id == manifests.MANIFEST_ID
                )
            )
            generation = session.scalar(
                select(JournalKeyring.generation).where(JournalKeyring.id == KEYRING_ID)
            )
        self._notice = MANIFEST_REBUILT if sealed is not None or (generation or 1) >= 2 else ""
        if sealed is not None:
            try:
                found = manifests.open_manifest(key, sealed)
            except (TamperedError, ManifestFormatError):
                found = None
            if found is not None:
                if check_keyring and found.keyring != current:
                    self._notice = ""
                    raise KeyringReplacedError(KEYRING_REPLACED)
                self._notice, self._manifest_sealed = "", sealed
                return found
        with self._store.sessions.begin() as session:
            built = manifests.built_from(
                current, _stored(session, JournalEntryRow), _stored(session, JournalTemplateRow)
            )
            written = _write_manifest(session, key, built)
            self._keyring_row(session).generation = max(generation or 1, 2)
        self._manifest_sealed = written
        return built

    def _manifest_in(self, session, key: bytes | None = None) -> Manifest:
        """The manifest as stored now: the held one, unless another window wrote since."""
        held = self._manifest_now()
        sealed = session.scalar(
            select(JournalManifestRow.sealed).where(JournalManifestRow.id == manifests.MANIFEST_ID)
        )
        if sealed is None or sealed == self._manifest_sealed:
            return held
        try:
            found = manifests.open_manifest(key or self._data_key(), sealed)
        except (TamperedError, ManifestFormatError):
            return held  # damaged since unlocking: the held copy is the better record
        self._manifest, self._manifest_sealed = found, sealed
        return found

    def _record(self, session, kind: str, row) -> None:
        """Put ``row`` (just written and flushed) into the manifest, in the same transaction."""
        stored = StoredRow(row.id, row.uid, row.version, row.sealed)
        self._update(session, lambda manifest: manifest.with_row(kind, stored))

    def _forget(self, session, kind: str, row_id: int) -> None:
        self._update(session, lambda manifest: manifest.without(kind, row_id))

    def _update(
        self, session, change: Callable[[Manifest], Manifest], key: bytes | None = None
    ) -> None:
        """Write ``change(the stored manifest)`` in ``session``; hold it once that commits."""
        key = key or self._data_key()
        updated = change(self._manifest_in(session, key))
        sealed = _write_manifest(session, key, updated)

        @event.listens_for(session, "after_commit", once=True)
        def _held(_session) -> None:
            self._manifest, self._manifest_sealed = updated, sealed

    def _keyring(self) -> envelope.Keyring:
        with self._store.sessions() as session:
            row = session.execute(
                select(
                    cast(JournalKeyring.kdf, LargeBinary),
                    JournalKeyring.wrapped_key,
                    JournalKeyring.recovery_wrapped_key,
                ).where(JournalKeyring.id == KEYRING_ID)
            ).first()
        if row is None:
            raise UserError("The journal has not been set up yet.")
        kdf, by_passphrase, by_recovery = row
        try:
            text = kdf.decode("utf-8")
        except UnicodeError as exc:
            raise KeyringDamagedError(KEYRING_DAMAGED + ".") from exc
        return _parse_keyring(text, by_passphrase, by_recovery)

    def _keyring_row(self, session) -> JournalKeyring:
        row = session.get(JournalKeyring, KEYRING_ID)
        if row is None:
            raise UserError("The journal has not been set up yet.")
        return row

    def _save_keyring(self, keyring: envelope.Keyring, data_key: bytes) -> None:
        """Write the key record and, in the same transaction, the manifest that vouches for it."""
        digest = _digest_of(keyring)
        with self._store.sessions.begin() as session:
            row = self._keyring_row(session)
            row.kdf = _kdf_json(keyring)
            row.wrapped_key = keyring.by_passphrase
            row.recovery_wrapped_key = keyring.by_recovery
            row.changed_at = self._clock()
            row.generation = max(row.generation or 1, 2) + 1
            self._update(session, lambda manifest: replace(manifest, keyring=digest), data_key)
        self._store.forget_old_pages()


def _write_manifest(session, key: bytes, manifest: Manifest) -> bytes:
    sealed = manifests.seal(key, manifest)
    row = session.get(JournalManifestRow, manifests.MANIFEST_ID)
    if row is None:
        session.add(JournalManifestRow(id=manifests.MANIFEST_ID, sealed=sealed))
    else:
        row.sealed = sealed
    return sealed


def _check_new_passphrase(
    passphrase: str, confirmation: str, field: str, confirm_field: str
) -> None:
    from alsdesk.services.journal.strength import assess

    strength = assess(passphrase)
    if not strength.acceptable:
        raise ValidationError({field: strength.advice})
    if confirmation != passphrase:
        raise ValidationError({confirm_field: "The two passphrases differ. Type it again."})


def _check_entry(draft: EntryDraft) -> None:
    problems = {}
    if len(draft.title) > TITLE_LIMIT:
        problems["title"] = f"Keep the title under {TITLE_LIMIT} characters."
    if not draft.sections:
        problems["sections"] = "An entry needs at least one section."
    if any(not 1 <= d <= 9 for d in draft.links.dimensions):
        problems["dimensions"] = "Leadership dimensions are numbered 1 to 9."
    if problems:
        raise ValidationError(problems)


def _check_template(draft: TemplateDraft) -> None:
    problems = {}
    if not draft.name.strip():
        problems["name"] = "Give the template a name."
    if not draft.stages or any(not s.heading.strip() for s in draft.stages):
        problems["stages"] = "Each stage needs a heading."
    if problems:
        raise ValidationError(problems)
