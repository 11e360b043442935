"""Presenters commit to actions, report back on them later, and the set tracks them."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import text

from alsdesk.services.actions import (
    MAX_ACTION_TEXT,
    REVIEW_STATUSES,
    ActionDraft,
    ActionStatus,
    TrackerFilter,
    completion_rate,
)
from alsdesk.services.errors import NotFoundError, UserError, ValidationError
from alsdesk.services.goals import GoalDraft

# Cedar's set meetings 1 to 4, and the final one.
FIRST, SECOND, THIRD, FOURTH = (
    dt.date(2026, 9, 15),
    dt.date(2026, 10, 27),
    dt.date(2026, 12, 8),
    dt.date(2027, 1, 19),
)
FINAL = dt.date(2027, 5, 26)


@pytest.fixture
def meeting_on(services, cedar):
    """Open (or find) Cedar's meeting on a date and give its id."""

    def open_on(day: dt.date) -> int:
        return services.meetings.find(cedar.id, day).id

    return open_on


def count_actions(store) -> int:
    with store.engine.connect() as conn:
        return conn.execute(text("SELECT count(*) FROM action")).scalar()


def texts(actions) -> list[str]:
    return [a.text for a in actions]


# -- agreeing actions ---------------------------------------------------------------


def test_a_presenter_commits_to_actions(services, people, meeting_on):
    first = meeting_on(FIRST)
    added = services.actions.add(
        first, ActionDraft(people["Amira"], "  Talk to the matron about handovers ", SECOND)
    )
    services.actions.add(first, ActionDraft(people["Daniel"], "Draft a rota proposal"))
    services.actions.add(first, ActionDraft(people["Amira"], "Shadow a night shift"))

    assert added.text == "Talk to the matron about handovers"
    assert (added.owner_name, added.agreed_on, added.due_date) == ("Amira Hassan", FIRST, SECOND)
    assert added.status == ActionStatus.OPEN
    assert services.actions.get(added.id) == added
    assert texts(services.actions.agreed_at(first)) == [
        "Talk to the matron about handovers",
        "Draft a rota proposal",
        "Shadow a night shift",
    ]
    assert texts(services.actions.agreed_at(first, people["Amira"])) == [
        "Talk to the matron about handovers",
        "Shadow a night shift",
    ]


def test_an_action_may_fall_due_on_the_day_it_is_agreed(services, people, meeting_on):
    action = services.actions.add(
        meeting_on(SECOND), ActionDraft(people["Grace"], "Email the ward team", SECOND)
    )
    assert action.due_date == SECOND


@pytest.mark.parametrize(
    ("draft", "fields"),
    [
        (lambda p: ActionDraft(p["Amira"], "   "), {"text"}),
        (lambda p: ActionDraft(p["Amira"], "x" * (MAX_ACTION_TEXT + 1)), {"text"}),
        (lambda p: ActionDraft(p["Amira"], "Call IT", dt.date(2026, 10, 26)), {"due_date"}),
        (lambda p: ActionDraft(p["Olu"], "Call IT"), {"owner_id"}),
        (lambda p: ActionDraft(9999, "Call IT"), {"owner_id"}),
        (
            lambda p: ActionDraft(p["Olu"], "", dt.date(2026, 1, 1)),
            {"text", "due_date", "owner_id"},
        ),
    ],
)
def test_an_action_that_cannot_be_saved_is_refused_and_nothing_saved(
    services, store, people, meeting_on, make_set, make_member, draft, fields
):
    people = dict(people, Olu=make_member(make_set("Birch set").id, "Olu Adeyemi").person_id)
    with pytest.raises(ValidationError) as raised:
        services.actions.add(meeting_on(SECOND), draft(people))
    assert set(raised.value.fields) == fields
    assert count_actions(store) == 0


