"""A newcomer asks for the demonstration set and sees every screen populated."""

from __future__ import annotations

import datetime as dt

import pytest

from alsdesk.services.demo import DEMO_SET_NAME, create_demo, demo_start_date
from alsdesk.services.schedule import EventKind

TODAY = dt.date(2026, 11, 23)


def by_title(events) -> dict:
    return {event.title: event for event in events}


def test_the_demo_set_has_six_members_with_different_roles(services):
    demo, created = create_demo(services, today=TODAY)

    assert created is True
    assert demo.name == DEMO_SET_NAME
    assert demo.member_count == 6
    members = services.members.list_members(demo.id)
    assert len(members) == 6
    assert len({m.person.full_name for m in members}) == 6
    assert len({m.person.job_title for m in members}) == 6
    assert len({(m.person.organisation, m.person.job_title) for m in members}) == 6
    # A mix of employers, as in a real set (two colleagues from one trust is allowed).
    assert len({m.person.organisation for m in members}) >= 5
    assert all(m.person.organisation and m.person.job_title for m in members)


def test_the_demo_set_has_its_first_two_meetings_behind_and_the_third_ahead(services):
    demo, _ = create_demo(services, today=TODAY)

    events = by_title(services.schedule.list_events(demo.id))

    assert events["Set meeting 1"].date < TODAY
    assert events["Set meeting 2"].date < TODAY
    assert events["Set meeting 3"].date > TODAY
    assert all(
        e.kind == EventKind.SET_MEETING
        for title, e in events.items()
        if title.startswith("Set meeting")
    )


def test_the_demo_schedule_is_the_default_year_plus_three_extra_events(services):
    demo, _ = create_demo(services, today=TODAY)

    events = services.schedule.list_events(demo.id)

    assert len(events) == 14
    assert sum(e.kind == EventKind.DEADLINE for e in events) == 2
    assert sum(e.kind == EventKind.OTHER for e in events) == 1
    assert len({e.uid for e in events}) == 14
    assert min(e.date for e in events) == demo.start_date


@pytest.mark.parametrize("offset", range(7))
def test_the_demo_set_starts_on_a_monday_whatever_day_today_is(services, offset):
    today = TODAY + dt.timedelta(days=offset)

    demo, _ = create_demo(services, today=today)

    assert demo.start_date.weekday() == 0
    assert demo.start_date == demo_start_date(today)
    assert demo.start_date <= today - dt.timedelta(weeks=8)
    events = by_title(services.schedule.list_events(demo.id))
    assert events["Set meeting 2"].date < today < events["Set meeting 3"].date


def test_making_the_demo_again_returns_the_same_set_and_adds_nothing(services):
    first, _ = create_demo(services, today=TODAY)
    events_before = services.schedule.list_events(first.id)
    people_before = services.members.list_people()
    sets_before = services.sets.list_sets(include_archived=True)

    again, created = create_demo(services, today=TODAY + dt.timedelta(weeks=30))

    assert created is False
    assert again == first
    assert services.schedule.list_events(first.id) == events_before
    assert services.members.list_people() == people_before
    assert services.sets.list_sets(include_archived=True) == sets_before
    assert len(people_before) == 6
