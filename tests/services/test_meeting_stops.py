"""'Stop the set': moments marked in a meeting, with a line, in the meeting record."""

from __future__ import annotations

import datetime as dt

import pytest

from alsdesk.exports.meeting_pdf import write_meeting_pdf
from alsdesk.services.errors import ValidationError
from alsdesk.services.meetings import AttendanceStatus
from alsdesk.services.records import meeting_record, set_record
from tests.exports.conftest import pdf_pages

TWO_PM_BST = dt.datetime(2026, 9, 15, 13, 5)  # UTC: 14:05 in London


def test_a_stop_is_marked_at_once_and_a_line_can_follow(services, first_meeting):
    meeting, amira = first_meeting
    stops = services.stops
    first = stops.stop_the_set(meeting.id, TWO_PM_BST)
    second = stops.stop_the_set(meeting.id, dt.datetime(2026, 9, 15, 12, 40, tzinfo=dt.UTC))
    assert (first.note, first.at) == ("", TWO_PM_BST)

    stops.note(first.id, "  advice creeping\tin  ")
    assert [(s.at, s.note) for s in stops.stops(meeting.id)] == [
        (dt.datetime(2026, 9, 15, 12, 40), ""),  # earliest first, held in UTC
        (TWO_PM_BST, "advice creeping in"),
    ]
    with pytest.raises(ValidationError, match="200 characters"):
        stops.note(first.id, "x" * 201)
    assert stops.stops(meeting.id)[1].note == "advice creeping in"  # nothing half-saved

    stops.remove(second.id)
    assert [s.id for s in stops.stops(meeting.id)] == [first.id]
    assert stops.stops_by_meeting(meeting.set_id) == {meeting.id: stops.stops(meeting.id)}


def test_the_meeting_record_says_when_the_set_stopped(services, first_meeting, tmp_path):
    meeting, amira = first_meeting
    services.meetings.mark(meeting.id, amira.person_id, AttendanceStatus.PRESENT)
    stop = services.stops.stop_the_set(meeting.id, TWO_PM_BST)
    services.stops.note(stop.id, "Questions turning into advice")
    services.stops.stop_the_set(meeting.id, TWO_PM_BST + dt.timedelta(minutes=50))

    record = meeting_record(services, meeting.id)
    assert [s.note for s in record.stops] == ["Questions turning into advice", ""]
    assert set_record(services, meeting.set_id).meetings[0].stops == record.stops

    path = tmp_path / "record.pdf"
    write_meeting_pdf(record, path, dt.date(2026, 9, 16))
    text = " ".join(pdf_pages(path))
    assert "The set stopped at 14:05: Questions turning into advice" in text
    assert "The set stopped at 14:55." in text


def test_a_meeting_with_only_a_stop_counts_as_held(services, first_meeting):
    meeting, _amira = first_meeting
    assert set_record(services, meeting.set_id).meetings == ()
    services.stops.stop_the_set(meeting.id, TWO_PM_BST)
    [held] = set_record(services, meeting.set_id).meetings
    assert held == meeting_record(services, meeting.id)
    assert len(held.stops) == 1
