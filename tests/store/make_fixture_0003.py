"""Make fixtures/revision_0003_airtime_actions.sqlite3 (run once, by the release that made 0003).

    python -m tests.store.make_fixture_0003

A little data in every table, written through the services (see fixture_writer).
"""

from __future__ import annotations

import datetime as dt
import sys

from alsdesk.services import Services
from alsdesk.services.actions import ActionDraft, ActionStatus
from alsdesk.services.meeting_agenda import AgendaStep, StepKind
from alsdesk.services.meetings import AirtimeMode, AttendanceStatus
from alsdesk.services.members import PersonDraft
from alsdesk.services.schedule import EventDraft, EventKind
from alsdesk.services.sets import SetDraft
from tests.store.fixture_writer import write_fixture

REVISION = "0003_airtime_actions"


def fill(services: Services) -> None:
    cedar = services.sets.create(
        SetDraft("Cedar set", "MSc Healthcare Leadership 2026/27", "Dr Ruth Okafor")
    )
    services.meetings.set_default_agenda(
        cedar.id,
        [
            AgendaStep(StepKind.CHECK_IN, "Arrivals"),
            AgendaStep(StepKind.BIDS, "Bids"),
            AgendaStep(StepKind.AIRTIME, "Airtime"),
            AgendaStep(StepKind.OTHER, "Reading: Revans on questioning"),
            AgendaStep(StepKind.PROCESS_REVIEW, "How we worked today"),
            AgendaStep(StepKind.CLOSE, "Close"),
        ],
    )
    amira = services.members.add_new(cedar.id, PersonDraft("Amira Hassan", "Ward Manager"))
    tom = services.members.add_new(cedar.id, PersonDraft("Tom Reilly", "Paramedic"))
    first_event, second_event, _deadline = services.schedule.add_many(
        cedar.id,
        [
            EventDraft(
                EventKind.SET_MEETING,
                "Set meeting 1",
                dt.date(2026, 9, 15),
                dt.time(13, 30),
                dt.time(16, 30),
            ),
            EventDraft(
                EventKind.SET_MEETING,
                "Set meeting 2",
                dt.date(2026, 10, 27),
                dt.time(9, 30),
                dt.time(16, 30),
            ),
            EventDraft(EventKind.DEADLINE, "Short assignment due", dt.date(2026, 12, 4)),
        ],
    )

    first = services.meetings.open_for_event(first_event.id)
    services.meetings.set_timing(
        first.id, breaks_minutes=15, review_minutes=20, airtime_mode=AirtimeMode.EQUAL
    )
    services.meetings.mark(first.id, amira.person_id, AttendanceStatus.PRESENT)
    services.meetings.mark(first.id, tom.person_id, AttendanceStatus.LATE, dt.time(13, 50))
    turn = services.airtime.bid(first.id, amira.person_id, 40)
    services.airtime.bid(first.id, tom.person_id)
    services.airtime.plan(first.id, {amira.person_id: 40})
    services.airtime.start(turn.id, dt.datetime(2026, 9, 15, 14, 0))
    services.airtime.extend(turn.id, 120)
    services.airtime.finish(turn.id, dt.datetime(2026, 9, 15, 14, 43))
    services.airtime.save_notes(
        turn.id,
        issue="Discharges happen late in the day.",
        key_questions="Who decides, and when?",
        sees_differently="The day before matters most.",
    )
    action = services.actions.add(
        first.id, ActionDraft(amira.person_id, "Map a week of discharges.", second_event.date)
    )
    services.meetings.save_notes(
        first.id, process_review="Ground rules agreed.", next_meeting_notes="Same room."
    )
    services.meetings.go_to_step(first.id, 4)

    second = services.meetings.open_for_event(second_event.id)
    services.meetings.mark(second.id, amira.person_id, AttendanceStatus.PRESENT)
    services.meetings.mark(second.id, tom.person_id, AttendanceStatus.APOLOGIES)
    services.actions.review(action.id, second.id, ActionStatus.DONE, "Mapped 41 discharges.")
    # A round left running, as when the laptop is shut mid-airtime.
    running = services.airtime.bid(second.id, amira.person_id, 30)
    services.airtime.start(running.id, dt.datetime(2026, 10, 27, 10, 5))


if __name__ == "__main__":
    sys.exit(write_fixture(REVISION, fill))
