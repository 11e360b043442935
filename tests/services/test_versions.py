"""An edit begun from data that changed elsewhere is refused, and nothing is saved.

Two windows (or two copies, or two users of a shared server) open the same
set, person, event, action, goal or plan item; the first saves; the second
then saves from what it had read and must be told to reload, not silently
overwrite the first.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from alsdesk.services import Services
from alsdesk.services.actions import ActionDraft
from alsdesk.services.errors import ChangedElsewhereError
from alsdesk.services.goals import GoalDraft
from alsdesk.services.plan import PlanItemDraft
from alsdesk.store import open_store

STALE = "changed elsewhere since you opened it"


def _set(services, cedar, people):
    s = services.sets
    return s.get(cedar.id), lambda i, d, v: s.update(i, d, v), lambda i: s.get(i), "venue"


def _person(services, cedar, people):
    m = services.members
    return (
        m.get_person(people["Amira"]),
        lambda i, d, v: m.update_person(i, d, v),
        m.get_person,
        "job_title",
    )


def _event(services, cedar, people):
    s = services.schedule
    return s.list_events(cedar.id)[0], lambda i, d, v: s.update(i, d, v), s.get, "venue"


def _action(services, cedar, people):
    a = services.actions
    meeting = services.meetings.find(cedar.id, dt.date(2026, 9, 15)).id
    added = a.add(meeting, ActionDraft(people["Amira"], "Talk to the matron"))
    return added, lambda i, d, v: a.update(i, d, v), a.get, "text"


def _goal(services, cedar, people):
    g = services.goals
    added = g.create(people["Amira"], GoalDraft("Fewer late discharges"))
    return added, lambda i, d, v: g.update(i, d, v), g.get, "problem"


def _plan_item(services, cedar, people):
    p = services.plan
    added = p.add_item(
        people["Amira"],
        PlanItemDraft(need="Chairing meetings", dimensions=(3,), objective="Chair one"),
    )
    return (
        added,
        lambda i, d, v: p.update_item(i, d, v),
        lambda i: next(x for x in p.items(people["Amira"]) if x.id == i),
        "objective",
    )


KINDS = [_set, _person, _event, _action, _goal, _plan_item]


@pytest.mark.parametrize("kind", KINDS, ids=lambda k: k.__name__.strip("_"))
def test_a_stale_edit_is_refused_and_the_first_edit_stays(services, cedar, people, kind):
    opened, update, get, field = kind(services, cedar, people)
    first = update(opened.id, replace(opened.draft(), **{field: "First window"}), opened.version)
    assert first.version == opened.version + 1
    with pytest.raises(ChangedElsewhereError, match=STALE):
        update(opened.id, replace(opened.draft(), **{field: "Second window"}), opened.version)
    assert getattr(get(opened.id), field) == "First window"
    again = update(first.id, replace(first.draft(), **{field: "After reload"}), first.version)
    assert getattr(again, field) == "After reload"
    assert get(opened.id).version == opened.version + 2


@pytest.mark.parametrize("kind", KINDS, ids=lambda k: k.__name__.strip("_"))
def test_an_edit_from_another_connection_is_seen_as_a_change(
    services, cedar, people, kind, data_paths
):
    """The counter lives in the database: another copy's save counts too."""
    opened, update, get, field = kind(services, cedar, people)
    other = open_store(data_paths.database)
    try:
        other_update = _update_over(kind, Services.over(other))
        other_update(opened.id, replace(opened.draft(), **{field: "Other copy"}), opened.version)
    finally:
        other.close()
    with pytest.raises(ChangedElsewhereError):
        update(opened.id, replace(opened.draft(), **{field: "This copy"}), opened.version)
    assert getattr(get(opened.id), field) == "Other copy"


def _update_over(kind, services):
    """The same kind's update over another copy's services."""
    updates = {
        _set: lambda i, d, v: services.sets.update(i, d, v),
        _person: lambda i, d, v: services.members.update_person(i, d, v),
        _event: lambda i, d, v: services.schedule.update(i, d, v),
        _action: lambda i, d, v: services.actions.update(i, d, v),
        _goal: lambda i, d, v: services.goals.update(i, d, v),
        _plan_item: lambda i, d, v: services.plan.update_item(i, d, v),
    }
    return updates[kind]


def test_an_edit_without_a_version_still_saves(services, cedar):
    """Callers that edit from fresh data in one step (the command line, undo) pass none."""
    info = services.sets.get(cedar.id)
    services.sets.update(cedar.id, replace(info.draft(), venue="Room 1"))
    saved = services.sets.update(cedar.id, replace(info.draft(), venue="Room 2"))
    assert saved.venue == "Room 2" and saved.version == info.version + 2
