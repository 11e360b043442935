"""A facilitator plans a set's year, edits events and reads the agenda."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from sqlalchemy import text

from alsdesk.services.agenda import build_agenda
from alsdesk.services.calendar_days import day_flags
from alsdesk.services.errors import NotFoundError, ValidationError
from alsdesk.services.meetings import AttendanceStatus
from alsdesk.services.regenerate import Regenerate
from alsdesk.services.schedule import (
    UID_DOMAIN,
    EventDraft,
    EventKind,
    plan_default_schedule,
)

MONDAY = dt.date(2026, 9, 14)
MORNING = (dt.time(9, 30), dt.time(12, 30))
AFTERNOON = (dt.time(13, 30), dt.time(16, 30))
FULL_DAY = (dt.time(9, 30), dt.time(16, 30))


def count_rows(store, table: str) -> int:
    with store.engine.connect() as conn:
        return conn.execute(text(f"SELECT count(*) FROM {table}")).scalar()


def by_title(plan) -> dict:
    return {event.title: event for event in plan}


def meeting(title="Set meeting 3", day=dt.date(2026, 12, 8), **changes) -> EventDraft:
    draft = EventDraft(EventKind.SET_MEETING, title, day, *FULL_DAY, venue="Room 2")
    return replace(draft, **changes)


@pytest.fixture
def cedar(make_set):
    return make_set("Cedar set", venue="Education Centre, Room 2")


# -- the default year plan ----------------------------------------------------------


def test_a_year_planned_from_a_monday_has_eleven_events_in_the_usual_shape():
    plan = plan_default_schedule(MONDAY)

    assert [(e.kind, e.title, e.date) for e in plan] == [
        (EventKind.WORKSHOP, "Opening workshop, day 1", dt.date(2026, 9, 14)),
        (EventKind.WORKSHOP, "Opening workshop, day 2", dt.date(2026, 9, 15)),
        (EventKind.SET_MEETING, "Set meeting 1", dt.date(2026, 9, 15)),
        (EventKind.SET_MEETING, "Set meeting 2", dt.date(2026, 10, 27)),
        (EventKind.SET_MEETING, "Set meeting 3", dt.date(2026, 12, 8)),
        (EventKind.SET_MEETING, "Set meeting 4", dt.date(2027, 1, 19)),
        (EventKind.SET_MEETING, "Set meeting 5", dt.date(2027, 3, 2)),
        (EventKind.SET_MEETING, "Set meeting 6", dt.date(2027, 4, 13)),
        (EventKind.WORKSHOP, "Closing workshop, day 1", dt.date(2027, 5, 25)),
        (EventKind.WORKSHOP, "Closing workshop, day 2", dt.date(2027, 5, 26)),
        (EventKind.SET_MEETING, "Set meeting 7 (final)", dt.date(2027, 5, 26)),
    ]


def test_the_first_set_meeting_is_the_afternoon_of_the_opening_workshops_second_day():
    plan = by_title(plan_default_schedule(MONDAY))

    day_2 = plan["Opening workshop, day 2"]
    first = plan["Set meeting 1"]
    assert first.date == day_2.date == MONDAY + dt.timedelta(days=1)
    assert (day_2.start_time, day_2.end_time) == MORNING
    assert (first.start_time, first.end_time) == AFTERNOON
    assert "ground rules" in first.preparation
    opening = plan["Opening workshop, day 1"]
    assert (opening.start_time, opening.end_time) == FULL_DAY
    assert "self-assessment" in opening.preparation


def test_the_one_day_meetings_are_six_weeks_apart_from_the_opening_day_2():
    plan = by_title(plan_default_schedule(MONDAY))
    day_2 = plan["Opening workshop, day 2"].date

    for number in range(2, 7):
        event = plan[f"Set meeting {number}"]
        assert event.date == day_2 + dt.timedelta(weeks=6 * (number - 1))
        assert (event.start_time, event.end_time) == FULL_DAY
        assert "actions you committed to" in event.preparation
    assert plan["Closing workshop, day 1"].date == day_2 + dt.timedelta(weeks=36)


def test_the_final_set_meeting_is_the_afternoon_of_the_closing_workshops_second_day():
    plan = by_title(plan_default_schedule(MONDAY))

    closing_1 = plan["Closing workshop, day 1"]
    closing_2 = plan["Closing workshop, day 2"]
    final = plan["Set meeting 7 (final)"]
    assert closing_2.date == closing_1.date + dt.timedelta(days=1)
    assert final.date == closing_2.date
    assert (closing_1.start_time, closing_1.end_time) == FULL_DAY
    assert (closing_2.start_time, closing_2.end_time) == MORNING
    assert (final.start_time, final.end_time) == AFTERNOON
    assert final.kind == EventKind.SET_MEETING


def test_an_opening_workshop_starting_on_friday_continues_on_monday():
    friday = dt.date(2026, 9, 11)

    plan = by_title(plan_default_schedule(friday))

    assert plan["Opening workshop, day 1"].date == friday
    assert plan["Opening workshop, day 2"].date == dt.date(2026, 9, 14)
    assert plan["Set meeting 1"].date == dt.date(2026, 9, 14)
    assert plan["Set meeting 2"].date == dt.date(2026, 10, 26)


def test_a_meeting_that_falls_on_christmas_day_moves_to_the_next_working_day():
    # Day 2 is Friday 13 November 2026, so meeting 2 would be Friday 25 December;
    # 26-27 December is a weekend and Monday 28th is the Boxing Day holiday.
    plan = by_title(plan_default_schedule(dt.date(2026, 11, 12)))

    assert plan["Opening workshop, day 2"].date == dt.date(2026, 11, 13)
    assert plan["Set meeting 2"].date == dt.date(2026, 12, 29)
    # Later meetings keep to the plan rather than drifting with the moved one.
    assert plan["Set meeting 3"].date == dt.date(2026, 11, 13) + dt.timedelta(weeks=12)


def test_the_spacing_between_meetings_can_be_changed():
    plan = by_title(plan_default_schedule(MONDAY, spacing_weeks=4))
    day_2 = plan["Opening workshop, day 2"].date

    assert [plan[f"Set meeting {n}"].date for n in range(2, 7)] == [
        day_2 + dt.timedelta(weeks=4 * (n - 1)) for n in range(2, 7)
    ]
    assert plan["Closing workshop, day 1"].date == day_2 + dt.timedelta(weeks=24)
    assert len(plan) == 11


@pytest.mark.parametrize("spacing", [0, -1])
def test_a_spacing_of_less_than_a_week_is_refused(spacing):
    with pytest.raises(ValueError):
        plan_default_schedule(MONDAY, spacing_weeks=spacing)


@pytest.mark.parametrize("region", ["ENG", "SCT", "WLS", "NIR"])
@pytest.mark.parametrize("spacing", [1, 2, 4, 6, 8])
def test_generated_days_never_fall_on_a_weekend_or_bank_holiday(spacing, region):
    day = dt.date(2026, 1, 1)
    while day < dt.date(2028, 1, 1):
        if not day_flags(day, region):  # a user picks a working day to start
            plan = plan_default_schedule(day, spacing_weeks=spacing, region=region)
            flagged = [
                (e.title, e.date, day_flags(e.date, region))
                for e in plan
                if day_flags(e.date, region)
            ]
            assert flagged == [], f"start {day}"
            dates = [e.date for e in plan]
            assert dates == sorted(dates), f"start {day}"
            assert len(set(dates)) == 9, f"start {day}: two meetings share a day"
        day += dt.timedelta(days=1)


def test_a_scottish_set_does_not_meet_on_st_andrews_day():
    # Day 2 is Monday 19 October 2026; meeting 2 lands on Monday 30 November.
    friday = dt.date(2026, 10, 16)

    english = by_title(plan_default_schedule(friday, region="ENG"))
    scottish = by_title(plan_default_schedule(friday, region="SCT"))

    assert english["Set meeting 2"].date == dt.date(2026, 11, 30)
    assert scottish["Set meeting 2"].date == dt.date(2026, 12, 1)


def test_every_planned_event_carries_the_venue():
    plan = plan_default_schedule(MONDAY, venue="Riverside Hotel")

    assert {e.venue for e in plan} == {"Riverside Hotel"}
    assert not any(e.cancelled for e in plan)


# -- storing the schedule ----------------------------------------------------------------


def test_facilitator_generates_the_default_year_for_a_set(services, cedar):
    events = services.schedule.generate_default(cedar.id, MONDAY)

    assert len(events) == 11
    assert len({e.uid for e in events}) == 11
    assert all(e.uid.endswith(f"@{UID_DOMAIN}") for e in events)
    assert len({e.id for e in events}) == 11
    assert {e.set_id for e in events} == {cedar.id}
    assert {e.sequence for e in events} == {0}
    assert {e.venue for e in events} == {"Education Centre, Room 2"}
    stored = services.schedule.list_events(cedar.id)
    assert stored == events
    assert [e.title for e in stored][:3] == [
        "Opening workshop, day 1",
        "Opening workshop, day 2",
        "Set meeting 1",
    ]


def test_the_generated_year_follows_the_sets_bank_holiday_nation(services, make_set):
    scottish = make_set("Thistle set", holiday_region="SCT", venue="Glasgow")

    events = services.schedule.generate_default(scottish.id, dt.date(2026, 10, 16))

    assert by_title(events)["Set meeting 2"].date == dt.date(2026, 12, 1)
    assert {e.venue for e in events} == {"Glasgow"}


def test_the_generated_year_can_use_four_week_spacing(services, cedar):
    events = by_title(services.schedule.generate_default(cedar.id, MONDAY, spacing_weeks=4))
    assert events["Set meeting 2"].date == dt.date(2026, 10, 13)


def test_events_of_another_set_are_not_listed(services, cedar, make_set):
    birch = make_set("Birch set")
    services.schedule.generate_default(cedar.id, MONDAY)

    assert services.schedule.list_events(birch.id) == []


def test_events_on_the_same_day_are_listed_by_start_time_all_day_first(services, cedar):
    day = dt.date(2026, 10, 1)
    services.schedule.add_many(
        cedar.id,
        [
            meeting("Afternoon", day, start_time=dt.time(14, 0), end_time=dt.time(15, 0)),
            meeting("All day", day, start_time=None, end_time=None),
            meeting("Morning", day, start_time=dt.time(9, 0), end_time=dt.time(10, 0)),
            meeting("Day before", day - dt.timedelta(days=1)),
        ],
    )

    assert [e.title for e in services.schedule.list_events(cedar.id)] == [
        "Day before",
        "All day",
        "Morning",
        "Afternoon",
    ]


def test_editing_an_event_raises_its_calendar_sequence_and_keeps_its_uid(services, cedar):
    event = services.schedule.add(cedar.id, meeting())

    moved = services.schedule.update(event.id, replace(event.draft(), date=dt.date(2026, 12, 9)))
    renamed = services.schedule.update(event.id, replace(moved.draft(), title="Set meeting 3*"))

    assert (moved.sequence, renamed.sequence) == (1, 2)
    assert moved.uid == renamed.uid == event.uid
    assert renamed.id == event.id
    stored = services.schedule.get(event.id)
    assert (stored.date, stored.title, stored.sequence) == (
        dt.date(2026, 12, 9),
        "Set meeting 3*",
        2,
    )


def test_an_all_day_deadline_has_no_times(services, cedar):
    deadline = services.schedule.add(
        cedar.id, EventDraft(EventKind.DEADLINE, "3,000-word assignment due", dt.date(2027, 6, 4))
    )
    assert deadline.all_day
    assert deadline.kind == EventKind.DEADLINE
    assert deadline.kind.label == "Assignment deadline"


# -- checking what is typed ------------------------------------------------------------


@pytest.mark.parametrize("title", ["", "   "])
def test_an_event_without_a_title_is_refused(services, store, cedar, title):
    with pytest.raises(ValidationError) as caught:
        services.schedule.add(cedar.id, meeting(title=title))

    assert set(caught.value.fields) == {"title"}
    assert count_rows(store, "event") == 0


@pytest.mark.parametrize("end", [dt.time(9, 0), dt.time(9, 30)])
def test_an_event_that_ends_before_it_starts_is_refused(services, cedar, end):
    with pytest.raises(ValidationError) as caught:
        services.schedule.add(cedar.id, meeting(start_time=dt.time(9, 30), end_time=end))

    assert set(caught.value.fields) == {"end_time"}
    assert (
        f"The end ({end:%H:%M}) must be after the start (09:30)."
        == (caught.value.fields["end_time"])
    )


def test_an_end_time_without_a_start_time_is_refused(services, cedar):
    with pytest.raises(ValidationError) as caught:
        services.schedule.add(cedar.id, meeting(start_time=None, end_time=dt.time(12, 0)))

    assert set(caught.value.fields) == {"start_time"}


def test_an_unknown_kind_of_event_is_refused(services, cedar):
    with pytest.raises(ValidationError) as caught:
        services.schedule.validate(meeting(kind="party"))

    assert set(caught.value.fields) == {"kind"}


def test_a_failed_edit_leaves_the_event_as_it_was(services, cedar):
    event = services.schedule.add(cedar.id, meeting())

    with pytest.raises(ValidationError):
        services.schedule.update(event.id, replace(event.draft(), title=""))

    assert services.schedule.get(event.id) == event


def test_adding_several_events_saves_all_or_none(services, store, cedar):
    drafts = [
        meeting("Set meeting 2", dt.date(2026, 10, 27)),
        meeting("", dt.date(2026, 12, 8)),
        meeting("Set meeting 4", dt.date(2027, 1, 19)),
    ]

    with pytest.raises(ValidationError):
        services.schedule.add_many(cedar.id, drafts)

    assert services.schedule.list_events(cedar.id) == []
    assert count_rows(store, "event") == 0


def test_events_cannot_be_added_to_a_deleted_set(services, store, cedar):
    services.sets.delete(cedar.id)

    with pytest.raises(NotFoundError):
        services.schedule.add(cedar.id, meeting())
    with pytest.raises(NotFoundError):
        services.schedule.generate_default(cedar.id, MONDAY)
    assert count_rows(store, "event") == 0


def test_editing_or_reading_a_missing_event_says_so(services):
    with pytest.raises(NotFoundError, match="That event no longer exists"):
        services.schedule.get(404)
    with pytest.raises(NotFoundError):
        services.schedule.update(404, meeting())


# -- cancelling, deleting and undoing -------------------------------------------------------


def test_a_cancelled_meeting_stays_in_the_schedule(services, cedar):
    event = services.schedule.add(cedar.id, meeting())

    cancelled = services.schedule.set_cancelled(event.id, True)

    assert cancelled.cancelled is True
    assert cancelled.sequence == event.sequence + 1
    assert cancelled.uid == event.uid
    assert services.schedule.list_events(cedar.id) == [cancelled]

    reinstated = services.schedule.set_cancelled(event.id, False)
    assert reinstated.cancelled is False
    assert reinstated.sequence == event.sequence + 2


def test_deleted_events_can_be_restored_with_the_same_id_and_uid(services, cedar):
    events = services.schedule.generate_default(cedar.id, MONDAY)
    chosen = [events[3], events[5]]

    snapshots = services.schedule.delete_many([e.id for e in chosen])

    assert snapshots == chosen
    remaining = services.schedule.list_events(cedar.id)
    assert len(remaining) == 9
    assert not {e.id for e in chosen} & {e.id for e in remaining}

    services.schedule.restore(snapshots)

    restored = services.schedule.list_events(cedar.id)
    assert len(restored) == 11
    for before in chosen:
        after = services.schedule.get(before.id)
        assert after.uid == before.uid
        assert after.draft() == before.draft()
        assert after.sequence > before.sequence  # calendars see the change


def test_deleting_a_list_with_a_missing_event_deletes_nothing(services, cedar):
    event = services.schedule.add(cedar.id, meeting())

    with pytest.raises(NotFoundError):
        services.schedule.delete_many([event.id, 404])

    assert services.schedule.list_events(cedar.id) == [event]


# -- the agenda -------------------------------------------------------------------------------


TODAY = dt.date(2026, 11, 23)  # a Monday


@pytest.fixture
def agenda_events(services, cedar):
    """A term's events, added out of order; today is Monday 23 November 2026."""
    drafts = [
        meeting("Set meeting 5", dt.date(2027, 1, 19)),
        meeting("Christmas social", dt.date(2026, 12, 25), kind=EventKind.OTHER),
        meeting("Set meeting 2", dt.date(2026, 10, 27)),
        meeting("Saturday catch-up", dt.date(2026, 12, 5), kind=EventKind.OTHER),
        meeting(
            "Set meeting 4",
            TODAY,
            start_time=dt.time(13, 30),
            end_time=dt.time(16, 30),
        ),
        meeting("Set meeting 3", dt.date(2026, 11, 20)),
        meeting(
            "Tutor contact",
            TODAY,
            start_time=dt.time(9, 0),
            end_time=dt.time(10, 0),
            cancelled=True,
        ),
    ]
    return services.schedule.add_many(cedar.id, drafts)