def test_an_action_is_edited_with_the_same_checks(services, people, meeting_on):
    second = meeting_on(SECOND)
    action = services.actions.add(second, ActionDraft(people["Amira"], "Call IT"))
    rota = services.goals.create(people["Daniel"], GoalDraft("Fill the rota gaps"))

    changed = services.actions.update(
        action.id, ActionDraft(people["Daniel"], " Call IT about the e-rostering ", THIRD, rota.id)
    )
    assert (changed.owner_name, changed.text, changed.due_date, changed.goal_id) == (
        "Daniel Price",
        "Call IT about the e-rostering",
        THIRD,
        rota.id,
    )
    with pytest.raises(ValidationError) as raised:
        services.actions.update(action.id, ActionDraft(people["Daniel"], "", FIRST))
    assert set(raised.value.fields) == {"text", "due_date"}
    with pytest.raises(ValidationError) as raised:
        services.actions.update(action.id, ActionDraft(people["Amira"], "Call IT", THIRD, rota.id))
    assert raised.value.fields == {"goal_id": "That goal belongs to someone else."}
    assert services.actions.get(action.id) == changed
    assert services.actions.get(action.id).draft() == changed.draft()


def test_an_action_that_does_not_exist_is_not_found(services, people, meeting_on):
    with pytest.raises(NotFoundError):
        services.actions.get(999)
    with pytest.raises(NotFoundError):
        services.actions.update(999, ActionDraft(people["Amira"], "Call IT"))
    with pytest.raises(NotFoundError):
        services.actions.delete(999)
    with pytest.raises(NotFoundError):
        services.actions.add(999, ActionDraft(people["Amira"], "Call IT"))


# -- the default due date -------------------------------------------------------------


def test_an_action_is_due_by_the_next_set_meeting(services, meeting_on):
    assert services.actions.default_due_date(meeting_on(FIRST)) == SECOND
    assert services.actions.default_due_date(meeting_on(SECOND)) == THIRD


def test_a_cancelled_meeting_is_skipped_for_the_due_date(services, cedar, meeting_on):
    second_event = services.meetings.find(cedar.id, SECOND).event_id
    services.schedule.set_cancelled(second_event, True)
    assert services.actions.default_due_date(meeting_on(FIRST)) == THIRD


def test_after_the_final_meeting_there_is_no_default_due_date(services, meeting_on):
    assert services.actions.default_due_date(meeting_on(FINAL)) is None


# -- report-back ------------------------------------------------------------------------


def test_report_back_lists_what_is_still_open_from_earlier_meetings(services, people, meeting_on):
    first, second = meeting_on(FIRST), meeting_on(SECOND)
    older = services.actions.add(first, ActionDraft(people["Amira"], "Talk to the matron"))
    services.actions.add(first, ActionDraft(people["Daniel"], "Draft a rota"))
    services.actions.add(second, ActionDraft(people["Amira"], "Agreed today"))

    at_second = services.actions.report_back(second, people["Amira"])

    assert [(i.action.id, i.status, i.comment) for i in at_second] == [(older.id, None, "")]
    assert services.actions.report_back(first, people["Amira"]) == []
    assert services.actions.report_back(second, people["Grace"]) == []


def test_a_review_shows_at_the_meeting_where_it_was_given(services, people, meeting_on):
    first, second = meeting_on(FIRST), meeting_on(SECOND)
    action = services.actions.add(first, ActionDraft(people["Amira"], "Talk to the matron"))

    services.actions.review(action.id, second, ActionStatus.DONE, "  Went well.  ")

    [item] = services.actions.report_back(second, people["Amira"])
    assert (item.status, item.comment) == (ActionStatus.DONE, "Went well.")
    # Before this meeting's review the action was open; the item shows how it stood.
    assert item.action.status == ActionStatus.OPEN
    reviewed = services.actions.get(action.id)
    assert (reviewed.status, reviewed.comment, reviewed.reviewed_on) == (
        ActionStatus.DONE,
        "Went well.",
        SECOND,
    )


def test_reviewing_again_at_the_same_meeting_changes_the_review(services, people, meeting_on):
    first, second = meeting_on(FIRST), meeting_on(SECOND)
    action = services.actions.add(first, ActionDraft(people["Amira"], "Talk to the matron"))
    services.actions.review(action.id, second, ActionStatus.DONE)
    services.actions.review(action.id, second, ActionStatus.PARTLY_DONE, "Half of it")
    [item] = services.actions.report_back(second, people["Amira"])
    assert (item.status, item.comment) == (ActionStatus.PARTLY_DONE, "Half of it")


