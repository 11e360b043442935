"""Typed ORM mappings.

The foundation tables are people, sets, memberships and schedule events. Later
features attach to them by migration without reworking these tables:

- meetings (one per held ``set_meeting`` event) -> attendance, airtime rounds,
  actions and their report-back reviews, keyed on ``person.id``;
- improvement goals, self-assessments and development-plan items belong to a
  ``person`` (``person.is_self`` marks the app's own user);
- journal entries and 360 feedback are not here: they live sealed in the
  private vault, a file of its own beside this database
  (``alsdesk.store.vault_models``), which stays on the device when sets move to
  a shared server.

Everything here is portable SQL: no SQLite-only types or defaults. Ids are never
reused (``sqlite_autoincrement``; PostgreSQL sequences behave so anyway), because
undo puts deleted rows back under their old ids.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    Time,
    UniqueConstraint,
    false,
    true,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


DEFAULT_TIMEZONE = "Europe/London"
"""A new set's time zone (IANA name); a set's own is in ``ActionSet.timezone``."""


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Person(Base):
    """Someone alsdesk knows: a set member, and possibly the app's own user."""

    __tablename__ = "person"

    id: Mapped[int] = mapped_column(primary_key=True)
    full_name: Mapped[str] = mapped_column(String(200))
    job_title: Mapped[str] = mapped_column(String(200), default="")
    organisation: Mapped[str] = mapped_column(String(200), default="")
    email: Mapped[str] = mapped_column(String(320), default="")
    phone: Mapped[str] = mapped_column(String(50), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    is_self: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)

    memberships: Mapped[list[Membership]] = relationship(back_populates="person")

    version: Mapped[int] = mapped_column(Integer, server_default="1")
    __mapper_args__ = {"version_id_col": version}

    __table_args__ = (Index("ix_person_full_name", "full_name"), {"sqlite_autoincrement": True})


class ActionSet(Base):
    """An action learning set: a small group meeting through a module."""

    __tablename__ = "action_set"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    programme: Mapped[str] = mapped_column(String(200), default="")
    facilitator: Mapped[str] = mapped_column(String(200), default="")
    start_date: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    venue: Mapped[str] = mapped_column(String(300), default="")
    ground_rules: Mapped[str] = mapped_column(Text, default="")
    timezone: Mapped[str] = mapped_column(String(64), default=DEFAULT_TIMEZONE)
    holiday_region: Mapped[str] = mapped_column(String(8), default="ENG")
    # The set's own meeting agenda as JSON steps; "" means the standard day.
    agenda: Mapped[str] = mapped_column(Text, default="")
    # The set's phases of an airtime as JSON; "" means the standard phases.
    airtime_phases: Mapped[str] = mapped_column(Text, default="")
    archived_at: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)
    deleted_at: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)

    memberships: Mapped[list[Membership]] = relationship(
        back_populates="action_set", cascade="all, delete-orphan"
    )
    events: Mapped[list[Event]] = relationship(
        back_populates="action_set", cascade="all, delete-orphan"
    )

    version: Mapped[int] = mapped_column(Integer, server_default="1")
    __mapper_args__ = {"version_id_col": version}

    __table_args__ = (Index("ix_action_set_name", "name"), {"sqlite_autoincrement": True})


class Membership(Base):
    """A person's place in a set."""

    __tablename__ = "membership"

    id: Mapped[int] = mapped_column(primary_key=True)
    set_id: Mapped[int] = mapped_column(ForeignKey("action_set.id", ondelete="CASCADE"))
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer, default=0)
    joined_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)

    action_set: Mapped[ActionSet] = relationship(back_populates="memberships")
    person: Mapped[Person] = relationship(back_populates="memberships")

    __table_args__ = (
        UniqueConstraint("set_id", "person_id", name="uq_membership_set_person"),
        Index("ix_membership_person_id", "person_id"),
        {"sqlite_autoincrement": True},
    )


