"""Merging two records of one person moves everything, in one transaction, and undoes."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import event, text

from alsdesk.services.actions import ActionDraft
from alsdesk.services.errors import ChangedElsewhereError, UserError
from alsdesk.services.goals import GoalDraft
from alsdesk.services.leadership import Level
from alsdesk.services.meetings import AttendanceStatus
from alsdesk.services.members import PersonDraft
from alsdesk.services.merge import person_columns, what
from alsdesk.services.plan import AssessmentDraft, PlanItemDraft, Rating
from alsdesk.store.models import Base

NINE = tuple(Rating(n, Level.PROFICIENT) for n in range(1, 10))


@pytest.fixture
def twice(services, first_meeting, make_set, make_member):
    """Amira typed twice: the first in Cedar; the second in Cedar and Oak, with a year's work.

    Both were marked at Cedar's first meeting (the same meeting twice).
    Returns (meeting, first id, second id).
    """
    meeting, first = first_meeting
    cedar = first.set_id
    second = services.members.add_new(
        cedar, PersonDraft("Amira  Hassan", email="amira.hassan@northgate.nhs.uk")
    )
    oak = make_set("Oak set")
    services.members.add_existing(oak.id, second.person_id)
    make_member(oak.id, "Daniel Price")
    services.meetings.mark(meeting.id, first.person_id, AttendanceStatus.APOLOGIES)
    services.meetings.mark(meeting.id, second.person_id, AttendanceStatus.PRESENT)
    services.airtime.bid(meeting.id, second.person_id, 20)
    services.actions.add(meeting.id, ActionDraft(second.person_id, "Talk to the matron"))
    goal = services.goals.create(second.person_id, GoalDraft("Fewer falls on Ward 7"))
    services.plan.add_item(
        second.person_id,
        PlanItemDraft("Chairing difficult meetings", (6,), "Chair the governance meeting to time"),
    )
    services.plan.add_assessment(
        second.person_id, AssessmentDraft(dt.date(2026, 9, 14), "Start", NINE)
    )
    assert goal.id
    return meeting, first.person_id, second.person_id


def _rows(store, table: str, column: str, person_id: int) -> int:
    with store.engine.connect() as connection:
        return connection.execute(
            text(f"SELECT count(*) FROM {table} WHERE {column} = :p"), {"p": person_id}
        ).scalar()


def _everything(store) -> dict:
    """Every row of every table, for comparing before and after an undo."""
    with store.engine.connect() as connection:
        return {
            table.name: sorted(
                tuple(str(v) for v in row)
                for row in connection.execute(table.select().order_by(table.c.id))
            )
            for table in Base.metadata.sorted_tables
        }


def test_every_person_column_in_the_store_has_words_in_the_preview():
    names = {table.name for table, _ in person_columns()}
    assert names == {
        "membership",
        "attendance",
        "airtime_turn",
        "action",
        "action_change",
        "goal",
        "self_assessment",
        "plan_item",
    }
    for table, _ in person_columns():
        assert "_" not in what(table)


def test_the_preview_says_what_moves_and_what_is_doubled(services, twice):
    _meeting, first, second = twice
    preview = services.people.merge_preview(first, second)
    moves = {m.what: (m.moving, m.doubled) for m in preview.moves}
    assert moves == {
        "set memberships": (2, 1),  # Cedar is doubled, Oak moves
        "attendance record": (1, 1),
        "airtime bid or turn": (1, 0),
        "action": (1, 0),
        "improvement goal": (1, 0),
        "self-assessment": (1, 0),
        "development-plan item": (1, 0),
    }
    assert [m.what for m in preview.moves][:2] == ["set memberships", "attendance record"]
    assert preview.details_taken == ("email",)
    assert (preview.keep_name, preview.drop_name) == ("Amira Hassan", "Amira  Hassan")


def test_merging_moves_everything_and_keeps_one_membership_per_set(services, store, twice):
    meeting, first, second = twice
    services.people.merge(first, second)

    for table, column in person_columns():
        assert _rows(store, table.name, column.name, second) == 0, table.name
    assert [p.full_name for p in services.members.list_people()].count("Amira Hassan") == 1
    assert services.members.get_person(first).email == "amira.hassan@northgate.nhs.uk"
    cedar_people = [m.person_id for m in services.members.list_members(meeting.set_id)]
    assert cedar_people == [first]  # once, not twice
    assert _rows(store, "membership", "person_id", first) == 2  # Cedar and Oak
    [mark] = [m for m in services.meetings.attendance(meeting.id) if m.person_id == first]
    assert mark.status == AttendanceStatus.APOLOGIES  # the kept record's mark stands
    assert [t.person_id for t in services.airtime.turns(meeting.id)] == [first]
    assert [g.title for g in services.goals.list_goals(first)] == ["Fewer falls on Ward 7"]
    assert len(services.plan.assessments(first)) == 1
    assert [a.owner_id for a in services.actions.agreed_at(meeting.id)] == [first]


def test_undo_puts_both_records_back_exactly(services, store, twice):
    _meeting, first, second = twice
    before = _everything(store)
    record = services.people.merge(first, second)
    assert _everything(store) != before
    services.people.unmerge(record)
    assert _everything(store) == before  # ids, versions and all


def test_undo_is_refused_when_the_kept_person_changed_since(services, twice):
    _meeting, first, second = twice
    record = services.people.merge(first, second)
    services.members.update_person(first, PersonDraft("Amira Hassan", job_title="Matron"))
    with pytest.raises(ChangedElsewhereError):
        services.people.unmerge(record)


def test_a_failure_half_way_leaves_nothing_merged(services, store, twice):
    _meeting, first, second = twice
    before = _everything(store)

    def refuse_goal_moves(connection, _cursor, statement, _params, _context, _many):
        if statement.startswith("UPDATE goal "):
            raise RuntimeError("disk went away")

    event.listen(store.engine, "before_cursor_execute", refuse_goal_moves)
    try:
        with pytest.raises(RuntimeError):
            services.people.merge(first, second)
    finally:
        event.remove(store.engine, "before_cursor_execute", refuse_goal_moves)
    assert _everything(store) == before


def test_a_person_cannot_be_merged_with_themselves(services, twice):
    _meeting, first, _second = twice
    with pytest.raises(UserError):
        services.people.merge(first, first)


def test_merging_the_user_into_their_member_record_keeps_them_the_user(services, twice):
    _meeting, first, second = twice
    me = services.people.set_me("Amira H.")
    services.people.merge(first, me.id)
    assert services.people.me().id == first
    assert services.people.me().full_name == "Amira Hassan"
    assert sum(p.is_self for p in services.people.directory()) == 1
