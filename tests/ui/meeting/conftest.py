"""Fixtures for the meeting workspace tests: a set of four with a generated year."""

from __future__ import annotations

import datetime as dt

import pytest

from alsdesk.services.schedule import EventKind
from tests.ui.meeting.helpers import MEMBERS


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
