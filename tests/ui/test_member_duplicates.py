"""Adding "someone new" who is already known offers the existing person first."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from tests.ui.conftest import click_button, positions, type_into
from tests.ui.screens import on_laptops


def type_text(dialog, field: str, text: str) -> None:
    """Type any text, accents included, as key presses (qtbot.keyClicks takes ASCII only)."""
    widget = dialog.findChild(QWidget, field)
    widget.setFocus()
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
            QApplication.sendEvent(widget, event)


@pytest.fixture
def cedar(window, make_set, make_member, services):
    """Cedar set (empty, shown) and Oak set, where Amira Hassan is already a member."""
    oak = make_set("Oak set")
    make_member(
        oak.id,
        "Amira Hassan",
        job_title="Ward Manager",
        organisation="Northgate NHS Trust",
        email="amira.hassan@northgate.nhs.uk",
    )
    action_set = make_set("Cedar set")
    window.sets_panel.reload(action_set.id)
    window.set_page.tabs.setCurrentWidget(window.set_page.members)
    return action_set


def _amira_count(services) -> int:
    return sum(p.full_name.casefold() == "amira hassan" for p in services.members.list_people())


def test_the_existing_person_is_offered_and_taken(
    qtbot, window, cedar, services, on_modal, screenshot
):
    seen = {}

    def fill(dialog):
        below = [dialog.field("job_title"), dialog.field("email"), dialog.ok_button]
        before = positions(dialog, below)
        type_text(dialog, "full_name", "  amíra   HASSAN ")  # case, accent, spaces
        type_into(qtbot, dialog, "phone", "01632 960 123")
        seen["hint"] = dialog.known_hint.text()
        seen["moved"] = positions(dialog, below) != before
        on_laptops(window, dialog, screenshot(dialog, "member-dialog-offer").parent, "member-offer")
        click_button(qtbot, dialog, "Use this person")
        seen["job"] = dialog.field("job_title").text()
        seen["phone"] = dialog.field("phone").text()
        click_button(qtbot, dialog, "Add")

    on_modal(fill)
    window.set_page.members.add_action.trigger()

    assert "Amira Hassan" in seen["hint"]
    for detail in ("Ward Manager", "Northgate NHS Trust", "amira.hassan@northgate.nhs.uk"):
        assert detail in seen["hint"]
    assert not seen["moved"]
    assert seen["job"] == "Ward Manager"
    assert seen["phone"] == "01632 960 123"  # what was typed fills what they lacked
    [member] = services.members.list_members(cedar.id)
    assert member.person.full_name == "Amira Hassan"
    assert member.person.phone == "01632 960 123"
    assert member.other_sets == ("Oak set",)
    assert _amira_count(services) == 1


def test_ok_on_a_known_name_asks_first_and_someone_new_is_a_deliberate_choice(
    qtbot, window, cedar, services, on_modal
):
    seen = {}

    def fill(dialog):
        type_into(qtbot, dialog, "full_name", "Amira Hassan")
        type_into(qtbot, dialog, "job_title", "Pharmacist")
        click_button(qtbot, dialog, "Add")
        seen["open"] = dialog.isVisible()
        seen["error"] = dialog.error_text("full_name")
        seen["saved_meanwhile"] = _amira_count(services)
        click_button(qtbot, dialog, "Add as someone new")
        seen["open_after"] = dialog.isVisible()

    on_modal(fill, leave_open=True)
    window.set_page.members.add_action.trigger()

    assert seen["open"] and "someone new" in seen["error"]
    assert seen["saved_meanwhile"] == 1
    assert not seen["open_after"]
    [member] = services.members.list_members(cedar.id)
    assert member.person.job_title == "Pharmacist"
    assert member.other_sets == ()
    assert _amira_count(services) == 2


def test_the_same_email_under_another_name_is_offered_too(qtbot, window, cedar, services, on_modal):
    seen = {}

    def fill(dialog):
        type_into(qtbot, dialog, "full_name", "A. Hassan")
        seen["before_email"] = dialog.known_hint.text()
        type_into(qtbot, dialog, "email", "Amira.Hassan@Northgate.nhs.uk")
        seen["hint"] = dialog.known_hint.text()
        click_button(qtbot, dialog, "Use this person")
        click_button(qtbot, dialog, "Add")

    on_modal(fill)
    window.set_page.members.add_action.trigger()

    assert seen["before_email"] == ""
    assert seen["hint"].startswith("Same email: Amira Hassan")
    [member] = services.members.list_members(cedar.id)
    assert member.other_sets == ("Oak set",)
    assert _amira_count(services) == 1


def test_someone_already_in_this_set_is_named_and_cannot_be_added_twice(
    qtbot, window, cedar, make_member, services, on_modal
):
    make_member(cedar.id, "Daniel Price")
    window.sets_panel.reload(cedar.id)
    seen = {}

    def fill(dialog):
        type_into(qtbot, dialog, "full_name", "Daniel Price")
        seen["hint"] = dialog.known_hint.text()
        seen["use"] = dialog.use_known.isVisible()
        seen["new"] = dialog.add_new.isVisible()
        click_button(qtbot, dialog, "Cancel")

    on_modal(fill)
    window.set_page.members.add_action.trigger()

    assert seen["hint"].startswith("Already a member of this set: Daniel Price")
    assert not seen["use"] and seen["new"]  # only a second, different Daniel can be added
    assert len(services.members.list_members(cedar.id)) == 1
