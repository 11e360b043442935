"""A member's plan and goals on a full disk: told what was not saved, nothing half-done."""

from __future__ import annotations

import sqlite3
from contextlib import contextmanager

from PySide6.QtWidgets import QMessageBox
from sqlalchemy import event

from alsdesk.services.goals import UpdateDraft
from tests.ui.conftest import TODAY, click, click_button
from tests.ui.person.test_plan_items import select_item, toolbar_button

FULL = "alsdesk could not save: the disk is full. Nothing was changed."


@contextmanager
def disk_full(store):
    def full(_conn, _cursor, statement, *_args):
        if statement.lstrip().upper().startswith(("INSERT", "UPDATE", "DELETE")):
            raise sqlite3.OperationalError("database or disk is full")

    event.listen(store.engine, "before_cursor_execute", full)
    try:
        yield
    finally:
        event.remove(store.engine, "before_cursor_execute", full)


def reading(qtbot, seen: list[tuple[str, str]]):
    def read(box) -> None:
        assert isinstance(box, QMessageBox)
        seen.append((box.windowTitle(), box.text()))
        click_button(qtbot, box, "OK")

    return read


def test_deleting_a_plan_item_on_a_full_disk_keeps_it_and_says_so(
    qtbot, plan_page, services, plan_history, store, on_modal
):
    plan_page.show_person(plan_history.person_id)
    panel = plan_page.items
    select_item(qtbot, panel, "Use data to argue for changes to the rota")
    seen: list[tuple[str, str]] = []

    on_modal(lambda box: (on_modal(reading(qtbot, seen)), click_button(qtbot, box, "Delete")))
    with disk_full(store):
        click(qtbot, toolbar_button(panel, panel.delete_action))
        qtbot.waitUntil(lambda: bool(seen), timeout=30_000)

    assert seen == [("Plan item not deleted", FULL)]
    assert len(services.plan.items(plan_history.person_id)) == 3


def test_editing_a_progress_update_on_a_full_disk_keeps_the_dialog_and_what_was_typed(
    qtbot, goals_page, make_goal, services, store, on_modal
):
    goal = make_goal()
    services.goals.add_update(goal.id, UpdateDraft(TODAY, 40.0))
    goals_page.show_person(goal.person_id)
    panel = goals_page.detail.updates
    panel.table.selectRow(0)
    seen: list[tuple[str, str]] = []
    after = {}

    def edit(dialog) -> None:
        dialog.value.setText("45")
        on_modal(reading(qtbot, seen))
        with disk_full(store):
            click_button(qtbot, dialog, "Save")
        after.update(open=dialog.isVisible(), value=dialog.value.text())

    on_modal(edit)
    panel.edit_selected()

    assert seen == [("Edit progress update", FULL)]
    assert after == {"open": True, "value": "45"}
    assert [u.value for u in services.goals.updates(goal.id)] == [40.0]
