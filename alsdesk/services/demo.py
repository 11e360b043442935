"""A realistic demonstration set, so a newcomer sees every screen populated.

Dates are placed around today: the first two set meetings are in the past and
held, with attendance, airtime, notes, actions and report-back (their records
are in services/demo_meetings.py); members' goals and plans are in
services/demo_goals.py. Running it again finds the existing set and
changes nothing.
"""

from __future__ import annotations

import datetime as dt

from alsdesk.services.demo_goals import add_demo_goals_and_plans
from alsdesk.services.demo_meetings import hold_demo_meetings
from alsdesk.services.errors import NotFoundError
from alsdesk.services.members import PersonDraft
from alsdesk.services.schedule import EventDraft, EventKind
from alsdesk.services.sets import SetDraft, SetInfo

DEMO_SET_NAME = "Demonstration set: Birch"

DEMO_MEMBERS = [
    PersonDraft(
        "Amira Hassan",
        "Ward Manager, Acute Medical Unit",
        "Northgate Hospitals NHS Foundation Trust",
        "amira.hassan@northgate.nhs.uk",
        "0113 496 0101",
        "Wants to reduce delayed discharges before midday.",
    ),
    PersonDraft(
        "Daniel Price",
        "Advanced Paramedic Practitioner",
        "Yorkshire Coast Ambulance Service",
        "daniel.price@ycas.nhs.uk",
    ),
    PersonDraft(
        "Grace Mensah",
        "Practice Manager",
        "Riverside Primary Care Network",
        "grace.mensah@riverside-pcn.nhs.uk",
        "",
        "Joined the programme after a practice merger.",
    ),
    PersonDraft(
        "Tomasz Nowak",
        "Lead Pharmacist, Medicines Optimisation",
        "Northgate Hospitals NHS Foundation Trust",
        "tomasz.nowak@northgate.nhs.uk",
    ),
    PersonDraft(
        "Priya Raman",
        "Consultant Clinical Psychologist",
        "Pennine Mental Health Partnership",
        "priya.raman@pennine-mh.nhs.uk",
    ),
    PersonDraft(
        "Siobhan Kelly",
        "Registered Manager, Residential Care",
        "Harbour View Care Home (Leeds City Council)",
        "siobhan.kelly@leeds.gov.uk",
        "07700 900123",
    ),
]


def demo_start_date(today: dt.date) -> dt.date:
    """A Monday far enough back that set meetings 1 and 2 are over, 3 is ahead."""
    start = today - dt.timedelta(weeks=8)
    return start - dt.timedelta(days=start.weekday())


def create_demo(services, today: dt.date | None = None) -> tuple[SetInfo, bool]:
    """The demonstration set and whether it was created now (False: existed)."""
    try:
        return services.sets.find_by_name(DEMO_SET_NAME), False
    except NotFoundError:
        pass
    today = today or dt.date.today()
    start = demo_start_date(today)
    action_set = services.sets.create(
        SetDraft(
            name=DEMO_SET_NAME,
            programme="PG Cert Leading Health and Care Improvement, cohort 2026/27",
            facilitator="Dr Ruth Okafor",
            start_date=start,
            venue="Education Centre, Seminar Room 3, St Mary's Hospital",
        )
    )
    for person in DEMO_MEMBERS:
        services.members.add_new(action_set.id, person)
    services.schedule.generate_default(action_set.id, start)
    services.schedule.add_many(action_set.id, _extra_events(start, action_set.venue))
    hold_demo_meetings(services, action_set.id)
    add_demo_goals_and_plans(services, action_set.id, start, today)
    return services.sets.get(action_set.id), True


def _extra_events(start: dt.date, venue: str) -> list[EventDraft]:
    def friday_after(weeks: int) -> dt.date:
        day = start + dt.timedelta(weeks=weeks)
        return day + dt.timedelta(days=(4 - day.weekday()) % 7)

    return [
        EventDraft(
            EventKind.OTHER,
            "Tutor contact: individual review (online)",
            start + dt.timedelta(weeks=10, days=2),
            dt.time(16, 0),
            dt.time(16, 45),
            "Microsoft Teams",
            "Twenty minutes each; book a slot with the programme office.",
        ),
        EventDraft(
            EventKind.DEADLINE,
            "Short assignment: reflective account (1,500 words)",
            friday_after(16),
            dt.time(12, 0),
            None,
            "",
            "Submit through the university's virtual learning environment.",
            "Draw on your journal and the set's questions about your issue.",
        ),
        EventDraft(
            EventKind.DEADLINE,
            "End-of-module assignment (3,000 words)",
            friday_after(40),
            dt.time(12, 0),
            None,
            "",
            "Evaluate your own leadership, using your improvement work and 360 feedback.",
        ),
    ]
