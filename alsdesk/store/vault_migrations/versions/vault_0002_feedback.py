"""360 feedback: rounds, self-views, respondents, requests and responses, each sealed whole

Revision ID: vault_0002_feedback
Revises: vault_0001_journal

Six new tables (five of sealed rows, and their manifest), nothing changed in the
journal's: safe to run once on any vault at revision vault_0001, empty or not.
"""

import sqlalchemy as sa
from alembic import op

revision = "vault_0002_feedback"
down_revision = "vault_0001_journal"
branch_labels = None
depends_on = None


def _sealed_columns() -> list[sa.Column]:
    return [
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=32), nullable=False),
        sa.Column("sealed", sa.LargeBinary(), nullable=False),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
    ]


def _child(name: str, parent_column: str, parent: str, *, unique: bool) -> None:
    op.create_table(
        name,
        *_sealed_columns(),
        sa.Column(parent_column, sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            [parent_column],
            [f"{parent}.id"],
            name=op.f(f"fk_{name}_{parent_column}_{parent}"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f(f"pk_{name}")),
        sa.UniqueConstraint("uid", name=op.f(f"uq_{name}_uid")),
        *(
            [sa.UniqueConstraint(parent_column, name=op.f(f"uq_{name}_{parent_column}"))]
            if unique
            else []
        ),
        sqlite_autoincrement=name == "feedback_respondent",
    )


def upgrade() -> None:
    op.create_table(
        "feedback_round",
        *_sealed_columns(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_feedback_round")),
        sa.UniqueConstraint("uid", name=op.f("uq_feedback_round_uid")),
        sqlite_autoincrement=True,
    )
    _child("feedback_self_view", "round_id", "feedback_round", unique=True)
    _child("feedback_respondent", "round_id", "feedback_round", unique=False)
    op.create_index(op.f("ix_feedback_respondent_round_id"), "feedback_respondent", ["round_id"])
    _child("feedback_request", "respondent_id", "feedback_respondent", unique=True)
    _child("feedback_response", "request_id", "feedback_request", unique=True)
    op.create_table(
        "feedback_manifest",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("sealed", sa.LargeBinary(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_feedback_manifest")),
    )


def downgrade() -> None:
    for name in (
        "feedback_manifest",
        "feedback_response",
        "feedback_request",
        "feedback_respondent",
        "feedback_self_view",
        "feedback_round",
    ):
        op.drop_table(name)
