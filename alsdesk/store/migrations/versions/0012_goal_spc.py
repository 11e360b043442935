"""each goal's choice of chart (run chart or XmR) and its XmR rebase dates

Revision ID: 0012_goal_spc
Revises: 0011_action_history

A goal with enough points can be shown as an XmR chart in NHS England's "Making Data
Count" style. The goal keeps which chart it is shown as, whether moving-range outliers
are screened out of the limits, whether the moving-range chart is drawn under it, and
the dates its limits were recalculated from ("rebased") after a change. Existing goals
keep their run chart.
"""

import sqlalchemy as sa
from alembic import op

revision = "0012_goal_spc"
down_revision = "0011_action_history"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column(
        "goal", sa.Column("chart_kind", sa.String(16), nullable=False, server_default="run")
    )
    op.add_column(
        "goal",
        sa.Column("screen_outliers", sa.Boolean(), nullable=False, server_default=sa.true()),
    )
    op.add_column(
        "goal",
        sa.Column("moving_range_chart", sa.Boolean(), nullable=False, server_default=sa.false()),
    )
    op.create_table(
        "goal_rebase",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("goal_id", sa.Integer(), nullable=False),
        sa.Column("date", sa.Date(), nullable=False),
        sa.ForeignKeyConstraint(
            ["goal_id"],
            ["goal.id"],
            name=op.f("fk_goal_rebase_goal_id_goal"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_goal_rebase")),
        sa.UniqueConstraint("goal_id", "date", name="uq_goal_rebase_goal_date"),
        sqlite_autoincrement=True,
    )


def downgrade() -> None:
    op.drop_table("goal_rebase")
    with op.batch_alter_table("goal") as batch:
        batch.drop_column("moving_range_chart")
        batch.drop_column("screen_outliers")
        batch.drop_column("chart_kind")
