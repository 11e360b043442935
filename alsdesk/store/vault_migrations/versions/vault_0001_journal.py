"""the private vault: keyring and the journal's sealed entries, templates and manifest

Revision ID: vault_0001_journal
Revises:
"""

from alembic import op

from alsdesk.store.vault_migrations import first_schema

revision = "vault_0001_journal"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    first_schema.create(op.get_bind())


def downgrade() -> None:
    first_schema.drop(op.get_bind())
