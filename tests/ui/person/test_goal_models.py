"""The goals page's models pass Qt's checks; measurements read as people write them; the
dialogs' labels lead to their inputs."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from alsdesk.services.goals import (
    GoalDraft,
    GoalStatus,
    Measure,
    MilestoneDraft,
    MilestoneStatus,
    UpdateDraft,
)
from alsdesk.ui.common.actions_model import OVERDUE_TEXT
from alsdesk.ui.common.roles import ROW_OBJECT_ROLE, SORT_ROLE
from alsdesk.ui.person.goal_dialog import GoalDialog
from alsdesk.ui.person.goal_format import measure_line, measure_title, with_unit
from alsdesk.ui.person.goal_list_model import STATUS_ROLE, GoalListModel
from alsdesk.ui.person.goal_milestones_model import DUE, MILESTONE, STATUS, GoalMilestonesModel
from alsdesk.ui.person.goal_updates_model import DATE, NARRATIVE, VALUE, GoalUpdatesModel
from alsdesk.ui.person.milestone_dialog import MilestoneDialog
from alsdesk.ui.person.update_dialog import UpdateDialog
from tests.ui.conftest import TODAY
from tests.ui.person.conftest import DISCHARGE_GOAL, GOAL_BEFORE


def test_goal_list_model_passes_the_model_tester_and_lists_active_goals_first(
    qtmodeltester, services, goal_owner, make_goal
):
    make_goal(draft=GoalDraft(title="Fewer missed doses", status=GoalStatus.PLANNED))
    make_goal()
    model = GoalListModel()
    model.reload(services.goals.list_goals(goal_owner.person_id))
    qtmodeltester.check(model)
    assert [model.index(row).data() for row in range(2)] == [
        "Discharge before noon on the acute medical unit",
        "Fewer missed doses",
    ]
    assert model.index(1).data(STATUS_ROLE) == "Planned"
    assert model.index(1).data(ROW_OBJECT_ROLE).status == GoalStatus.PLANNED
    assert model.row_of(model.index(1).data(ROW_OBJECT_ROLE).id) == 1
    assert model.row_of(999) == -1

    model.reload([])
    qtmodeltester.check(model)


def test_updates_model_passes_the_model_tester_and_marks_values_in_a_signal(
    qtmodeltester, services, make_goal
):
    goal = make_goal(GOAL_BEFORE[:3])
    services.goals.add_update(goal.id, UpdateDraft(dt.date(2026, 8, 31), None, "Bank holiday"))
    updates = services.goals.updates(goal.id)
    model = GoalUpdatesModel()
    model.reload(updates, "%", {updates[1].id: "Shift, Trend"})
    qtmodeltester.check(model)

    row = [model.index(1, column).data() for column in (DATE, VALUE, NARRATIVE)]
    assert row == ["10 Aug 2026", "40%", ""]
    assert model.index(1, VALUE).data(Qt.ItemDataRole.ToolTipRole) == (
        "Part of a signal on the chart: Shift, Trend"
    )
    assert model.index(1, VALUE).data(Qt.ItemDataRole.FontRole).bold()
    assert model.index(3, VALUE).data() == "—"
    assert model.index(3, NARRATIVE).data() == "Bank holiday"
    assert model.index(3, VALUE).data(SORT_ROLE) < model.index(1, VALUE).data(SORT_ROLE)
    assert model.headerData(NARRATIVE, Qt.Orientation.Horizontal) == "Narrative"


def test_milestones_model_passes_the_model_tester_and_says_overdue_in_words(
    qtmodeltester, services, make_goal
):
    goal = make_goal()
    for title, due, status in (
        ("Map the discharge process", dt.date(2026, 9, 1), MilestoneStatus.DONE),
        ("Trial a 10:00 huddle", dt.date(2026, 10, 30), MilestoneStatus.IN_PROGRESS),
        ("Agree a pharmacy cut-off", None, MilestoneStatus.PLANNED),
    ):
        services.goals.add_milestone(goal.id, MilestoneDraft(title, due, status))
    model = GoalMilestonesModel()
    model.reload(services.goals.milestones(goal.id), TODAY)
    qtmodeltester.check(model)

    assert model.index(0, STATUS).data() == "Done"
    assert model.index(0, STATUS).data(Qt.ItemDataRole.ForegroundRole) is None
    assert model.index(1, STATUS).data() == "In progress · overdue"
    assert model.index(1, DUE).data(Qt.ItemDataRole.ForegroundRole).color() == OVERDUE_TEXT
    assert model.index(2, DUE).data() == "—"
    assert model.index(2, DUE).data(Qt.ItemDataRole.ToolTipRole) == "No due date"
    assert model.index(2, MILESTONE).data(ROW_OBJECT_ROLE).title == "Agree a pharmacy cut-off"
    assert model.index(1, STATUS).data(SORT_ROLE) < model.index(0, STATUS).data(SORT_ROLE)


@pytest.mark.parametrize(
    ("value", "unit", "text"),
    [
        (42.0, "%", "42%"),
        (3.5, "days", "3.5 days"),
        (12, "", "12"),
        (None, "%", "—"),
        (0.125, " £k ", "0.125£k"),
    ],
)
def test_values_read_as_people_write_them(value, unit, text):
    assert with_unit(value, unit) == text


def test_the_measure_reads_as_a_sentence_with_only_what_is_known():
    measure = DISCHARGE_GOAL.measure
    assert measure_title(measure) == "Patients discharged before noon (%)"
    assert measure_line(measure) == (
        "Baseline 42% on 3 Aug 2026 → target 80% by 31 Mar 2027, higher is better"
    )
    fewer = Measure("Falls per 1,000 bed days", "", 7.5, None, 5, None, higher_is_better=False)
    assert measure_line(fewer) == "Baseline 7.5 → target 5, lower is better"
    assert measure_line(replace(fewer, baseline_value=None)) == "Target 5, lower is better"
    assert measure_line(Measure()) == ""
    assert measure_title(Measure(name="Falls")) == "Falls"


def test_each_label_of_the_goal_dialogs_leads_to_its_input_for_keyboard_users(
    qtbot, services, make_goal
):
    update = services.goals.add_update(make_goal().id, UpdateDraft(TODAY, 50))
    for dialog in (
        GoalDialog(services.goals, services.goals.validate, TODAY),
        MilestoneDialog(lambda draft: draft, TODAY),
        UpdateDialog(services.goals, update, "%"),
    ):
        qtbot.addWidget(dialog)
        captions = [label for label in dialog.findChildren(QLabel) if "&" in label.text()]
        assert captions
        for caption in captions:
            assert caption.buddy() is not None, caption.text()
            assert caption.buddy().focusPolicy() != Qt.FocusPolicy.NoFocus, caption.text()
