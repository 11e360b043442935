"""A newcomer asks for the demonstration set and sees every screen populated."""

from __future__ import annotations

import datetime as dt

import pytest

from alsdesk.services.actions import ActionStatus, TrackerFilter
from alsdesk.services.airtime_rounds import TurnState
from alsdesk.services.demo import DEMO_SET_NAME, create_demo, demo_start_date
from alsdesk.services.meeting_agenda import StepKind
from alsdesk.services.meetings import AttendanceStatus
from alsdesk.services.records import set_record
from alsdesk.services.run_chart import SignalKind
from alsdesk.services.schedule import EventKind
from alsdesk.services.spc import Assurance, ChartKind, SpecialCause, Variation

TODAY = dt.date(2026, 11, 23)


def by_title(events) -> dict:
    return {event.title: event for event in events}


def test_the_demo_set_has_six_members_with_different_roles(services):
    demo, created = create_demo(services, today=TODAY)

    assert created is True
    assert demo.name == DEMO_SET_NAME
    assert demo.member_count == 6
    members = services.members.list_members(demo.id)
    assert len(members) == 6
    assert len({m.person.full_name for m in members}) == 6
    assert len({m.person.job_title for m in members}) == 6
    assert len({(m.person.organisation, m.person.job_title) for m in members}) == 6
    # A mix of employers, as in a real set (two colleagues from one trust is allowed).
    assert len({m.person.organisation for m in members}) >= 5
    assert all(m.person.organisation and m.person.job_title for m in members)


def test_the_demo_set_has_its_first_two_meetings_behind_and_the_third_ahead(services):
    demo, _ = create_demo(services, today=TODAY)

    events = by_title(services.schedule.list_events(demo.id))

    assert events["Set meeting 1"].date < TODAY
    assert events["Set meeting 2"].date < TODAY
    assert events["Set meeting 3"].date > TODAY
    assert all(
        e.kind == EventKind.SET_MEETING
        for title, e in events.items()
        if title.startswith("Set meeting")
    )


def test_the_demo_schedule_is_the_default_year_plus_three_extra_events(services):
    demo, _ = create_demo(services, today=TODAY)

    events = services.schedule.list_events(demo.id)

    assert len(events) == 14
    assert sum(e.kind == EventKind.DEADLINE for e in events) == 2
    assert sum(e.kind == EventKind.OTHER for e in events) == 1
    assert len({e.uid for e in events}) == 14
    assert min(e.date for e in events) == demo.start_date


@pytest.mark.parametrize("offset", range(7))
def test_the_demo_set_starts_on_a_monday_whatever_day_today_is(services, offset):
    today = TODAY + dt.timedelta(days=offset)

    demo, _ = create_demo(services, today=today)

    assert demo.start_date.weekday() == 0
    assert demo.start_date == demo_start_date(today)
    assert demo.start_date <= today - dt.timedelta(weeks=8)
    events = by_title(services.schedule.list_events(demo.id))
    assert events["Set meeting 2"].date < today < events["Set meeting 3"].date


def test_making_the_demo_again_returns_the_same_set_and_adds_nothing(services):
    first, _ = create_demo(services, today=TODAY)
    events_before = services.schedule.list_events(first.id)
    people_before = services.members.list_people()
    sets_before = services.sets.list_sets(include_archived=True)

    again, created = create_demo(services, today=TODAY + dt.timedelta(weeks=30))

    assert created is False
    assert again == first
    assert services.schedule.list_events(first.id) == events_before
    assert services.members.list_people() == people_before
    assert services.sets.list_sets(include_archived=True) == sets_before
    assert len(people_before) == 6


# -- the two held meetings -------------------------------------------------------------


@pytest.fixture
def demo(services):
    made, _ = create_demo(services, today=TODAY)
    return made


def held_meetings(services, demo):
    first, second = services.meetings.meetings(demo.id)
    return first, second


def open_meeting_3(services, demo):
    event = by_title(services.schedule.list_events(demo.id))["Set meeting 3"]
    return services.meetings.open_for_event(event.id)


def test_the_first_two_meetings_are_held_and_nothing_later(services, demo):
    meetings = services.meetings.meetings(demo.id)

    assert [m.title for m in meetings] == ["Set meeting 1", "Set meeting 2"]
    assert all(m.date < TODAY for m in meetings)
    for meeting in meetings:
        assert meeting.current_step == len(meeting.agenda) - 1
        assert meeting.current.kind == StepKind.CLOSE
        assert meeting.process_review
        assert meeting.next_meeting_notes


