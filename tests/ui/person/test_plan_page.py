"""The Development plan tab as a whole: empty states, export, and a small screen."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QApplication

from alsdesk.ui.person.plan_items_model import DIMENSIONS
from alsdesk.ui.person.plan_page import PlanPage
from tests.ui.conftest import TODAY, click


def laid_out(page: PlanPage, side_by_side: bool) -> bool:
    """The rows have chosen their arrangement and nothing is wider than the viewport."""
    content = page.scroll.widget()
    tables = (page.assessments.table, page.items.table)
    return (
        page.assessments.row.side_by_side() == side_by_side
        and page.items.row.side_by_side() == side_by_side
        and content.width() <= page.scroll.viewport().width()
        and all(t.height() >= t.verticalHeader().length() for t in tables)
        and all(
            label.width() >= label.sizeHint().width()
            for label in (page.assessments.title.summary, page.items.title.summary)
        )
    )


def picture(screenshot, page: PlanPage, name: str, scrolled: float = 0.0) -> None:
    """Save the page as a user would see it, ``scrolled`` (0 to 1) down: pending layout
    requests are delivered first, as the event loop would before painting."""
    QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
    bar = page.scroll.verticalScrollBar()
    bar.setValue(round(bar.maximum() * scrolled))
    screenshot(page, name)


def test_with_nobody_chosen_the_page_says_what_it_is_for(qtbot, services):
    page = PlanPage(services.plan, lambda: TODAY)
    qtbot.addWidget(page)
    page.show()

    assert page.empty.currentWidget() is page.empty.hint
    assert page.empty.hint.text() == "Choose a person to see their self-assessments and plan."
    assert not page.export_button.isEnabled()


def test_an_empty_plan_offers_a_first_assessment_and_a_first_item(plan_page, screenshot):
    page = plan_page
    assert page.empty.currentWidget() is page.scroll
    assert page.assessments.empty.isVisible()
    assert page.assessments.empty.hint.text().startswith("Rate yourself on the nine")
    assert page.assessments.empty.button.text() == "New self-assessment…"
    assert not page.assessments.row.isVisible()
    assert page.items.empty.isVisible()
    assert page.items.empty.button.text() == "Add item…"
    assert not page.export_button.isEnabled()
    assert page.export_button.toolTip().startswith("Add a self-assessment or a plan item first")
    picture(screenshot, page, "plan-empty")


def test_export_asks_the_main_window_for_the_persons_plan(qtbot, plan_page, plan_history):
    plan_page.show_person(plan_history.person_id)
    assert plan_page.export_button.text() == "Export plan (PDF)…"
    assert plan_page.export_button.isEnabled()

    with qtbot.waitSignal(plan_page.export_requested) as emitted:
        click(qtbot, plan_page.export_button)

    assert emitted.args == [plan_history.person_id]


def test_a_set_members_plan_is_their_own(
    qtbot, plan_page, plan_history, services, make_set, make_member
):
    cedar = make_set("Cedar set")
    amira = make_member(cedar.id, "Amira Hassan")
    plan_page.show_person(plan_history.person_id)
    assert plan_page.radar.series_count() == 2

    plan_page.show_person(amira.person_id)

    assert plan_page.radar.series_count() == 0
    assert plan_page.items.table.model().rowCount() == 0
    assert plan_page.assessments.empty.isVisible()
    assert not plan_page.export_button.isEnabled()
    with qtbot.waitSignal(plan_page.export_requested) as emitted:
        plan_page.show_person(plan_history.person_id)
        click(qtbot, plan_page.export_button)
    assert emitted.args == [plan_history.person_id]


def test_on_a_wide_window_the_radar_sits_beside_its_table(
    qtbot, plan_page, plan_history, screenshot
):
    page = plan_page
    page.show_person(plan_history.person_id)
    qtbot.waitUntil(lambda: laid_out(page, side_by_side=True))

    assert page.radar.series_count() == 2
    assert page.assessments.model.columnCount() == 2
    assert not page.items.table.isColumnHidden(DIMENSIONS)
    assert page.radar.geometry().right() < page.assessments.table.parentWidget().x()
    picture(screenshot, page, "plan-1100x700")
    picture(screenshot, page, "plan-1100x700-end", scrolled=1)


def test_on_a_small_screen_everything_stacks_and_the_page_scrolls(
    qtbot, plan_page, plan_history, screenshot
):
    page = plan_page
    page.show_person(plan_history.person_id)
    page.resize(560, 480)
    qtbot.waitUntil(lambda: laid_out(page, side_by_side=False))

    bar = page.scroll.verticalScrollBar()
    assert bar.maximum() > 0
    assert page.assessments.table.parentWidget().y() > page.radar.geometry().bottom()
    assert page.items.table.isColumnHidden(DIMENSIONS)  # the details still name them
    assert page.items.details.dimensions.text() == "Evaluating information, Influencing for results"
    picture(screenshot, page, "plan-560x480-top")
    picture(screenshot, page, "plan-560x480-middle", scrolled=0.5)
    picture(screenshot, page, "plan-560x480-bottom", scrolled=1)

    page.resize(1100, 700)
    qtbot.waitUntil(lambda: laid_out(page, side_by_side=True))
    assert not page.items.table.isColumnHidden(DIMENSIONS)


def test_the_assessment_table_shows_level_names_for_each_dimension_and_date(
    plan_page, plan_history
):
    plan_page.show_person(plan_history.person_id)
    model = plan_page.assessments.model

    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(2)] == [
        "Start of programme\n14 Sep 2026",
        "Mid-point\n16 Nov 2026",
    ]
    assert [model.index(r, 0).data() for r in range(9)] == [
        "Strong",
        "Proficient",
        "Proficient",
        "Essential",
        "Proficient",
        "Strong",
        "Essential",
        "Proficient",
        "Strong",
    ]
    assert model.index(1, 1).data() == "Strong ↑"
    assert model.index(6, 0).data(Qt.ItemDataRole.ToolTipRole) == (
        "<p>Essential<br>Why: I let poor timekeeping on nights slide for months.</p>"
    )


def test_an_item_due_for_review_can_be_opened_from_elsewhere(qtbot, plan_page, plan_history):
    page = plan_page
    page.show_person(plan_history.person_id)
    page.resize(560, 480)
    qtbot.waitUntil(lambda: laid_out(page, side_by_side=False))
    assert page.current_item_id() == plan_history.rota.id

    page.select_item(plan_history.conversations.id)

    assert page.current_item_id() == plan_history.conversations.id
    assert page.items.details.need.text() == plan_history.conversations.need
    assert page.scroll.verticalScrollBar().value() > 0  # scrolled down to the plan
