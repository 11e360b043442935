"""Linking an action agreed at a set meeting to one of its owner's improvement goals."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from alsdesk.services.goals import GoalDraft, GoalStatus
from alsdesk.ui.meeting.workspace import AIRTIME_TAB
from tests.ui.conftest import click
from tests.ui.meeting.helpers import person, run_meeting


def test_an_action_is_linked_to_one_of_the_owners_goals(
    qtbot, shown, meetings, services, cedar, two_bidders
):
    amira = person(services, cedar, "Amira Hassan")
    daniel = person(services, cedar, "Daniel Price")
    discharges = services.goals.create(
        amira, GoalDraft("Discharges before midday", status=GoalStatus.ACTIVE)
    )
    services.goals.create(amira, GoalDraft("An old idea", status=GoalStatus.STOPPED))
    services.goals.create(daniel, GoalDraft("Fewer conveyances", status=GoalStatus.ACTIVE))

    workspace = run_meeting(qtbot, shown, meetings[1])
    workspace.tabs.setCurrentIndex(AIRTIME_TAB)
    notes = workspace.airtime.notes
    goal_box = notes.action_goal
    offered = [goal_box.itemText(i) for i in range(goal_box.count())]
    # Only the owner's goals still being worked on; no goal by default.
    assert offered == ["No goal", "Discharges before midday"]
    assert goal_box.currentData() is None

    qtbot.keyClicks(notes.action_text, "Map a week of discharges")
    goal_box.setCurrentIndex(goal_box.findText("Discharges before midday"))
    click(qtbot, notes.add_button)

    [action] = services.actions.agreed_at(workspace.meeting.id)
    assert action.goal_id == discharges.id
    assert [a.text for a in services.goals.linked_actions(discharges.id)] == [
        "Map a week of discharges"
    ]
    rows = [w.text() for w in notes.findChildren(QLabel) if "Map a week" in w.text()]
    assert rows and "goal: Discharges before midday" in rows[0]
    assert goal_box.currentData() is None, "the form starts again with no goal"

    # Choosing another owner offers their goals instead.
    notes.action_owner.setCurrentIndex(notes.action_owner.findText("Daniel Price"))
    assert [goal_box.itemText(i) for i in range(goal_box.count())] == [
        "No goal",
        "Fewer conveyances",
    ]
