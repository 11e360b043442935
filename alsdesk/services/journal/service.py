"""The private journal: sealed entries and templates in the private vault.

The journal keeps no key of its own: the vault (``alsdesk.services.vault``)
holds the session key while it is unlocked, and the journal seals every entry
and template whole through the vault's sealer for the area ``journal``
(AES-256-GCM, bound to ``journal-entry:<uid>`` and so on) before it reaches the
vault's file; no store sees a title, a word of text, a tag or a link.
Decrypted entries go to the caller as frozen dataclasses; this service keeps no
copy of them. The meetings and goals an entry can link to come from the main
store through ``links``, a service call, never a query across the two files.

Setting up, unlocking, recovery, passphrase changes and locking belong to the
vault (``journal.vault``), not to this service: one unlock opens the key for
every area, and locking forgets it for all of them at once.
"""

from __future__ import annotations

import datetime as dt
import secrets
from collections.abc import Callable
from dataclasses import dataclass, replace

from sqlalchemy import LargeBinary, cast, event, select

from alsdesk.crypto import TamperedError
from alsdesk.i18n import translate
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
from alsdesk.services.journal.links import LinkOptions
from alsdesk.services.journal.manifest import Manifest, ManifestFormatError, StoredRow
from alsdesk.services.rows import at_version
from alsdesk.services.vault import (
    DEFAULT_IDLE_MINUTES,
    IDLE_MINUTES_RANGE,
    KeyringDamagedError,
    KeyringReplacedError,
    Sealer,
    Vault,
    VaultLockedError,
    WrongPassphraseError,
    WrongRecoveryKeyError,
)
from alsdesk.store.models import utcnow
from alsdesk.store.vault_models import JournalEntryRow, JournalManifestRow, JournalTemplateRow

__all__ = [
    "DEFAULT_IDLE_MINUTES",
    "IDLE_MINUTES_RANGE",
    "DamagedEntry",
    "JournalContents",
    "JournalLockedError",
    "JournalService",
    "KeyringDamagedError",
    "KeyringReplacedError",
    "WrongPassphraseError",
    "WrongRecoveryKeyError",
]

AREA = "journal"
TITLE_LIMIT = 300
PROGRESS_EVERY = 250  # entries opened between two progress reports


class JournalLockedError(VaultLockedError):
    """The journal must be unlocked first."""


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


def _entry_context(uid: str) -> str:
    return f"entry:{uid}"


def _template_context(uid: str) -> str:
    return f"template:{uid}"