class Event(Base):
    """One dated item of a set's programme schedule.

    ``uid`` is minted once and never changes, so calendar re-exports update the
    same event; ``sequence`` rises with every change for the same reason.
    """

    __tablename__ = "event"

    id: Mapped[int] = mapped_column(primary_key=True)
    set_id: Mapped[int] = mapped_column(ForeignKey("action_set.id", ondelete="CASCADE"))
    uid: Mapped[str] = mapped_column(String(100), unique=True)
    kind: Mapped[str] = mapped_column(String(32))
    title: Mapped[str] = mapped_column(String(300))
    date: Mapped[dt.date] = mapped_column(Date)
    start_time: Mapped[dt.time | None] = mapped_column(Time, nullable=True)
    end_time: Mapped[dt.time | None] = mapped_column(Time, nullable=True)
    venue: Mapped[str] = mapped_column(String(300), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    preparation: Mapped[str] = mapped_column(Text, default="")
    cancelled: Mapped[bool] = mapped_column(Boolean, default=False)
    sequence: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)

    action_set: Mapped[ActionSet] = relationship(back_populates="events")

    version: Mapped[int] = mapped_column(Integer, server_default="1")
    __mapper_args__ = {"version_id_col": version}

    __table_args__ = (
        Index("ix_event_set_id_date", "set_id", "date"),
        {"sqlite_autoincrement": True},
    )


class Meeting(Base):
    """A set meeting being run or held: one per scheduled ``set_meeting`` event."""

    __tablename__ = "meeting"

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("event.id", ondelete="CASCADE"), unique=True)
    phase: Mapped[str] = mapped_column(String(32), default="check_in")
    # The set's agenda as it stood when the meeting opened (JSON steps).
    agenda: Mapped[str] = mapped_column(Text, default="")
    airtime_mode: Mapped[str] = mapped_column(String(16), default="bids")
    breaks_minutes: Mapped[int] = mapped_column(Integer, default=60)
    review_minutes: Mapped[int] = mapped_column(Integer, default=30)
    process_review: Mapped[str] = mapped_column(Text, default="")
    next_meeting_notes: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)

    version: Mapped[int] = mapped_column(Integer, server_default="1")
    __mapper_args__ = {"version_id_col": version}

    __table_args__ = ({"sqlite_autoincrement": True},)


class MeetingStop(Base):
    """A moment the set stopped to look at how it was working ("stop the set")."""

    __tablename__ = "meeting_stop"

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("meeting.id", ondelete="CASCADE"), index=True
    )
    at: Mapped[dt.datetime] = mapped_column(DateTime)  # UTC
    note: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = ({"sqlite_autoincrement": True},)


class Attendance(Base):
    """One member's attendance at one meeting."""

    __tablename__ = "attendance"

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"))
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"))
    status: Mapped[str] = mapped_column(String(16))
    late_at: Mapped[dt.time | None] = mapped_column(Time, nullable=True)

    __table_args__ = (
        UniqueConstraint("meeting_id", "person_id", name="uq_attendance_meeting_person"),
        Index("ix_attendance_person_id", "person_id"),
        {"sqlite_autoincrement": True},
    )


class AirtimeTurn(Base):
    """A member's airtime at one meeting: their bid, the timer and the notes.

    The timer fields are an ``AirtimeTimer`` at rest: ``running_since`` is the
    UTC instant of the latest start, so a restart mid-round loses nothing.
    """

    __tablename__ = "airtime_turn"

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"))
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer, default=0)
    bid_minutes: Mapped[int | None] = mapped_column(Integer, nullable=True)
    state: Mapped[str] = mapped_column(String(16), default="waiting")
    planned_seconds: Mapped[int] = mapped_column(Integer, default=0)
    extra_seconds: Mapped[int] = mapped_column(Integer, default=0)
    used_seconds: Mapped[float] = mapped_column(Float, default=0.0)
    running_since: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)
    issue: Mapped[str] = mapped_column(Text, default="")
    key_questions: Mapped[str] = mapped_column(Text, default="")
    sees_differently: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (
        UniqueConstraint("meeting_id", "person_id", name="uq_airtime_turn_meeting_person"),
        Index("ix_airtime_turn_person_id", "person_id"),
        {"sqlite_autoincrement": True},
    )


