"""Dates typed as people write them, and picked from a calendar with a Today button."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, Qt

from alsdesk.ui.common.date_field import DateField
from alsdesk.ui.sets.set_dialog import SetDialog
from tests.ui.conftest import activate


def new_set_dialog(qtbot, services) -> SetDialog:
    dialog = SetDialog(services.sets)
    qtbot.addWidget(dialog)
    dialog.show()
    activate(qtbot, dialog)
    qtbot.keyClicks(dialog.name, "Cedar set")
    dialog.has_start.setChecked(True)
    return dialog


def type_into(qtbot, field: DateField, text: str) -> None:
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, text)


@pytest.mark.parametrize("typed", ["12/1/27", "12 Jan 2027", "2027-01-12", "12.01.2027"])
def test_facilitator_types_the_start_date_as_she_writes_it_and_it_is_saved(qtbot, services, typed):
    dialog = new_set_dialog(qtbot, services)
    type_into(qtbot, dialog.start_date, typed)
    dialog.ok_button.click()
    assert dialog.result_value is not None
    saved = services.sets.create(dialog.result_value)
    assert saved.start_date == dt.date(2027, 1, 12)


def test_a_date_that_does_not_exist_is_refused_at_the_field_and_nothing_leaves(qtbot, services):
    dialog = new_set_dialog(qtbot, services)
    type_into(qtbot, dialog.start_date, "31/2/27")
    qtbot.keyClick(dialog.start_date, Qt.Key.Key_Tab)  # leaving the field says so at once
    assert "no such day" in dialog.error_text("start_date")
    dialog.ok_button.click()
    assert dialog.result_value is None
    assert dialog.isVisible()
    type_into(qtbot, dialog.start_date, "next week")
    assert dialog.error_text("start_date") == ""  # typing again clears the message
    dialog.ok_button.click()
    assert "not a date" in dialog.error_text("start_date")
    assert dialog.result_value is None


def test_leaving_the_field_shows_the_day_it_understood(qtbot):
    field = DateField(today=lambda: dt.date(2026, 12, 3))
    qtbot.addWidget(field)
    with qtbot.waitSignal(field.dateChanged):
        type_into(qtbot, field, "3/4")
        qtbot.keyClick(field, Qt.Key.Key_Return)
    assert field.text() == "3 Apr 2026"
    qtbot.keyClick(field, Qt.Key.Key_Up)
    assert field.date() == QDate(2026, 4, 4)


def test_the_calendar_opens_from_the_keyboard_and_today_picks_today(qtbot):
    today = dt.date(2026, 12, 3)
    field = DateField(today=lambda: today)
    qtbot.addWidget(field)
    field.show()
    field.setDate(QDate(2027, 5, 20))
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert field.popup is not None and field.popup.isVisible()
    assert field.popup.calendar.selectedDate() == QDate(2027, 5, 20)
    with qtbot.waitSignal(field.dateChanged):
        field.popup.today_button.click()
    assert field.date().toPython() == today
    assert not field.popup.isVisible()


def test_a_start_in_1900_is_questioned_at_the_field_but_can_be_kept(qtbot, services):
    dialog = new_set_dialog(qtbot, services)
    type_into(qtbot, dialog.start_date, "1/9/1900")
    qtbot.keyClick(dialog.start_date, Qt.Key.Key_Tab)
    assert "Check the year" in dialog.error_text("start_date")
    far = dt.date.today() + dt.timedelta(days=3 * 365)
    type_into(qtbot, dialog.start_date, far.isoformat())
    qtbot.keyClick(dialog.start_date, Qt.Key.Key_Tab)
    assert "more than two years ahead" in dialog.error_text("start_date")
    type_into(qtbot, dialog.start_date, "1/9/1900")
    dialog.ok_button.click()
    assert dialog.result_value.start_date == dt.date(1900, 9, 1)  # a warning, not a refusal
    type_into(qtbot, dialog.start_date, "12/1/27")
    qtbot.keyClick(dialog.start_date, Qt.Key.Key_Tab)
    assert dialog.error_text("start_date") == ""