def test_every_member_is_marked_at_both_meetings_with_one_late_and_one_apology(services, demo):
    first, second = held_meetings(services, demo)
    _meetings, register = services.meetings.register(demo.id)

    assert len(register) == 6
    assert all(None not in row.marks for row in register)
    for meeting in (first, second):
        marks = services.meetings.attendance(meeting.id)
        [late] = [m for m in marks if m.status == AttendanceStatus.LATE]
        assert meeting.start_time < late.late_at < meeting.end_time
    second_marks = services.meetings.attendance(second.id)
    assert [m.full_name for m in second_marks if m.status == AttendanceStatus.APOLOGIES] == [
        "Daniel Price"
    ]
    assert all(row.attended >= 1 for row in register)


def test_presenters_bid_got_a_plan_and_finished_their_airtime(services, demo):
    for meeting in held_meetings(services, demo):
        turns = services.airtime.turns(meeting.id)
        attended = {
            m.person_id
            for m in services.meetings.attendance(meeting.id)
            if m.status in (AttendanceStatus.PRESENT, AttendanceStatus.LATE)
        }

        assert len(turns) >= 3
        assert {t.person_id for t in turns} <= attended
        assert [t.state for t in turns] == [TurnState.DONE] * len(turns)
        assert not any(t.timer.running for t in turns)
        assert [t.bid_minutes is None for t in turns].count(True) == 1
        assert all(t.planned_minutes > 0 for t in turns)
        named = [t for t in turns if t.bid_minutes is not None]
        assert all(t.planned_minutes == t.bid_minutes for t in named)
        used = [t.timer.used_before for t in turns]
        assert all(10 * 60 < seconds < 90 * 60 for seconds in used)
        assert any(t.timer.used_before > t.timer.planned_seconds for t in turns)
        assert any(t.timer.used_before < t.timer.planned_seconds for t in turns)
        assert all(t.issue and t.key_questions and t.sees_differently for t in turns)
        meeting_hours = (
            dt.datetime.combine(meeting.date, meeting.end_time)
            - dt.datetime.combine(meeting.date, meeting.start_time)
        ).total_seconds()
        assert sum(used) < meeting_hours


def test_the_set_keeps_count_of_each_members_airtime_across_the_meetings(services, demo):
    totals = services.airtime.cumulative_seconds(demo.id)
    names = {m.person_id: m.person.full_name for m in services.members.list_members(demo.id)}

    assert set(totals) == set(names)
    assert all(seconds > 0 for seconds in totals.values())


def test_each_presenter_commits_to_one_to_three_actions_due_at_the_next_meeting(services, demo):
    for meeting in held_meetings(services, demo):
        next_meeting = services.actions.default_due_date(meeting.id)
        actions = services.actions.agreed_at(meeting.id)

        for turn in services.airtime.turns(meeting.id):
            own = [a for a in actions if a.owner_id == turn.person_id]
            assert 1 <= len(own) <= 3
        assert {a.owner_id for a in actions} == {
            t.person_id for t in services.airtime.turns(meeting.id)
        }
        # Due as agreed (an action carried forward since is due again later).
        as_agreed = {a.history[0].due_date if a.history else a.due_date for a in actions}
        assert as_agreed == {next_meeting}
        assert next_meeting is not None and next_meeting > meeting.date


def test_meeting_2_hears_back_on_meeting_1s_actions_with_every_kind_of_outcome(services, demo):
    first, second = held_meetings(services, demo)
    owners = {a.owner_id for a in services.actions.agreed_at(first.id)}

    reported = [item for owner in owners for item in services.actions.report_back(second.id, owner)]
    reviewed = [item for item in reported if item.status is not None]

    assert {item.status for item in reviewed} == {
        ActionStatus.DONE,
        ActionStatus.PARTLY_DONE,
        ActionStatus.NOT_DONE,
        ActionStatus.CARRIED_FORWARD,
        ActionStatus.DROPPED,
    }
    assert all(item.comment for item in reviewed)
    # Daniel sent apologies, so his actions wait, unreviewed, for the next meeting.
    unreviewed = [item for item in reported if item.status is None]
    assert {item.action.owner_name for item in unreviewed} == {"Daniel Price"}


