"""A facilitator follows up the set's actions on the Actions tab."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QComboBox, QLabel

from alsdesk.services.actions import ActionDraft, ActionStatus
from alsdesk.ui.common.actions_model import ACTION, AGREED, DUE, MEMBER, OVERDUE_TEXT, STATUS
from alsdesk.ui.sets.actions_view import ActionsView
from alsdesk.ui.sets.editor import Editor
from alsdesk.ui.sets.set_page import ACTIONS_TAB
from tests.ui.conftest import TODAY, click, click_button, replace_text
from tests.ui.set_history import MEETING_3, two_meetings_in


@pytest.fixture
def history(services, make_set, make_member):
    return two_meetings_in(services, make_set, make_member)


@pytest.fixture
def view(window, history):
    window.sets_panel.reload(history.action_set.id)
    window.set_page.tabs.setCurrentIndex(ACTIONS_TAB)
    return window.set_page.actions


def column(view, number):
    """The texts of one column, top to bottom, as the table shows them."""
    model = view.table.model()
    return [model.index(row, number).data() for row in range(model.rowCount())]


def choose(qtbot, combo: QComboBox, text: str) -> None:
    """Open the combo's list with a click, move down to ``text`` and press Enter."""
    row = combo.findText(text)
    assert row >= 0, f"no {text!r} in {combo.objectName()}"
    click(qtbot, combo)
    popup = combo.view()
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup, Qt.Key.Key_Home)
    for _ in range(row):
        qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not popup.isVisible())
    assert combo.currentText() == text


def test_the_tracker_lists_every_action_and_says_which_are_overdue(
    window, view, history, screenshot
):
    assert window.set_page.tabs.tabText(ACTIONS_TAB) == "&Actions (8)"
    assert view.toolbar.status.text() == "8 actions · 2 overdue · 50% completed"
    assert column(view, MEMBER)[:2] == ["Amira Hassan", "Amira Hassan"]
    assert column(view, AGREED)[0] == "15 Sep 2026"
    assert column(view, DUE)[-1] == "—"
    assert column(view, STATUS) == [
        "Done",
        "Partly done",
        "Not done",
        "Carried forward",  # due again at meeting 3, not overdue at once
        "Open · overdue",
        "Open",
        "Open · overdue",
        "Open",
    ]
    carried = view.table.model().index(3, STATUS)
    assert carried.data(Qt.ItemDataRole.ForegroundRole) is None
    assert carried.sibling(3, DUE).data() == "8 Dec 2026"
    overdue = view.table.model().index(4, STATUS)
    assert overdue.data(Qt.ItemDataRole.ForegroundRole).color() == OVERDUE_TEXT
    assert view.table.model().index(0, STATUS).data(Qt.ItemDataRole.ForegroundRole) is None
    assert "Second meeting booked" in carried.sibling(3, 5).data()
    screenshot(window, "actions-tracker")


def test_choosing_a_member_shows_only_their_actions(qtbot, view):
    choose(qtbot, view.owner_filter, "Amira Hassan")

    assert column(view, MEMBER) == ["Amira Hassan"] * 3
    assert view.toolbar.status.text() == "3 of 8 actions · 75% completed"
    assert view.clear_action.isEnabled()


def test_status_and_overdue_filters_narrow_the_list_together(qtbot, view):
    choose(qtbot, view.status_filter, "Open")
    assert column(view, STATUS) == ["Open · overdue", "Open", "Open · overdue", "Open"]

    click(qtbot, view.overdue_only)
    assert view.overdue_only.isChecked()
    assert column(view, MEMBER) == ["Tomasz Nowak", "Daniel Price"]
    assert view.toolbar.status.text() == "2 of 8 actions · 2 overdue"

    choose(qtbot, view.status_filter, "Any status")
    assert column(view, MEMBER) == ["Tomasz Nowak", "Daniel Price"]


def test_overdue_is_judged_against_today(make_window, history):
    window = make_window(today=dt.date(2026, 10, 1))
    window.sets_panel.reload(history.action_set.id)
    view = window.set_page.actions

    assert view.toolbar.status.text() == "8 actions · 50% completed"
    assert "Open · overdue" not in column(view, STATUS)


