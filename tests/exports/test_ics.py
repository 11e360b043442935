"""Exporting a set's schedule to iCalendar, read back as a calendar program would."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar

from alsdesk import __version__
from alsdesk.exports.ics import schedule_to_ics, write_schedule_ics
from alsdesk.services.schedule import EventDraft, EventKind

UTC = dt.UTC
LONDON = ZoneInfo("Europe/London")
STAMP = dt.datetime(2026, 9, 1, 8, 0, tzinfo=UTC)


@pytest.fixture
def cedar(make_set):
    return make_set("Cedar set")


def export(services, action_set) -> Calendar:
    events = services.schedule.list_events(action_set.id)
    return Calendar.from_ical(schedule_to_ics(action_set, events, stamp=STAMP))


def vevents_by_uid(calendar: Calendar) -> dict[str, object]:
    return {str(vevent["UID"]): vevent for vevent in calendar.walk("VEVENT")}


def add(services, action_set, title, day, start=None, end=None, **extra):
    draft = EventDraft(EventKind.OTHER, title, day, start, end, **extra)
    return services.schedule.add(action_set.id, draft)


def test_default_year_exports_every_event_with_its_uid_and_summary(services, cedar):
    events = services.schedule.generate_default(cedar.id, dt.date(2026, 9, 14))
    exported = vevents_by_uid(export(services, cedar))

    assert len(events) == 11
    assert set(exported) == {event.uid for event in events}
    for event in events:
        vevent = exported[event.uid]
        assert str(vevent["SUMMARY"]) == f"Cedar set: {event.title}"
        assert str(vevent["LOCATION"]) == "Education Centre, Room 2"
        assert vevent.decoded("DTSTART") == dt.datetime.combine(
            event.date, event.start_time, tzinfo=LONDON
        )
        assert str(vevent["STATUS"]) == "CONFIRMED"
        assert [str(c) for c in vevent.categories] == [event.kind.label]
        assert vevent.decoded("DTSTAMP") == STAMP


def test_calendar_header_names_the_set_and_its_timezone(services, cedar):
    add(services, cedar, "Tutor contact", dt.date(2026, 10, 5), dt.time(14))
    calendar = export(services, cedar)

    assert str(calendar["PRODID"]) == f"-//alsdesk//alsdesk {__version__}//EN"
    assert str(calendar["VERSION"]) == "2.0"
    assert str(calendar["CALSCALE"]) == "GREGORIAN"
    assert str(calendar["METHOD"]) == "PUBLISH"
    assert str(calendar["X-WR-CALNAME"]) == "Cedar set"
    assert str(calendar["X-WR-TIMEZONE"]) == "Europe/London"


def test_times_are_london_time_in_summer_and_winter(services, cedar):
    summer = add(services, cedar, "Summer school", dt.date(2027, 7, 6), dt.time(9, 30))
    winter = add(
        services, cedar, "Set meeting", dt.date(2026, 12, 8), dt.time(9, 30), dt.time(16, 30)
    )
    exported = vevents_by_uid(export(services, cedar))

    summer_start = exported[summer.uid].decoded("DTSTART")
    assert summer_start.tzinfo is not None
    assert summer_start.astimezone(UTC) == dt.datetime(2027, 7, 6, 8, 30, tzinfo=UTC)
    winter_start = exported[winter.uid].decoded("DTSTART")
    assert winter_start.astimezone(UTC) == dt.datetime(2026, 12, 8, 9, 30, tzinfo=UTC)
    winter_end = exported[winter.uid].decoded("DTEND")
    assert winter_end.astimezone(UTC) == dt.datetime(2026, 12, 8, 16, 30, tzinfo=UTC)
    assert exported[winter.uid]["DTSTART"].params["TZID"] == "Europe/London"


def test_vtimezone_itself_carries_bst_and_gmt(services, cedar):
    """Outlook trusts the VTIMEZONE block rather than its own zone database."""
    add(services, cedar, "Opening", dt.date(2026, 9, 14), dt.time(9, 30))
    add(services, cedar, "Closing", dt.date(2027, 7, 6), dt.time(9, 30))
    calendar = export(services, cedar)

    assert [tz.tz_name for tz in calendar.timezones] == ["Europe/London"]
    zone = calendar.timezones[0].to_tz(lookup_tzid=False)
    assert dt.datetime(2027, 7, 6, 9, 30, tzinfo=zone).utcoffset() == dt.timedelta(hours=1)
    assert dt.datetime(2026, 12, 8, 9, 30, tzinfo=zone).utcoffset() == dt.timedelta(0)


def test_event_with_a_start_but_no_end_lasts_an_hour(services, cedar):
    event = add(services, cedar, "Tutor contact", dt.date(2026, 10, 5), dt.time(14))
    vevent = vevents_by_uid(export(services, cedar))[event.uid]

    assert vevent.decoded("DTEND") - vevent.decoded("DTSTART") == dt.timedelta(hours=1)


def test_a_timed_deadline_is_a_moment_that_blocks_no_time(services, cedar):
    deadline = services.schedule.add(
        cedar.id,
        EventDraft(EventKind.DEADLINE, "Essay due", dt.date(2027, 1, 15), dt.time(12)),
    )
    vevent = vevents_by_uid(export(services, cedar))[deadline.uid]

    assert vevent.decoded("DTEND") == vevent.decoded("DTSTART")
    assert str(vevent["TRANSP"]) == "TRANSPARENT"


def test_deadline_without_a_time_is_an_all_day_event(services, cedar):
    deadline = services.schedule.add(
        cedar.id,
        EventDraft(EventKind.DEADLINE, "Assignment 1 due", dt.date(2026, 12, 11)),
    )
    vevent = vevents_by_uid(export(services, cedar))[deadline.uid]

    assert vevent.decoded("DTSTART") == dt.date(2026, 12, 11)
    assert not isinstance(vevent.decoded("DTSTART"), dt.datetime)
    assert vevent.decoded("DTEND") == dt.date(2026, 12, 12)
    assert str(vevent["CATEGORIES"].cats[0]) == "Assignment deadline"
    assert b"DTSTART;VALUE=DATE:20261211" in vevent.to_ical()


def test_cancelled_meeting_is_kept_and_marked_cancelled(services, cedar):
    events = services.schedule.generate_default(cedar.id, dt.date(2026, 9, 14))
    cancelled = services.schedule.set_cancelled(events[4].id, True)
    exported = vevents_by_uid(export(services, cedar))

    assert len(exported) == 11
    assert str(exported[cancelled.uid]["STATUS"]) == "CANCELLED"
    assert str(exported[events[5].uid]["STATUS"]) == "CONFIRMED"


def test_description_holds_notes_and_preparation(services, cedar):
    event = add(
        services,
        cedar,
        "Set meeting 2",
        dt.date(2026, 10, 27),
        dt.time(9, 30),
        dt.time(16, 30),
        notes="Bring a laptop.",
        preparation="Review last time's actions.",
    )
    plain = add(services, cedar, "Tutor contact", dt.date(2026, 10, 5), dt.time(14))
    exported = vevents_by_uid(export(services, cedar))

    description = str(exported[event.uid]["DESCRIPTION"])
    assert description == "Bring a laptop.\n\nPreparation: Review last time's actions."
    assert "DESCRIPTION" not in exported[plain.uid]
    assert "LOCATION" not in exported[plain.uid]


def test_reexport_after_an_edit_keeps_uids_and_raises_the_sequence(services, cedar):
    events = services.schedule.generate_default(cedar.id, dt.date(2026, 9, 14))
    first = vevents_by_uid(export(services, cedar))
    moved = events[3]
    services.schedule.update(moved.id, replace(moved.draft(), date=dt.date(2026, 12, 15)))
    second = vevents_by_uid(export(services, cedar))

    assert set(second) == set(first)
    assert int(second[moved.uid]["SEQUENCE"]) > int(first[moved.uid]["SEQUENCE"])
    assert second[moved.uid].decoded("DTSTART").date() == dt.date(2026, 12, 15)
    untouched = events[0].uid
    assert int(second[untouched]["SEQUENCE"]) == int(first[untouched]["SEQUENCE"])


def test_output_is_crlf_folded_and_repeatable(services, cedar):
    add(
        services,
        cedar,
        "Set meeting 2",
        dt.date(2026, 10, 27),
        dt.time(9, 30),
        notes="A long note that will need folding. " * 6,
    )
    events = services.schedule.list_events(cedar.id)
    data = schedule_to_ics(cedar, events, stamp=STAMP)

    assert data.endswith(b"\r\n")
    assert b"\n" not in data.replace(b"\r\n", b"")
    assert all(len(line) <= 75 for line in data.split(b"\r\n"))
    assert schedule_to_ics(cedar, list(reversed(events)), stamp=STAMP) == data


def test_write_schedule_ics_writes_a_calendar_file(services, cedar, tmp_path):
    services.schedule.generate_default(cedar.id, dt.date(2026, 9, 14))
    path = tmp_path / "cedar.ics"

    write_schedule_ics(cedar, services.schedule.list_events(cedar.id), path)

    calendar = Calendar.from_ical(path.read_bytes())
    assert len(calendar.walk("VEVENT")) == 11


def test_empty_schedule_is_still_a_valid_calendar(cedar):
    calendar = Calendar.from_ical(schedule_to_ics(cedar, []))

    assert str(calendar["X-WR-CALNAME"]) == "Cedar set"
    assert calendar.walk("VEVENT") == []


def test_line_breaks_saved_before_names_were_one_line_still_export(services, cedar):
    """Data from before the one-line rule (or typed elsewhere) must not break the writer."""
    event = add(services, cedar, "Tutor contact", dt.date(2026, 10, 5), dt.time(14))
    legacy_set = replace(cedar, name="Cedar\nset")
    legacy_event = replace(event, title="Tutor\r\ncontact", venue="Room 2\nLevel 3")
    calendar = Calendar.from_ical(schedule_to_ics(legacy_set, [legacy_event], stamp=STAMP))

    assert str(calendar["X-WR-CALNAME"]) == "Cedar set"
    vevent = vevents_by_uid(calendar)[event.uid]
    assert str(vevent["SUMMARY"]) == "Cedar set: Tutor contact"
    assert str(vevent["LOCATION"]) == "Room 2 Level 3"
