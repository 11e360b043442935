"""each goal's choice of run-chart rules

Revision ID: 0008_goal_run_rules
Revises: 0007_private_vault

A goal's run chart is judged by the IHI rules (as taught on NHS programmes) or by
Anhøj's, whose limits grow with the series so that a long random series rarely
signals. Existing goals keep the IHI rules they were judged by.
"""

import sqlalchemy as sa
from alembic import op

revision = "0008_goal_run_rules"
down_revision = "0007_private_vault"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column(
        "goal",
        sa.Column("run_rules", sa.String(16), nullable=False, server_default="ihi"),
    )


def downgrade() -> None:
    with op.batch_alter_table("goal") as batch:
        batch.drop_column("run_rules")
