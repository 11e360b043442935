"""A facilitator manages the members of a set."""

from __future__ import annotations

import pytest

from alsdesk.services.members import MAX_MEMBERS
from tests.ui.conftest import click, click_button, positions, replace_text, type_into


@pytest.fixture
def cedar(window, make_set):
    action_set = make_set("Cedar set")
    window.sets_panel.reload(action_set.id)
    window.set_page.tabs.setCurrentWidget(window.set_page.members)
    return action_set


def _buttons(window):
    return window.set_page.members.toolbar.bar


def test_facilitator_adds_a_member_by_typing(qtbot, window, cedar, services, on_modal):
    def fill(dialog):
        type_into(qtbot, dialog, "full_name", "Amira Hassan")
        type_into(qtbot, dialog, "job_title", "Ward Manager")
        type_into(qtbot, dialog, "email", "amira.hassan@northgate.nhs.uk")
        click_button(qtbot, dialog, "Add")

    on_modal(fill)
    window.set_page.members.add_action.trigger()

    [member] = services.members.list_members(cedar.id)
    assert member.person.full_name == "Amira Hassan"
    assert member.person.email == "amira.hassan@northgate.nhs.uk"
    view = window.set_page.members
    assert view.model.index(0, 0).data() == "Amira Hassan"
    assert view.toolbar.status.text() == f"1 of {MAX_MEMBERS} places filled"
    assert window.set_page.tabs.tabText(1) == "&Members (1)"


def test_a_malformed_email_is_shown_at_the_field_and_nothing_is_saved(
    qtbot, window, cedar, services, on_modal, screenshot
):
    seen = {}

    def fill(dialog):
        type_into(qtbot, dialog, "full_name", "Amira Hassan")
        type_into(qtbot, dialog, "email", "amira@northgate")
        click_button(qtbot, dialog, "Add")
        seen["email"] = dialog.error_text("email")
        seen["name"] = dialog.error_text("full_name")
        screenshot(dialog, "member-dialog-error")

    on_modal(fill)
    window.set_page.members.add_action.trigger()

    assert "not an email address" in seen["email"]
    assert seen["name"] == ""
    assert services.members.list_members(cedar.id) == []
    assert services.members.list_people() == []


def test_facilitator_adds_a_ninth_member_and_is_warned(
    qtbot, window, cedar, make_member, services, on_modal, screenshot
):
    for number in range(MAX_MEMBERS):
        make_member(cedar.id, f"Member {number + 1}")
    window.sets_panel.reload(cedar.id)
    seen = {}

    def fill(dialog):
        seen["warning"] = dialog.warning.text() if dialog.warning.isVisible() else ""
        seen["ok"] = dialog.ok_button.text()
        screenshot(dialog, "member-dialog-ninth")
        type_into(qtbot, dialog, "full_name", "Nina Ninth")
        click_button(qtbot, dialog, "Add anyway")

    on_modal(fill)
    window.set_page.members.add_action.trigger()

    assert "already has 8 members" in seen["warning"]
    assert "limit is 8" in seen["warning"]
    assert seen["ok"] == "Add anyway"
    assert len(services.members.list_members(cedar.id)) == 9
    assert window.set_page.members.toolbar.status.text() == (
        "9 members: 1 over the programme's limit of 8"
    )


def test_a_person_joins_a_second_set_without_being_typed_again(
    qtbot, window, cedar, make_set, make_member, services, on_modal
):
    oak = make_set("Oak set")
    amira = make_member(oak.id, "Amira Hassan", email="amira@northgate.nhs.uk")
    window.sets_panel.reload(cedar.id)

    def choose(dialog):
        known = dialog.findChild(type(dialog.known), "known_person")
        known.setCurrentIndex(known.findData(amira.person_id))
        assert dialog.field("full_name").text() == "Amira Hassan"
        assert dialog.field("email").text() == "amira@northgate.nhs.uk"
        click_button(qtbot, dialog, "Add")

    on_modal(choose)
    window.set_page.members.add_action.trigger()

    [member] = services.members.list_members(cedar.id)
    assert member.person_id == amira.person_id
    assert member.other_sets == ("Oak set",)
    assert len(services.members.list_people()) == 1
    assert window.set_page.members.model.index(0, 5).data() == "Oak set"


