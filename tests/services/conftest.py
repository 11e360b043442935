"""Fixtures for the meeting services: a set of three with a generated year."""

from __future__ import annotations

import datetime as dt

import pytest


@pytest.fixture
def cedar(services, make_set, make_member):
    """Cedar set: Amira, Daniel and Grace; the default year from Monday 14 September 2026."""
    action_set = make_set("Cedar set")
    for name in ("Amira Hassan", "Daniel Price", "Grace Mensah"):
        make_member(action_set.id, name)
    services.schedule.generate_default(action_set.id, dt.date(2026, 9, 14))
    return action_set


@pytest.fixture
def people(services, cedar):
    """Person ids by first name."""
    return {
        m.person.full_name.split()[0]: m.person_id for m in services.members.list_members(cedar.id)
    }
