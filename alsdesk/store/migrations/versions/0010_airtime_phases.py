"""sub-phases inside an airtime: the set's phases and the time each took

Revision ID: 0010_airtime_phases
Revises: 0009_meeting_stops

A set chooses the phases of an airtime (presenting, clarifying questions, ...)
and their shares (``action_set.airtime_phases``, JSON; "" means the standard
phases). When a presenter's clock first starts, the phases are copied onto the
turn (``airtime_phase``), so editing the set's phases never rewrites a record.
"""

import sqlalchemy as sa
from alembic import op

revision = "0010_airtime_phases"
down_revision = "0009_meeting_stops"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column(
        "action_set", sa.Column("airtime_phases", sa.Text(), nullable=False, server_default="")
    )
    op.create_table(
        "airtime_phase",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("turn_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=80), nullable=False),
        sa.Column("share", sa.Integer(), nullable=False),
        sa.Column("begun_at", sa.Float(), nullable=True),
        sa.Column("used_seconds", sa.Float(), nullable=True),
        sa.ForeignKeyConstraint(
            ["turn_id"],
            ["airtime_turn.id"],
            name=op.f("fk_airtime_phase_turn_id_airtime_turn"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_airtime_phase")),
        sa.UniqueConstraint("turn_id", "position", name="uq_airtime_phase_turn_position"),
        sqlite_autoincrement=True,
    )


def downgrade() -> None:
    op.drop_table("airtime_phase")
    with op.batch_alter_table("action_set") as batch:
        batch.drop_column("airtime_phases")