class AirtimePhase(Base):
    """One sub-phase of a presenter's airtime (presenting, clarifying questions, ...).

    Copied from the set's phases when the presenter's clock first starts. Times
    are readings of the turn's own clock, so a phase pauses with the airtime:
    ``begun_at`` is the turn's used seconds when the phase began (None: not
    reached), ``used_seconds`` what it took once the next phase began (None:
    still going, or not reached).
    """

    __tablename__ = "airtime_phase"

    id: Mapped[int] = mapped_column(primary_key=True)
    turn_id: Mapped[int] = mapped_column(ForeignKey("airtime_turn.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(String(80))
    share: Mapped[int] = mapped_column(Integer)
    begun_at: Mapped[float | None] = mapped_column(Float, nullable=True)
    used_seconds: Mapped[float | None] = mapped_column(Float, nullable=True)

    __table_args__ = (
        UniqueConstraint("turn_id", "position", name="uq_airtime_phase_turn_position"),
        {"sqlite_autoincrement": True},
    )


class Action(Base):
    """Something a presenter committed to do before a later meeting."""

    __tablename__ = "action"

    id: Mapped[int] = mapped_column(primary_key=True)
    set_id: Mapped[int] = mapped_column(ForeignKey("action_set.id", ondelete="CASCADE"))
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"))
    owner_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"))
    text: Mapped[str] = mapped_column(Text)
    due_date: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    # One of the owner's improvement goals, if the action serves it.
    goal_id: Mapped[int | None] = mapped_column(
        ForeignKey("goal.id", ondelete="SET NULL"), nullable=True
    )
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)

    version: Mapped[int] = mapped_column(Integer, server_default="1")
    __mapper_args__ = {"version_id_col": version}

    __table_args__ = (
        Index("ix_action_set_id", "set_id"),
        Index("ix_action_meeting_id", "meeting_id"),
        Index("ix_action_owner_id", "owner_id"),
        Index("ix_action_goal_id", "goal_id"),
        {"sqlite_autoincrement": True},
    )


class ActionReview(Base):
    """How an action stood when its owner reported back.

    At a later meeting (``meeting_id``), or between meetings (``meeting_id`` None,
    the day in ``reviewed_on``). ``carried_to`` is the new due date an action
    carried forward was given.
    """

    __tablename__ = "action_review"

    id: Mapped[int] = mapped_column(primary_key=True)
    action_id: Mapped[int] = mapped_column(ForeignKey("action.id", ondelete="CASCADE"))
    meeting_id: Mapped[int | None] = mapped_column(
        ForeignKey("meeting.id", ondelete="CASCADE"), nullable=True
    )
    reviewed_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    status: Mapped[str] = mapped_column(String(20))
    comment: Mapped[str] = mapped_column(Text, default="")
    carried_to: Mapped[dt.date | None] = mapped_column(Date, nullable=True)

    __table_args__ = (
        UniqueConstraint("action_id", "meeting_id", name="uq_action_review_action_meeting"),
        Index("ix_action_review_meeting_id", "meeting_id"),
        {"sqlite_autoincrement": True},
    )


class ActionChange(Base):
    """An action's text, owner and due date as they were before a change.

    Kept when an action already reported back on is edited, and when carrying it
    forward moves its due date (``review_id`` names that review).
    """

    __tablename__ = "action_change"

    id: Mapped[int] = mapped_column(primary_key=True)
    action_id: Mapped[int] = mapped_column(ForeignKey("action.id", ondelete="CASCADE"))
    changed_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)  # UTC
    text: Mapped[str] = mapped_column(Text)
    owner_id: Mapped[int | None] = mapped_column(
        ForeignKey("person.id", ondelete="SET NULL"), nullable=True
    )
    due_date: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    review_id: Mapped[int | None] = mapped_column(
        ForeignKey("action_review.id", ondelete="SET NULL"), nullable=True
    )

    __table_args__ = (
        Index("ix_action_change_action_id", "action_id"),
        {"sqlite_autoincrement": True},
    )


class Goal(Base):
    """An improvement a person is bringing about in their workplace, with its measure.

    ``median_points`` is how many of the first measurements make the run chart's
    baseline median (None: all of them); ``run_rules`` names the rules that judge
    the chart (``RuleSet`` in services/run_chart.py). ``chart_kind`` is the chart the
    goal is shown as (``ChartKind`` in services/spc.py: "run" or "xmr"); the XmR chart's
    options and its rebase dates (``GoalRebase``) are kept with it.
    """

    __tablename__ = "goal"

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"))
    title: Mapped[str] = mapped_column(String(300))
    problem: Mapped[str] = mapped_column(Text, default="")
    why_it_matters: Mapped[str] = mapped_column(Text, default="")
    scope: Mapped[str] = mapped_column(Text, default="")
    stakeholders: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(16), default="planned")
    measure_name: Mapped[str] = mapped_column(String(300), default="")
    measure_unit: Mapped[str] = mapped_column(String(50), default="")
    baseline_value: Mapped[float | None] = mapped_column(Float, nullable=True)
    baseline_date: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    target_value: Mapped[float | None] = mapped_column(Float, nullable=True)
    target_date: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    higher_is_better: Mapped[bool] = mapped_column(Boolean, default=True)
    median_points: Mapped[int | None] = mapped_column(Integer, nullable=True)
    run_rules: Mapped[str] = mapped_column(String(16), default="ihi", server_default="ihi")
    chart_kind: Mapped[str] = mapped_column(String(16), default="run", server_default="run")
    screen_outliers: Mapped[bool] = mapped_column(Boolean, default=True, server_default=true())
    moving_range_chart: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    rebases: Mapped[list[GoalRebase]] = relationship(
        order_by="GoalRebase.date", lazy="selectin", viewonly=True
    )
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)

    version: Mapped[int] = mapped_column(Integer, server_default="1")
    __mapper_args__ = {"version_id_col": version}

    __table_args__ = (Index("ix_goal_person_id", "person_id"), {"sqlite_autoincrement": True})


