"""360 feedback: the themes the member marks on synthesis comments, each sealed whole

Revision ID: vault_0003_feedback_theme
Revises: vault_0002_feedback

One new table of sealed rows under a round; nothing else changed: safe to run once
on any vault at revision vault_0002, empty or not.
"""

import sqlalchemy as sa
from alembic import op

revision = "vault_0003_feedback_theme"
down_revision = "vault_0002_feedback"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "feedback_theme",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=32), nullable=False),
        sa.Column("sealed", sa.LargeBinary(), nullable=False),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.Column("round_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["round_id"],
            ["feedback_round.id"],
            name=op.f("fk_feedback_theme_round_id_feedback_round"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_feedback_theme")),
        sa.UniqueConstraint("uid", name=op.f("uq_feedback_theme_uid")),
    )
    op.create_index(op.f("ix_feedback_theme_round_id"), "feedback_theme", ["round_id"])


def downgrade() -> None:
    op.drop_index(op.f("ix_feedback_theme_round_id"), table_name="feedback_theme")
    op.drop_table("feedback_theme")
