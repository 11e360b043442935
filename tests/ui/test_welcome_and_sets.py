"""A facilitator's first start: the welcome page, creating, editing and removing sets."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from alsdesk.services.demo import DEMO_SET_NAME
from alsdesk.services.sets import DEFAULT_GROUND_RULES, SetDraft
from tests.ui.conftest import (
    activate,
    click,
    click_button,
    rename_set_to,
    replace_text,
    type_into,
)


def test_first_start_shows_the_welcome_page(window, screenshot):
    assert window.stack.currentWidget() is window.welcome
    assert not window.export_ics_action.isEnabled()
    screenshot(window, "welcome")


def test_facilitator_creates_a_set_from_the_welcome_page(qtbot, window, services, on_modal):
    def fill(dialog):
        assert dialog.field("ground_rules").toPlainText() == DEFAULT_GROUND_RULES
        type_into(qtbot, dialog, "name", "Cedar set")
        type_into(qtbot, dialog, "programme", "MSc Healthcare Leadership 2026/27")
        type_into(qtbot, dialog, "facilitator", "Dr Ruth Okafor")
        type_into(qtbot, dialog, "venue", "Education Centre")
        click_button(qtbot, dialog, "OK")

    on_modal(fill)
    click(qtbot, window.welcome.create_button)

    [created] = services.sets.list_sets()
    assert created.name == "Cedar set"
    assert created.facilitator == "Dr Ruth Okafor"
    assert window.stack.currentWidget() is window.set_page
    assert window.set_page.title.text() == "Cedar set"
    assert "Saved" in window.statusBar().currentMessage()


def test_a_set_without_a_name_is_refused_at_the_field(
    qtbot, window, services, on_modal, screenshot
):
    seen = {}

    def fill(dialog):
        type_into(qtbot, dialog, "programme", "MSc")
        click_button(qtbot, dialog, "OK")
        seen["error"] = dialog.error_text("name")
        seen["still_open"] = dialog.isVisible()
        screenshot(dialog, "set-dialog-error")

    on_modal(fill)
    window.new_set_action.trigger()

    assert seen == {"error": "Give the set a name.", "still_open": True}
    assert services.sets.list_sets() == []


def test_a_duplicate_set_name_is_refused(qtbot, window, make_set, on_modal):
    make_set("Cedar set")
    window.sets_panel.reload()
    seen = {}

    def fill(dialog):
        type_into(qtbot, dialog, "name", "cedar SET")
        click_button(qtbot, dialog, "OK")
        seen["error"] = dialog.error_text("name")

    on_modal(fill)
    window.new_set_action.trigger()
    assert "already exists" in seen["error"]


def test_renaming_a_set_can_be_undone_and_redone_with_the_keyboard(
    qtbot, window, make_set, services, on_modal
):
    action_set = make_set("Cedar set")
    window.sets_panel.reload(action_set.id)

    on_modal(rename_set_to(qtbot, "Oak set"))
    window.edit_set_action.trigger()
    assert services.sets.get(action_set.id).name == "Oak set"
    assert window.set_page.title.text() == "Oak set"

    activate(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert services.sets.get(action_set.id).name == "Cedar set"
    assert window.set_page.title.text() == "Cedar set"
    assert window.statusBar().currentMessage().startswith("Undone")

    qtbot.keyClick(
        window,
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert services.sets.get(action_set.id).name == "Oak set"


def test_archived_sets_are_hidden_until_asked_for(qtbot, window, make_set, services):
    make_set("Ash set")
    old = make_set("Cedar set")
    window.sets_panel.reload(old.id)

    window.archive_action.trigger()

    assert [s.name for s in services.sets.list_sets()] == ["Ash set"]
    assert window.sets_panel.model.rowCount() == 1
    assert window.set_page.title.text() == "Ash set"
    assert "Show archived sets" in window.statusBar().currentMessage()

    click(qtbot, window.sets_panel.show_archived)
    names = [
        window.sets_panel.model.index(row).data()
        for row in range(window.sets_panel.model.rowCount())
    ]
    assert names == ["Ash set", "Cedar set (archived)"]

    window.undo_action.trigger()
    assert not services.sets.get(old.id).archived
    assert window.set_page.title.text() == "Cedar set"


def test_showing_archived_sets_keeps_the_shown_set_without_reloading_it(
    qtbot, window, make_set, services
):
    make_set("Ash set")
    shown = make_set("Birch set")
    hidden = make_set("Cedar set")
    services.sets.set_archived(hidden.id, True)
    window.sets_panel.reload(shown.id)
    assert window.set_page.title.text() == "Birch set"
    announced: list = []
    window.sets_panel.set_selected.connect(announced.append)
    members = window.set_page.members.model
    resets: list = []
    members.modelReset.connect(lambda: resets.append(True))

    click(qtbot, window.sets_panel.show_archived)
    assert window.sets_panel.model.rowCount() == 3
    click(qtbot, window.sets_panel.show_archived)
    assert window.sets_panel.model.rowCount() == 2

    assert announced == [] and resets == []
    assert window.set_page.title.text() == "Birch set"
    assert window.sets_panel.current_id() == shown.id


def test_hiding_archived_sets_moves_off_an_archived_set_shown(qtbot, window, make_set, services):
    make_set("Ash set")
    old = make_set("Cedar set")
    services.sets.set_archived(old.id, True)
    click(qtbot, window.sets_panel.show_archived)
    window.sets_panel.select(old.id)
    assert window.set_page.title.text().startswith("Cedar set")

    click(qtbot, window.sets_panel.show_archived)
    assert window.set_page.title.text() == "Ash set"


def test_deleting_a_set_asks_first_and_can_be_undone(qtbot, window, make_set, services, on_modal):
    action_set = make_set("Cedar set")
    window.sets_panel.reload(action_set.id)

    on_modal(lambda box: click_button(qtbot, box, "Cancel"))
    window.delete_set_action.trigger()
    assert services.sets.list_sets() != []

    asked = {}

    def agree(box: QMessageBox):
        asked["text"] = box.text()
        click_button(qtbot, box, "Delete set")

    on_modal(agree)
    window.delete_set_action.trigger()
    assert "Cedar set" in asked["text"]
    assert services.sets.list_sets() == []
    assert window.stack.currentWidget() is window.welcome

    window.undo_action.trigger()
    assert [s.name for s in services.sets.list_sets()] == ["Cedar set"]
    assert window.set_page.title.text() == "Cedar set"


def test_demonstration_set_opens_from_the_welcome_page(qtbot, window, services, screenshot):
    click(qtbot, window.welcome.demo_button)

    [demo] = services.sets.list_sets()
    assert demo.name == DEMO_SET_NAME
    assert window.set_page.title.text() == DEMO_SET_NAME
    assert window.set_page.members.model.rowCount() == 6
    assert window.set_page.schedule.model.event_count() >= 11
    screenshot(window, "demo-details")
    window.set_page.tabs.setCurrentIndex(1)
    screenshot(window, "demo-members")
    window.set_page.tabs.setCurrentIndex(2)
    screenshot(window, "demo-schedule")

    window.demo_action.trigger()
    assert len(services.sets.list_sets()) == 1


def test_window_layout_and_last_set_are_restored_at_next_start(
    qtbot, make_window, make_set, services
):
    make_set("Ash set")
    cedar = make_set("Cedar set")
    first = make_window()
    first.sets_panel.select(cedar.id)
    first.resize(first.minimumSizeHint().width() + 30, 520)
    first.splitter.setSizes([260, first.splitter.width() - 260])
    first.set_page.tabs.setCurrentIndex(2)
    first.close()
    size, splitter = first.size(), first.splitter.sizes()

    second = make_window()
    assert second.sets_panel.current_id() == cedar.id
    assert second.set_page.title.text() == "Cedar set"
    assert second.size() == size
    assert second.splitter.sizes() == splitter
    assert second.set_page.tabs.currentIndex() == 2


def test_editing_a_set_changes_its_details_page(qtbot, window, make_set, services, on_modal):
    action_set = make_set("Cedar set", venue="Room 2")
    window.sets_panel.reload(action_set.id)

    def edit(dialog):
        replace_text(qtbot, dialog, "venue", "Hotel Metropole, Leeds")
        click_button(qtbot, dialog, "OK")

    on_modal(edit)
    window.edit_set_action.trigger()
    assert services.sets.get(action_set.id).venue == "Hotel Metropole, Leeds"
    assert window.set_page.details.venue.text() == "Hotel Metropole, Leeds"
    assert services.sets.get(action_set.id).draft() == SetDraft(
        **{**vars(action_set.draft()), "venue": "Hotel Metropole, Leeds"}
    )


def test_undo_that_the_data_has_outgrown_is_refused_with_a_message(
    qtbot, window, make_set, services, on_modal
):
    demo = make_set("Cedar set")
    window.sets_panel.reload(demo.id)

    on_modal(rename_set_to(qtbot, "Oak set"))
    window.edit_set_action.trigger()
    make_set("Cedar set")  # the old name is taken meanwhile (say, by the command line)

    seen = {}

    def read(box):
        seen["text"] = box.text()
        click_button(qtbot, box, "OK")

    on_modal(read)
    window.undo_action.trigger()

    assert services.sets.get(demo.id).name == "Oak set"
    assert seen["text"].startswith("Could not undo")
    assert "already exists" in seen["text"]
    assert not window.undo_action.isEnabled()


def test_undoing_a_delete_after_the_name_was_reused_keeps_names_unique(
    qtbot, window, make_set, services, on_modal
):
    cedar = make_set("Cedar set")
    window.sets_panel.reload(cedar.id)
    on_modal(lambda box: click_button(qtbot, box, "Delete set"))
    window.delete_set_action.trigger()
    make_set("Cedar set")

    window.undo_action.trigger()

    names = sorted(s.name for s in services.sets.list_sets())
    assert names == ["Cedar set", "Cedar set (restored)"]
    assert window.set_page.title.text() == "Cedar set (restored)"


def test_the_sidebar_hides_with_a_key_for_room_and_stays_hidden_at_next_start(
    qtbot, make_window, make_set
):
    make_set("Cedar set")
    first = make_window()
    view = next(m for m in first.menuBar().actions() if m.text() == "&View").menu()
    assert first.sidebar_action in view.actions() and first.sidebar_action.isChecked()
    stack_width = first.stack.width()

    qtbot.keyClick(first, Qt.Key.Key_Backslash, Qt.KeyboardModifier.ControlModifier)

    assert not first.sidebar.isVisible() and not first.sidebar_action.isChecked()
    qtbot.waitUntil(lambda: first.stack.width() > stack_width + 200, timeout=30_000)
    first.close()

    second = make_window()
    assert not second.sidebar.isVisible() and not second.sidebar_action.isChecked()
    qtbot.keyClick(second, Qt.Key.Key_F9)
    assert second.sidebar.isVisible() and second.sidebar_action.isChecked()
