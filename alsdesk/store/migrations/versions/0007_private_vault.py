"""the journal moves into the private vault, a file of its own beside this database

Revision ID: 0007_private_vault
Revises: 0006_versions_manifest

The keyring, entries, templates and manifest are copied unchanged (still sealed,
so the same passphrase opens them) into ``private.sqlite3``, built whole under a
temporary name and renamed into place, then dropped here in this upgrade's
transaction (see ``alsdesk.store.vault.move_journal``). Downgrading makes the
tables again, empty: the journal stays in the vault.
"""

from pathlib import Path

import sqlalchemy as sa
from alembic import context, op

revision = "0007_private_vault"
down_revision = "0006_versions_manifest"
branch_labels = None
depends_on = None


def upgrade() -> None:
    from alsdesk.store.vault import move_journal

    attributes = context.config.attributes
    vault = attributes.get("vault_path")
    aside = attributes.get("backup_dir")
    move_journal(op.get_bind(), Path(vault) if vault else None, Path(aside) if aside else None)


def _sealed_table(name: str) -> None:
    op.create_table(
        name,
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=32), nullable=False),
        sa.Column("sealed", sa.LargeBinary(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False, server_default="1"),
        sa.PrimaryKeyConstraint("id", name=op.f(f"pk_{name}")),
        sa.UniqueConstraint("uid", name=op.f(f"uq_{name}_uid")),
        sqlite_autoincrement=True,
    )


def downgrade() -> None:
    op.create_table(
        "journal_keyring",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kdf", sa.Text(), nullable=False),
        sa.Column("wrapped_key", sa.LargeBinary(), nullable=False),
        sa.Column("recovery_wrapped_key", sa.LargeBinary(), nullable=True),
        sa.Column("idle_minutes", sa.Integer(), nullable=False, server_default="10"),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("changed_at", sa.DateTime(), nullable=False),
        sa.Column("generation", sa.Integer(), nullable=False, server_default="1"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_journal_keyring")),
    )
    _sealed_table("journal_entry")
    _sealed_table("journal_template")
    op.create_table(
        "journal_manifest",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("sealed", sa.LargeBinary(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_journal_manifest")),
    )
