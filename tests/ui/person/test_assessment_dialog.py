"""A member rates themselves on the nine leadership dimensions, and again at the mid-point."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QWidget

from alsdesk.services.leadership import DIMENSIONS, Level
from alsdesk.ui.common.form import INVALID_STYLE
from alsdesk.ui.person.assessment_dialog import AssessmentDialog
from tests.ui.conftest import TODAY, click, click_button, positions, type_into
from tests.ui.person.conftest import type_goal_date

# Start of programme: one letter a dimension, E(ssential), P(roficient), S(trong), X(emplary).
FIRST_LEVELS = "PPSEPSEPP"


def choose_level(qtbot, dialog, number: int, letter: str) -> None:
    """Pick a level with the keyboard, as a user tabbing down the rows would."""
    combo = dialog.findChild(QComboBox, f"level_{number}")
    combo.setFocus()
    keys = {"E": Qt.Key.Key_Home, "P": Qt.Key.Key_P, "S": Qt.Key.Key_S, "X": Qt.Key.Key_End}
    qtbot.keyClick(combo, keys[letter])
    expected = {"E": "Essential", "P": "Proficient", "S": "Strong", "X": "Exemplary"}
    assert combo.currentText() == expected[letter]


def retype_label(qtbot, dialog, text: str) -> None:
    label = dialog.field("label").lineEdit()
    label.setFocus()
    label.selectAll()
    qtbot.keyClicks(label, text)


def new_assessment_button(page):
    panel = page.assessments
    return panel.toolbar.bar.widgetForAction(panel.new_action)


def test_an_incomplete_self_assessment_is_refused_at_the_ratings_then_taken_in_full(
    qtbot, plan_page, services, plan_person, on_modal, screenshot
):
    page = plan_page
    assert page.assessments.empty.isVisible()
    assert page.assessments.empty.title.text() == "<b>No self-assessment yet.</b>"
    seen = {}

    def interact(dialog) -> None:
        assert dialog.windowTitle() == "New self-assessment"
        assert dialog.field("label").currentText() == "Start of programme"
        assert [dialog.field("label").itemText(i) for i in range(3)] == [
            "Start of programme",
            "Mid-point",
            "End of programme",
        ]
        assert not dialog.copy_previous.isVisible()  # nothing earlier to start from
        screenshot(dialog, "assessment-dialog")
        for number, letter in enumerate(FIRST_LEVELS[:7], start=1):
            choose_level(qtbot, dialog, number, letter)
        type_into(qtbot, dialog, "reason_7", "I let poor timekeeping slide for months.")
        assert dialog.count.text() == "7 of 9 dimensions rated"
        click_button(qtbot, dialog, "Save assessment")

        seen["open"] = dialog.isVisible()
        seen["message"] = dialog.error_text("ratings")
        seen["saved"] = services.plan.assessments(plan_person)
        seen["marked"] = [
            row.number for row in dialog.rows if row.level.styleSheet() == INVALID_STYLE
        ]
        seen["focus"] = dialog.focusWidget().objectName()
        # The dialog grows to make room for the message, as far as the screen allows.
        qtbot.waitUntil(
            lambda: (
                not dialog.scroll.verticalScrollBar().isVisible()
                and dialog.count.width() >= dialog.count.sizeHint().width()
            )
        )
        screenshot(dialog, "assessment-dialog-incomplete")

        choose_level(qtbot, dialog, 8, "P")
        assert dialog.findChild(QWidget, "level_8").styleSheet() == ""  # unmarked once chosen
        choose_level(qtbot, dialog, 9, "P")
        assert dialog.error_text("ratings") == ""  # all nine rated: the message goes
        click_button(qtbot, dialog, "Save assessment")

    on_modal(interact)
    with qtbot.waitSignal(page.changed):
        click(qtbot, page.assessments.empty.button)

    assert seen["open"]
    assert seen["message"] == (
        "Rate all nine dimensions; still unrated (2): Developing capability, "
        "Influencing for results."
    )
    assert seen["saved"] == []
    assert seen["marked"] == [8, 9]
    assert seen["focus"] == "level_8"

    [taken] = services.plan.assessments(plan_person)
    assert (taken.label, taken.date) == ("Start of programme", TODAY)
    assert taken.level(3) == Level.STRONG
    assert taken.ratings[6].reason == "I let poor timekeeping slide for months."
    assert page.radar.series_count() == 1
    assert page.assessments.model.columnCount() == 1
    assert not page.assessments.empty.isVisible()
    assert page.assessments.title.summary.text() == "1 assessment"


def test_a_second_assessment_starts_from_the_first_and_both_show_side_by_side(
    qtbot, plan_page, services, plan_person, on_modal, screenshot
):
    page = plan_page

    def first(dialog) -> None:
        type_goal_date(qtbot, dialog.field("date"), dt.date(2026, 9, 14))
        for number, letter in enumerate(FIRST_LEVELS, start=1):
            choose_level(qtbot, dialog, number, letter)
        click_button(qtbot, dialog, "Save assessment")

    on_modal(first)
    click(qtbot, new_assessment_button(page))

    def second(dialog) -> None:
        assert dialog.field("label").currentText() == "Mid-point"  # the next one not yet used
        assert dialog.copy_previous.text() == (
            "Start from the levels of “Start of programme” (14 Sep 2026)"
        )
        click(qtbot, dialog.copy_previous)
        assert [row.chosen() for row in dialog.rows][:3] == [
            Level.PROFICIENT,
            Level.PROFICIENT,
            Level.STRONG,
        ]
        assert dialog.findChild(QWidget, "reason_1").text() == ""  # reasons are written afresh
        choose_level(qtbot, dialog, 7, "S")
        type_into(qtbot, dialog, "reason_7", "Raised two concerns within a week.")
        choose_level(qtbot, dialog, 4, "P")
        click_button(qtbot, dialog, "Save assessment")

    on_modal(second)
    with qtbot.waitSignal(page.changed):
        click(qtbot, new_assessment_button(page))

    start, mid = services.plan.assessments(plan_person)
    assert (mid.label, mid.level(7), mid.level(1)) == ("Mid-point", Level.STRONG, Level.PROFICIENT)
    assert page.radar.series_count() == 2
    model = page.assessments.model
    assert model.columnCount() == 2
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Mid-point\n23 Nov 2026"
    assert model.headerData(6, Qt.Orientation.Vertical) == "Holding to account"
    assert model.index(6, 0).data() == "Essential"
    assert model.index(6, 1).data() == "Strong ↑"
    assert model.index(6, 1).data(Qt.ItemDataRole.ToolTipRole) == (
        "<p>Strong, up from Essential (Start of programme)<br>"
        "Why: Raised two concerns within a week.</p>"
    )
    assert model.index(0, 1).data() == "Proficient"  # unchanged: no arrow
    assert page.assessments.title.summary.text() == "2 assessments"
    screenshot(page, "plan-two-assessments")


def test_the_same_name_on_the_same_day_is_refused_at_the_name(
    qtbot, plan_page, plan_history, on_modal
):
    page = plan_page
    page.show_person(plan_history.person_id)
    seen = {}

    def interact(dialog) -> None:
        retype_label(qtbot, dialog, "Mid-point")
        type_goal_date(qtbot, dialog.field("date"), dt.date(2026, 11, 16))
        click(qtbot, dialog.copy_previous)
        click_button(qtbot, dialog, "Save assessment")
        seen["label"] = dialog.error_text("label")
        seen["ratings"] = dialog.error_text("ratings")

    on_modal(interact)
    click(qtbot, new_assessment_button(page))

    assert seen["label"] == (
        'There is already a "Mid-point" assessment on 16 Nov 2026; change the name or the date.'
    )
    assert seen["ratings"] == ""
    assert page.assessments.model.columnCount() == 2


def select_column(qtbot, table, column: int) -> None:
    index = table.model().index(0, column)
    qtbot.mouseClick(
        table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualRect(index).center()
    )


def test_an_earlier_assessment_is_edited_from_its_column(
    qtbot, plan_page, services, plan_history, on_modal
):
    plan_page.show_person(plan_history.person_id)
    panel = plan_page.assessments
    assert not panel.edit_action.isEnabled()  # until a column is chosen
    select_column(qtbot, panel.table, 0)
    assert panel.selected() == plan_history.start
    assert panel.edit_action.isEnabled()

    def interact(dialog) -> None:
        assert dialog.windowTitle() == "Edit self-assessment"
        assert not dialog.copy_previous.isVisible()
        assert dialog.field("label").currentText() == "Start of programme"
        assert dialog.findChild(QWidget, "reason_7").text() == (
            "I let poor timekeeping on nights slide for months."
        )
        choose_level(qtbot, dialog, 1, "P")
        click_button(qtbot, dialog, "Save")

    on_modal(interact)
    with qtbot.waitSignal(plan_page.changed):
        click(qtbot, panel.toolbar.bar.widgetForAction(panel.edit_action))

    start, _mid = services.plan.assessments(plan_history.person_id)
    assert start.level(1) == Level.PROFICIENT
    assert start.ratings[6].reason == "I let poor timekeeping on nights slide for months."
    assert panel.model.index(0, 0).data() == "Proficient"
    assert panel.model.index(0, 1).data() == "Strong ↑"
    assert panel.selected().id == start.id  # still chosen after the reload


def test_deleting_an_assessment_asks_first(qtbot, plan_page, services, plan_history, on_modal):
    plan_page.show_person(plan_history.person_id)
    panel = plan_page.assessments
    select_column(qtbot, panel.table, 1)
    delete = panel.toolbar.bar.widgetForAction(panel.delete_action)
    questions = []

    def cancel(box) -> None:
        questions.append(box.text())
        click_button(qtbot, box, "Cancel")

    on_modal(cancel)
    click(qtbot, delete)
    assert questions == [
        "Delete the self-assessment “Mid-point” of 16 Nov 2026, with all nine ratings?"
    ]
    assert len(services.plan.assessments(plan_history.person_id)) == 2

    on_modal(lambda box: click_button(qtbot, box, "Delete"))
    with qtbot.waitSignal(plan_page.changed):
        click(qtbot, delete)

    assert services.plan.assessments(plan_history.person_id) == [plan_history.start]
    assert plan_page.radar.series_count() == 1
    assert panel.model.columnCount() == 1
    assert not panel.delete_action.isEnabled()


def test_each_row_names_the_dimension_and_asks_our_question(qtbot, services, plan_person):
    dialog = AssessmentDialog(services.plan, plan_person, TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    labels = [w.text() for w in dialog.scroll.widget().findChildren(QWidget) if hasattr(w, "text")]

    for dimension in DIMENSIONS:
        assert f"<b>{dimension.name}</b>" in labels
        assert dimension.prompt in labels
    assert dialog.rows[0].level.placeholderText() == "Choose…"
    assert dialog.rows[0].level.currentIndex() == -1
    assert [dialog.rows[0].level.itemText(i) for i in range(4)] == [
        "Essential",
        "Proficient",
        "Strong",
        "Exemplary",
    ]


def test_the_rows_keep_their_places_as_levels_are_chosen_and_the_dialog_grows(
    qtbot, services, plan_person, on_modal
):
    dialog = AssessmentDialog(services.plan, plan_person, TODAY)
    qtbot.addWidget(dialog)
    with qtbot.waitExposed(dialog, timeout=30_000):
        dialog.show()
    controls = [w for row in dialog.rows for w in (row.level, row.reason)]
    before = positions(dialog, controls)

    choose_level(qtbot, dialog, 1, "P")
    assert positions(dialog, controls) == before

    dialog.resize(dialog.width(), dialog.height() + 300)  # a taller screen, a window manager
    qtbot.waitUntil(lambda: dialog.scroll.height() > 300, timeout=30_000)
    assert positions(dialog, controls) == before

    click_button(qtbot, dialog, "Save assessment")  # eight unrated: a message at the ratings
    assert dialog.error_text("ratings")
    shown = positions(dialog, controls)
    for number in range(2, 10):
        choose_level(qtbot, dialog, number, "P")
    assert dialog.error_text("ratings") == ""
    assert positions(dialog, controls) == shown  # its room stays while the dialog is open