def test_filters_that_hide_everything_say_so_and_clear_filters_brings_the_rows_back(
    qtbot, view, screenshot
):
    choose(qtbot, view.owner_filter, "Priya Raman")
    assert view.empty.currentWidget() is view.empty.hint
    assert view.empty.hint.text().startswith("No actions match these filters.")
    assert view.toolbar.status.text() == "0 of 8 actions"
    screenshot(view, "actions-filtered-empty")

    click(qtbot, view.toolbar.bar.widgetForAction(view.clear_action))
    assert view.owner_filter.currentText() == "All members"
    assert view.empty.currentWidget() is view.table
    assert view.table.model().rowCount() == 8
    assert not view.clear_action.isEnabled()


def test_a_set_without_actions_says_where_actions_come_from(window, make_set):
    oak = make_set("Oak set")
    window.sets_panel.reload(oak.id)
    view = window.set_page.actions

    assert window.set_page.tabs.tabText(ACTIONS_TAB) == "&Actions (0)"
    assert view.empty.currentWidget() is view.empty.hint
    assert view.empty.hint.text() == (
        "No actions yet.\nActions agreed in set meetings appear here."
    )
    assert not view.owner_filter.isEnabled()
    assert not view.overdue_only.isEnabled()


def test_clicking_the_due_header_sorts_by_date_not_by_text(qtbot, view):
    header = view.table.horizontalHeader()
    position = header.sectionViewportPosition(DUE) + header.sectionSize(DUE) // 2
    qtbot.mouseClick(
        header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(position, header.height() // 2)
    )

    assert column(view, DUE) == [
        "27 Oct 2026",
        "27 Oct 2026",
        "27 Oct 2026",
        "27 Oct 2026",
        "20 Nov 2026",
        "8 Dec 2026",
        "8 Dec 2026",  # carried forward at meeting 2 to meeting 3
        "—",
    ]


def test_the_tab_reloads_after_any_edit_and_keeps_its_filters(qtbot, services, history):
    editor = Editor(services.sets, services.members, services.schedule)
    view = ActionsView(services.actions, services.members, editor, lambda: TODAY)
    qtbot.addWidget(view)
    view.show()
    view.show_set(history.action_set.id)
    choose(qtbot, view.owner_filter, "Priya Raman")
    counts = []
    view.count_changed.connect(counts.append)
    services.actions.add(
        history.meetings[1].id,
        ActionDraft(history.person("Priya Raman"), "Book a psychology team away day"),
    )

    editor.edit_set(history.action_set, history.action_set.draft())

    assert column(view, MEMBER) == ["Priya Raman"]
    assert view.owner_filter.currentText() == "Priya Raman"
    assert counts == [9]


def test_showing_another_set_starts_with_no_filters(qtbot, window, view, history, make_set):
    choose(qtbot, view.status_filter, "Done")
    oak = make_set("Oak set")
    window.sets_panel.reload(oak.id)
    window.sets_panel.reload(history.action_set.id)

    assert view.status_filter.currentText() == "Any status"
    assert view.table.model().rowCount() == 8


def test_actions_of_someone_who_left_the_set_can_still_be_picked_out(
    qtbot, window, view, history, services
):
    services.members.remove(history.action_set.id, history.person("Tomasz Nowak"))
    window.sets_panel.reload(history.action_set.id)

    choose(qtbot, view.owner_filter, "Tomasz Nowak (left the set)")
    assert column(view, MEMBER) == ["Tomasz Nowak"]


def test_deleting_the_set_empties_the_tracker(window, view, history):
    window.editor.delete_set(history.action_set)

    assert window.stack.currentWidget() is window.welcome
    assert view.table.model().rowCount() == 0


# -- between meetings --------------------------------------------------------------------


def tracked(services, history, text):
    return next(a for a in services.actions.tracker(history.action_set.id) if a.text == text)


def press(qtbot, view, action) -> None:
    button = view.report_button if action is view.report_action else view.edit_button
    assert button.isEnabled() and button.isVisible()
    click(qtbot, button)


def test_a_member_reports_back_between_meetings_and_the_rate_counts_it(
    qtbot, window, view, services, history, on_modal, screenshot
):
    audit = tracked(services, history, "Audit a month of missed doses on two wards")
    assert not view.report_button.isEnabled()  # nothing chosen yet
    view.select_action(audit.id)
    assert view.report_button.isEnabled()

    def report(dialog) -> None:
        assert "Tomasz Nowak" in dialog.findChild(QLabel, "report_summary").text()
        choose(qtbot, dialog.field("status"), "Done")
        dialog.field("comment").setFocus()
        qtbot.keyClicks(dialog.field("comment"), "Sent the audit to the matron")
        heard = dialog.field("reviewed_on")
        heard.setFocus()
        heard.selectAll()
        qtbot.keyClicks(heard, "20/11/26")
        screenshot(dialog, "actions-report-between-meetings")
        click_button(qtbot, dialog, "OK")

    on_modal(report, leave_open=True)
    press(qtbot, view, view.report_action)

    done = tracked(services, history, audit.text)
    assert (done.status, done.comment, done.reviewed_on, done.reported_between) == (
        ActionStatus.DONE,
        "Sent the audit to the matron",
        dt.date(2026, 11, 20),
        True,
    )
    assert view.toolbar.status.text() == "8 actions · 1 overdue · 62% completed"  # 2.5 of 4
    assert view.selected().id == audit.id
    row = next(r for r in range(view.proxy.rowCount()) if column(view, MEMBER)[r] == "Tomasz Nowak")
    status = view.proxy.index(row, STATUS)
    assert status.data() == "Done"
    assert "between meetings" in status.data(Qt.ItemDataRole.ToolTipRole)


def test_carrying_forward_between_meetings_offers_the_next_meeting_as_due(
    qtbot, view, services, history, on_modal
):
    audit = tracked(services, history, "Audit a month of missed doses on two wards")
    view.select_action(audit.id)

    def carry(dialog) -> None:
        assert not dialog.field("carried_to").isEnabled()
        choose(qtbot, dialog.field("status"), "Carried forward")
        assert dialog.field("carried_to").isEnabled()
        assert dialog.field("carried_to").text() == "8 Dec 2026"  # meeting 3, after today
        click_button(qtbot, dialog, "OK")

    on_modal(carry, leave_open=True)
    press(qtbot, view, view.report_action)

    carried = tracked(services, history, audit.text)
    assert (carried.status, carried.due_date) == (ActionStatus.CARRIED_FORWARD, MEETING_3)
    assert "overdue" not in view.proxy.index(4, STATUS).data()
    assert view.toolbar.status.text() == "8 actions · 1 overdue · 50% completed"


def test_an_action_edited_after_report_back_keeps_its_history(
    qtbot, window, view, services, history, on_modal, screenshot
):
    shift = tracked(services, history, "Shadow a control-room shift to see how calls are triaged")
    view.select_action(shift.id)

    def edit(dialog) -> None:
        replace_text(qtbot, dialog, "text", "Shadow a night control-room shift")
        choose(qtbot, dialog.field("owner_id"), "Amira Hassan")
        click_button(qtbot, dialog, "OK")

    on_modal(edit, leave_open=True)
    press(qtbot, view, view.edit_action)

    edited = tracked(services, history, "Shadow a night control-room shift")
    assert edited.owner_name == "Amira Hassan"
    (was,) = edited.history
    assert (was.text, was.owner_name) == (shift.text, "Daniel Price")
    row = column(view, ACTION).index("Shadow a night control-room shift")
    tooltip = view.proxy.index(row, ACTION).data(Qt.ItemDataRole.ToolTipRole)
    assert "History:" in tooltip and "was “Shadow a control-room shift" in tooltip
    assert "was Daniel Price’s" in tooltip

    def look(dialog) -> None:
        history_label = dialog.findChild(QLabel, "action_history")
        assert history_label is not None and "Daniel Price" in history_label.text()
        screenshot(dialog, "actions-edit-with-history")

    view.select_action(edited.id)
    on_modal(look)
    press(qtbot, view, view.edit_action)
    assert len(tracked(services, history, edited.text).history) == 1  # cancelled: no change


def test_an_edit_refused_at_the_field_saves_nothing(qtbot, view, services, history, on_modal):
    rota = tracked(services, history, "Read the King's Fund piece on practice mergers")
    view.select_action(rota.id)

    def edit(dialog) -> None:
        replace_text(qtbot, dialog, "text", " ")
        click_button(qtbot, dialog, "OK")
        assert dialog.isVisible()
        assert dialog.error_text("text") == "Say what the action is."
        dialog.reject()

    on_modal(edit, leave_open=True)
    press(qtbot, view, view.edit_action)
    assert tracked(services, history, rota.text).version == rota.version