def test_the_agenda_groups_events_by_month_in_date_order(agenda_events):
    groups = build_agenda(agenda_events, TODAY)

    assert [g.title for g in groups] == [
        "October 2026",
        "November 2026",
        "December 2026",
        "January 2027",
    ]
    assert [g.month for g in groups] == [
        dt.date(2026, 10, 1),
        dt.date(2026, 11, 1),
        dt.date(2026, 12, 1),
        dt.date(2027, 1, 1),
    ]
    assert [[item.event.title for item in g.items] for g in groups] == [
        ["Set meeting 2"],
        ["Set meeting 3", "Tutor contact", "Set meeting 4"],
        ["Saturday catch-up", "Christmas social"],
        ["Set meeting 5"],
    ]


def test_the_agenda_marks_past_events_and_exactly_one_next_event(agenda_events):
    items = [item for g in build_agenda(agenda_events, TODAY) for item in g.items]

    assert [i.event.title for i in items if i.is_past] == ["Set meeting 2", "Set meeting 3"]
    # Today counts; the cancelled tutor contact this morning is skipped.
    assert [i.event.title for i in items if i.is_next] == ["Set meeting 4"]


def test_an_event_today_is_not_past(agenda_events):
    items = {i.event.title: i for g in build_agenda(agenda_events, TODAY) for i in g.items}
    assert not items["Set meeting 4"].is_past
    assert not items["Tutor contact"].is_past


