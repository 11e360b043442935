"""The plan's table models pass Qt's checks and say what a member needs to read."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from alsdesk.ui.common.roles import ROW_OBJECT_ROLE, SORT_ROLE
from alsdesk.ui.person.assessment_table_model import RATING_ROLE, AssessmentTableModel
from alsdesk.ui.person.plan_items_model import (
    DIMENSIONS,
    DUE_TEXT,
    NEED,
    OVERDUE_TEXT,
    REVIEW,
    STATUS,
    PlanItemsModel,
)
from tests.ui.conftest import TODAY


def test_the_plan_items_model_passes_the_model_tester(qtmodeltester, services, plan_history):
    model = PlanItemsModel()
    model.reload(services.plan.items(plan_history.person_id), TODAY)
    qtmodeltester.check(model)

    model.reload([], TODAY)
    assert model.rowCount() == 0
    qtmodeltester.check(model)


def test_the_assessment_model_passes_the_model_tester(qtmodeltester, services, plan_history):
    model = AssessmentTableModel()
    model.reload(services.plan.assessments(plan_history.person_id))
    qtmodeltester.check(model)

    model.reload([])
    assert model.columnCount() == 0
    qtmodeltester.check(model)


def test_a_plan_item_row_reads_as_a_sentence_would(services, plan_history):
    model = PlanItemsModel()
    model.reload(services.plan.items(plan_history.person_id), TODAY)

    rota = [model.index(0, column).data() for column in range(model.columnCount())]
    assert rota == [
        "Use data to argue for changes to the rota",
        "Evaluating information, Influencing for results",
        "20 Nov 2026 · overdue",
        "In progress",
    ]
    assert model.index(0, REVIEW).data(Qt.ItemDataRole.ForegroundRole).color() == OVERDUE_TEXT
    assert model.index(0, NEED).data(Qt.ItemDataRole.ForegroundRole).color() == DUE_TEXT
    assert model.index(0, STATUS).data(Qt.ItemDataRole.ToolTipRole) == (
        "<p>Last reviewed 20 Oct 2026: Found the e-roster export; need help with charts.</p>"
    )
    assert model.index(0, DIMENSIONS).data(Qt.ItemDataRole.ToolTipRole) == (
        "Evaluating information\nInfluencing for results"
    )
    assert model.index(0, NEED).data(ROW_OBJECT_ROLE) == plan_history.rota
    assert model.index(0, REVIEW).data(SORT_ROLE) == "2026-11-20"
    assert model.headerData(NEED, Qt.Orientation.Horizontal) == "Development need"
    assert model.due_count() == 2


def test_review_dates_say_today_and_soon_in_words(services, plan_history):
    model = PlanItemsModel()
    items = services.plan.items(plan_history.person_id)
    model.reload(items, dt.date(2026, 11, 28))
    assert model.index(1, REVIEW).data() == "28 Nov 2026 · due today"
    model.reload(items, dt.date(2026, 11, 10))  # a fortnight ahead: 24 Nov
    assert [model.index(r, REVIEW).data() for r in range(3)] == [
        "20 Nov 2026 · due soon",
        "28 Nov 2026",
        "10 Jan 2027",
    ]
    assert model.due_count() == 1


def test_an_assessment_cell_gives_its_rating_and_column_its_assessment(services, plan_history):
    model = AssessmentTableModel()
    model.reload(services.plan.assessments(plan_history.person_id))

    cell = model.index(6, 1)
    assert cell.data() == "Proficient ↑"
    assert cell.data(RATING_ROLE).reason == "Raised two concerns within a week of noticing them."
    assert cell.data(ROW_OBJECT_ROLE) == plan_history.mid
    assert model.headerData(1, Qt.Orientation.Horizontal, ROW_OBJECT_ROLE) == plan_history.mid
    assert model.headerData(6, Qt.Orientation.Vertical, Qt.ItemDataRole.ToolTipRole) == (
        "Do I agree clear expectations and follow them up?"
    )
    assert model.column_of(plan_history.start.id) == 0
