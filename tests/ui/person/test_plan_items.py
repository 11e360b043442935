"""A member writes development plan items, reviews them when due, and tidies them away."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget, QWidget

from alsdesk.services.plan import PlanStatus
from alsdesk.ui.person.plan_items_model import (
    CLOSED_TEXT,
    DUE_BACKGROUND,
    NEED,
    REVIEW,
    STATUS,
)
from tests.ui.conftest import click, click_button, type_into
from tests.ui.person.conftest import type_goal_date


def tick_dimension(qtbot, dialog, name: str) -> None:
    """Move down the dimensions list with the arrow keys and tick one with Space."""
    dimensions = dialog.findChild(QListWidget, "dimensions")
    dimensions.setFocus()
    qtbot.keyClick(dimensions, Qt.Key.Key_Home)
    while dimensions.currentItem().text() != name:
        qtbot.keyClick(dimensions, Qt.Key.Key_Down)
    qtbot.keyClick(dimensions, Qt.Key.Key_Space)
    assert dimensions.currentItem().checkState() == Qt.CheckState.Checked


def toolbar_button(panel, action):
    return panel.toolbar.bar.widgetForAction(action)


def rows(panel, column: int) -> list[str]:
    model = panel.table.model()
    return [model.index(row, column).data() for row in range(model.rowCount())]


def select_item(qtbot, panel, need: str) -> None:
    row = rows(panel, NEED).index(need)
    index = panel.table.model().index(row, NEED)
    qtbot.mouseClick(
        panel.table.viewport(),
        Qt.MouseButton.LeftButton,
        pos=panel.table.visualRect(index).center(),
    )
    assert panel.selected().need == need


def test_an_item_without_an_objective_is_refused_at_the_field_and_nothing_is_saved(
    qtbot, plan_page, services, plan_person, on_modal, screenshot
):
    panel = plan_page.items
    assert panel.empty.isVisible()
    assert panel.empty.title.text() == "<b>No plan items yet.</b>"
    seen = {}

    def interact(dialog) -> None:
        assert dialog.windowTitle() == "Add plan item"
        type_into(qtbot, dialog, "need", "Hold difficult conversations earlier")
        tick_dimension(qtbot, dialog, "Holding to account")
        tick_dimension(qtbot, dialog, "Leading with care")
        type_into(qtbot, dialog, "activities", "Shadow the matron; practise with the set")
        click_button(qtbot, dialog, "Add")
        seen["open"] = dialog.isVisible()
        seen["objective"] = dialog.error_text("objective")
        seen["need"] = dialog.error_text("need")
        seen["saved"] = services.plan.items(plan_person)
        screenshot(dialog, "plan-item-dialog-refused")
        type_into(qtbot, dialog, "objective", "Raise a concern within a week, three times of three")
        assert dialog.error_text("objective") == ""
        click_button(qtbot, dialog, "Add")

    on_modal(interact)
    with qtbot.waitSignal(plan_page.changed):
        click(qtbot, panel.empty.button)

    assert seen["open"]
    assert seen["objective"] == "Set a specific objective for this need."
    assert seen["need"] == ""
    assert seen["saved"] == []
    [item] = services.plan.items(plan_person)
    assert item.dimensions == (2, 7)
    assert item.review_date == dt.date(2026, 12, 21)  # four weeks on, unless changed
    assert item.status == PlanStatus.NOT_STARTED
    assert rows(panel, NEED) == ["Hold difficult conversations earlier"]
    assert panel.selected() == item
    assert panel.details.dimensions.text() == "Leading with care, Holding to account"
    assert panel.details.no_notes.isVisible()
    assert plan_page.export_button.isEnabled()


def test_due_items_are_highlighted_and_say_so_in_words(plan_page, plan_history):
    plan_page.show_person(plan_history.person_id)
    panel = plan_page.items
    model = panel.table.model()

    assert rows(panel, REVIEW) == ["20 Nov 2026 · overdue", "28 Nov 2026 · due soon", "10 Jan 2027"]
    assert rows(panel, STATUS) == ["In progress", "Not started", "Achieved"]
    for row in (0, 1):
        assert model.index(row, NEED).data(Qt.ItemDataRole.BackgroundRole).color() == DUE_BACKGROUND
    achieved = model.index(2, NEED)
    assert achieved.data(Qt.ItemDataRole.BackgroundRole) is None
    assert achieved.data(Qt.ItemDataRole.ForegroundRole).color() == CLOSED_TEXT
    assert panel.title.summary.text() == "3 items · 2 due for review"
    assert panel.selected() == plan_history.rota  # the first item is shown to start with
    assert panel.details.due.text() == "Review overdue by 3 days: add a review note."
    assert panel.details.due.isVisible()


def test_a_review_note_with_a_next_review_date_moves_the_item_on(
    qtbot, plan_page, services, plan_history, on_modal
):
    plan_page.show_person(plan_history.person_id)
    panel = plan_page.items
    select_item(qtbot, panel, "Use data to argue for changes to the rota")
    seen = {}

    def interact(dialog) -> None:
        assert dialog.windowTitle() == "Review plan item"
        assert dialog.current.text() == "The review date is now 20 Nov 2026."
        type_goal_date(qtbot, dialog.findChild(QWidget, "next_review_edit"), dt.date(2026, 11, 1))
        click_button(qtbot, dialog, "Save review")
        seen["note"] = dialog.error_text("note")
        seen["next_review"] = dialog.error_text("next_review")
        seen["reviews"] = services.plan.get_item(plan_history.rota.id).reviews
        type_into(qtbot, dialog, "note", "Drafted the run chart with the analyst.")
        type_goal_date(qtbot, dialog.findChild(QWidget, "next_review_edit"), dt.date(2027, 1, 15))
        click_button(qtbot, dialog, "Save review")

    on_modal(interact)
    with qtbot.waitSignal(plan_page.changed):
        click(qtbot, toolbar_button(panel, panel.review_action))

    assert seen["note"] == "Write how the item is going."
    assert seen["next_review"] == "The next review cannot be before this one (23 Nov 2026)."
    assert seen["reviews"] == plan_history.rota.reviews  # nothing half-saved
    item = services.plan.get_item(plan_history.rota.id)
    assert item.review_date == dt.date(2027, 1, 15)
    assert [(r.date, r.note) for r in item.reviews][-1] == (
        dt.date(2026, 11, 23),
        "Drafted the run chart with the analyst.",
    )
    assert rows(panel, REVIEW) == ["28 Nov 2026 · due soon", "15 Jan 2027", "10 Jan 2027"]
    assert panel.selected().id == item.id  # the reviewed item stays chosen
    assert not panel.details.due.isVisible()
    assert panel.title.summary.text() == "3 items · 1 due for review"
    assert len(panel.details.note_buttons) == 2


def test_marking_an_item_achieved_greys_it_and_it_is_no_longer_due(
    qtbot, plan_page, services, plan_history, on_modal
):
    plan_page.show_person(plan_history.person_id)
    panel = plan_page.items
    select_item(qtbot, panel, "Hold difficult conversations about performance earlier")

    def interact(dialog) -> None:
        assert dialog.windowTitle() == "Edit plan item"
        assert dialog.field("need").text() == (
            "Hold difficult conversations about performance earlier"
        )
        status = dialog.field("status")
        status.setFocus()
        qtbot.keyClick(status, Qt.Key.Key_End)
        qtbot.keyClick(status, Qt.Key.Key_Up)
        assert status.currentText() == "Achieved"
        click_button(qtbot, dialog, "Save")

    on_modal(interact)
    with qtbot.waitSignal(plan_page.changed):
        click(qtbot, toolbar_button(panel, panel.edit_action))

    item = services.plan.get_item(plan_history.conversations.id)
    assert item.status == PlanStatus.ACHIEVED
    assert item.activities == "Shadow the matron; practise with the set"  # kept as it was
    assert panel.title.summary.text() == "3 items · 1 due for review"
    row = rows(panel, NEED).index(item.need)
    assert panel.table.model().index(row, REVIEW).data() == "28 Nov 2026"


def test_deleting_an_item_or_a_review_note_asks_first(
    qtbot, plan_page, services, plan_history, on_modal
):
    plan_page.show_person(plan_history.person_id)
    panel = plan_page.items
    select_item(qtbot, panel, "Use data to argue for changes to the rota")
    questions = []

    def answer(text: str):
        def interact(box) -> None:
            questions.append(box.text())
            click_button(qtbot, box, text)

        return interact

    on_modal(answer("Cancel"))
    click(qtbot, panel.details.note_buttons[0])
    assert questions[-1] == "Delete the review note of 20 Oct 2026?"
    assert services.plan.get_item(plan_history.rota.id).reviews == plan_history.rota.reviews

    on_modal(answer("Delete"))
    with qtbot.waitSignal(plan_page.changed):
        click(qtbot, panel.details.note_buttons[0])
    assert services.plan.get_item(plan_history.rota.id).reviews == ()
    assert panel.details.no_notes.isVisible()

    delete = toolbar_button(panel, panel.delete_action)
    on_modal(answer("Cancel"))
    click(qtbot, delete)
    assert questions[-1] == "Delete the plan item “Use data to argue for changes to the rota”?"
    assert len(services.plan.items(plan_history.person_id)) == 3

    on_modal(answer("Delete"))
    with qtbot.waitSignal(plan_page.changed):
        click(qtbot, delete)
    assert [i.need for i in services.plan.items(plan_history.person_id)] == [
        "Hold difficult conversations about performance earlier",
        "Share the ward's vision with the night staff",
    ]
    assert rows(panel, NEED)[0] == "Hold difficult conversations about performance earlier"
    assert panel.title.summary.text() == "2 items · 1 due for review"


def test_the_delete_key_in_the_table_deletes_the_chosen_item_after_asking(
    qtbot, plan_page, services, plan_history, on_modal
):
    plan_page.show_person(plan_history.person_id)
    panel = plan_page.items
    select_item(qtbot, panel, "Share the ward's vision with the night staff")
    questions = []

    def interact(box) -> None:
        questions.append(box.text())
        click_button(qtbot, box, "Delete")

    on_modal(interact)
    with qtbot.waitSignal(plan_page.changed):
        qtbot.keyClick(panel.table, Qt.Key.Key_Delete)

    assert questions == ["Delete the plan item “Share the ward's vision with the night staff”?"]
    assert len(services.plan.items(plan_history.person_id)) == 2
