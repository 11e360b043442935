"""The vault's first schema, frozen: revision vault_0001 creates it, and main revision
0007 builds it in a fresh file to move an existing journal there.

Frozen like any migration: a later vault revision changes the vault with a
revision of its own, never by editing this.
"""

from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy import Connection

from alsdesk.store.models import NAMING

REVISION = "vault_0001_journal"
# The tables the journal had in the main database (revisions 0005 and 0006), by
# their name there and in the vault; the columns are the same.
MOVED_TABLES = (
    ("journal_keyring", "vault_keyring"),
    ("journal_entry", "journal_entry"),
    ("journal_template", "journal_template"),
    ("journal_manifest", "journal_manifest"),
)


def _metadata() -> sa.MetaData:
    metadata = sa.MetaData(naming_convention=NAMING)
    sa.Table(
        "vault_keyring",
        metadata,
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("kdf", sa.Text(), nullable=False),
        sa.Column("wrapped_key", sa.LargeBinary(), nullable=False),
        sa.Column("recovery_wrapped_key", sa.LargeBinary(), nullable=True),
        sa.Column("idle_minutes", sa.Integer(), nullable=False, server_default="10"),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("changed_at", sa.DateTime(), nullable=False),
        sa.Column("generation", sa.Integer(), nullable=False, server_default="1"),
    )
    for name in ("journal_entry", "journal_template"):
        sa.Table(
            name,
            metadata,
            sa.Column("id", sa.Integer(), primary_key=True),
            sa.Column("uid", sa.String(length=32), nullable=False, unique=True),
            sa.Column("sealed", sa.LargeBinary(), nullable=False),
            sa.Column("version", sa.Integer(), nullable=False, server_default="1"),
            sqlite_autoincrement=True,
        )
    sa.Table(
        "journal_manifest",
        metadata,
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("sealed", sa.LargeBinary(), nullable=False),
    )
    return metadata


TABLES = _metadata()


def create(connection: Connection) -> None:
    """Create the first schema's tables on ``connection`` (without Alembic's version)."""
    TABLES.create_all(connection)


def drop(connection: Connection) -> None:
    TABLES.drop_all(connection)
