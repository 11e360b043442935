"""the moments a set stopped to look at its process

Revision ID: 0009_meeting_stops
Revises: 0008_goal_run_rules

"Stop the set": a facilitator marks the moment (and, if they like, a line about
what was happening); the marks go into the meeting record.
"""

import sqlalchemy as sa
from alembic import op

revision = "0009_meeting_stops"
down_revision = "0008_goal_run_rules"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "meeting_stop",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["meeting.id"],
            name=op.f("fk_meeting_stop_meeting_id_meeting"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_meeting_stop")),
        sqlite_autoincrement=True,
    )
    op.create_index(op.f("ix_meeting_stop_meeting_id"), "meeting_stop", ["meeting_id"])


def downgrade() -> None:
    op.drop_index(op.f("ix_meeting_stop_meeting_id"), table_name="meeting_stop")
    op.drop_table("meeting_stop")
