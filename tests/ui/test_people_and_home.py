"""People in the sidebar, the user's own space, and plan reviews due on the home page."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from alsdesk.services.plan import PlanItemDraft, PlanStatus
from alsdesk.services.run_chart import SignalKind
from alsdesk.ui.person.person_page import GOALS_TAB, PLAN_TAB
from tests.ui.conftest import TODAY, activate, click, click_button, type_into


def _row(panel, text):
    model = panel.model
    return next(model.index(r) for r in range(model.rowCount()) if model.index(r).data() == text)


def test_a_member_adds_their_own_goals_and_plan_space(qtbot, window, services, on_modal):
    assert window.people_panel.me_button.isVisible()
    seen = {}

    def fill(dialog):
        click_button(qtbot, dialog, "OK")
        seen["error"] = dialog.error_text("full_name")
        type_into(qtbot, dialog, "full_name", "Chidi Okonkwo")
        click_button(qtbot, dialog, "OK")

    on_modal(fill)
    click(qtbot, window.people_panel.me_button)

    assert seen["error"] == "Type your name."
    assert services.people.me().full_name == "Chidi Okonkwo"
    assert window.stack.currentWidget() is window.person_page
    assert window.person_page.title.text() == "Chidi Okonkwo"
    assert window.people_panel.model.index(0).data() == "Chidi Okonkwo (you)"
    assert not window.people_panel.me_button.isVisible()


def test_set_members_are_listed_under_people_and_open_their_page(
    qtbot, window, services, make_set, make_member
):
    cedar = make_set("Cedar set")
    make_member(cedar.id, "Amira Hassan")
    make_member(cedar.id, "Tom Reilly")
    window.sets_panel.reload(cedar.id)
    window.people_panel.reload()
    panel = window.people_panel

    assert [panel.model.index(r).data() for r in range(panel.model.rowCount())] == [
        "Amira Hassan",
        "Tom Reilly",
    ]
    click(qtbot, panel.view)  # focus the list
    panel.view.setCurrentIndex(_row(panel, "Tom Reilly"))

    assert window.stack.currentWidget() is window.person_page
    assert window.person_page.subtitle.text() == "Member of Cedar set"
    assert window.sets_panel.current_id() is None, "one thing is current in the sidebar"
    assert window.person_page.tabs.currentIndex() == GOALS_TAB

    window.sets_panel.view.setCurrentIndex(window.sets_panel.model.index(0))
    assert window.stack.currentWidget() is window.set_page
    assert panel.current_id() is None


def test_plan_reviews_due_are_on_the_home_page_and_open_the_plan(
    qtbot, window, services, make_set, make_member, screenshot
):
    cedar = make_set("Cedar set")
    amira = make_member(cedar.id, "Amira Hassan")
    due = services.plan.add_item(
        amira.person_id,
        PlanItemDraft(
            "Speak up at the bed meeting.",
            (9,),
            "Bring one proposal a week.",
            review_date=TODAY + dt.timedelta(days=3),
        ),
    )
    services.plan.add_item(
        amira.person_id,
        PlanItemDraft(
            "Read more on run charts.",
            (3,),
            "Finish the module reading.",
            review_date=TODAY - dt.timedelta(days=1),
            status=PlanStatus.ACHIEVED,
        ),
    )
    window.people_panel.reload()
    window._refresh_home()
    assert window.home_button.text() == "Home (1 due for review)"

    click(qtbot, window.home_button)

    assert window.stack.currentWidget() is window.welcome
    assert window.sets_panel.current_id() is None
    rows = window.welcome.review_list
    assert rows.count() == 1
    assert rows.item(0).text().startswith("Amira Hassan: Speak up at the bed meeting.")
    assert "due 26 Nov 2026" in rows.item(0).text()
    screenshot(window, "home-reviews")

    rows.itemClicked.emit(rows.item(0))

    assert window.stack.currentWidget() is window.person_page
    assert window.person_page.title.text() == "Amira Hassan"
    assert window.person_page.tabs.currentIndex() == PLAN_TAB
    assert window.person_page.plan.current_item_id() == due.id


def test_the_person_page_is_reopened_at_the_next_start(
    qtbot, make_window, services, make_set, make_member
):
    cedar = make_set("Cedar set")
    make_member(cedar.id, "Amira Hassan")
    first = make_window()
    first.people_panel.view.setCurrentIndex(_row(first.people_panel, "Amira Hassan"))
    first.close()

    second = make_window()

    assert second.stack.currentWidget() is second.person_page
    assert second.person_page.title.text() == "Amira Hassan"


def test_the_demonstration_shows_a_goal_with_a_shift_and_a_plan(qtbot, window, services):
    click(qtbot, window.welcome.demo_button)
    window.people_panel.view.setCurrentIndex(_row(window.people_panel, "Amira Hassan"))

    page = window.person_page
    assert window.stack.currentWidget() is page
    marked = page.goals.chart.marked_points()
    assert len(marked) >= 6 and set(marked.values()) == {SignalKind.SHIFT}
    assert page.plan.radar.series_count() == 2
    assert window.home_button.text() == "Home (2 due for review)"


def test_undo_on_a_persons_page_does_not_reach_back_into_the_set(
    qtbot, window, services, make_set, make_member
):
    cedar = make_set("Cedar set")
    make_member(cedar.id, "Amira Hassan")
    window.sets_panel.reload(cedar.id)
    window.editor.edit_set(services.sets.get(cedar.id), services.sets.get(cedar.id).draft())
    assert window.editor.undo_stack.canUndo()
    window.people_panel.reload()
    window.people_panel.view.setCurrentIndex(_row(window.people_panel, "Amira Hassan"))
    assert not window.undo_action.isVisible()

    activate(qtbot, window)
    window.person_page.goals.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)

    assert window.stack.currentWidget() is window.person_page
    assert window.editor.undo_stack.canUndo(), "nothing was undone"
    click(qtbot, window.home_button)
    assert window.undo_action.isVisible()


def test_a_dialog_starts_in_its_first_field_and_tabs_to_ok_last(qtbot, window, on_modal):
    seen = {}

    def look(dialog):
        field = dialog.field("full_name")
        seen["focus"] = dialog.focusWidget() is field
        qtbot.keyClick(field, Qt.Key.Key_Tab)
        seen["after"] = dialog.focusWidget() is dialog.ok_button
        click_button(qtbot, dialog, "Cancel")

    on_modal(look)
    click(qtbot, window.people_panel.me_button)

    assert seen == {"focus": True, "after": True}