def test_the_next_event_moves_on_once_its_day_has_passed(agenda_events):
    tomorrow = TODAY + dt.timedelta(days=1)
    items = [i for g in build_agenda(agenda_events, tomorrow) for i in g.items]

    assert [i.event.title for i in items if i.is_next] == ["Saturday catch-up"]
    assert "Set meeting 4" in [i.event.title for i in items if i.is_past]


def test_when_everything_is_over_nothing_is_next(agenda_events):
    items = [i for g in build_agenda(agenda_events, dt.date(2027, 6, 1)) for i in g.items]

    assert all(i.is_past for i in items)
    assert not any(i.is_next for i in items)


def test_when_only_cancelled_events_remain_nothing_is_next(services, cedar):
    events = services.schedule.add_many(cedar.id, [meeting(cancelled=True)])
    (group,) = build_agenda(events, dt.date(2026, 1, 1))
    assert not group.items[0].is_next


def test_the_agenda_flags_a_saturday_and_christmas_day(agenda_events):
    items = {i.event.title: i for g in build_agenda(agenda_events, TODAY) for i in g.items}

    assert items["Saturday catch-up"].flags == ("Saturday (weekend)",)
    assert items["Christmas social"].flags == ("Christmas Day (bank holiday)",)
    assert items["Set meeting 4"].flags == ()


