"""improvement goals, progress updates, self-assessments and development plans

Revision ID: 0004_goals_plan
Revises: 0003_airtime_actions
"""

import sqlalchemy as sa
from alembic import op

revision = "0004_goals_plan"
down_revision = "0003_airtime_actions"
branch_labels = None
depends_on = None


def _fk(table: str, column: str, target: str, ondelete: str = "CASCADE"):
    return sa.ForeignKeyConstraint(
        [column], [f"{target}.id"], name=op.f(f"fk_{table}_{column}_{target}"), ondelete=ondelete
    )


def _id() -> sa.Column:
    return sa.Column("id", sa.Integer(), nullable=False)


def _text(name: str) -> sa.Column:
    return sa.Column(name, sa.Text(), nullable=False)


def _stamp(name: str) -> sa.Column:
    return sa.Column(name, sa.DateTime(), nullable=False)


def upgrade() -> None:
    op.create_table(
        "goal",
        _id(),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        _text("problem"),
        _text("why_it_matters"),
        _text("scope"),
        _text("stakeholders"),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("measure_name", sa.String(length=300), nullable=False),
        sa.Column("measure_unit", sa.String(length=50), nullable=False),
        sa.Column("baseline_value", sa.Float(), nullable=True),
        sa.Column("baseline_date", sa.Date(), nullable=True),
        sa.Column("target_value", sa.Float(), nullable=True),
        sa.Column("target_date", sa.Date(), nullable=True),
        sa.Column("higher_is_better", sa.Boolean(), nullable=False),
        sa.Column("median_points", sa.Integer(), nullable=True),
        _stamp("created_at"),
        _stamp("updated_at"),
        _fk("goal", "person_id", "person"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_goal")),
        sqlite_autoincrement=True,
    )
    op.create_index("ix_goal_person_id", "goal", ["person_id"])
    op.create_table(
        "goal_milestone",
        _id(),
        sa.Column("goal_id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("due_date", sa.Date(), nullable=True),
        sa.Column("status", sa.String(length=16), nullable=False),
        _fk("goal_milestone", "goal_id", "goal"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_goal_milestone")),
        sqlite_autoincrement=True,
    )
    op.create_index("ix_goal_milestone_goal_id", "goal_milestone", ["goal_id"])
    op.create_table(
        "goal_update",
        _id(),
        sa.Column("goal_id", sa.Integer(), nullable=False),
        sa.Column("date", sa.Date(), nullable=False),
        sa.Column("value", sa.Float(), nullable=True),
        _text("narrative"),
        _stamp("created_at"),
        _fk("goal_update", "goal_id", "goal"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_goal_update")),
        sqlite_autoincrement=True,
    )
    op.create_index("ix_goal_update_goal_id_date", "goal_update", ["goal_id", "date"])
    op.create_table(
        "self_assessment",
        _id(),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("date", sa.Date(), nullable=False),
        sa.Column("label", sa.String(length=100), nullable=False),
        _stamp("created_at"),
        _fk("self_assessment", "person_id", "person"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_self_assessment")),
        sqlite_autoincrement=True,
    )
    op.create_index("ix_self_assessment_person_id", "self_assessment", ["person_id"])
    op.create_table(
        "self_rating",
        _id(),
        sa.Column("assessment_id", sa.Integer(), nullable=False),
        sa.Column("dimension", sa.Integer(), nullable=False),
        sa.Column("level", sa.Integer(), nullable=False),
        _text("reason"),
        _fk("self_rating", "assessment_id", "self_assessment"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_self_rating")),
        sa.UniqueConstraint(
            "assessment_id", "dimension", name="uq_self_rating_assessment_dimension"
        ),
        sqlite_autoincrement=True,
    )
    op.create_table(
        "plan_item",
        _id(),
        sa.Column("person_id", sa.Integer(), nullable=False),
        _text("need"),
        sa.Column("dimensions", sa.String(length=40), nullable=False),
        _text("objective"),
        _text("activities"),
        _text("evidence"),
        sa.Column("review_date", sa.Date(), nullable=True),
        sa.Column("status", sa.String(length=16), nullable=False),
        _stamp("created_at"),
        _stamp("updated_at"),
        _fk("plan_item", "person_id", "person"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_plan_item")),
        sqlite_autoincrement=True,
    )
    op.create_index("ix_plan_item_person_id", "plan_item", ["person_id"])
    op.create_index("ix_plan_item_review_date", "plan_item", ["review_date"])
    op.create_table(
        "plan_review",
        _id(),
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("date", sa.Date(), nullable=False),
        _text("note"),
        _fk("plan_review", "item_id", "plan_item"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_plan_review")),
        sqlite_autoincrement=True,
    )
    op.create_index("ix_plan_review_item_id", "plan_review", ["item_id"])
    # An action's goal link becomes a real foreign key; on SQLite this rebuilds the
    # table, which alsdesk.store.migrate runs with foreign-key enforcement paused.
    with op.batch_alter_table("action", schema=None) as batch_op:
        batch_op.create_foreign_key(
            op.f("fk_action_goal_id_goal"), "goal", ["goal_id"], ["id"], ondelete="SET NULL"
        )
        batch_op.create_index("ix_action_goal_id", ["goal_id"])


def downgrade() -> None:
    with op.batch_alter_table("action", schema=None) as batch_op:
        batch_op.drop_index("ix_action_goal_id")
        batch_op.drop_constraint(op.f("fk_action_goal_id_goal"), type_="foreignkey")
    op.drop_index("ix_plan_review_item_id", "plan_review")
    op.drop_table("plan_review")
    op.drop_index("ix_plan_item_review_date", "plan_item")
    op.drop_index("ix_plan_item_person_id", "plan_item")
    op.drop_table("plan_item")
    op.drop_table("self_rating")
    op.drop_index("ix_self_assessment_person_id", "self_assessment")
    op.drop_table("self_assessment")
    op.drop_index("ix_goal_update_goal_id_date", "goal_update")
    op.drop_table("goal_update")
    op.drop_index("ix_goal_milestone_goal_id", "goal_milestone")
    op.drop_table("goal_milestone")
    op.drop_index("ix_goal_person_id", "goal")
    op.drop_table("goal")