class JournalService:
    """The journal's entries and templates, sealed under the vault's key for ``journal``."""

    def __init__(
        self,
        vault: Vault,
        links: Callable[[], LinkOptions],
        *,
        clock: Callable[[], dt.datetime] = utcnow,
    ):
        self.vault = vault
        self._store = vault.store
        self._sealer: Sealer = vault.sealer(AREA)
        self._links = links
        self._clock = clock
        self._manifest: Manifest | None = None  # held, like the key, only while unlocked
        self._manifest_sealed: bytes | None = None  # the stored form of the held manifest
        self._notice = ""
        vault.attach(self)

    # -- what the vault tells its areas ---------------------------------------

    def vault_created(self, session, keyring_digest: str) -> None:
        fresh = Manifest(keyring_digest)
        self._manifest_sealed = _write_manifest(session, self._sealer, fresh)
        self._manifest, self._notice = fresh, ""

    def vault_opening(self, keyring_digest: str, *, trust_keyring: bool) -> None:
        self._manifest = self._checked_manifest(keyring_digest, check_keyring=not trust_keyring)

    def vault_keyring_changed(self, session, keyring_digest: str) -> None:
        self._update(session, lambda manifest: replace(manifest, keyring=keyring_digest))

    def vault_locked(self) -> None:
        self._manifest = self._manifest_sealed = None
        self._notice = ""

    # -- backups sealed under the same key ------------------------------------

    @property
    def is_unlocked(self) -> bool:
        """Whether the vault is open, so entries can be read and written."""
        return self.vault.is_unlocked

    def reseal_manifest(self, sealed: bytes) -> bytes:
        """A backup's manifest, made to vouch for the current key record (for re-sealing)."""
        self._require_unlocked()
        found = manifests.open_manifest(self._sealer, sealed)
        return manifests.seal(self._sealer, replace(found, keyring=self.vault.keyring_digest()))

    def opens_sealed(self, table: str, uid: str, sealed: bytes) -> bool:
        """Whether the key in use opens a sealed row (of a backup, say).

        A passphrase change keeps the data key, so a backup that opens can be given
        the new keyring. ``table`` is ``journal_entry`` or ``journal_template``.
        """
        self._require_unlocked()
        context = _template_context(uid) if table == "journal_template" else _entry_context(uid)
        return self._sealer.opens(context, sealed)

    # -- entries --------------------------------------------------------------

    def read_all(self, progress: Callable[[int, int], None] | None = None) -> JournalContents:
        """Every entry, decrypted; entries that fail their check are reported, not raised.

        ``progress(done, total)`` is called now and then as entries open (safe to call
        off the GUI thread: this method touches no state but the held manifest).
        """
        self._require_unlocked()
        with self._store.sessions() as session:
            rows = _stored(session, JournalEntryRow)
            manifest = self._manifest_in(session)
        reasons, missing = manifests.audit(manifest.entries, rows)
        entries, damaged = [], []
        total = len(rows)
        for done, row in enumerate(rows):
            if progress is not None and done % PROGRESS_EVERY == 0:
                progress(done, total)
            if row.id in reasons or row.uid is None:
                damaged.append(DamagedEntry(row.id, reasons.get(row.id, manifests.CHANGED)))
                continue
            try:
                raw = self._sealer.open(_entry_context(row.uid), row.sealed)
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
        self._require_unlocked()
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
        self._require_unlocked()
        with self._store.sessions() as session:
            row = session.get(JournalEntryRow, entry_id)
            if row is None:
                raise NotFoundError(translate("services", "That journal entry no longer exists."))
            stored = StoredRow(row.id, row.uid, row.version, row.sealed)
            manifest = self._manifest_in(session)
        known = {entry_id: manifest.entries[entry_id]} if entry_id in manifest.entries else {}
        reasons, _ = manifests.audit(known, [stored])
        if reasons:
            raise UserError(
                translate("services", "This entry was %s, so it cannot be trusted.")
                % reasons[entry_id]
            )
        try:
            raw = self._sealer.open(_entry_context(stored.uid or ""), stored.sealed)
            return replace(decode_entry(entry_id, raw), version=stored.version)
        except TamperedError as exc:
            raise UserError(
                translate(
                    "services",
                    "This entry was changed on disk since it was saved and cannot be trusted.",
                )
            ) from exc

    def add(self, draft: EntryDraft) -> Entry:
        _check_entry(draft)
        self._require_unlocked()
        now = self._clock()
        uid = secrets.token_hex(16)
        sealed = self._sealer.seal(_entry_context(uid), encode_entry(draft, now, now))
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
        self._require_unlocked()
        with self._store.sessions.begin() as session:
            row = session.get(JournalEntryRow, entry_id)
            if row is None:
                raise NotFoundError(translate("services", "That journal entry no longer exists."))
            at_version(row, expected_version, "journal entry")
            raw = encode_entry(draft, original.created_at, now)
            row.sealed = self._sealer.seal(_entry_context(row.uid), raw)
            session.flush()  # the version counter moves on
            self._record(session, "entries", row)
            version = row.version
        return Entry(entry_id, draft, original.created_at, now, version)

    def delete(self, entry_id: int) -> None:
        """Delete an entry (also one that is damaged and cannot be read)."""
        self._require_unlocked()
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
        self._require_unlocked()
        with self._store.sessions() as session:
            rows = _stored(session, JournalTemplateRow)
            manifest = self._manifest_in(session)
        reasons, _missing = manifests.audit(manifest.templates, rows)
        found, damaged = [], []
        for row in rows:
            try:
                if row.id in reasons or row.uid is None:
                    raise TamperedError(reasons.get(row.id, manifests.CHANGED))
                raw = self._sealer.open(_template_context(row.uid), row.sealed)
                found.append(decode_template(row.id, row.uid, raw))
            except (TamperedError, EntryFormatError):
                damaged.append(row.id)
        return tuple(sorted(found, key=lambda t: t.draft.name.casefold())), tuple(damaged)

    def add_template(self, draft: TemplateDraft) -> Template:
        _check_template(draft)
        self._require_unlocked()
        uid = secrets.token_hex(16)
        with self._store.sessions.begin() as session:
            row = JournalTemplateRow(
                uid=uid, sealed=self._sealer.seal(_template_context(uid), encode_template(draft))
            )
            session.add(row)
            session.flush()
            self._record(session, "templates", row)
            return Template(row.id, uid, draft)

    def save_template(self, template_id: int, draft: TemplateDraft) -> Template:
        _check_template(draft)
        self._require_unlocked()
        with self._store.sessions.begin() as session:
            row = session.get(JournalTemplateRow, template_id)
            if row is None:
                raise NotFoundError(translate("services", "That template no longer exists."))
            row.sealed = self._sealer.seal(_template_context(row.uid), encode_template(draft))
            session.flush()
            self._record(session, "templates", row)
            return Template(template_id, row.uid, draft)

    def delete_template(self, template_id: int) -> None:
        self._require_unlocked()
        with self._store.sessions.begin() as session:
            row = session.get(JournalTemplateRow, template_id)
            if row is not None:
                session.delete(row)
            self._forget(session, "templates", template_id)

    def link_options(self) -> LinkOptions:
        """The meetings and goals an entry can link to, from the main store."""
        return self._links()

    # -- internals ------------------------------------------------------------

    def _require_unlocked(self) -> None:
        if not self.vault.is_unlocked:
            raise JournalLockedError(
                translate("services", "The journal is locked. Unlock it with your passphrase.")
            )

    def _manifest_now(self) -> Manifest:
        if self._manifest is None or not self.vault.is_unlocked:
            raise JournalLockedError(
                translate("services", "The journal is locked. Unlock it with your passphrase.")
            )
        return self._manifest

    def _checked_manifest(self, current: str, *, check_keyring: bool = True) -> Manifest:
        """The stored manifest, checked against the key record; made afresh if there is none.

        A journal from before manifests gets one silently (trust on first use); one
        whose manifest is missing or damaged gets one with MANIFEST_REBUILT noted.
        """
        with self._store.sessions() as session:
            sealed = session.scalar(
                select(JournalManifestRow.sealed).where(
                    JournalManifestRow.id == manifests.MANIFEST_ID
                )
            )
        generation = self.vault.generation()
        self._notice = MANIFEST_REBUILT if sealed is not None or generation >= 2 else ""
        if sealed is not None:
            try:
                found = manifests.open_manifest(self._sealer, sealed)
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
            written = _write_manifest(session, self._sealer, built)
            self.vault.note_recorded(session)
        self._manifest_sealed = written
        return built

    def _manifest_in(self, session) -> Manifest:
        """The manifest as stored now: the held one, unless another window wrote since."""
        held = self._manifest_now()
        sealed = session.scalar(
            select(JournalManifestRow.sealed).where(JournalManifestRow.id == manifests.MANIFEST_ID)
        )
        if sealed is None or sealed == self._manifest_sealed:
            return held
        try:
            found = manifests.open_manifest(self._sealer, sealed)
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

    def _update(self, session, change: Callable[[Manifest], Manifest]) -> None:
        """Write ``change(the stored manifest)`` in ``session``; hold it once that commits."""
        updated = change(self._manifest_in(session))
        sealed = _write_manifest(session, self._sealer, updated)

        @event.listens_for(session, "after_commit", once=True)
        def _held(_session) -> None:
            self._manifest, self._manifest_sealed = updated, sealed


