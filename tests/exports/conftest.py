"""A set that has held its first two meetings, built through the real services.

Set meeting 1 (15 September 2026): Amira and Łukasz present; Daniel, without
airtime, still commits to an action; Grace sends apologies.
Set meeting 2 (27 October 2026): everyone reports back; Şule presents (and
runs over), Amira presents again; Łukasz arrives late.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pytest
from pypdf import PdfReader

from alsdesk.services.actions import ActionDraft, ActionStatus
from alsdesk.services.meetings import AttendanceStatus
from alsdesk.services.schedule import EventKind

MEMBERS = ("Amira Hassan", "Łukasz Zieliński", "Şule Yılmaz", "Daniel Price", "Grace Mensah")
PRINTED = dt.date(2026, 11, 2)


@dataclass(frozen=True)
class HeldSet:
    set_id: int
    people: dict[str, int]  # full name -> person id
    meeting_ids: tuple[int, int]
    meeting_events: tuple  # the set meetings of the schedule, oldest first


def pdf_pages(path) -> list[str]:
    """Each page's text with whitespace collapsed, as a reader would search it."""
    return [" ".join(page.extract_text().split()) for page in PdfReader(path).pages]


def at(day: dt.date, hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour, minute))


def run_turn(services, meeting_id: int, person_id: int, start: dt.datetime, minutes: float):
    """Give ``person_id`` the floor at ``start`` for ``minutes`` and finish the turn."""
    turn = next(t for t in services.airtime.turns(meeting_id) if t.person_id == person_id)
    services.airtime.start(turn.id, start)
    return services.airtime.finish(turn.id, start + dt.timedelta(minutes=minutes))


@pytest.fixture
def held_set(services, make_set, make_member) -> HeldSet:
    action_set = make_set("Cedar set")
    people = {name: make_member(action_set.id, name).person_id for name in MEMBERS}
    services.schedule.generate_default(action_set.id, dt.date(2026, 9, 14))
    events = tuple(
        e for e in services.schedule.list_events(action_set.id) if e.kind == EventKind.SET_MEETING
    )
    first = _hold_first_meeting(services, events[0].id, people)
    second = _hold_second_meeting(services, events[1].id, first, people)
    return HeldSet(action_set.id, people, (first, second), events)


def _hold_first_meeting(services, event_id: int, people: dict[str, int]) -> int:
    meeting = services.meetings.open_for_event(event_id)
    day = meeting.date
    for name in ("Amira Hassan", "Łukasz Zieliński", "Şule Yılmaz", "Daniel Price"):
        services.meetings.mark(meeting.id, people[name], AttendanceStatus.PRESENT)
    services.meetings.mark(meeting.id, people["Grace Mensah"], AttendanceStatus.APOLOGIES)

    amira = services.airtime.bid(meeting.id, people["Amira Hassan"], 40)
    lukasz = services.airtime.bid(meeting.id, people["Łukasz Zieliński"], 30)
    run_turn(services, meeting.id, people["Amira Hassan"], at(day, 13, 45), 42)
    services.airtime.save_notes(
        amira.id,
        issue="Patients wait until after 3 pm to go home & beds <stay> blocked.",
        key_questions="- Who decides a patient is ready to go?\n"
        "- What happens at 10 am on a good day?\n"
        "- Whose problem is this, really?",
        sees_differently="The delay starts the evening before, not on the morning ward round.",
    )
    run_turn(services, meeting.id, people["Łukasz Zieliński"], at(day, 14, 40), 28)
    services.airtime.save_notes(
        lukasz.id,
        issue="Medicines reconciliation is late for weekend admissions.",
        key_questions="What would a weekend pharmacist need to start earlier?",
    )

    add = services.actions.add
    add(
        meeting.id,
        ActionDraft(people["Amira Hassan"], "Shadow the night coordinator for one shift."),
    )
    add(
        meeting.id,
        ActionDraft(
            people["Amira Hassan"],
            "Map discharge steps with the therapy team.",
            dt.date(2026, 10, 20),
        ),
    )
    add(
        meeting.id,
        ActionDraft(
            people["Łukasz Zieliński"],
            "Ask the chief pharmacist about a Saturday rota trial.",
            dt.date(2026, 10, 1),
        ),
    )
    add(
        meeting.id,
        ActionDraft(people["Daniel Price"], "Read the handover audit from last winter."),
    )
    services.meetings.save_notes(
        meeting.id,
        process_review="Questions drifted into advice twice; we stopped the set once to notice it.",
        next_meeting_notes="27 October, Education Centre, Room 2. Bring your improvement measure.",
    )
    return meeting.id


def _hold_second_meeting(services, event_id: int, first_id: int, people: dict[str, int]) -> int:
    meeting = services.meetings.open_for_event(event_id)
    day = meeting.date
    for name in ("Amira Hassan", "Şule Yılmaz", "Daniel Price", "Grace Mensah"):
        services.meetings.mark(meeting.id, people[name], AttendanceStatus.PRESENT)
    services.meetings.mark(
        meeting.id, people["Łukasz Zieliński"], AttendanceStatus.LATE, dt.time(10, 5)
    )

    earlier = {a.text: a for a in services.actions.agreed_at(first_id)}
    review = services.actions.review
    review(
        earlier["Shadow the night coordinator for one shift."].id,
        meeting.id,
        ActionStatus.DONE,
        "Saw how late the take-home medicines are ordered.",
    )
    review(
        earlier["Map discharge steps with the therapy team."].id,
        meeting.id,
        ActionStatus.PARTLY_DONE,
        "Therapy lead on leave; half the map done.",
    )
    review(
        earlier["Ask the chief pharmacist about a Saturday rota trial."].id,
        meeting.id,
        ActionStatus.CARRIED_FORWARD,
        "Meeting moved to November.",
    )
    review(earlier["Read the handover audit from last winter."].id, meeting.id, ActionStatus.DONE)

    sule = services.airtime.bid(meeting.id, people["Şule Yılmaz"], 45)
    services.airtime.bid(meeting.id, people["Amira Hassan"], 30)
    run_turn(services, meeting.id, people["Şule Yılmaz"], at(day, 10, 30), 52)
    services.airtime.save_notes(
        sule.id,
        issue="Two practices merged; receptionists follow two different triage scripts.",
        key_questions="Who wrote each script, and why?\nWhat do patients notice first?",
        sees_differently="The scripts matter less than who the receptionists can ask.",
    )
    run_turn(services, meeting.id, people["Amira Hassan"], at(day, 11, 30), 25)
    services.actions.add(
        meeting.id,
        ActionDraft(
            people["Şule Yılmaz"],
            "Sit with each reception team for a morning.",
            dt.date(2026, 12, 8),
        ),
    )
    return meeting.id
