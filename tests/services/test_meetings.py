"""A facilitator opens a scheduled set meeting and takes attendance."""

from __future__ import annotations

import datetime as dt

import pytest

from alsdesk.services.errors import UserError, ValidationError
from alsdesk.services.meeting_agenda import StepKind
from alsdesk.services.meetings import AttendanceStatus
from alsdesk.services.schedule import EventKind


@pytest.fixture
def cedar(services, make_set, make_member):
    action_set = make_set("Cedar set")
    for name in ("Amira Hassan", "Daniel Price", "Grace Mensah"):
        make_member(action_set.id, name)
    services.schedule.generate_default(action_set.id, dt.date(2026, 9, 14))
    return action_set


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
