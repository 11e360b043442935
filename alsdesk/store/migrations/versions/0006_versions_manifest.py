"""version counters on the rows users edit, and the journal's sealed manifest

Revision ID: 0006_versions_manifest
Revises: 0005_journal

Every row a user edits gets ``version`` (SQLAlchemy's ``version_id_col``): an edit
made on stale data is refused instead of silently overwriting another one. The
journal keyring gets a ``generation`` (bumped at each passphrase change) and the
journal a ``journal_manifest`` row: the entries and templates with their versions,
sealed under the journal key, so that unlocking notices rolled-back, deleted or
swapped rows and an old keyring put back.
"""

import sqlalchemy as sa
from alembic import op

revision = "0006_versions_manifest"
down_revision = "0005_journal"
branch_labels = None
depends_on = None

VERSIONED = (
    "person",
    "action_set",
    "event",
    "meeting",
    "action",
    "goal",
    "plan_item",
    "journal_entry",
    "journal_template",
)


def upgrade() -> None:
    for table in VERSIONED:
        op.add_column(
            table,
            sa.Column("version", sa.Integer(), nullable=False, server_default="1"),
        )
    op.add_column(
        "journal_keyring",
        sa.Column("generation", sa.Integer(), nullable=False, server_default="1"),
    )
    op.create_table(
        "journal_manifest",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("sealed", sa.LargeBinary(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_journal_manifest")),
    )


def downgrade() -> None:
    op.drop_table("journal_manifest")
    with op.batch_alter_table("journal_keyring") as batch:
        batch.drop_column("generation")
    for table in reversed(VERSIONED):
        with op.batch_alter_table(table) as batch:
            batch.drop_column("version")
