"""What the home page is told today needs: the next meeting, actions due, my goals."""

from __future__ import annotations

import datetime as dt

from alsdesk.services.actions import ActionDraft, ActionStatus
from alsdesk.services.demo import create_demo
from alsdesk.services.schedule import EventKind
from alsdesk.services.today import what_today_needs

TODAY = dt.date(2026, 11, 23)


def test_nothing_is_needed_before_there_is_a_set(services):
    needs = what_today_needs(services, TODAY)

    assert not needs.has_sets
    assert needs.next_meeting is None
    assert needs.actions == needs.reviews == needs.my_goals == ()
    assert not needs.anyone and needs.me is None


def test_the_demonstration_needs_its_third_meeting_and_the_overdue_actions(services):
    demo, _ = create_demo(services, TODAY)

    needs = what_today_needs(services, TODAY)

    meeting = needs.next_meeting
    assert meeting.title == "Set meeting 3" and meeting.set_name == demo.name
    assert meeting.date > TODAY and meeting.start_time is not None and meeting.venue
    owners = [due.action.owner_name for due in needs.actions]
    assert owners == sorted(owners, key=str.casefold), "grouped by owner"
    assert all(due.action.status.still_open for due in needs.actions)
    assert all(due.action.overdue(TODAY) for due in needs.actions)
    assert {due.set_name for due in needs.actions} == {demo.name}


def test_the_next_meeting_is_the_soonest_across_sets_and_skips_cancelled(
    services, make_set, make_member
):
    ash, birch = make_set("Ash set"), make_set("Birch set")
    for action_set in (ash, birch):
        make_member(action_set.id, f"Member of {action_set.name}")
    services.schedule.generate_default(ash.id, dt.date(2026, 11, 30))
    services.schedule.generate_default(birch.id, dt.date(2026, 11, 23))
    first = next(
        e
        for e in services.schedule.list_events(birch.id)
        if e.kind == EventKind.SET_MEETING and e.date >= TODAY
    )

    assert what_today_needs(services, TODAY).next_meeting.event_id == first.id

    services.schedule.set_cancelled(first.id, True)
    after = what_today_needs(services, TODAY).next_meeting
    assert after.event_id != first.id and after.date >= first.date


def test_done_actions_and_those_due_after_two_weeks_are_left_out(first_meeting, services):
    meeting, amira = first_meeting
    soon = services.actions.add(
        meeting.id, ActionDraft(amira.person_id, "Talk to the matron.", TODAY + dt.timedelta(13))
    )
    services.actions.add(
        meeting.id, ActionDraft(amira.person_id, "Write it up.", TODAY + dt.timedelta(15))
    )
    done = services.actions.add(
        meeting.id, ActionDraft(amira.person_id, "Read the audit.", TODAY - dt.timedelta(3))
    )
    later = next(
        e
        for e in services.schedule.list_events(meeting.set_id)
        if e.kind == EventKind.SET_MEETING and e.date > meeting.date
    )
    reviewed_at = services.meetings.open_for_event(later.id)
    services.actions.review(done.id, reviewed_at.id, ActionStatus.DONE)

    needs = what_today_needs(services, TODAY)

    assert [due.action.id for due in needs.actions] == [soon.id]


def test_a_member_sees_their_own_goals_signal(services):
    create_demo(services, TODAY)
    amira = services.people.set_me("Amira Hassan")

    needs = what_today_needs(services, TODAY)

    assert needs.me == amira.id
    [goal] = needs.my_goals
    assert goal.points >= 6
    assert "signals of change: shift" in goal.sentence


def test_an_archived_set_asks_for_nothing(services, make_set, make_member):
    ash = make_set("Ash set")
    make_member(ash.id, "Amira Hassan")
    services.schedule.generate_default(ash.id, TODAY)
    services.sets.set_archived(ash.id, True)

    needs = what_today_needs(services, TODAY)

    assert needs.has_sets and needs.next_meeting is None