def test_a_carried_forward_action_comes_back_at_the_meeting_after(services, people, meeting_on):
    first, second, third, fourth = (meeting_on(day) for day in (FIRST, SECOND, THIRD, FOURTH))
    action = services.actions.add(first, ActionDraft(people["Amira"], "Talk to the matron"))

    services.actions.review(action.id, second, ActionStatus.CARRIED_FORWARD, "Matron away")

    [at_third] = services.actions.report_back(third, people["Amira"])
    assert (at_third.action.id, at_third.status) == (action.id, None)
    assert at_third.action.status == ActionStatus.CARRIED_FORWARD
    assert at_third.action.comment == "Matron away"
    assert services.actions.get(action.id).status == ActionStatus.CARRIED_FORWARD

    services.actions.review(action.id, third, ActionStatus.DONE)
    assert services.actions.report_back(fourth, people["Amira"]) == []
    # The history stays as it was at each meeting.
    [at_second] = services.actions.report_back(second, people["Amira"])
    assert at_second.status == ActionStatus.CARRIED_FORWARD
    [again_third] = services.actions.report_back(third, people["Amira"])
    assert again_third.status == ActionStatus.DONE


def test_an_action_not_reported_on_stays_on_the_list(services, people, meeting_on):
    first, third = meeting_on(FIRST), meeting_on(THIRD)
    action = services.actions.add(first, ActionDraft(people["Grace"], "Meet the governors"))
    # Grace sent apologies to meeting 2: nothing was reviewed there.
    assert [i.action.id for i in services.actions.report_back(third, people["Grace"])] == [
        action.id
    ]


@pytest.mark.parametrize(
    "status",
    [ActionStatus.DONE, ActionStatus.DROPPED, ActionStatus.PARTLY_DONE, ActionStatus.NOT_DONE],
)
def test_a_closed_action_does_not_come_back(services, people, meeting_on, status):
    first, second, third = meeting_on(FIRST), meeting_on(SECOND), meeting_on(THIRD)
    action = services.actions.add(first, ActionDraft(people["Amira"], "Talk to the matron"))
    services.actions.review(action.id, second, status)

    assert services.actions.report_back(third, people["Amira"]) == []
    assert [i.status for i in services.actions.report_back(second, people["Amira"])] == [status]
    assert not services.actions.get(action.id).status.still_open


def test_a_review_can_be_taken_back(services, people, meeting_on):
    first, second = meeting_on(FIRST), meeting_on(SECOND)
    action = services.actions.add(first, ActionDraft(people["Amira"], "Talk to the matron"))
    services.actions.review(action.id, second, ActionStatus.DROPPED)
    services.actions.review(action.id, second, None)
    services.actions.review(action.id, second, None)  # nothing left to take back

    assert services.actions.get(action.id).status == ActionStatus.OPEN
    [item] = services.actions.report_back(second, people["Amira"])
    assert item.status is None


def test_an_action_is_reported_on_only_at_a_later_meeting(services, people, meeting_on):
    second = meeting_on(SECOND)
    action = services.actions.add(second, ActionDraft(people["Amira"], "Talk to the matron"))
    for meeting_id in (second, meeting_on(FIRST)):
        with pytest.raises(UserError, match="at a later meeting"):
            services.actions.review(action.id, meeting_id, ActionStatus.DONE)
    assert services.actions.get(action.id).status == ActionStatus.OPEN


def test_open_is_not_something_to_report(services, people, meeting_on):
    action = services.actions.add(meeting_on(FIRST), ActionDraft(people["Amira"], "Call IT"))
    with pytest.raises(UserError, match="what became of"):
        services.actions.review(action.id, meeting_on(SECOND), ActionStatus.OPEN)
    assert ActionStatus.OPEN not in REVIEW_STATUSES


def test_a_meeting_of_another_set_cannot_review_an_action(
    services, cedar, people, meeting_on, make_set
):
    birch = make_set("Birch set")
    services.members.add_existing(birch.id, people["Amira"])
    services.schedule.generate_default(birch.id, dt.date(2026, 9, 21))
    birch_meeting = services.meetings.find(birch.id, dt.date(2026, 11, 3)).id
    action = services.actions.add(meeting_on(FIRST), ActionDraft(people["Amira"], "Call IT"))

    with pytest.raises(UserError, match="its own set"):
        services.actions.review(action.id, birch_meeting, ActionStatus.DONE)

    assert services.actions.get(action.id).status == ActionStatus.OPEN
    assert services.actions.report_back(birch_meeting, people["Amira"]) == []
    assert len(services.actions.tracker(cedar.id)) == 1