def _write_manifest(session, sealer: Sealer, manifest: Manifest) -> bytes:
    sealed = manifests.seal(sealer, manifest)
    row = session.get(JournalManifestRow, manifests.MANIFEST_ID)
    if row is None:
        session.add(JournalManifestRow(id=manifests.MANIFEST_ID, sealed=sealed))
    else:
        row.sealed = sealed
    return sealed


def _check_entry(draft: EntryDraft) -> None:
    problems = {}
    if len(draft.title) > TITLE_LIMIT:
        problems["title"] = (
            translate("services", "Keep the title under %d characters.") % TITLE_LIMIT
        )
    if not draft.sections:
        problems["sections"] = translate("services", "An entry needs at least one section.")
    if any(not 1 <= d <= 9 for d in draft.links.dimensions):
        problems["dimensions"] = translate("services", "Leadership dimensions are numbered 1 to 9.")
    if problems:
        raise ValidationError(problems)


def _check_template(draft: TemplateDraft) -> None:
    problems = {}
    if not draft.name.strip():
        problems["name"] = translate("services", "Give the template a name.")
    if not draft.stages or any(not s.heading.strip() for s in draft.stages):
        problems["stages"] = translate("services", "Each stage needs a heading.")
    if problems:
        raise ValidationError(problems)
