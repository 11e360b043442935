"""Fixtures for the meeting workspace tests: a set of four with a generated year."""

from __future__ import annotations

import datetime as dt

import pytest

from alsdesk.services.meetings import AttendanceStatus
from alsdesk.services.schedule import EventKind
from tests.ui.meeting.helpers import MEMBERS, person


@pytest.fixture
def cedar(services, make_set, make_member):
    action_set = make_set("Cedar set", start_date=dt.date(2026, 9, 14))
    for name in MEMBERS:
        make_member(action_set.id, name)
    services.schedule.generate_default(action_set.id, dt.date(2026, 9, 14))
    return action_set


@pytest.fixture
def meetings(services, cedar):
    """The set-meeting events: 2 is on Tue 27 Oct 2026, 3 on Tue 8 Dec, 09:30 to 16:30."""
    return [e for e in services.schedule.list_events(cedar.id) if e.kind == EventKind.SET_MEETING]


@pytest.fixture
def shown(window, cedar):
    window.sets_panel.reload(cedar.id)
    window.set_page.tabs.setCurrentWidget(window.set_page.schedule)
    return window


@pytest.fixture
def two_bidders(shown, meetings, services, cedar, clock):
    """Meeting 2 at 11:00 with Amira (30 min) and Daniel (20 min) to present."""
    clock.now = dt.datetime(2026, 10, 27, 11, 0)
    meeting = services.meetings.open_for_event(meetings[1].id)
    amira, daniel = person(services, cedar, "Amira Hassan"), person(services, cedar, "Daniel Price")
    for pid in (amira, daniel):
        services.meetings.mark(meeting.id, pid, AttendanceStatus.PRESENT)
    services.airtime.bid(meeting.id, amira, 30)
    services.airtime.bid(meeting.id, daniel, 20)
    return meeting