def test_meeting_3_lists_what_is_still_open_for_report_back(services, demo):
    first, second = held_meetings(services, demo)
    third = open_meeting_3(services, demo)
    people = {m.person.full_name: m.person_id for m in services.members.list_members(demo.id)}

    amira = services.actions.report_back(third.id, people["Amira Hassan"])
    daniel = services.actions.report_back(third.id, people["Daniel Price"])

    assert [(i.action.meeting_id, i.action.status) for i in amira] == [
        (first.id, ActionStatus.CARRIED_FORWARD),
        (second.id, ActionStatus.OPEN),
    ]
    assert [(i.action.meeting_id, i.action.status) for i in daniel] == [
        (first.id, ActionStatus.OPEN),
        (first.id, ActionStatus.OPEN),
    ]
    assert all(i.status is None for i in amira + daniel)
    overdue = services.actions.tracker(demo.id, TrackerFilter(overdue_on=TODAY))
    # Amira's carried-forward action is due again at meeting 3, so not overdue yet.
    assert amira[0].action.due_date == third.date
    assert {a.owner_name for a in overdue} == {"Daniel Price"}


def test_the_demos_set_record_gathers_both_meetings(services, demo):
    record = set_record(services, demo.id)

    assert [m.meeting.title for m in record.meetings] == ["Set meeting 1", "Set meeting 2"]
    assert len(record.tracker) == sum(len(m.actions) for m in record.meetings)
    assert 0 < record.completion_rate < 1


def test_making_the_demo_again_holds_no_meeting_twice(services, demo):
    def snapshot():
        meetings = services.meetings.meetings(demo.id)
        return (
            meetings,
            services.meetings.register(demo.id),
            [services.airtime.turns(m.id) for m in meetings],
            services.actions.tracker(demo.id),
            [
                services.actions.report_back(meetings[1].id, m.person_id)
                for m in services.members.list_members(demo.id)
            ],
        )

    before = snapshot()

    again, created = create_demo(services, today=TODAY + dt.timedelta(weeks=30))

    assert created is False
    assert again.id == demo.id
    assert snapshot() == before
    assert len(services.sets.list_sets(include_archived=True)) == 1


def test_the_demo_goal_shows_a_shift_after_the_baseline(services):
    create_demo(services, today=TODAY)
    amira = services.people.find("Amira Hassan")

    [goal] = services.goals.list_goals(amira.id)
    chart = services.goals.run_chart(goal.id)

    assert goal.measure.unit == "%" and goal.median_points == 12
    assert [s.kind for s in chart.signals] == [SignalKind.SHIFT]
    [shift] = chart.signals
    assert len(shift.indices) >= 6
    assert all(chart.points[i].value > chart.median for i in shift.indices)
    assert chart.points[-1].date <= TODAY
    # Her actions from the set meetings are linked to it, with their report-back.
    linked = services.goals.linked_actions(goal.id)
    assert len(linked) == 4
    assert ActionStatus.DONE in {a.status for a in linked}
    # Tomasz's goal has just begun: too few points to judge runs.
    tomasz = services.people.find("Tomasz Nowak")
    [early] = services.goals.list_goals(tomasz.id)
    assert not services.goals.run_chart(early.id).rules[2].judged


def test_the_demo_plan_has_two_self_assessments_and_reviews_due(services):
    create_demo(services, today=TODAY)
    amira = services.people.find("Amira Hassan")

    first, second = services.plan.assessments(amira.id)
    assert first.date < second.date <= TODAY
    assert first.ratings != second.ratings
    items = services.plan.items(amira.id)
    assert len(items) == 3 and any(r for item in items for r in item.reviews)
    due = services.plan.due_for_review(TODAY)
    assert {item.person_name for item in due} == {"Amira Hassan"}
    assert any(item.review_date < TODAY for item in due), "one review is overdue"


def test_a_demo_goal_shows_a_rebased_xmr_chart(services):
    """A newcomer sees an SPC chart: Siobhan's falls goal, 24 weeks, rebased after the change."""
    create_demo(services, today=TODAY)
    siobhan = services.people.find("Siobhan Kelly")

    [goal] = services.goals.list_goals(siobhan.id)
    report = services.goals.report(goal.id)

    assert goal.chart.kind == ChartKind.XMR and goal.chart.moving_range_chart
    assert not goal.measure.higher_is_better
    assert len(report.updates) == 24 and report.updates[-1].date <= TODAY
    assert goal.rebase_dates == (report.updates[12].date,)
    chart = report.xmr
    assert chart is not None and len(chart.periods) == 2
    before, after = chart.periods
    assert after.mean < before.mean - 4  # fewer falls after the huddle
    assert chart.variation == Variation.COMMON  # the new level is stable
    assert chart.assurance == Assurance.HIT_AND_MISS  # the target lies inside the new limits
    # Without the rebase the later weeks would be a run below the mean: an improvement.
    services.goals.remove_rebase(goal.id, goal.rebase_dates[0])
    unrebased = services.goals.report(goal.id).xmr
    assert unrebased.causes[-1] == SpecialCause.RUN
    assert unrebased.variation == Variation.IMPROVEMENT
