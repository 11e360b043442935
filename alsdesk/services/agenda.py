"""The schedule as an agenda: events by month, each with where it stands today."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum

from alsdesk.i18n import QT_TRANSLATE_NOOP, translate
from alsdesk.services.calendar_days import day_flags
from alsdesk.services.schedule import EventInfo, EventKind, sort_key


class EventStatus(StrEnum):
    """Where an event stands today; a set meeting's also says whether it was held."""

    HELD = "held"
    """A set meeting with something recorded (attendance, bids, actions...)."""
    TODAY = "today"
    UPCOMING = "upcoming"
    MISSED = "missed"
    """A set meeting whose date has passed with nothing recorded."""
    PAST = "past"
    CANCELLED = "cancelled"

    @property
    def label(self) -> str:
        return translate("services", STATUS_LABELS[self])


STATUS_LABELS = {
    EventStatus.HELD: QT_TRANSLATE_NOOP("services", "Held"),
    EventStatus.TODAY: QT_TRANSLATE_NOOP("services", "Today"),
    EventStatus.UPCOMING: QT_TRANSLATE_NOOP("services", "Upcoming"),
    EventStatus.MISSED: QT_TRANSLATE_NOOP("services", "Missed: no record"),
    EventStatus.PAST: QT_TRANSLATE_NOOP("services", "Past"),
    EventStatus.CANCELLED: QT_TRANSLATE_NOOP("services", "Cancelled"),
}


def event_status(event: EventInfo, today: dt.date, recorded: bool = False) -> EventStatus:
    if event.cancelled:
        return EventStatus.CANCELLED
    if event.kind == EventKind.SET_MEETING and recorded:
        return EventStatus.HELD
    if event.date == today:
        return EventStatus.TODAY
    if event.date > today:
        return EventStatus.UPCOMING
    return EventStatus.MISSED if event.kind == EventKind.SET_MEETING else EventStatus.PAST


@dataclass(frozen=True)
class AgendaItem:
    event: EventInfo
    is_past: bool
    is_next: bool
    flags: tuple[str, ...]
    status: EventStatus = EventStatus.UPCOMING


@dataclass(frozen=True)
class MonthGroup:
    month: dt.date  # the first of the month
    items: list[AgendaItem] = field(default_factory=list)

    @property
    def title(self) -> str:
        return f"{self.month:%B %Y}"


def build_agenda(
    events: list[EventInfo],
    today: dt.date,
    region: str = "ENG",
    records: Mapping[int, bool] | None = None,
) -> list[MonthGroup]:
    """Events by month; past ones marked, and the next live one (today counts).

    ``records`` (ScheduleService.meeting_records) tells held meetings from missed ones.
    """
    records = records or {}
    ordered = sorted(events, key=sort_key)
    next_event = next((e for e in ordered if e.date >= today and not e.cancelled), None)
    groups: list[MonthGroup] = []
    for event in ordered:
        month = event.date.replace(day=1)
        if not groups or groups[-1].month != month:
            groups.append(MonthGroup(month))
        groups[-1].items.append(
            AgendaItem(
                event=event,
                is_past=event.date < today,
                is_next=event is next_event,
                flags=tuple(day_flags(event.date, region)),
                status=event_status(event, today, records.get(event.id, False)),
            )
        )
    return groups
