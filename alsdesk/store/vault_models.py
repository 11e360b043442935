"""Typed ORM mappings of the private vault (``private.sqlite3``), apart from the main store.

The vault is always a local SQLite file beside the main database, whatever the
main store becomes (a shared server later). It holds the keyring (one data key,
stored only wrapped) and the areas sealed under it: the journal now, 360
feedback next. Every area's rows are ciphertext bound to the area and the row
(see ``alsdesk.services.vault``); no column refers to the main store.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import DateTime, Integer, LargeBinary, MetaData, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from alsdesk.store.models import NAMING, utcnow


class VaultBase(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class VaultKeyring(VaultBase):
    """The vault's data key, stored only wrapped (see ``alsdesk.crypto.envelope``).

    One row. ``kdf`` is JSON: the key-derivation algorithm, its costs, salt and a
    check digest. ``idle_minutes`` is how long the unlocked vault waits before
    locking itself. ``generation`` rises at each passphrase change.
    """

    __tablename__ = "vault_keyring"

    id: Mapped[int] = mapped_column(primary_key=True)
    kdf: Mapped[str] = mapped_column(Text)
    wrapped_key: Mapped[bytes] = mapped_column(LargeBinary)
    recovery_wrapped_key: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)
    idle_minutes: Mapped[int] = mapped_column(Integer, default=10)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    changed_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    generation: Mapped[int] = mapped_column(Integer, server_default="1")


class JournalEntryRow(VaultBase):
    """One journal entry, sealed whole: date, title, sections, tags and links.

    ``uid`` is random and bound into the seal, so ciphertext moved to another row
    does not open. The links name meetings and goals by id inside the seal only.
    """

    __tablename__ = "journal_entry"

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(32), unique=True)
    sealed: Mapped[bytes] = mapped_column(LargeBinary)

    version: Mapped[int] = mapped_column(Integer, server_default="1")
    __mapper_args__ = {"version_id_col": version}

    __table_args__ = ({"sqlite_autoincrement": True},)


class JournalTemplateRow(VaultBase):
    """A user's own reflective template (name and stage prompts), sealed."""

    __tablename__ = "journal_template"

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(32), unique=True)
    sealed: Mapped[bytes] = mapped_column(LargeBinary)

    version: Mapped[int] = mapped_column(Integer, server_default="1")
    __mapper_args__ = {"version_id_col": version}

    __table_args__ = ({"sqlite_autoincrement": True},)


class JournalManifestRow(VaultBase):
    """One row: every journal entry and template uid with its version, sealed
    under the vault key for the journal and rewritten in the same transaction as
    each write."""

    __tablename__ = "journal_manifest"

    id: Mapped[int] = mapped_column(primary_key=True)
    sealed: Mapped[bytes] = mapped_column(LargeBinary)
