"""A set two meetings into its year, made through the real services.

Cedar set starts on Mon 14 Sep 2026; set meeting 1 was on Tue 15 Sep, set
meeting 2 on Tue 27 Oct, and set meeting 3 is on Tue 8 Dec (TODAY is 23 Nov).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from alsdesk.services.actions import ActionDraft, ActionStatus
from alsdesk.services.meetings import AttendanceStatus, MeetingInfo
from alsdesk.services.schedule import EventKind
from alsdesk.services.sets import SetInfo

MEMBERS = ["Amira Hassan", "Daniel Price", "Grace Mensah", "Tomasz Nowak", "Priya Raman"]
START = dt.date(2026, 9, 14)
MEETING_2 = dt.date(2026, 10, 27)
MEETING_3 = dt.date(2026, 12, 8)

P, L, A, X = (
    AttendanceStatus.PRESENT,
    AttendanceStatus.LATE,
    AttendanceStatus.APOLOGIES,
    AttendanceStatus.ABSENT,
)

# Per member: their mark at set meeting 1 and at set meeting 2 (None: not recorded).
ATTENDANCE = {
    "Amira Hassan": (P, P),
    "Daniel Price": (P, L),
    "Grace Mensah": (A, P),
    "Tomasz Nowak": (P, X),
    "Priya Raman": (None, P),
}

# (owner, action, due date, what was reported at meeting 2 or None, comment)
FIRST_ACTIONS = [
    (
        "Amira Hassan",
        "Map the discharge process on the acute medical unit with the day and night teams",
        MEETING_2,
        ActionStatus.DONE,
        "Mapped with both teams; the pharmacy wait stood out",
    ),
    (
        "Amira Hassan",
        "Ask the bed manager for a week of discharge times",
        MEETING_2,
        ActionStatus.PARTLY_DONE,
        "Three days of data so far",
    ),
    (
        "Daniel Price",
        "Shadow a control-room shift to see how calls are triaged",
        MEETING_2,
        ActionStatus.NOT_DONE,
        "Shift cancelled twice by rota changes",
    ),
    (
        "Grace Mensah",
        "Meet both practice managers about a single reception rota",
        MEETING_2,
        ActionStatus.CARRIED_FORWARD,
        "Second meeting booked for November",
    ),
    (
        "Tomasz Nowak",
        "Audit a month of missed doses on two wards",
        MEETING_2,
        None,
        "",
    ),
]
SECOND_ACTIONS = [
    ("Amira Hassan", "Trial a 10:00 discharge huddle for two weeks", MEETING_3),
    ("Daniel Price", "Write to the clinical lead about the triage audit", dt.date(2026, 11, 20)),
    ("Grace Mensah", "Read the King's Fund piece on practice mergers", None),
]


@dataclass(frozen=True)
class SetHistory:
    action_set: SetInfo
    people: dict[str, int]
    meetings: list[MeetingInfo]
    """Set meetings 1 and 2, opened and held."""

    def person(self, name: str) -> int:
        return self.people[name]


def set_meetings(services, set_id: int):
    return [e for e in services.schedule.list_events(set_id) if e.kind == EventKind.SET_MEETING]


def two_meetings_in(services, make_set, make_member, name: str = "Cedar set") -> SetHistory:
    """Cedar set with five members, attendance at two meetings and eight actions."""
    action_set = make_set(name, start_date=START)
    people = {person: make_member(action_set.id, person).person_id for person in MEMBERS}
    services.schedule.generate_default(action_set.id, START)
    first, second = (
        services.meetings.open_for_event(event.id)
        for event in set_meetings(services, action_set.id)[:2]
    )
    for person, marks in ATTENDANCE.items():
        for meeting, mark in zip((first, second), marks, strict=True):
            if mark is not None:
                late_at = dt.time(10, 5) if mark == L else None
                services.meetings.mark(meeting.id, people[person], mark, late_at)
    for owner, text, due, status, comment in FIRST_ACTIONS:
        action = services.actions.add(first.id, ActionDraft(people[owner], text, due))
        if status is not None:
            services.actions.review(action.id, second.id, status, comment)
    for owner, text, due in SECOND_ACTIONS:
        services.actions.add(second.id, ActionDraft(people[owner], text, due))
    return SetHistory(services.sets.get(action_set.id), people, [first, second])