def test_an_action_is_deleted_only_before_anyone_reported_on_it(
    services, store, people, meeting_on
):
    first, second = meeting_on(FIRST), meeting_on(SECOND)
    action = services.actions.add(first, ActionDraft(people["Amira"], "Talk to the matron"))
    spare = services.actions.add(first, ActionDraft(people["Amira"], "Typo"))
    services.actions.delete(spare.id)
    services.actions.review(action.id, second, ActionStatus.NOT_DONE)

    with pytest.raises(UserError, match="set its status to Dropped"):
        services.actions.delete(action.id)
    assert count_actions(store) == 1

    services.actions.review(action.id, second, None)
    services.actions.delete(action.id)
    assert count_actions(store) == 0


# -- the tracker --------------------------------------------------------------------------


@pytest.fixture
def tracked(services, people, meeting_on):
    """Actions of meetings 1 and 2, reviewed at meetings 2 and 3."""
    first, second, third = meeting_on(FIRST), meeting_on(SECOND), meeting_on(THIRD)
    add = services.actions.add
    matron = add(first, ActionDraft(people["Amira"], "Talk to the matron", SECOND))
    rota = add(first, ActionDraft(people["Daniel"], "Draft a rota", SECOND))
    audit = add(first, ActionDraft(people["Grace"], "Audit the handovers"))
    night = add(second, ActionDraft(people["Amira"], "Shadow a night shift", THIRD))
    board = add(second, ActionDraft(people["Daniel"], "Paper for the board", FOURTH))
    services.actions.review(matron.id, second, ActionStatus.CARRIED_FORWARD)
    services.actions.review(rota.id, second, ActionStatus.DONE)
    services.actions.review(audit.id, second, ActionStatus.DROPPED)
    services.actions.review(matron.id, third, ActionStatus.PARTLY_DONE)
    return {"matron": matron, "rota": rota, "audit": audit, "night": night, "board": board}


def test_the_tracker_lists_every_action_with_its_latest_status(services, cedar, tracked):
    rows = services.actions.tracker(cedar.id)
    assert [(a.text, a.agreed_on, a.status) for a in rows] == [
        ("Talk to the matron", FIRST, ActionStatus.PARTLY_DONE),
        ("Draft a rota", FIRST, ActionStatus.DONE),
        ("Audit the handovers", FIRST, ActionStatus.DROPPED),
        ("Shadow a night shift", SECOND, ActionStatus.OPEN),
        ("Paper for the board", SECOND, ActionStatus.OPEN),
    ]
    assert rows[0].reviewed_on == THIRD
    assert rows[3].reviewed_on is None


def test_the_tracker_filters_by_owner_status_and_overdue(services, cedar, people, tracked):
    def tracked_texts(**filters):
        return texts(services.actions.tracker(cedar.id, TrackerFilter(**filters)))

    assert tracked_texts(owner_id=people["Amira"]) == ["Talk to the matron", "Shadow a night shift"]
    assert tracked_texts(status=ActionStatus.OPEN) == [
        "Shadow a night shift",
        "Paper for the board",
    ]
    assert tracked_texts(owner_id=people["Daniel"], status=ActionStatus.DONE) == ["Draft a rota"]
    # On 9 December the night shift (due 8 December) is overdue; the board paper is not yet,
    # and closed or undated actions never are.
    assert tracked_texts(overdue_on=dt.date(2026, 12, 9)) == ["Shadow a night shift"]
    assert tracked_texts(overdue_on=THIRD) == []
    assert tracked_texts(overdue_on=dt.date(2027, 2, 1)) == [
        "Shadow a night shift",
        "Paper for the board",
    ]
    assert tracked_texts(owner_id=people["Grace"], overdue_on=dt.date(2030, 1, 1)) == []


def test_a_carried_forward_action_is_due_at_the_next_meeting_then_overdue(
    services, cedar, people, meeting_on
):
    first, second = meeting_on(FIRST), meeting_on(SECOND)
    action = services.actions.add(first, ActionDraft(people["Amira"], "Call IT", SECOND))
    services.actions.review(action.id, second, ActionStatus.CARRIED_FORWARD)
    carried = services.actions.get(action.id)
    assert carried.due_date == THIRD  # not "carried forward · overdue" at once
    assert not carried.overdue(SECOND + dt.timedelta(days=1))
    assert [(c.due_date, c.carried) for c in carried.history] == [(SECOND, True)]
    the_day_after = THIRD + dt.timedelta(days=1)
    overdue = services.actions.tracker(cedar.id, TrackerFilter(overdue_on=the_day_after))
    assert [a.id for a in overdue] == [action.id]


