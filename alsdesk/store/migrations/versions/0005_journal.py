"""the private journal: keyring, sealed entries and templates

Revision ID: 0005_journal
Revises: 0004_goals_plan
"""

import sqlalchemy as sa
from alembic import op

revision = "0005_journal"
down_revision = "0004_goals_plan"
branch_labels = None
depends_on = None


def _sealed_table(name: str) -> None:
    op.create_table(
        name,
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=32), nullable=False),
        sa.Column("sealed", sa.LargeBinary(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f(f"pk_{name}")),
        sa.UniqueConstraint("uid", name=op.f(f"uq_{name}_uid")),
        sqlite_autoincrement=True,
    )


def upgrade() -> None:
    op.create_table(
        "journal_keyring",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kdf", sa.Text(), nullable=False),
        sa.Column("wrapped_key", sa.LargeBinary(), nullable=False),
        sa.Column("recovery_wrapped_key", sa.LargeBinary(), nullable=True),
        sa.Column("idle_minutes", sa.Integer(), nullable=False, server_default="10"),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("changed_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_journal_keyring")),
    )
    _sealed_table("journal_entry")
    _sealed_table("journal_template")


def downgrade() -> None:
    op.drop_table("journal_template")
    op.drop_table("journal_entry")
    op.drop_table("journal_keyring")