class GoalMilestone(Base):
    """A dated step on the way to a goal."""

    __tablename__ = "goal_milestone"

    id: Mapped[int] = mapped_column(primary_key=True)
    goal_id: Mapped[int] = mapped_column(ForeignKey("goal.id", ondelete="CASCADE"))
    title: Mapped[str] = mapped_column(String(300))
    due_date: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    status: Mapped[str] = mapped_column(String(16), default="planned")

    __table_args__ = (
        Index("ix_goal_milestone_goal_id", "goal_id"),
        {"sqlite_autoincrement": True},
    )


class GoalRebase(Base):
    """A date an XmR chart's limits are recalculated from, after a change to the process."""

    __tablename__ = "goal_rebase"

    id: Mapped[int] = mapped_column(primary_key=True)
    goal_id: Mapped[int] = mapped_column(ForeignKey("goal.id", ondelete="CASCADE"))
    date: Mapped[dt.date] = mapped_column(Date)

    __table_args__ = (
        UniqueConstraint("goal_id", "date", name="uq_goal_rebase_goal_date"),
        {"sqlite_autoincrement": True},
    )


class GoalUpdate(Base):
    """A dated progress update: the measure's value then, and a short narrative."""

    __tablename__ = "goal_update"

    id: Mapped[int] = mapped_column(primary_key=True)
    goal_id: Mapped[int] = mapped_column(ForeignKey("goal.id", ondelete="CASCADE"))
    date: Mapped[dt.date] = mapped_column(Date)
    value: Mapped[float | None] = mapped_column(Float, nullable=True)
    narrative: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)

    __table_args__ = (
        Index("ix_goal_update_goal_id_date", "goal_id", "date"),
        {"sqlite_autoincrement": True},
    )


class SelfAssessment(Base):
    """A person's own rating on the nine leadership dimensions at one date."""

    __tablename__ = "self_assessment"

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"))
    date: Mapped[dt.date] = mapped_column(Date)
    label: Mapped[str] = mapped_column(String(100), default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)

    __table_args__ = (
        Index("ix_self_assessment_person_id", "person_id"),
        {"sqlite_autoincrement": True},
    )


class SelfRating(Base):
    """One dimension of a self-assessment: the level (1 essential to 4 exemplary) and why."""

    __tablename__ = "self_rating"

    id: Mapped[int] = mapped_column(primary_key=True)
    assessment_id: Mapped[int] = mapped_column(ForeignKey("self_assessment.id", ondelete="CASCADE"))
    dimension: Mapped[int] = mapped_column(Integer)
    level: Mapped[int] = mapped_column(Integer)
    reason: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (
        UniqueConstraint("assessment_id", "dimension", name="uq_self_rating_assessment_dimension"),
        {"sqlite_autoincrement": True},
    )


class PlanItem(Base):
    """An item of a personal development plan.

    ``dimensions`` lists the leadership dimensions it serves as numbers 1-9
    separated by commas (a fixed list of nine needs no table of its own).
    """

    __tablename__ = "plan_item"

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"))
    need: Mapped[str] = mapped_column(Text)
    dimensions: Mapped[str] = mapped_column(String(40), default="")
    objective: Mapped[str] = mapped_column(Text, default="")
    activities: Mapped[str] = mapped_column(Text, default="")
    evidence: Mapped[str] = mapped_column(Text, default="")
    review_date: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    status: Mapped[str] = mapped_column(String(16), default="not_started")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)

    version: Mapped[int] = mapped_column(Integer, server_default="1")
    __mapper_args__ = {"version_id_col": version}

    __table_args__ = (
        Index("ix_plan_item_person_id", "person_id"),
        Index("ix_plan_item_review_date", "review_date"),
        {"sqlite_autoincrement": True},
    )


class PlanReview(Base):
    """A dated note on how a plan item is going."""

    __tablename__ = "plan_review"

    id: Mapped[int] = mapped_column(primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("plan_item.id", ondelete="CASCADE"))
    date: Mapped[dt.date] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text)

    __table_args__ = (
        Index("ix_plan_review_item_id", "item_id"),
        {"sqlite_autoincrement": True},
    )