def test_the_agenda_flags_holidays_of_the_sets_nation(services, cedar):
    events = services.schedule.add_many(cedar.id, [meeting("Set meeting", dt.date(2026, 11, 30))])

    (english,) = build_agenda(events, TODAY, region="ENG")
    (scottish,) = build_agenda(events, TODAY, region="SCT")

    assert english.items[0].flags == ()
    assert len(scottish.items[0].flags) == 1
    assert "Andrew" in scottish.items[0].flags[0]


def test_an_empty_schedule_gives_an_empty_agenda():
    assert build_agenda([], TODAY) == []


# -- generating again ------------------------------------------------------------------


def test_regenerating_the_future_keeps_the_past_and_every_meeting_with_a_record(
    services, cedar, make_member
):
    before = services.schedule.generate_default(cedar.id, MONDAY)
    held = next(e for e in before if e.title == "Set meeting 4")  # 8 Dec 2026
    meeting = services.meetings.open_for_event(held.id)
    services.meetings.mark(meeting.id, make_member(cedar.id).person_id, AttendanceStatus.PRESENT)
    today = dt.date(2026, 11, 2)

    preview = services.schedule.regeneration(cedar.id, MONDAY, 4, Regenerate.FUTURE, today)
    replaced, added = services.schedule.regenerate(cedar.id, MONDAY, 4, Regenerate.FUTURE, today)

    kept = {e.title for e in preview.keep}
    assert kept == {e.title for e in before if e.date <= today} | {"Set meeting 4"}
    assert preview.recorded == {held.id}
    assert {e.id for e in replaced} == {e.id for e in before if e.title not in kept}
    assert all(e.date > today for e in added)
    assert "Set meeting 4" not in {e.title for e in added}  # the held one stands for it
    after = services.schedule.list_events(cedar.id)
    assert services.schedule.get(held.id) == held
    assert sorted(e.title for e in after) == sorted(e.title for e in before)
    by_title = {e.title: e for e in after}
    assert all(by_title[e.title].uid == e.uid for e in replaced)  # calendars update


def test_replacing_every_event_never_fails_on_a_held_meeting(services, cedar, make_member):
    before = services.schedule.generate_default(cedar.id, MONDAY)
    held = next(e for e in before if e.title == "Set meeting 2")
    meeting = services.meetings.open_for_event(held.id)
    services.meetings.mark(meeting.id, make_member(cedar.id).person_id, AttendanceStatus.PRESENT)

    replaced, added = services.schedule.regenerate(
        cedar.id, MONDAY + dt.timedelta(weeks=1), 6, Regenerate.ALL, dt.date(2026, 11, 23)
    )

    assert len(replaced) == len(added) == 10
    assert services.meetings.attendance(meeting.id)[0].status == AttendanceStatus.PRESENT
    assert [e.title for e in services.schedule.list_events(cedar.id)].count("Set meeting 2") == 1
