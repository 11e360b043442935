"""A facilitator opens a scheduled set meeting and takes attendance."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import text

from alsdesk.services.errors import NotFoundError, UserError, ValidationError
from alsdesk.services.meeting_agenda import DEFAULT_AGENDA, AgendaStep, StepKind
from alsdesk.services.meetings import (
    MAX_BREAKS_MINUTES,
    MAX_REVIEW_MINUTES,
    AirtimeMode,
    AttendanceStatus,
)
from alsdesk.services.schedule import EventKind


def meetings_of(services, set_id):
    return [e for e in services.schedule.list_events(set_id) if e.kind == EventKind.SET_MEETING]


def test_opening_a_set_meeting_twice_gives_the_same_record(services, cedar):
    first_event = meetings_of(services, cedar.id)[1]
    opened = services.meetings.open_for_event(first_event.id)
    again = services.meetings.open_for_event(first_event.id)
    assert opened == again
    assert opened.title == "Set meeting 2"
    assert opened.current.kind == StepKind.CHECK_IN
    assert opened.set_name == "Cedar set"


def test_only_live_set_meetings_can_be_opened(services, cedar):
    workshop = services.schedule.list_events(cedar.id)[0]
    with pytest.raises(UserError, match="is not a set meeting"):
        services.meetings.open_for_event(workshop.id)
    meeting = meetings_of(services, cedar.id)[2]
    services.schedule.set_cancelled(meeting.id, True)
    with pytest.raises(UserError, match="is cancelled"):
        services.meetings.open_for_event(meeting.id)


def test_attendance_starts_unmarked_and_records_each_member(services, cedar):
    meeting = services.meetings.open_for_event(meetings_of(services, cedar.id)[1].id)
    marks = services.meetings.attendance(meeting.id)
    assert [(m.full_name, m.status) for m in marks] == [
        ("Amira Hassan", None),
        ("Daniel Price", None),
        ("Grace Mensah", None),
    ]
    amira, daniel, grace = marks
    services.meetings.mark(meeting.id, amira.person_id, AttendanceStatus.PRESENT)
    services.meetings.mark(meeting.id, daniel.person_id, AttendanceStatus.LATE, dt.time(10, 15))
    services.meetings.mark(meeting.id, grace.person_id, AttendanceStatus.APOLOGIES)
    services.meetings.mark(meeting.id, amira.person_id, AttendanceStatus.ABSENT)

    after = {m.full_name: (m.status, m.late_at) for m in services.meetings.attendance(meeting.id)}
    assert after == {
        "Amira Hassan": (AttendanceStatus.ABSENT, None),
        "Daniel Price": (AttendanceStatus.LATE, dt.time(10, 15)),
        "Grace Mensah": (AttendanceStatus.APOLOGIES, None),
    }


@pytest.mark.parametrize(
    ("late_at", "message"),
    [
        (None, "Give the time the member arrived."),
        (dt.time(9, 0), "09:00 is not after the start (09:30)."),
        (dt.time(17, 0), "17:00 is after the meeting ended (16:30)."),
    ],
)
def test_a_late_time_outside_the_meeting_is_refused_and_nothing_saved(
    services, cedar, late_at, message
):
    meeting = services.meetings.open_for_event(meetings_of(services, cedar.id)[1].id)
    amira = services.meetings.attendance(meeting.id)[0]
    with pytest.raises(ValidationError) as raised:
        services.meetings.mark(meeting.id, amira.person_id, AttendanceStatus.LATE, late_at)
    assert raised.value.fields == {"late_at": message}
    assert services.meetings.attendance(meeting.id)[0].status is None


def test_the_register_lists_every_held_meeting_for_every_member(services, cedar):
    second, third = meetings_of(services, cedar.id)[1:3]
    one = services.meetings.open_for_event(third.id)
    two = services.meetings.open_for_event(second.id)
    amira, daniel, _grace = services.meetings.attendance(one.id)
    services.meetings.mark(two.id, amira.person_id, AttendanceStatus.PRESENT)
    services.meetings.mark(one.id, amira.person_id, AttendanceStatus.LATE, dt.time(10))
    services.meetings.mark(one.id, daniel.person_id, AttendanceStatus.APOLOGIES)

    meetings, rows = services.meetings.register(cedar.id)

    assert [m.title for m in meetings] == ["Set meeting 2", "Set meeting 3"]
    by_name = {row.full_name: row for row in rows}
    assert by_name["Amira Hassan"].marks == (AttendanceStatus.PRESENT, AttendanceStatus.LATE)
    assert by_name["Amira Hassan"].attended == 2
    assert by_name["Daniel Price"].marks == (None, AttendanceStatus.APOLOGIES)
    assert by_name["Grace Mensah"].attended == 0


def test_a_meeting_with_a_record_cannot_be_deleted_or_regenerated_away(services, cedar):
    event = meetings_of(services, cedar.id)[1]
    meeting = services.meetings.open_for_event(event.id)
    amira = services.meetings.attendance(meeting.id)[0]
    services.meetings.mark(meeting.id, amira.person_id, AttendanceStatus.PRESENT)

    with pytest.raises(UserError, match="Set meeting 2.*Cancel it instead"):
        services.schedule.delete_many([event.id])
    with pytest.raises(UserError, match="cannot be deleted or replaced"):
        services.schedule.generate_default(cedar.id, dt.date(2026, 9, 21), replace_existing=True)

    assert services.schedule.get(event.id).title == "Set meeting 2"
    assert len(services.schedule.list_events(cedar.id)) == 11
    assert services.meetings.attendance(meeting.id)[0].status == AttendanceStatus.PRESENT


# -- the day's agenda ---------------------------------------------------------------

SHORT_DAY = [
    AgendaStep(StepKind.CHECK_IN, "Arrivals"),
    AgendaStep(StepKind.AIRTIME, "Airtime"),
    AgendaStep(StepKind.CLOSE, "Close"),
]


def raw_update(store, sql: str, **params) -> None:
    with store.engine.begin() as conn:
        conn.execute(text(sql), params)


def test_a_set_starts_with_the_standard_day(services, cedar):
    assert services.meetings.default_agenda(cedar.id) == DEFAULT_AGENDA
    meeting = services.meetings.open_for_event(meetings_of(services, cedar.id)[0].id)
    assert meeting.agenda == DEFAULT_AGENDA
    assert meeting.current_step == 0


def test_opening_a_meeting_freezes_the_set_s_agenda_for_it(services, cedar):
    first, second, third = meetings_of(services, cedar.id)[:3]
    held = services.meetings.open_for_event(first.id)

    saved = services.meetings.set_default_agenda(cedar.id, SHORT_DAY)
    later = services.meetings.open_for_event(second.id)

    assert saved == tuple(SHORT_DAY)
    assert services.meetings.default_agenda(cedar.id) == tuple(SHORT_DAY)
    assert services.meetings.get(held.id).agenda == DEFAULT_AGENDA
    assert later.agenda == tuple(SHORT_DAY)

    services.meetings.set_default_agenda(cedar.id, list(DEFAULT_AGENDA))
    assert services.meetings.get(later.id).agenda == tuple(SHORT_DAY)
    assert services.meetings.open_for_event(third.id).agenda == DEFAULT_AGENDA
    assert services.meetings.open_for_event(second.id).agenda == tuple(SHORT_DAY)


def test_going_back_to_the_standard_day_stores_nothing_special(services, cedar, store):
    services.meetings.set_default_agenda(cedar.id, SHORT_DAY)
    services.meetings.set_default_agenda(cedar.id, list(DEFAULT_AGENDA))
    with store.engine.connect() as conn:
        stored = conn.execute(
            text("SELECT agenda FROM action_set WHERE id = :id"), {"id": cedar.id}
        ).scalar()
    assert stored == ""


@pytest.mark.parametrize(
    ("steps", "message"),
    [
        ([], "An agenda needs at least one step."),
        (
            [AgendaStep(StepKind.CHECK_IN, "Arrivals"), AgendaStep(StepKind.OTHER, " ")],
            "Every step needs a title.",
        ),
    ],
)
def test_an_agenda_with_no_steps_or_a_blank_title_is_refused_and_nothing_changes(
    services, cedar, steps, message
):
    meeting = services.meetings.open_for_event(meetings_of(services, cedar.id)[0].id)
    with pytest.raises(ValidationError) as raised:
        services.meetings.set_default_agenda(cedar.id, steps)
    assert raised.value.fields == {"steps": message}
    with pytest.raises(ValidationError) as raised:
        services.meetings.set_meeting_agenda(meeting.id, steps)
    assert raised.value.fields == {"steps": message}

    assert services.meetings.default_agenda(cedar.id) == DEFAULT_AGENDA
    assert services.meetings.get(meeting.id).agenda == DEFAULT_AGENDA


def test_the_facilitator_moves_through_the_steps_and_the_step_is_remembered(services, cedar):
    meeting = services.meetings.open_for_event(meetings_of(services, cedar.id)[0].id)

    moved = services.meetings.go_to_step(meeting.id, 2)

    assert moved.current == AgendaStep(StepKind.AIRTIME, "Airtime rounds")
    assert services.meetings.get(meeting.id).current_step == 2
    last = len(DEFAULT_AGENDA) - 1
    assert services.meetings.go_to_step(meeting.id, last).current.kind == StepKind.CLOSE
    assert services.meetings.go_to_step(meeting.id, 0).current.kind == StepKind.CHECK_IN


@pytest.mark.parametrize("index", [-1, len(DEFAULT_AGENDA), 99])
def test_a_step_outside_the_agenda_is_refused(services, cedar, index):
    meeting = services.meetings.open_for_event(meetings_of(services, cedar.id)[0].id)
    services.meetings.go_to_step(meeting.id, 1)
    with pytest.raises(UserError, match="not on this meeting's agenda"):
        services.meetings.go_to_step(meeting.id, index)
    assert services.meetings.get(meeting.id).current_step == 1


def test_shortening_one_meeting_s_agenda_keeps_the_current_step_in_range(services, cedar):
    first, second = meetings_of(services, cedar.id)[:2]
    meeting = services.meetings.open_for_event(first.id)
    other = services.meetings.open_for_event(second.id)
    services.meetings.go_to_step(meeting.id, 4)

    changed = services.meetings.set_meeting_agenda(
        meeting.id, [AgendaStep(StepKind.CHECK_IN, " Arrivals "), *SHORT_DAY[1:]]
    )

    assert changed.agenda == tuple(SHORT_DAY)
    assert changed.current_step == 2
    assert services.meetings.get(meeting.id).current == AgendaStep(StepKind.CLOSE, "Close")
    assert services.meetings.get(other.id).agenda == DEFAULT_AGENDA
    assert services.meetings.default_agenda(cedar.id) == DEFAULT_AGENDA


def test_an_unreadable_stored_agenda_falls_back_to_the_standard_day(services, cedar, store):
    meeting = services.meetings.open_for_event(meetings_of(services, cedar.id)[0].id)
    raw_update(
        store,
        "UPDATE meeting SET agenda = '[{\"kind\": 1', phase = '7' WHERE id = :id",
        id=meeting.id,
    )
    raw_update(store, "UPDATE action_set SET agenda = 'garbage' WHERE id = :id", id=cedar.id)

    again = services.meetings.get(meeting.id)
    assert again.agenda == DEFAULT_AGENDA
    assert again.current_step == len(DEFAULT_AGENDA) - 1
    assert services.meetings.default_agenda(cedar.id) == DEFAULT_AGENDA


def test_a_meeting_from_before_numbered_steps_starts_at_the_first(services, cedar, store):
    meeting = services.meetings.open_for_event(meetings_of(services, cedar.id)[0].id)
    raw_update(store, "UPDATE meeting SET phase = 'check_in' WHERE id = :id", id=meeting.id)
    assert services.meetings.get(meeting.id).current_step == 0


def test_changing_a_meeting_returns_it_as_get_shows_it(services, cedar):
    meeting = services.meetings.open_for_event(meetings_of(services, cedar.id)[0].id)
    assert services.meetings.go_to_step(meeting.id, 1) == services.meetings.get(meeting.id)
    assert services.meetings.set_timing(meeting.id, breaks_minutes=45) == services.meetings.get(
        meeting.id
    )
    changed = services.meetings.set_meeting_agenda(meeting.id, SHORT_DAY)
    assert changed == services.meetings.get(meeting.id)


# -- timing, notes and finding meetings ------------------------------------------------


def test_a_new_meeting_plans_an_hour_of_breaks_half_an_hour_of_review_and_bids(services, cedar):
    meeting = services.meetings.open_for_event(meetings_of(services, cedar.id)[1].id)
    assert (meeting.breaks_minutes, meeting.review_minutes) == (60, 30)
    assert meeting.airtime_mode == AirtimeMode.BIDS
    assert meeting.planned_end() == dt.datetime(2026, 10, 27, 16, 30)


def test_timing_and_airtime_mode_are_saved(services, cedar):
    meeting = services.meetings.open_for_event(meetings_of(services, cedar.id)[1].id)

    services.meetings.set_timing(
        meeting.id, breaks_minutes=75, review_minutes=20, airtime_mode=AirtimeMode.EQUAL
    )
    services.meetings.set_timing(meeting.id, breaks_minutes=0)

    saved = services.meetings.get(meeting.id)
    assert (saved.breaks_minutes, saved.review_minutes) == (0, 20)
    assert saved.airtime_mode == AirtimeMode.EQUAL
    assert saved.airtime_mode.label == "Equal time"
    edges = services.meetings.set_timing(
        meeting.id, breaks_minutes=MAX_BREAKS_MINUTES, review_minutes=MAX_REVIEW_MINUTES
    )
    assert (edges.breaks_minutes, edges.review_minutes) == (240, 120)


@pytest.mark.parametrize(
    ("changes", "fields"),
    [
        ({"breaks_minutes": -1}, {"breaks_minutes"}),
        ({"breaks_minutes": MAX_BREAKS_MINUTES + 1}, {"breaks_minutes"}),
        ({"review_minutes": -5}, {"review_minutes"}),
        ({"review_minutes": MAX_REVIEW_MINUTES + 1}, {"review_minutes"}),
        ({"breaks_minutes": 500, "review_minutes": 500}, {"breaks_minutes", "review_minutes"}),
    ],
)
def test_timing_out_of_range_is_refused_and_nothing_saved(services, cedar, changes, fields):
    meeting = services.meetings.open_for_event(meetings_of(services, cedar.id)[1].id)
    with pytest.raises(ValidationError) as raised:
        services.meetings.set_timing(meeting.id, airtime_mode=AirtimeMode.EQUAL, **changes)
    assert set(raised.value.fields) == fields
    saved = services.meetings.get(meeting.id)
    assert (saved.breaks_minutes, saved.review_minutes, saved.airtime_mode) == (
        60,
        30,
        AirtimeMode.BIDS,
    )


def test_notes_change_only_what_is_given(services, cedar):
    meeting = services.meetings.open_for_event(meetings_of(services, cedar.id)[1].id)
    services.meetings.save_notes(
        meeting.id, process_review="Fewer stories, more questions.", next_meeting_notes="Room 4"
    )
    services.meetings.save_notes(meeting.id, next_meeting_notes="Room 5, 9:30")

    saved = services.meetings.get(meeting.id)
    assert saved.process_review == "Fewer stories, more questions."
    assert saved.next_meeting_notes == "Room 5, 9:30"


def test_a_meeting_is_found_by_date_and_opened(services, cedar):
    found = services.meetings.find(cedar.id, dt.date(2026, 12, 8))
    assert found.title == "Set meeting 3"
    assert services.meetings.find(cedar.id, dt.date(2026, 12, 8)).id == found.id
    assert services.meetings.meetings(cedar.id) == []  # opened, not held: no attendance yet
    someone = services.members.list_members(cedar.id)[0].person_id
    services.meetings.mark(found.id, someone, AttendanceStatus.PRESENT)
    assert [m.title for m in services.meetings.meetings(cedar.id)] == ["Set meeting 3"]


@pytest.mark.parametrize("day", [dt.date(2026, 9, 14), dt.date(2026, 12, 9)])
def test_a_date_without_a_set_meeting_is_not_found(services, cedar, day):
    with pytest.raises(NotFoundError, match="has no set meeting on"):
        services.meetings.find(cedar.id, day)


def test_the_set_s_meetings_are_listed_oldest_first(services, cedar):
    events = meetings_of(services, cedar.id)
    someone = services.members.list_members(cedar.id)[0].person_id
    for event in (events[3], events[0], events[6]):
        opened = services.meetings.open_for_event(event.id)
        services.meetings.mark(opened.id, someone, AttendanceStatus.PRESENT)
    assert [m.title for m in services.meetings.meetings(cedar.id)] == [
        "Set meeting 1",
        "Set meeting 4",
        "Set meeting 7 (final)",
    ]
    assert services.meetings.held_meeting_for_event(events[3].id) is not None
    assert services.meetings.held_meeting_for_event(events[4].id) is None


def test_a_meeting_that_does_not_exist_is_not_found(services, cedar):
    with pytest.raises(NotFoundError):
        services.meetings.get(999)
    with pytest.raises(NotFoundError):
        services.meetings.go_to_step(999, 0)
    with pytest.raises(NotFoundError):
        services.meetings.open_for_event(999)


def test_only_members_of_the_set_can_be_marked(services, cedar, make_set, make_member):
    other = make_set("Birch set")
    outsider = make_member(other.id, "Olu Adeyemi")
    meeting = services.meetings.open_for_event(meetings_of(services, cedar.id)[1].id)
    with pytest.raises(NotFoundError, match="not a member"):
        services.meetings.mark(meeting.id, outsider.person_id, AttendanceStatus.PRESENT)
    assert outsider.person_id not in {m.person_id for m in services.meetings.attendance(meeting.id)}


def test_an_arrival_time_is_only_for_late_arrivals(services, cedar):
    meeting = services.meetings.open_for_event(meetings_of(services, cedar.id)[1].id)
    amira = services.meetings.attendance(meeting.id)[0]
    with pytest.raises(ValidationError) as raised:
        services.meetings.mark(
            meeting.id, amira.person_id, AttendanceStatus.PRESENT, dt.time(10, 0)
        )
    assert set(raised.value.fields) == {"late_at"}
    late = services.meetings.mark(meeting.id, amira.person_id, AttendanceStatus.LATE, dt.time(10))
    assert (late.full_name, late.late_at) == ("Amira Hassan", dt.time(10))
    present = services.meetings.mark(meeting.id, amira.person_id, AttendanceStatus.PRESENT)
    assert present.late_at is None
    assert services.meetings.attendance(meeting.id)[0].late_at is None


def test_a_member_who_leaves_stays_in_the_records_of_meetings_they_attended(services, cedar):
    held, later = meetings_of(services, cedar.id)[:2]
    meeting = services.meetings.open_for_event(held.id)
    next_meeting = services.meetings.open_for_event(later.id)
    leaver, *others = services.members.list_members(cedar.id)
    services.meetings.mark(meeting.id, leaver.person_id, AttendanceStatus.PRESENT)
    services.members.remove(cedar.id, leaver.person_id)

    marks = services.meetings.attendance(meeting.id)
    assert marks[-1].full_name == leaver.person.full_name
    assert marks[-1].status == AttendanceStatus.PRESENT and marks[-1].left_set
    assert not any(m.left_set for m in marks[:-1])
    assert leaver.person_id not in {
        m.person_id for m in services.meetings.attendance(next_meeting.id)
    }
    _meetings, rows = services.meetings.register(cedar.id)
    assert rows[-1].full_name == leaver.person.full_name
    assert rows[-1].marks == (AttendanceStatus.PRESENT,)  # the next meeting is not held yet


def test_an_opened_future_or_cancelled_meeting_is_not_counted_as_held(services, cedar):
    first, second, third = meetings_of(services, cedar.id)[:3]
    someone = services.members.list_members(cedar.id)[0].person_id
    held = services.meetings.open_for_event(first.id)
    services.meetings.mark(held.id, someone, AttendanceStatus.PRESENT)
    services.meetings.open_for_event(second.id)  # only looked at
    cancelled = services.meetings.open_for_event(third.id)
    services.meetings.mark(cancelled.id, someone, AttendanceStatus.PRESENT)
    services.schedule.set_cancelled(third.id, True)

    register_meetings, rows = services.meetings.register(cedar.id)
    assert [m.title for m in register_meetings] == ["Set meeting 1"]
    assert rows[0].marks == (AttendanceStatus.PRESENT,)


def test_editing_the_agenda_keeps_the_current_step_where_it_moved(services, cedar):
    meeting = services.meetings.open_for_event(meetings_of(services, cedar.id)[0].id)
    services.meetings.go_to_step(meeting.id, 2)  # airtime rounds
    steps = list(meeting.agenda[1:])  # check-in dropped

    changed = services.meetings.set_meeting_agenda(meeting.id, steps)

    assert changed.current.kind == StepKind.AIRTIME
