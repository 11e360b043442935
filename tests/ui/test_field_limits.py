"""One-line fields hold one line of sensible length, and say so where it was typed."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from alsdesk.services.limits import LINE
from tests.ui.conftest import click_button


def test_a_set_name_pasted_with_line_breaks_becomes_the_one_line_the_user_sees(
    qtbot, window, services, on_modal, screenshot
):
    seen = {}

    def fill(dialog):
        name = dialog.field("name")
        name.setFocus()
        QApplication.clipboard().setText("Cedar set\r\nfrom the old\nspreadsheet")
        qtbot.keyClick(name, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
        seen["shown"] = name.text()
        screenshot(dialog, "set-dialog-pasted-lines")
        click_button(qtbot, dialog, "OK")

    on_modal(fill)
    window.new_set_action.trigger()

    assert seen["shown"] == "Cedar set from the old spreadsheet"
    assert [s.name for s in services.sets.list_sets()] == ["Cedar set from the old spreadsheet"]


def test_a_set_name_stops_at_its_limit_as_it_is_typed(qtbot, window, services, on_modal):
    def fill(dialog):
        name = dialog.field("name")
        name.setFocus()
        qtbot.keyClicks(name, "C" * (LINE + 25))
        assert len(name.text()) == LINE
        click_button(qtbot, dialog, "OK")

    on_modal(fill)
    window.new_set_action.trigger()

    assert [s.name for s in services.sets.list_sets()] == ["C" * LINE]
