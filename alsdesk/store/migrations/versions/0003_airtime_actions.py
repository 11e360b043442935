"""agendas, airtime turns, actions and action reviews

Revision ID: 0003_airtime_actions
Revises: 0002_meetings
"""

import sqlalchemy as sa
from alembic import op

revision = "0003_airtime_actions"
down_revision = "0002_meetings"
branch_labels = None
depends_on = None


def _fk(table: str, column: str, target: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        [column], [f"{target}.id"], name=op.f(f"fk_{table}_{column}_{target}"), ondelete="CASCADE"
    )


def upgrade() -> None:
    with op.batch_alter_table("action_set", schema=None) as batch_op:
        batch_op.add_column(sa.Column("agenda", sa.Text(), nullable=False, server_default=""))
    with op.batch_alter_table("meeting", schema=None) as batch_op:
        batch_op.add_column(sa.Column("agenda", sa.Text(), nullable=False, server_default=""))
        batch_op.add_column(
            sa.Column("airtime_mode", sa.String(length=16), nullable=False, server_default="bids")
        )
    op.create_table(
        "airtime_turn",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("bid_minutes", sa.Integer(), nullable=True),
        sa.Column("state", sa.String(length=16), nullable=False),
        sa.Column("planned_seconds", sa.Integer(), nullable=False),
        sa.Column("extra_seconds", sa.Integer(), nullable=False),
        sa.Column("used_seconds", sa.Float(), nullable=False),
        sa.Column("running_since", sa.DateTime(), nullable=True),
        sa.Column("issue", sa.Text(), nullable=False),
        sa.Column("key_questions", sa.Text(), nullable=False),
        sa.Column("sees_differently", sa.Text(), nullable=False),
        _fk("airtime_turn", "meeting_id", "meeting"),
        _fk("airtime_turn", "person_id", "person"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_airtime_turn")),
        sa.UniqueConstraint("meeting_id", "person_id", name="uq_airtime_turn_meeting_person"),
        sqlite_autoincrement=True,
    )
    op.create_index("ix_airtime_turn_person_id", "airtime_turn", ["person_id"])
    op.create_table(
        "action",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("set_id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("owner_id", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("due_date", sa.Date(), nullable=True),
        sa.Column("goal_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        _fk("action", "set_id", "action_set"),
        _fk("action", "meeting_id", "meeting"),
        _fk("action", "owner_id", "person"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_action")),
        sqlite_autoincrement=True,
    )
    op.create_index("ix_action_set_id", "action", ["set_id"])
    op.create_index("ix_action_meeting_id", "action", ["meeting_id"])
    op.create_index("ix_action_owner_id", "action", ["owner_id"])
    op.create_table(
        "action_review",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("action_id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("comment", sa.Text(), nullable=False),
        _fk("action_review", "action_id", "action"),
        _fk("action_review", "meeting_id", "meeting"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_action_review")),
        sa.UniqueConstraint("action_id", "meeting_id", name="uq_action_review_action_meeting"),
        sqlite_autoincrement=True,
    )
    op.create_index("ix_action_review_meeting_id", "action_review", ["meeting_id"])


def downgrade() -> None:
    op.drop_index("ix_action_review_meeting_id", "action_review")
    op.drop_table("action_review")
    for index in ("ix_action_owner_id", "ix_action_meeting_id", "ix_action_set_id"):
        op.drop_index(index, "action")
    op.drop_table("action")
    op.drop_index("ix_airtime_turn_person_id", "airtime_turn")
    op.drop_table("airtime_turn")
    with op.batch_alter_table("meeting", schema=None) as batch_op:
        batch_op.drop_column("airtime_mode")
        batch_op.drop_column("agenda")
    with op.batch_alter_table("action_set", schema=None) as batch_op:
        batch_op.drop_column("agenda")
