"""report-back between meetings, carried-forward due dates, and action history

Revision ID: 0011_action_history
Revises: 0010_airtime_phases

Every member present reports back, and between meetings from the Actions tab:
a review may belong to no meeting (then ``reviewed_on`` is its day). Carrying an
action forward gives it a new due date (``carried_to``). An action edited after
it was reported back on keeps its earlier text, owner and due date in
``action_change``.
"""

import sqlalchemy as sa
from alembic import op

revision = "0011_action_history"
down_revision = "0010_airtime_phases"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # On SQLite making meeting_id nullable rebuilds the table, which
    # alsdesk.store.migrate runs with foreign-key enforcement paused.
    with op.batch_alter_table("action_review", schema=None) as batch_op:
        batch_op.alter_column("meeting_id", existing_type=sa.Integer(), nullable=True)
        batch_op.add_column(sa.Column("reviewed_on", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("carried_to", sa.Date(), nullable=True))
    op.create_table(
        "action_change",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("action_id", sa.Integer(), nullable=False),
        sa.Column("changed_at", sa.DateTime(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("owner_id", sa.Integer(), nullable=True),
        sa.Column("due_date", sa.Date(), nullable=True),
        sa.Column("review_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["action_id"],
            ["action.id"],
            name=op.f("fk_action_change_action_id_action"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["owner_id"],
            ["person.id"],
            name=op.f("fk_action_change_owner_id_person"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["review_id"],
            ["action_review.id"],
            name=op.f("fk_action_change_review_id_action_review"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_action_change")),
        sqlite_autoincrement=True,
    )
    op.create_index("ix_action_change_action_id", "action_change", ["action_id"])


def downgrade() -> None:
    op.drop_index("ix_action_change_action_id", table_name="action_change")
    op.drop_table("action_change")
    # Reviews made between meetings have no meeting to keep them under.
    op.execute("DELETE FROM action_review WHERE meeting_id IS NULL")
    with op.batch_alter_table("action_review", schema=None) as batch_op:
        batch_op.drop_column("carried_to")
        batch_op.drop_column("reviewed_on")
        batch_op.alter_column("meeting_id", existing_type=sa.Integer(), nullable=False)
