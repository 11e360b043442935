"""A facilitator merges two records of one person from the People list, and can undo it."""

from __future__ import annotations

import datetime as dt

import pytest

from alsdesk.services.actions import ActionDraft
from alsdesk.services.goals import GoalDraft
from alsdesk.services.meetings import AttendanceStatus
from alsdesk.services.members import PersonDraft
from alsdesk.services.schedule import EventKind
from tests.ui.conftest import click, click_button
from tests.ui.screens import on_laptops


@pytest.fixture
def twice(window, services, make_set, make_member):
    """Amira Hassan typed twice: once in Cedar, once in Cedar and Oak with goals and actions."""
    cedar = make_set("Cedar set")
    oak = make_set("Oak set")
    first = make_member(cedar.id, "Amira Hassan")
    make_member(cedar.id, "Daniel Price")
    second = services.members.add_new(
        cedar.id, PersonDraft("Amira Hassan", email="amira.hassan@northgate.nhs.uk")
    )
    services.members.add_existing(oak.id, second.person_id)
    services.schedule.generate_default(cedar.id, dt.date(2026, 9, 14))
    event = next(
        e for e in services.schedule.list_events(cedar.id) if e.kind == EventKind.SET_MEETING
    )
    meeting = services.meetings.open_for_event(event.id)
    services.meetings.mark(meeting.id, first.person_id, AttendanceStatus.PRESENT)
    services.meetings.mark(meeting.id, second.person_id, AttendanceStatus.PRESENT)
    services.actions.add(meeting.id, ActionDraft(second.person_id, "Talk to the matron"))
    services.goals.create(second.person_id, GoalDraft("Fewer falls on Ward 7"))
    window.sets_panel.reload(cedar.id)
    window.people_panel.reload()
    return cedar, first.person_id, second.person_id


def _amiras(window) -> int:
    model = window.people_panel.model
    names = [model.index(row).data() for row in range(model.rowCount())]
    return sum(name.startswith("Amira Hassan") for name in names)


def test_merging_moves_everything_to_the_kept_person_and_undo_splits_them_again(
    qtbot, window, services, twice, on_modal, screenshot
):
    cedar, first, second = twice
    assert _amiras(window) == 2
    model = window.people_panel.model
    assert [model.index(row).data() for row in range(2)] == [  # told apart by their sets
        "Amira Hassan · Cedar set",
        "Amira Hassan · Cedar set, Oak set",
    ]
    assert window.people_panel.select(first)
    seen = {}

    def merge(dialog):
        seen["keep"] = dialog.keep.currentData()
        seen["drop"] = dialog.drop.currentData()
        seen["preview"] = dialog.preview.text()
        seen["elided"] = dialog.preview.toolTip()
        folder = screenshot(dialog, "merge-dialog").parent
        on_laptops(window, dialog, folder, "merge-dialog")
        click_button(qtbot, dialog, "Merge")

    on_modal(merge)
    click(qtbot, window.people_panel.merge_button)

    assert (seen["keep"], seen["drop"]) == (first, second)  # the twin is proposed
    preview = seen["preview"]
    assert "2 set memberships (1 already recorded for both: kept once)" in preview
    assert "1 attendance record (1 already recorded for both: kept once)" in preview
    assert "1 action\n" in preview and "1 improvement goal\n" in preview
    assert "takes the email it lacked" in preview
    assert seen["elided"] == ""  # the whole preview fits
    assert _amiras(window) == 1
    assert window.people_panel.current_id() == first
    members = [m.person.full_name for m in services.members.list_members(cedar.id)]
    assert members == ["Amira Hassan", "Daniel Price"]
    assert [g.title for g in services.goals.list_goals(first)] == ["Fewer falls on Ward 7"]
    assert "merged two records of Amira Hassan" in window.statusBar().currentMessage()

    window.undo_action.trigger()
    assert _amiras(window) == 2
    assert [g.title for g in services.goals.list_goals(second)] == ["Fewer falls on Ward 7"]
    assert len(services.members.list_members(cedar.id)) == 3
    window.redo_action.trigger()
    assert _amiras(window) == 1


def test_swap_keeps_the_other_record(qtbot, window, services, twice, on_modal):
    _cedar, first, second = twice
    window.people_panel.select(first)
    seen = {}

    def merge(dialog):
        click_button(qtbot, dialog, "Swap")
        seen["preview"] = dialog.preview.text()
        click_button(qtbot, dialog, "Merge")

    on_modal(merge)
    click(qtbot, window.people_panel.merge_button)

    assert seen["preview"].startswith("Keeps: Amira Hassan (amira.hassan@northgate.nhs.uk")
    assert [p.id for p in services.members.list_people() if p.full_name == "Amira Hassan"] == [
        second
    ]


def test_the_merge_button_shows_only_when_there_are_two_people(window, make_set, make_member):
    cedar = make_set("Cedar set")
    make_member(cedar.id, "Amira Hassan")
    window.people_panel.reload()
    assert not window.people_panel.merge_button.isVisible()
    make_member(cedar.id, "Daniel Price")
    window.people_panel.reload()
    assert window.people_panel.merge_button.isVisible()
