"""The journal's sealed record of itself: which entries and templates exist, at which version.

Sealing each entry catches a changed byte, but not a whole entry put back from
an older copy, deleted, or moved into another entry's place, nor a key record
put back from before a passphrase change (the old passphrase would work again).
The manifest catches those: one row, sealed under the vault's key for the journal, holding for
every entry and template its row id, uid, version counter and a digest of its
sealed bytes, plus a digest of the key record. The service rewrites it in the
same transaction as every write, and unlocking compares the rows with it.

A journal without a manifest (made before there was one) is trusted as it is
at its first unlock and gets one then.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from alsdesk.services.vault import Sealer

MANIFEST_ID = 1
FORMAT_VERSION = 1
CONTEXT = "manifest"  # bound as "journal-manifest" by the journal's sealer

# Each reason completes "The entry was ..." (or "Two entries were ...").
CHANGED = "changed on disk after being saved"
ROLLED_BACK = "put back to an older copy, so later changes are missing"
MOVED = "moved into the place of another"
NOT_RECORDED = "added to the database outside alsdesk"


@dataclass(frozen=True)
class Record:
    uid: str
    version: int
    digest: str


@dataclass(frozen=True)
class StoredRow:
    """What the database holds for one sealed row, as the audit needs it."""

    id: int
    uid: str | None  # None: the uid is not valid text
    version: int
    sealed: bytes


@dataclass(frozen=True)
class Manifest:
    keyring: str  # the key record's digest when the manifest was last written
    entries: dict[int, Record] = field(default_factory=dict)
    templates: dict[int, Record] = field(default_factory=dict)

    def with_row(self, kind: str, row: StoredRow) -> Manifest:
        records = dict(self._records(kind))
        records[row.id] = record_of(row)
        return self._with(kind, records)

    def without(self, kind: str, *row_ids: int) -> Manifest:
        records = {k: v for k, v in self._records(kind).items() if k not in row_ids}
        return self._with(kind, records)

    def _records(self, kind: str) -> dict[int, Record]:
        return self.entries if kind == "entries" else self.templates

    def _with(self, kind: str, records: dict[int, Record]) -> Manifest:
        if kind == "entries":
            return replace(self, entries=records)
        return replace(self, templates=records)


class ManifestFormatError(ValueError):
    """The manifest opened but is not in a form this version reads."""


def digest(sealed: bytes) -> str:
    return hashlib.sha256(sealed).hexdigest()[:32]


def record_of(row: StoredRow) -> Record:
    return Record(row.uid or "", row.version, digest(row.sealed))


def built_from(keyring: str, entries: list[StoredRow], templates: list[StoredRow]) -> Manifest:
    """The manifest of the rows as they are (trust on first use)."""
    return Manifest(
        keyring,
        {row.id: record_of(row) for row in entries},
        {row.id: record_of(row) for row in templates},
    )


def seal(sealer: Sealer, manifest: Manifest) -> bytes:
    data = {
        "v": FORMAT_VERSION,
        "keyring": manifest.keyring,
        "entries": [[i, r.uid, r.version, r.digest] for i, r in manifest.entries.items()],
        "templates": [[i, r.uid, r.version, r.digest] for i, r in manifest.templates.items()],
    }
    return sealer.seal(CONTEXT, json.dumps(data, separators=(",", ":")).encode("ascii"))


def open_manifest(sealer: Sealer, sealed: bytes) -> Manifest:
    """The manifest; TamperedError if it fails its check, ManifestFormatError if unreadable."""
    raw = sealer.open(CONTEXT, sealed)
    try:
        data = json.loads(raw)
        if data["v"] != FORMAT_VERSION:
            raise ManifestFormatError(f"Unknown manifest format {data['v']!r}")

        def records(rows) -> dict[int, Record]:
            return {int(i): Record(str(u), int(v), str(d)) for i, u, v, d in rows}

        return Manifest(str(data["keyring"]), records(data["entries"]), records(data["templates"]))
    except (KeyError, TypeError, ValueError) as exc:
        if isinstance(exc, ManifestFormatError):
            raise
        raise ManifestFormatError("The journal's manifest is not in the expected form") from exc


def audit(records: dict[int, Record], rows: list[StoredRow]) -> tuple[dict[int, str], list[int]]:
    """Why each row that does not match its record cannot be trusted, and the ids missing."""
    reasons: dict[int, str] = {}
    for row in rows:
        record = records.get(row.id)
        if record is None:
            reasons[row.id] = NOT_RECORDED
        elif row.uid is None:  # not even text: damaged, not moved
            reasons[row.id] = CHANGED
        elif row.uid != record.uid:
            reasons[row.id] = MOVED
        elif digest(row.sealed) != record.digest:
            reasons[row.id] = ROLLED_BACK if row.version < record.version else CHANGED
    present = {row.id for row in rows}
    return reasons, sorted(set(records) - present)