def test_carrying_forward_to_a_chosen_day_and_taking_it_back(services, people, meeting_on):
    first, second = meeting_on(FIRST), meeting_on(SECOND)
    action = services.actions.add(first, ActionDraft(people["Amira"], "Call IT", SECOND))
    chosen = SECOND + dt.timedelta(days=14)
    services.actions.review(action.id, second, ActionStatus.CARRIED_FORWARD, "", chosen)
    assert services.actions.get(action.id).due_date == chosen
    later = chosen + dt.timedelta(days=7)
    services.actions.review(action.id, second, ActionStatus.CARRIED_FORWARD, "", later)
    moved = services.actions.get(action.id)
    assert moved.due_date == later
    assert [c.due_date for c in moved.history] == [SECOND]  # the date it was agreed with
    services.actions.review(action.id, second, ActionStatus.DONE)
    done = services.actions.get(action.id)
    assert (done.due_date, done.history) == (SECOND, ())
    with pytest.raises(ValidationError) as refused:
        services.actions.review(
            action.id, second, ActionStatus.CARRIED_FORWARD, "", SECOND - dt.timedelta(days=1)
        )
    assert "carried_to" in refused.value.fields
    assert services.actions.get(action.id).status == ActionStatus.DONE


def test_a_report_between_meetings_closes_the_action_before_the_next(
    services, cedar, people, meeting_on
):
    first = meeting_on(FIRST)
    action = services.actions.add(first, ActionDraft(people["Grace"], "Audit the notes", SECOND))
    services.actions.report_between(
        action.id, FIRST + dt.timedelta(days=10), ActionStatus.DONE, "Sent on Friday"
    )
    done = services.actions.get(action.id)
    assert (done.status, done.comment, done.reported_between) == (
        ActionStatus.DONE,
        "Sent on Friday",
        True,
    )
    second = meeting_on(SECOND)
    assert services.actions.report_back(second, people["Grace"]) == []
    assert completion_rate(services.actions.tracker(cedar.id)) == 1.0
    with pytest.raises(ValidationError):
        services.actions.report_between(action.id, FIRST - dt.timedelta(days=1), ActionStatus.DONE)


def test_editing_an_action_reported_back_on_keeps_what_it_was(services, people, meeting_on):
    first, second = meeting_on(FIRST), meeting_on(SECOND)
    action = services.actions.add(first, ActionDraft(people["Amira"], "Call IT", SECOND))
    fixed = services.actions.update(
        action.id, ActionDraft(people["Amira"], "Call IT today", SECOND)
    )
    assert fixed.history == ()  # a fix before anyone reported back is no change of plan
    services.actions.review(action.id, second, ActionStatus.PARTLY_DONE, "Left a message")
    edited = services.actions.update(
        action.id, ActionDraft(people["Daniel"], "Meet IT", THIRD), expected_version=fixed.version
    )
    (was,) = edited.history
    assert (was.text, was.owner_name, was.due_date, was.carried) == (
        "Call IT today",
        "Amira Hassan",
        SECOND,
        False,
    )
    assert (edited.text, edited.owner_name, edited.due_date) == ("Meet IT", "Daniel Price", THIRD)


def test_the_completion_rate_counts_partly_done_as_half(services, cedar, people, tracked):
    rows = services.actions.tracker(cedar.id)
    # Closed: partly done (0.5), done (1), dropped (0); the two open ones do not count.
    assert completion_rate(rows) == pytest.approx(0.5)
    amira = [a for a in rows if a.owner_id == people["Amira"]]
    assert completion_rate(amira) == pytest.approx(0.5)
    daniel = [a for a in rows if a.owner_id == people["Daniel"]]
    assert completion_rate(daniel) == pytest.approx(1.0)
    open_only = [a for a in rows if a.status.still_open]
    assert completion_rate(open_only) is None
    assert completion_rate([]) is None


def test_the_tracker_of_a_deleted_set_is_not_found(services, cedar):
    services.sets.delete(cedar.id)
    with pytest.raises(NotFoundError):
        services.actions.tracker(cedar.id)
