"""The set's schedule as an iCalendar (.ics) file for Outlook, Google and Apple.

Each event keeps the UID it was given when created and its SEQUENCE rises with
each edit, so importing a newer export updates the events already in a
calendar instead of adding duplicates; cancelled events are exported as
CANCELLED so that calendars remove or strike them.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from zoneinfo import ZoneInfo

from icalendar import Calendar, Event

from alsdesk import APP_NAME, __version__
from alsdesk.services.schedule import EventInfo, EventKind
from alsdesk.services.sets import SetInfo

DEFAULT_LENGTH = dt.timedelta(hours=1)


def schedule_to_ics(
    action_set: SetInfo, events: list[EventInfo], *, stamp: dt.datetime | None = None
) -> bytes:
    """The calendar as bytes (CRLF lines, folded at 75 octets).

    Everything but DTSTAMP depends only on the arguments; pass ``stamp`` (an aware
    datetime) to fix that too.
    """
    zone = ZoneInfo(action_set.timezone)
    stamp = (stamp or dt.datetime.now(dt.UTC)).astimezone(dt.UTC).replace(microsecond=0)

    calendar = Calendar()
    calendar.add("prodid", f"-//{APP_NAME}//{APP_NAME} {__version__}//EN")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", _one_line(action_set.name))
    calendar.add("x-wr-timezone", action_set.timezone)

    ordered = sorted(events, key=lambda e: (e.date, e.start_time or dt.time.min, e.id, e.uid))
    for event in ordered:
        calendar.add_component(_vevent(action_set, event, zone, stamp))
    if ordered:
        # Transitions only for the years the events need keep the file small.
        calendar.add_missing_timezones(
            first_date=dt.date(ordered[0].date.year - 1, 1, 1),
            last_date=dt.date(ordered[-1].date.year + 2, 1, 1),
        )
    return calendar.to_ical()


def write_schedule_ics(action_set: SetInfo, events: list[EventInfo], path: Path) -> None:
    Path(path).write_bytes(schedule_to_ics(action_set, events))


def _vevent(action_set: SetInfo, event: EventInfo, zone: ZoneInfo, stamp: dt.datetime) -> Event:
    vevent = Event()
    vevent.add("uid", event.uid)
    vevent.add("sequence", event.sequence)
    vevent.add("dtstamp", stamp)
    start, end = _span(event, zone)
    vevent.add("dtstart", start)
    vevent.add("dtend", end)
    vevent.add("summary", _one_line(f"{action_set.name}: {event.title}"))
    if event.venue:
        vevent.add("location", _one_line(event.venue))
    description = _description(event)
    if description:
        vevent.add("description", description)
    vevent.add("categories", [EventKind(event.kind).label])
    vevent.add("status", "CANCELLED" if event.cancelled else "CONFIRMED")
    if event.kind == EventKind.DEADLINE:
        vevent.add("transp", "TRANSPARENT")
    return vevent


def _one_line(text: str) -> str:
    """Text for a one-line property: calendars show a title or place on one line.

    icalendar escapes line breaks in the properties it knows but refuses them
    (an AssertionError) in X- properties such as the calendar's name.
    """
    return " ".join(text.split())


def _span(event: EventInfo, zone: ZoneInfo) -> tuple[dt.date, dt.date]:
    """Start and end: dates for all-day events (end exclusive), else aware datetimes."""
    if event.start_time is None:
        return event.date, event.date + dt.timedelta(days=1)
    start = dt.datetime.combine(event.date, event.start_time, tzinfo=zone)
    if event.end_time is None:
        # A deadline is a moment, not a meeting: zero length, so it blocks no time.
        return start, start if event.kind == EventKind.DEADLINE else start + DEFAULT_LENGTH
    return start, dt.datetime.combine(event.date, event.end_time, tzinfo=zone)


def _description(event: EventInfo) -> str:
    parts = []
    if event.notes:
        parts.append(event.notes)
    if event.preparation:
        parts.append(f"Preparation: {event.preparation}")
    return "\n\n".join(parts)