def test_editing_a_member_and_removing_one_can_be_undone(
    qtbot, window, cedar, make_member, services, on_modal
):
    make_member(cedar.id, "Amira Hassan")
    make_member(cedar.id, "Daniel Price")
    window.sets_panel.reload(cedar.id)
    view = window.set_page.members
    view.table.selectRow(1)

    def edit(dialog):
        replace_text(qtbot, dialog, "job_title", "Advanced Paramedic Practitioner")
        click_button(qtbot, dialog, "Save")

    on_modal(edit)
    click(qtbot, view.toolbar.bar.widgetForAction(view.edit_action))
    daniel = services.members.list_members(cedar.id)[1]
    assert daniel.person.job_title == "Advanced Paramedic Practitioner"

    view.table.selectRow(1)
    on_modal(lambda box: click_button(qtbot, box, "Remove"))
    view.remove_action.trigger()
    assert [m.person.full_name for m in services.members.list_members(cedar.id)] == ["Amira Hassan"]
    assert any(p.full_name == "Daniel Price" for p in services.members.list_people())

    window.undo_action.trigger()
    names = [m.person.full_name for m in services.members.list_members(cedar.id)]
    assert names == ["Amira Hassan", "Daniel Price"]
    window.undo_action.trigger()
    assert services.members.list_members(cedar.id)[1].person.job_title == "Ward Manager"


def test_undoing_an_added_member_forgets_them_and_redo_brings_them_back(
    qtbot, window, cedar, services, on_modal
):
    def fill(dialog):
        type_into(qtbot, dialog, "full_name", "Grace Mensah")
        click_button(qtbot, dialog, "Add")

    on_modal(fill)
    window.set_page.members.add_action.trigger()
    [added] = services.members.list_members(cedar.id)

    window.undo_action.trigger()
    assert services.members.list_members(cedar.id) == []
    assert services.members.list_people() == []

    window.redo_action.trigger()
    [back] = services.members.list_members(cedar.id)
    assert back.person == added.person


def test_an_empty_set_shows_a_hint_instead_of_an_empty_table(window, cedar, screenshot):
    view = window.set_page.members
    assert view.empty.currentWidget() is view.empty.hint
    assert "No members yet" in view.empty.hint.text()
    screenshot(window, "members-empty")


def test_typing_the_name_of_someone_already_known_points_to_them(
    qtbot, window, cedar, make_set, make_member, services, on_modal
):
    oak = make_set("Oak set")
    make_member(oak.id, "Daniel Price")
    window.sets_panel.reload(cedar.id)
    seen = {}

    def fill(dialog):
        below = [dialog.field("job_title"), dialog.field("email")]
        before = positions(dialog, below)
        type_into(qtbot, dialog, "full_name", "daniel price")
        seen["hint"] = dialog.known_hint.text() if dialog.known_hint.isVisible() else ""
        seen["moved"] = positions(dialog, below) != before
        click_button(qtbot, dialog, "Cancel")

    on_modal(fill)
    window.set_page.members.add_action.trigger()
    assert seen["hint"].startswith("Already in alsdesk: Daniel Price")
    assert not seen["moved"]  # the hint had its room while the name was typed


def test_editing_someone_in_two_sets_says_the_change_applies_in_both(
    qtbot, window, cedar, make_set, make_member, services, on_modal
):
    oak = make_set("Oak set")
    amira = make_member(oak.id, "Amira Hassan")
    services.members.add_existing(cedar.id, amira.person_id)
    window.sets_panel.reload(cedar.id)
    window.set_page.members.table.selectRow(0)
    seen = {}

    def read(dialog):
        seen["note"] = dialog.warning.text() if dialog.warning.isVisible() else ""
        click_button(qtbot, dialog, "Cancel")

    on_modal(read)
    window.set_page.members.edit_action.trigger()
    assert seen["note"] == "Also a member of Oak set: changes apply there too."
